# FleetStatePoller and FleetStateModel against the fleet test server.
ws_add_test(NAME tst_fleet_FleetStatePoller
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_FleetStatePoller.cpp LABEL integration
  LIBS ws-fleet whalestack-test-fixtures)
