# SPDX-License-Identifier: MIT
# The .arch language half of ae_diagram: lexer, parser, node kinds, model dump (included by CMakeLists.txt).
target_sources(ae_diagram PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/lexer.cpp ${CMAKE_CURRENT_LIST_DIR}/lexer.h
    ${CMAKE_CURRENT_LIST_DIR}/kinds.cpp ${CMAKE_CURRENT_LIST_DIR}/kinds.h
    ${CMAKE_CURRENT_LIST_DIR}/parser.cpp ${CMAKE_CURRENT_LIST_DIR}/parser.h ${CMAKE_CURRENT_LIST_DIR}/parser_p.h
    ${CMAKE_CURRENT_LIST_DIR}/parser_statements.cpp ${CMAKE_CURRENT_LIST_DIR}/parser_attributes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parser_resolve.cpp ${CMAKE_CURRENT_LIST_DIR}/parser_views.cpp
    ${CMAKE_CURRENT_LIST_DIR}/parser_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/views.cpp ${CMAKE_CURRENT_LIST_DIR}/views.h
    ${CMAKE_CURRENT_LIST_DIR}/modeldump.cpp ${CMAKE_CURRENT_LIST_DIR}/modeldump.h)
