# SPDX-License-Identifier: MIT
# Explore: the search field and results panel, the technology index dock (engineer "search").
set(_explore ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_ui PRIVATE
    ${_explore}/discussionmenu.cpp ${_explore}/discussionmenu.h
    ${_explore}/explore.cpp ${_explore}/explore.h
    ${_explore}/htmldelegate.cpp ${_explore}/htmldelegate.h
    ${_explore}/searchcontroller.cpp ${_explore}/searchcontroller.h
    ${_explore}/searchfield.cpp ${_explore}/searchfield.h
    ${_explore}/searchresultsview.cpp ${_explore}/searchresultsview.h
    ${_explore}/technologypanel.cpp ${_explore}/technologypanel.h)
target_link_libraries(ae_ui PUBLIC ae_search Qt6::Concurrent)
