# One interface target that carries the language standard, warnings and Qt strictness.
# Every Bootcast target links it.
add_library(bootcast_options INTERFACE)
add_library(Bootcast::Options ALIAS bootcast_options)

target_compile_features(bootcast_options INTERFACE cxx_std_20)
target_compile_definitions(bootcast_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bootcast_options INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(bootcast_options INTERFACE -Wshadow=local)
    endif()
    if(BOOTCAST_WERROR)
        target_compile_options(bootcast_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(bootcast_options INTERFACE /W4 /permissive-)
    if(BOOTCAST_WERROR)
        target_compile_options(bootcast_options INTERFACE /WX)
    endif()
endif()

# A fuzzing build instruments everything (coverage for libFuzzer, ASan, UBSan); fuzz targets then
# link libFuzzer's driver (tests/fuzz).
if(BOOTCAST_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BOOTCAST_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(bootcast_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                      -fno-omit-frame-pointer)
    target_link_options(bootcast_options INTERFACE -fsanitize=address,undefined)
endif()
