# Image links: the etcd key a unit reads its image from, and restarting a unit to pick it up;
# where a generated unit file goes in a workspace.
target_sources(ws-fleet PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/UnitImageLink.h ${CMAKE_CURRENT_LIST_DIR}/UnitImageLink.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FleetUnitRestart.h ${CMAKE_CURRENT_LIST_DIR}/FleetUnitRestart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UnitFileLocation.h ${CMAKE_CURRENT_LIST_DIR}/UnitFileLocation.cpp)
