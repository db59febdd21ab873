# steward_add_test(NAME <name> LABEL <core|ui|cli|fault> SOURCES <...> LIBS <...> [TIMEOUT s])
# One place that registers a Qt Test executable with its label and the offscreen platform, so no test
# depends on a display and every test can be selected with `ctest -L <label>`.
function(steward_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF)
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} steward_test_support Qt6::Test)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;STEWARD_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR};STEWARD_BIN_DIR=${PROJECT_BINARY_DIR}/bin;STEWARD_DATA_DIR=${PROJECT_BINARY_DIR}/test-data/${T_NAME}")
endfunction()
