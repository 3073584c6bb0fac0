# SPDX-License-Identifier: MIT
# The Compare workspace's suites (engineer "metrics").
ae_add_test(compare_page_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/compare_page_test.cpp LIBS ae_ui CONTENT)
