# Probes part B: the AMQP decoders, DNS replies, the JSON answers (RabbitMQ management, PowerDNS
# API, `ceph status`) and Ceph's prometheus text.
ws_add_fuzz_target(NAME fuzz-infra-amqp SOURCE ${CMAKE_CURRENT_LIST_DIR}/AmqpFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus-amqp LIBS ws-infra)
ws_add_fuzz_target(NAME fuzz-infra-dns SOURCE ${CMAKE_CURRENT_LIST_DIR}/DnsMessageFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus-dns LIBS ws-infra)
ws_add_fuzz_target(NAME fuzz-infra-probe-json SOURCE ${CMAKE_CURRENT_LIST_DIR}/ProbeJsonFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus-probe-json LIBS ws-infra)
ws_add_fuzz_target(NAME fuzz-infra-ceph-prom
  SOURCE ${CMAKE_CURRENT_LIST_DIR}/CephPrometheusTextFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus-ceph-prom LIBS ws-infra)
if(WHALESTACK_LIBFUZZER)
  # libFuzzer sees coverage only of code built with -fsanitize=fuzzer: build the decoders in.
  target_sources(fuzz-infra-amqp PRIVATE ${PROJECT_SOURCE_DIR}/core/infra/AmqpFrameReader.cpp
    ${PROJECT_SOURCE_DIR}/core/infra/AmqpFieldTable.cpp
    ${PROJECT_SOURCE_DIR}/core/infra/AmqpConnectionStart.cpp)
  target_sources(fuzz-infra-dns PRIVATE ${PROJECT_SOURCE_DIR}/core/infra/DnsMessage.cpp)
  target_sources(fuzz-infra-probe-json PRIVATE
    ${PROJECT_SOURCE_DIR}/core/infra/RabbitmqManagementAnswer.cpp
    ${PROJECT_SOURCE_DIR}/core/infra/PdnsApiAnswer.cpp
    ${PROJECT_SOURCE_DIR}/core/infra/CephStatusJson.cpp)
  target_sources(fuzz-infra-ceph-prom PRIVATE
    ${PROJECT_SOURCE_DIR}/core/infra/CephPrometheusText.cpp)
endif()
