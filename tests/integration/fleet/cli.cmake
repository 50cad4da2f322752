# whalestack-cli fleet against the fleet test server.
ws_add_test(NAME tst_fleet_CliFleet SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_CliFleet.cpp
  LABEL integration LIBS whalestack-test-fixtures)
target_compile_definitions(tst_fleet_CliFleet PRIVATE WHALESTACK_CLI="$<TARGET_FILE:whalestack-cli>")
add_dependencies(tst_fleet_CliFleet whalestack-cli)
