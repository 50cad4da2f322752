# One environment kept live (InfraMonitor) against a real etcd and memcached.
ws_add_test(NAME tst_infra_InfraMonitor
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/InfraMonitorTest.cpp LABEL integration
  LIBS ws-infra whalestack-test-fixtures)
