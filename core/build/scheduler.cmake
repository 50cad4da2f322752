# The build scheduler: plans, states, the runner interface and the DAG scheduler. Included by
# core/build/CMakeLists.txt, which gathers this list with the context archive's.
set(WS_BUILD_SCHEDULER_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/BuildPlan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuildRunner.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildRunner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuildScheduler.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildScheduler.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuildState.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BuildSummary.cpp)
