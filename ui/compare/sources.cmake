# SPDX-License-Identifier: MIT
# The Compare workspace and the `compare` command (one drawing list per picture, draw/).
set(_compare ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_ui PRIVATE
    ${_compare}/compareexport.cpp ${_compare}/compareexport.h
    ${_compare}/drawingview.cpp ${_compare}/drawingview.h
    ${_compare}/matrixmodel.cpp ${_compare}/matrixmodel.h
    ${_compare}/computedfigures.cpp ${_compare}/computedfigures.h
    ${_compare}/comparepage.cpp ${_compare}/comparepage.h
    ${_compare}/comparecommand.cpp ${_compare}/comparecommand.h)
target_link_libraries(ae_ui PUBLIC ae_metrics ae_draw ae_content Qt6::Concurrent)
