# Part of ws-docker: listing an engine's containers (GET /containers/json), for the
# infrastructure discovery.
list(APPEND WS_DOCKER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DockerContainerList.h
  ${CMAKE_CURRENT_LIST_DIR}/DockerContainerList.cpp)
