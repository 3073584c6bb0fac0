# SPDX-License-Identifier: MIT
# The Read workspace's suites (engineer "reader").
ae_add_test(reader_gui_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_gui_test.cpp LIBS ae_ui CONTENT RESOURCES)
ae_add_test(reader_bigdoc_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_bigdoc_test.cpp LIBS ae_ui)
