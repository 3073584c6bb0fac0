# SPDX-License-Identifier: MIT
# The Draw workspace (editor, problems, live preview, files, autosave) and drawn diagrams inside documents.
target_sources(ae_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/autosave.cpp ${CMAKE_CURRENT_LIST_DIR}/autosave.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramhighlighter.cpp ${CMAKE_CURRENT_LIST_DIR}/diagramhighlighter.h
    ${CMAKE_CURRENT_LIST_DIR}/diagrameditor.cpp ${CMAKE_CURRENT_LIST_DIR}/diagrameditor.h
    ${CMAKE_CURRENT_LIST_DIR}/problemslist.cpp ${CMAKE_CURRENT_LIST_DIR}/problemslist.h
    ${CMAKE_CURRENT_LIST_DIR}/diagrampreview.cpp ${CMAKE_CURRENT_LIST_DIR}/diagrampreview.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/diagramworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramworkspacefiles.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentdiagramrenderer.cpp ${CMAKE_CURRENT_LIST_DIR}/documentdiagramrenderer.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramintegration.cpp ${CMAKE_CURRENT_LIST_DIR}/diagramintegration.h
)
target_link_libraries(ae_ui PUBLIC ae_diagram)
