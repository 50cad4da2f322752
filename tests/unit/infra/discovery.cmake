# Discovery and drift (core/infra/InfraDiscovery and its parts).
ws_add_test(NAME tst_infra_RegistratorKeys SOURCES ${CMAKE_CURRENT_LIST_DIR}/RegistratorKeysTest.cpp
  LABEL unit LIBS ws-infra)
ws_add_test(NAME tst_infra_DockerContainerList
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/DockerContainerListTest.cpp LABEL unit LIBS ws-docker)
ws_add_test(NAME tst_infra_InfraSnapshotAssembler
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/InfraSnapshotAssemblerTest.cpp LABEL unit LIBS ws-infra)
ws_add_test(NAME tst_infra_InfraDriftFinder
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/InfraDriftFinderTest.cpp LABEL unit
  LIBS ws-infra whalestack-test-fixtures)
