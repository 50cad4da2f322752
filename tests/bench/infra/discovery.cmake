# Drift over 1,000 hosts × 20 containers against one pass over the same data.
ws_add_test(NAME bench_infra_InfraDriftFinder
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_InfraDriftFinder.cpp LABEL bench
  LIBS ws-infra whalestack-test-fixtures)
