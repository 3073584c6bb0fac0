# SPDX-License-Identifier: MIT
# The Compare workspace and the `compare` command (Qt Charts needs widgets, so both live in ae_ui).
set(_compare ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_ui PRIVATE
    ${_compare}/chartbuilder.cpp ${_compare}/chartbuilder.h
    ${_compare}/chartexport.cpp ${_compare}/chartexport.h
    ${_compare}/comparemodel.cpp ${_compare}/comparemodel.h
    ${_compare}/comparepage.cpp ${_compare}/comparepage.h
    ${_compare}/comparecommand.cpp ${_compare}/comparecommand.h)
target_link_libraries(ae_ui PUBLIC ae_metrics ae_content Qt6::Concurrent)
