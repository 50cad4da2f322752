# 2,000 endpoints probed by the scheduler against four real docker-registry processes: wall time
# against the slowest single probe × 2,000 ÷ concurrency (issue 6, benchmark 2).
ws_add_test(NAME bench_infra_ProbeScheduler SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ProbeScheduler.cpp
  LABEL bench TIMEOUT 1800 LIBS ws-infra whalestack-test-fixtures)
