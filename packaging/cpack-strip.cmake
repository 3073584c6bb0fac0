# SPDX-License-Identifier: MIT
# CPACK_PRE_BUILD_SCRIPTS hook: strips every ELF file in the staging tree the way dh_strip does (symbols, debug info
# and the .comment/.note sections), so the package carries no debug data and lintian finds no unneeded sections.
file(GLOB_RECURSE staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(f IN LISTS staged)
    if(IS_SYMLINK "${f}")
        continue()
    endif()
    file(READ "${f}" magic LIMIT 4 HEX)
    if(NOT magic STREQUAL "7f454c46")
        continue()
    endif()
    execute_process(COMMAND "${CPACK_AE_STRIP}" --remove-section=.comment --remove-section=.note "${f}"
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "strip ${f} failed: ${err}")
    endif()
endforeach()
