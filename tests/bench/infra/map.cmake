# The infrastructure map under a thousand hosts: a round of status changes to every element of
# 1,000 hosts × 20 containers, against the same round on an empty map; and the time of one frame.
ws_add_test(NAME bench-infra-map SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_MapStatus.cpp
  LABEL bench TIMEOUT 900 LIBS whalestack-gui whalestack-test-fixtures)
