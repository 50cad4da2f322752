# One build queue as a user starts it: scheduler, runner, pushes and history together.
set(WS_BUILD_SESSION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/PushQueue.h
  ${CMAKE_CURRENT_LIST_DIR}/PushQueue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RegistryCredentialSource.h
  ${CMAKE_CURRENT_LIST_DIR}/RegistryCredentialSource.cpp)
list(APPEND WS_BUILD_SESSION_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/BuildSession.h
  ${CMAKE_CURRENT_LIST_DIR}/BuildSession.cpp)
