# SPDX-License-Identifier: MIT
# The Read workspace's suites (engineer "reader").
ae_add_test(reader_gui_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_gui_test.cpp LIBS ae_ui CONTENT RESOURCES)
ae_add_test(reader_bigdoc_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_bigdoc_test.cpp LIBS ae_ui)
ae_add_test(reader_code_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_code_test.cpp LIBS ae_ui RESOURCES)
ae_add_test(reader_readme_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_readme_test.cpp LIBS ae_ui RESOURCES)
ae_add_test(reader_diagram_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_diagram_test.cpp LIBS ae_ui CONTENT RESOURCES)
ae_add_test(reader_export_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_export_test.cpp APP LABELS cli)
add_dependencies(reader_export_test archexplorer archexplorer-layout)
ae_add_test(reader_layout_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/reader_layout_test.cpp LIBS ae_ui CONTENT RESOURCES)
