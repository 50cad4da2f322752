# Part "probes-a": the memcached, MySQL/MariaDB and HAProxy probes and their parsers.
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/MemcachedReply.h
  ${CMAKE_CURRENT_LIST_DIR}/MemcachedReply.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MemcachedProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/MemcachedProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MysqlPacketReader.h
  ${CMAKE_CURRENT_LIST_DIR}/MysqlPacketReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MysqlGreeting.h
  ${CMAKE_CURRENT_LIST_DIR}/MysqlGreeting.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MysqlResultset.h
  ${CMAKE_CURRENT_LIST_DIR}/MysqlResultset.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MysqlHandshakeResponse.h
  ${CMAKE_CURRENT_LIST_DIR}/MysqlHandshakeResponse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MysqlProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/MysqlProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyStatsCsv.h
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyStatsCsv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyInfo.h
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyInfo.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyProbe.h
  ${CMAKE_CURRENT_LIST_DIR}/HaproxyProbe.cpp)
