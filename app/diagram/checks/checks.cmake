# SPDX-License-Identifier: MIT
# Architecture checks: annotation values, the rules over the model and path budgets (included by CMakeLists.txt).
# Part of ae_diagram, so the parser validates annotation values with the same code the checks read them with.
set(_chk ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_diagram PRIVATE
    ${_chk}/quantity.cpp ${_chk}/quantity.h
    ${_chk}/rules.cpp ${_chk}/rules.h
    ${_chk}/check.cpp ${_chk}/check.h ${_chk}/context.cpp ${_chk}/context.h
    ${_chk}/paths.cpp ${_chk}/paths.h
    ${_chk}/rules_replication.cpp ${_chk}/rules_messaging.cpp ${_chk}/rules_cycles.cpp
    ${_chk}/rules_redundancy.cpp ${_chk}/rules_data.cpp ${_chk}/rules_paths.cpp)
