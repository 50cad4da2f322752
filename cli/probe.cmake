# `whalestack-cli probe …`: the infrastructure map's health probes from scripts.
target_sources(whalestack-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ProbeCommand.h ${CMAKE_CURRENT_LIST_DIR}/ProbeCommand.cpp)
