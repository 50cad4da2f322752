# FleetTunnel through a real sshd to the fleet test server, and whalestack-cli fleet --tunnel.
ws_add_test(NAME tst_fleet_FleetTunnel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_FleetTunnel.cpp
  LABEL integration LIBS ws-fleet whalestack-test-fixtures)
target_compile_definitions(tst_fleet_FleetTunnel PRIVATE WHALESTACK_CLI="$<TARGET_FILE:whalestack-cli>")
add_dependencies(tst_fleet_FleetTunnel whalestack-cli)
