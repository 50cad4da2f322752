# The decoder of etcd v2 keys API answers.
ws_add_fuzz_target(NAME fuzz_etcd_EtcdV2Json SOURCE ${CMAKE_CURRENT_LIST_DIR}/EtcdV2JsonFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/v2-corpus RUNS 50000 LIBS ws-etcd)
if(WHALESTACK_LIBFUZZER)
  target_sources(fuzz_etcd_EtcdV2Json PRIVATE ${PROJECT_SOURCE_DIR}/core/etcd/EtcdV2Json.cpp)
endif()
