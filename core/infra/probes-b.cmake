# Probes part B: RabbitMQ (AMQP 0-9-1 + management API), PowerDNS (API + hand-built DNS
# queries), Ceph (mgr prometheus metrics, monitor banner, `ceph status` JSON).
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AmqpFieldTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AmqpFrameReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AmqpConnectionStart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RabbitmqManagementAnswer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RabbitmqProbe.cpp
)
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DnsQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DnsMessage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdnsApiAnswer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdnsProbe.cpp
)
list(APPEND WS_INFRA_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CephPrometheusText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CephStatusJson.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CephProbe.cpp
)
