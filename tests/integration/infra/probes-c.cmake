# The etcd, Docker, fleet and registry probes against the real servers and misbehaving ports;
# the scheduler with real servers; probe credentials through a real gnome-keyring; and
# `whalestack-cli probe`.
ws_add_test(NAME tst_infra_StackProbesServers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_StackProbes.cpp
  LABEL integration LIBS ws-infra whalestack-test-fixtures)
ws_add_test(NAME tst_infra_ProbeSchedulerServers
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ProbeScheduler.cpp
  LABEL integration LIBS ws-infra whalestack-test-fixtures)
ws_add_test(NAME tst_infra_ProbeCredentialSourceKeyring
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ProbeCredentialSource.cpp
  LABEL integration LIBS ws-infra ws-secrets whalestack-test-fixtures
  WRAPPER "${PROJECT_SOURCE_DIR}/tests/fixtures/with-keyring.sh")
ws_add_test(NAME tst_infra_CliProbe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_CliProbe.cpp
  LABEL integration LIBS whalestack-test-fixtures)
target_compile_definitions(tst_infra_CliProbe PRIVATE WHALESTACK_CLI="$<TARGET_FILE:whalestack-cli>")
add_dependencies(tst_infra_CliProbe whalestack-cli)
