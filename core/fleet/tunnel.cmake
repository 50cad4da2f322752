# The SSH tunnel to a remote fleet (FLEETCTL_TUNNEL).
target_sources(ws-fleet PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FleetTunnel.h
  ${CMAKE_CURRENT_LIST_DIR}/FleetTunnel.cpp)
