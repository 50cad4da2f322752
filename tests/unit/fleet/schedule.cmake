ws_add_test(NAME test-fleet-schedule-explainer
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/FleetScheduleExplainerTest.cpp LABEL unit LIBS ws-fleet)
