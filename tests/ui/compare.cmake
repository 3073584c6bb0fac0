# SPDX-License-Identifier: MIT
# The Compare workspace's suites (engineer "metrics").
ae_add_test(compare_page_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/compare_page_test.cpp LIBS ae_ui CONTENT)
# Computed (from a study's diagram path) vs measured, on a small test library (tests/data/checks/compare).
ae_add_test(compare_computed_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/compare_computed_test.cpp LIBS ae_ui CONTENT)
