# Benchmark 3: YAML export and import of 100,000 keys against etcdctl get and put. Needs etcd
# and etcdctl (etcd-client).
ws_add_test(NAME bench_etcd_EtcdYaml SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_EtcdYaml.cpp
  LABEL bench TIMEOUT 3600 LIBS ws-etcd-yaml whalestack-test-fixtures)
