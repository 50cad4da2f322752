# Probes part B: the parsers of RabbitMQ's AMQP and management answers, DNS messages, PowerDNS's
# API, Ceph's prometheus text and `ceph status` JSON, with data-driven broken inputs.
foreach(name AmqpFieldTable AmqpFrameReader RabbitmqManagementAnswer DnsMessage PdnsApiAnswer
    CephPrometheusText CephStatusJson)
  ws_add_test(NAME tst_infra_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
    LABEL unit LIBS ws-infra)
  target_compile_definitions(tst_infra_${name} PRIVATE
    WS_CEPH_DATA="${PROJECT_SOURCE_DIR}/tests/data/infra/ceph")
endforeach()
