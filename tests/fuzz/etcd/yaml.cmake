# The reader of etcd export files (EtcdYamlDocument::parse) and its writer's round trip.
ws_add_fuzz_target(NAME fuzz_etcd_EtcdYaml SOURCE ${CMAKE_CURRENT_LIST_DIR}/EtcdYamlFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/yaml-corpus RUNS 20000 LIBS ws-etcd-yaml)
if(WHALESTACK_LIBFUZZER)
  target_sources(fuzz_etcd_EtcdYaml PRIVATE ${PROJECT_SOURCE_DIR}/core/etcd/EtcdYamlDocument.cpp)
  target_link_libraries(fuzz_etcd_EtcdYaml PRIVATE yaml-cpp)
endif()
