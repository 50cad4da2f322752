# Discovery's own readers of server answers: Docker's container list, registrator's keys.
ws_add_fuzz_target(NAME fuzz-infra-discovery SOURCE ${CMAKE_CURRENT_LIST_DIR}/DiscoveryFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/discovery-corpus LIBS ws-infra ws-docker)
