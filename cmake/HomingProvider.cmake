# homing_add_provider(REGISTER <function> SOURCES <files...>)
#
# Called from providers/<name>/CMakeLists.txt. Adds the provider's sources to
# the homing_providers library and records the function that registers it, so
# that providers/CMakeLists.txt can generate the list of built-in providers.
# Adding a provider therefore touches no file outside its own folder.
function(homing_add_provider)
    cmake_parse_arguments(ARG "" "REGISTER" "SOURCES" ${ARGN})
    if(NOT ARG_REGISTER OR NOT ARG_SOURCES)
        message(FATAL_ERROR "homing_add_provider needs REGISTER and SOURCES")
    endif()
    list(TRANSFORM ARG_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/")
    target_sources(homing_providers PRIVATE ${ARG_SOURCES})
    target_include_directories(homing_providers PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    set_property(GLOBAL APPEND PROPERTY HOMING_PROVIDER_REGISTER_FUNCTIONS ${ARG_REGISTER})
endfunction()
