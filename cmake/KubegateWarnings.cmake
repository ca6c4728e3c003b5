# kubegate_set_warnings(target): the project's warning policy, private to each target so
# that consumers of our libraries never inherit it.
function(kubegate_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    if(KUBEGATE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
