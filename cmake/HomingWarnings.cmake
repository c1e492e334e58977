# Warning flags shared by every Homing target. Tests pass RELAXED_STRINGS to
# write plain string literals; product code converts explicitly.
function(homing_set_warnings target)
    cmake_parse_arguments(ARG "RELAXED_STRINGS" "" "" ${ARGN})
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(HOMING_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wnull-dereference -Wimplicit-fallthrough)
        if(HOMING_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Implicit QString conversions hide encoding bugs; keywords clash with libraries.
    target_compile_definitions(${target} PRIVATE
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(NOT ARG_RELAXED_STRINGS)
        target_compile_definitions(${target} PRIVATE
            QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING)
    endif()
endfunction()
