# The build history: finished queues and their images in SQLite, and the estimates read from it.
# Included by core/build/CMakeLists.txt, which links Qt6::Sql and Qt6::Concurrent into ws-build.
set(WS_BUILD_HISTORY_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/BuildHistoryEntry.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildHistory.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildHistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuildHistoryStore.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildHistoryStore.cpp)
