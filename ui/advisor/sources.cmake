# SPDX-License-Identifier: MIT
# The Decide workspace: the advisor's questionnaire and ranked results, and Compare choices.
set(_advisor ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_ui PRIVATE
    ${_advisor}/decideview.cpp ${_advisor}/decideview.h
    ${_advisor}/questionform.cpp ${_advisor}/questionform.h
    ${_advisor}/resultslist.cpp ${_advisor}/resultslist.h
    ${_advisor}/resultdetails.cpp ${_advisor}/resultdetails.h
    ${_advisor}/comparechoices.cpp ${_advisor}/comparechoices.h)
target_link_libraries(ae_ui PUBLIC ae_advisor Qt6::Concurrent)
