# SPDX-License-Identifier: MIT
# The rendering half of ae_diagram: layout client (helper process + cache), geometry, theme, shapes, painter,
# SVG writer, export. Graphviz itself is only linked into the helper (helper/).
target_sources(ae_diagram PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/theme.cpp ${CMAKE_CURRENT_LIST_DIR}/theme.h
    ${CMAKE_CURRENT_LIST_DIR}/shapes.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes_icons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shapes_named.cpp ${CMAKE_CURRENT_LIST_DIR}/shapes.h
    ${CMAKE_CURRENT_LIST_DIR}/laidout.cpp ${CMAKE_CURRENT_LIST_DIR}/laidout.h
    ${CMAKE_CURRENT_LIST_DIR}/layout.cpp ${CMAKE_CURRENT_LIST_DIR}/layout.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layoutcache.cpp ${CMAKE_CURRENT_LIST_DIR}/layoutcache.h
    ${CMAKE_CURRENT_LIST_DIR}/layoutio.h ${CMAKE_CURRENT_LIST_DIR}/layoutio_input.cpp
    ${CMAKE_CURRENT_LIST_DIR}/layoutio_output.cpp
    ${CMAKE_CURRENT_LIST_DIR}/painter.cpp ${CMAKE_CURRENT_LIST_DIR}/painter.h
    ${CMAKE_CURRENT_LIST_DIR}/painterparts.cpp ${CMAKE_CURRENT_LIST_DIR}/painterparts.h
    ${CMAKE_CURRENT_LIST_DIR}/drawdiagram.cpp ${CMAKE_CURRENT_LIST_DIR}/drawdiagram.h
    ${CMAKE_CURRENT_LIST_DIR}/drawchecks.cpp ${CMAKE_CURRENT_LIST_DIR}/drawchecks.h
    ${CMAKE_CURRENT_LIST_DIR}/notes.cpp ${CMAKE_CURRENT_LIST_DIR}/notes.h
    ${CMAKE_CURRENT_LIST_DIR}/svgwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/svgwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/export.cpp ${CMAKE_CURRENT_LIST_DIR}/export.h)
# Where an installed app finds its layout helper when it is not beside the binary.
target_compile_definitions(ae_diagram PRIVATE
    AE_LIBEXEC_DIR="${CMAKE_INSTALL_PREFIX}/${AE_LIBEXEC_DIR}")

add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/helper ${CMAKE_CURRENT_BINARY_DIR}/helper)
# The app and its CLI need the helper built beside them; `archexplorer` is defined after app/ is read.
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL add_dependencies archexplorer archexplorer-layout)
