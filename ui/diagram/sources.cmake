# SPDX-License-Identifier: MIT
# The Draw workspace (editor, problems, live preview, files, autosave) and drawn diagrams inside documents.
target_sources(ae_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/autosave.cpp ${CMAKE_CURRENT_LIST_DIR}/autosave.h
)
target_link_libraries(ae_ui PUBLIC ae_diagram)
