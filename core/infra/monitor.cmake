# Part of ws-infra: one environment kept live (discovery again and again, every target probed).
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/InfraMonitor.h
  ${CMAKE_CURRENT_LIST_DIR}/InfraMonitor.cpp)
