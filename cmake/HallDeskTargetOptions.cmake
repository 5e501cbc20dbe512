# Warnings and sanitizers are attached per target through this interface library,
# never set directory-wide, so third-party code and generated sources keep their own flags.
add_library(halldesk_options INTERFACE)
add_library(HallDesk::options ALIAS halldesk_options)
target_compile_options(halldesk_options INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(halldesk_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(HALLDESK_SANITIZERS)
    target_compile_options(halldesk_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(halldesk_options INTERFACE -fsanitize=address,undefined)
endif()

# Every target of ours calls this so the rule lives in one place.
function(halldesk_target_defaults target)
    target_link_libraries(${target} PRIVATE HallDesk::options)
endfunction()
