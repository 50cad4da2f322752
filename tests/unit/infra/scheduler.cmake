# The stack's own probes judged without a server, the scheduler's timing and bounds (against
# misbehaving loopback ports), the probe history, and the parsing of keychain entries.
ws_add_test(NAME tst_infra_StackProbes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_StackProbes.cpp
  LABEL unit LIBS ws-infra)
ws_add_test(NAME tst_infra_ProbeScheduler SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ProbeScheduler.cpp
  LABEL unit LIBS ws-infra whalestack-test-fixtures)
ws_add_test(NAME tst_infra_ProbeHistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ProbeHistory.cpp
  LABEL unit LIBS ws-infra Qt6::Sql)
ws_add_test(NAME tst_infra_ProbeCredentialSource
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ProbeCredentialSource.cpp LABEL unit LIBS ws-infra)
