# SPDX-License-Identifier: MIT
# The search field and the technology index in the main window (engineer "search").
ae_add_test(explore_search_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/explore_search_test.cpp LIBS ae_ui CONTENT RESOURCES)
ae_add_test(explore_links_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/explore_links_test.cpp LIBS ae_ui CONTENT RESOURCES)
