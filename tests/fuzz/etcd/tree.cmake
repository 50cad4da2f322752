# EtcdKeyTree under arbitrary inserts and removals of arbitrary keys.
ws_add_fuzz_target(NAME fuzz_etcd_EtcdTreeKeys SOURCE ${CMAKE_CURRENT_LIST_DIR}/EtcdTreeKeysFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/tree-corpus RUNS 20000 LIBS ws-etcd-tree)
if(WHALESTACK_LIBFUZZER)
  target_sources(fuzz_etcd_EtcdTreeKeys PRIVATE ${PROJECT_SOURCE_DIR}/core/etcd/EtcdKeyTree.cpp)
endif()
