# Warnings for our own targets only (Qt and other dependencies come in as system headers).
function(linli_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wcast-align -Woverloaded-virtual)
endfunction()
