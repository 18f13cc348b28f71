# cmake -DSB_SOURCE_DIR=<repository> -P check_source_lists.cmake
#
# The build names every file explicitly. This check fails when a .cpp, .h, .ui or .sql file
# under src/, ui/, resources/sql/ (every folder in it: shared/, sqlite/, postgresql/) or tests/
# is named in no CMakeLists.txt, so a file that was added but never listed (and so never built,
# translated or bundled) is caught.
#
# A CMakeLists.txt names a file by its path relative to that CMakeLists.txt's own folder
# ("tickets/ticketstore.cpp" in src/core/CMakeLists.txt), or from the repository root as
# "${PROJECT_SOURCE_DIR}/ui/kb/kbdialog.ui". Comments do not count.
cmake_minimum_required(VERSION 3.22)

if(NOT SB_SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DSB_SOURCE_DIR=<repository> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
get_filename_component(root "${SB_SOURCE_DIR}" ABSOLUTE)

set(scanned_folders src ui resources/sql tests)
set(extensions cpp h ui sql)

# The CMakeLists.txt files of the build: the root one and those under the scanned folders.
set(lists_files "${root}/CMakeLists.txt")
foreach(folder IN LISTS scanned_folders)
    file(GLOB_RECURSE found "${root}/${folder}/CMakeLists.txt")
    list(APPEND lists_files ${found})
endforeach()

# Every path a CMakeLists.txt names, made absolute.
set(named)
foreach(lists_file IN LISTS lists_files)
    get_filename_component(dir "${lists_file}" DIRECTORY)
    file(READ "${lists_file}" text)
    string(REGEX REPLACE "#[^\n]*" "" text "${text}")
    string(REGEX REPLACE "[][()\";]" " " text "${text}")
    string(REGEX MATCHALL "[^ \t\r\n]+" tokens "${text}")
    foreach(token IN LISTS tokens)
        if(token MATCHES "^\\$\\{(PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR)\\}/(.+)$")
            set(path "${root}/${CMAKE_MATCH_2}")
        elseif(token MATCHES "^\\$\\{CMAKE_CURRENT_SOURCE_DIR\\}/(.+)$")
            set(path "${dir}/${CMAKE_MATCH_1}")
        elseif(token MATCHES "\\$" OR NOT token MATCHES "\\.[a-z]+$")
            continue()
        else()
            set(path "${dir}/${token}")
        endif()
        get_filename_component(path "${path}" ABSOLUTE)
        list(APPEND named "${path}")
    endforeach()
endforeach()
list(REMOVE_DUPLICATES named)

set(globs)
foreach(folder IN LISTS scanned_folders)
    foreach(ext IN LISTS extensions)
        list(APPEND globs "${root}/${folder}/*.${ext}")
    endforeach()
endforeach()
file(GLOB_RECURSE files ${globs})
list(SORT files)

set(missing)
foreach(file IN LISTS files)
    list(FIND named "${file}" at)
    if(at EQUAL -1)
        file(RELATIVE_PATH rel "${root}" "${file}")
        string(APPEND missing "\n  ${rel}")
    endif()
endforeach()

list(LENGTH files count)
if(missing)
    message(FATAL_ERROR "Files named in no CMakeLists.txt list (add each to the list of its "
                        "folder's target):${missing}")
endif()
message(STATUS "${count} source, form and migration files, each named in a CMakeLists.txt")
