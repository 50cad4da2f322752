# Discovery against real etcd, dockerd and the fleet test server.
ws_add_test(NAME tst_infra_InfraDiscovery
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/InfraDiscoveryTest.cpp LABEL integration
  LIBS ws-infra ws-docker ws-fleet ws-etcd whalestack-test-fixtures Qt6::Network)
