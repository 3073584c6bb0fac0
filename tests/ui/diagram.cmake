# SPDX-License-Identifier: MIT
# The Draw workspace's suites (engineer "studio").
ae_add_test(diagram_autosave_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_autosave_test.cpp LIBS ae_ui)
ae_add_test(diagram_workspace_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_workspace_test.cpp LIBS ae_ui)
ae_add_test(diagram_renderer_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_renderer_test.cpp LIBS ae_ui)
ae_add_test(diagram_integration_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_integration_test.cpp
            LIBS ae_ui CONTENT RESOURCES)
if(TARGET archexplorer-layout)
    # Both draw through the layout helper process.
    add_dependencies(diagram_workspace_test archexplorer-layout)
    add_dependencies(diagram_renderer_test archexplorer-layout)
endif()
ae_add_test(diagram_editor_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_editor_test.cpp LIBS ae_ui)
ae_add_test(diagram_actions_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_actions_test.cpp LIBS ae_ui)
ae_add_test(diagram_longtext_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_longtext_test.cpp LIBS ae_ui)
if(TARGET archexplorer-layout)
    add_dependencies(diagram_actions_test archexplorer-layout)
    add_dependencies(diagram_longtext_test archexplorer-layout)
endif()
# Issue 9: a 10,000-node diagram keeps the event loop ticking (< 100 ms gaps) and can be cancelled; timing-sensitive.
ae_add_test(large_diagram_latency_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/large_diagram_latency_test.cpp LIBS ae_ui LABELS ui diagram)
set_tests_properties(large_diagram_latency_test PROPERTIES RUN_SERIAL TRUE)
if(TARGET archexplorer-layout)
    add_dependencies(large_diagram_latency_test archexplorer-layout)
endif()
# Views of one model as tabs over the preview.
ae_add_test(diagram_views_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_views_test.cpp LIBS ae_ui)
if(TARGET archexplorer-layout)
    add_dependencies(diagram_views_test archexplorer-layout)
endif()
ae_add_test(diagram_highlighter_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_highlighter_test.cpp LIBS ae_ui)
# Architecture-check findings in the problems list (own icon and colour, both themes).
ae_add_test(diagram_checks_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_checks_test.cpp LIBS ae_ui CONTENT)
if(TARGET archexplorer-layout)
    add_dependencies(diagram_checks_test archexplorer-layout)
endif()
# Check markers, the path summary and path figures on hover in Draw's preview.
ae_add_test(diagram_markers_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/diagram_markers_test.cpp LIBS ae_ui CONTENT)
if(TARGET archexplorer-layout)
    add_dependencies(diagram_markers_test archexplorer-layout)
endif()
