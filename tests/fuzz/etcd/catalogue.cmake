# confd's glob matching (Go path.Match) for the template catalogue.
ws_add_fuzz_target(NAME fuzz_etcd_EtcdGlob SOURCE ${CMAKE_CURRENT_LIST_DIR}/EtcdGlobFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/glob-corpus RUNS 50000 LIBS ws-etcd-catalogue)
if(WHALESTACK_LIBFUZZER)
  target_sources(fuzz_etcd_EtcdGlob PRIVATE ${PROJECT_SOURCE_DIR}/core/etcd/EtcdGlob.cpp)
endif()
