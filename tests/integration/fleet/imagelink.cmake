# whalestack-cli fleet generate and fleet image, against a real etcd and the fleet test server.
ws_add_test(NAME tst_fleet_CliFleetImage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_CliFleetImage.cpp
  LABEL integration LIBS whalestack-test-fixtures)
target_compile_definitions(tst_fleet_CliFleetImage PRIVATE
  WHALESTACK_CLI="$<TARGET_FILE:whalestack-cli>")
add_dependencies(tst_fleet_CliFleetImage whalestack-cli)
