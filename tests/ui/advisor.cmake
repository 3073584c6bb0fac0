# SPDX-License-Identifier: MIT
# The Decide workspace's suites (engineer "advisor").
ae_add_test(advisor_view_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/advisor_view_test.cpp LIBS ae_ui CONTENT RESOURCES)
