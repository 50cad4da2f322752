# EtcdValueFormat (and TextDiff over the same inputs) on arbitrary values.
ws_add_fuzz_target(NAME fuzz_etcd_EtcdValueFormat SOURCE ${CMAKE_CURRENT_LIST_DIR}/EtcdValueFormatFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/format-corpus RUNS 20000 LIBS ws-etcd-edit)
if(WHALESTACK_LIBFUZZER)
  target_sources(fuzz_etcd_EtcdValueFormat PRIVATE ${PROJECT_SOURCE_DIR}/core/etcd/EtcdValueFormat.cpp
    ${PROJECT_SOURCE_DIR}/core/etcd/TextDiff.cpp)
endif()
