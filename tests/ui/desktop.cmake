# SPDX-License-Identifier: MIT
# Desktop integration: drops, Help guides, shortcuts, recent paths, the restored workspace tab.
ae_add_test(desktop_integration_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/desktop_integration_test.cpp
            LIBS ae_ui CONTENT RESOURCES)
if(TARGET archexplorer-layout)
    add_dependencies(desktop_integration_test archexplorer-layout)
endif()
# Keys and the wheel in every workspace: no ambiguous shortcut, every shortcut works, no silent edits.
ae_add_test(input_safety_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/input_safety_test.cpp LIBS ae_ui CONTENT RESOURCES)
# Toolbar and menu icons: bundled, visible (3:1) in the light and the dark theme, recoloured on a theme switch.
ae_add_test(icons_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/icons_test.cpp LIBS ae_ui CONTENT RESOURCES)
if(TARGET archexplorer-layout)
    add_dependencies(icons_test archexplorer-layout)
endif()
# WCAG AA for every colour pair the app draws, in both themes.
ae_add_test(contrast_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/contrast_test.cpp LIBS ae_ui ae_draw ae_diagram RESOURCES)
# Start-up builds only the shown workspace; the others on first show, with their shortcuts.
ae_add_test(startup_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/startup_test.cpp LIBS ae_ui CONTENT RESOURCES)
# The style's seldom-shown icons (clear buttons, bar extension arrows) are read when first drawn.
ae_add_test(startup_icons_test SOURCES ${CMAKE_CURRENT_LIST_DIR}/startup_icons_test.cpp LIBS ae_ui CONTENT RESOURCES)
