# `whalestack-cli fleet …`: fleet's API from scripts.
target_sources(whalestack-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FleetCommand.h ${CMAKE_CURRENT_LIST_DIR}/FleetCommand.cpp)
