# kubegate_set_warnings(target): the project's warning policy, private to each target so
# that consumers of our libraries never inherit it.
function(kubegate_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        # GCC 12 reports -Wrestrict for plain std::string concatenation at -O2/-O3
        # (GCC bug 105329, fixed in GCC 13): a false positive in libstdc++, not in our code.
        target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(KUBEGATE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
