# SPDX-License-Identifier: MIT
# The Draw workspace's suites (engineer "studio").
ae_add_test(diagram_autosave_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_autosave_test.cpp LIBS ae_ui)
