# FleetStateModel under QAbstractItemModelTester with random snapshot sequences.
ws_add_test(NAME test-fleet-state-model SOURCES ${CMAKE_CURRENT_LIST_DIR}/FleetStateModelTest.cpp
  LABEL unit LIBS ws-fleet)
