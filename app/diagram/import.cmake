# SPDX-License-Identifier: MIT
# The import half of ae_diagram: DOT (through cgraph, parsing only, no layout), Mermaid flowcharts, D2 and
# Structurizr DSL (hand-written parsers), and the .arch / DOT / Mermaid writers used by `archexplorer convert` (included by CMakeLists.txt).
set(_imp ${CMAKE_CURRENT_LIST_DIR}/import)
target_sources(ae_diagram PRIVATE
    ${_imp}/import.cpp ${_imp}/import.h
    ${_imp}/dotimport.cpp ${_imp}/dotlabels.cpp ${_imp}/dotattributes.cpp ${_imp}/dotsource.cpp
    ${_imp}/dotimport.h ${_imp}/dot_p.h
    ${_imp}/mermaidparser.cpp ${_imp}/mermaidnodes.cpp ${_imp}/mermaidlinks.cpp ${_imp}/mermaidstyles.cpp ${_imp}/mermaidextras.cpp ${_imp}/mermaidarchitecture.cpp
    ${_imp}/mermaidparser.h
    ${_imp}/mermaid_p.h
    ${_imp}/d2parser.cpp ${_imp}/d2builder.cpp ${_imp}/d2emit.cpp ${_imp}/d2parser.h ${_imp}/d2ast.h
    ${_imp}/d2_p.h ${_imp}/d2import.h
    ${_imp}/structurizrlexer.cpp ${_imp}/structurizrparser.cpp ${_imp}/structurizrresolve.cpp ${_imp}/structurizrviews.cpp
    ${_imp}/structurizremit.cpp ${_imp}/structurizr_p.h ${_imp}/structurizrimport.h
    ${_imp}/writers.cpp ${_imp}/writers.h)
# cgraph only: the DOT reader parses in process; layout stays in the helper process.
pkg_check_modules(CGRAPH REQUIRED IMPORTED_TARGET libcgraph)
target_link_libraries(ae_diagram PRIVATE PkgConfig::CGRAPH)
