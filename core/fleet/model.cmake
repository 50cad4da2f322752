# The units × machines model and its poller (the Deploy view's data).
target_sources(ws-fleet PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FleetSnapshot.h
  ${CMAKE_CURRENT_LIST_DIR}/FleetStateModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FleetStatePoller.cpp)
