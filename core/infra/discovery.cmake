# Part of ws-infra: discovery of an environment (fleet machines and units, Docker containers per
# host, registrator's keys in etcd, HAProxy routes) into an InfraSnapshot, and its drift.
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/InfraElementId.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistratorKeys.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistratorKeys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InfraDriftFinder.h
  ${CMAKE_CURRENT_LIST_DIR}/InfraDriftFinder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InfraSnapshotAssembler.h
  ${CMAKE_CURRENT_LIST_DIR}/InfraSnapshotAssembler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InfraDiscovery.h
  ${CMAKE_CURRENT_LIST_DIR}/InfraDiscovery.cpp)
list(APPEND WS_INFRA_DEPS ws-docker ws-etcd ws-fleet)
