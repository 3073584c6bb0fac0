# SPDX-License-Identifier: MIT
# The Read workspace, the window's shared pieces (theme, settings) and the reader's libraries.
set(_reader ${CMAKE_CURRENT_LIST_DIR})
target_sources(ae_ui PRIVATE
    ${_reader}/diagramrenderer.cpp ${_reader}/diagramrenderer.h
    ${_reader}/documentstyle.cpp ${_reader}/documentstyle.h
    ${_reader}/documentview.cpp ${_reader}/documentview.h ${_reader}/documentviewdiagrams.cpp
    ${_reader}/documentviewimages.cpp ${_reader}/documentviewfind.cpp
    ${_reader}/documentviewbackground.cpp ${_reader}/documentviewscroll.cpp
    ${_reader}/documentviewmeasure.cpp ${_reader}/documentviewfirstscreen.cpp
    ${_reader}/diagramviewer.cpp ${_reader}/diagramviewer.h
    ${_reader}/findbar.cpp ${_reader}/findbar.h
    ${_reader}/icons.cpp ${_reader}/icons.h
    ${_reader}/librarypanel.cpp ${_reader}/librarypanel.h
    ${_reader}/printing.cpp ${_reader}/printing.h ${_reader}/htmlexport.cpp
    ${_reader}/exportcommand.cpp ${_reader}/exportcommand.h
    ${_reader}/readerpage.cpp ${_reader}/readerpage.h
    ${_reader}/../theme.cpp ${_reader}/../theme.h
    ${_reader}/../settings.cpp ${_reader}/../settings.h)
target_link_libraries(ae_ui PUBLIC ae_content ae_markdown)
