# Unit files for workspace images, in the original project's pattern.
target_sources(ws-fleet PRIVATE ${CMAKE_CURRENT_LIST_DIR}/FleetUnitGenerator.cpp)
