ws_add_test(NAME test-fleet-unit-generator
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/FleetUnitGeneratorTest.cpp LABEL unit
  LIBS ws-fleet ws-workspace)
