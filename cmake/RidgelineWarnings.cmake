# Warnings for our own targets only; third-party headers come in as SYSTEM includes.
function(ridgeline_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                             -Wno-missing-field-initializers)
    if(RIDGELINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# ridgeline_add_library(NAME SOURCES... LINK libs...) : one static library per layer.
function(ridgeline_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINK;PRIVATE_LINK" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LINK} PRIVATE ${ARG_PRIVATE_LINK})
    ridgeline_set_warnings(${name})
endfunction()
