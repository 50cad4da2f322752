# The probes of the stack's own servers: etcd, the Docker engine, fleet and a Docker registry.
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/HttpAnswer.h
  ${CMAKE_CURRENT_LIST_DIR}/HttpAnswer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProbeEndpoint.h
  ${CMAKE_CURRENT_LIST_DIR}/ProbeEndpoint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/EtcdProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DockerProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/DockerProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FleetProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/FleetProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RegistryProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistryProbe.cpp)
list(APPEND WS_INFRA_DEPS ws-etcd ws-docker ws-fleet)
