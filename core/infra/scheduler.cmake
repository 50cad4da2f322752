# The scheduler that runs every probe, their SQLite history, and the keychain side of probe
# credentials.
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ProbeCredentialSource.h
  ${CMAKE_CURRENT_LIST_DIR}/ProbeCredentialSource.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProbeHistory.h
  ${CMAKE_CURRENT_LIST_DIR}/ProbeHistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProbeScheduler.h
  ${CMAKE_CURRENT_LIST_DIR}/ProbeScheduler.cpp)
list(APPEND WS_INFRA_DEPS ws-secrets Qt6::Sql)
