# Benchmark 3: YAML export and import of 100,000 keys against etcdctl get and put. Needs etcd
# and etcdctl (etcd-client).
ws_add_test(NAME bench_etcd_EtcdYaml SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_EtcdYaml.cpp
  LABEL bench TIMEOUT 3600 LIBS ws-etcd-yaml whalestack-test-fixtures)
# Qt Test stops a test function after 5 minutes by default; 2,000 etcdctl processes and three
# imports of 100,000 keys take longer on a loaded machine.
set_property(TEST bench_etcd_EtcdYaml APPEND PROPERTY ENVIRONMENT "QTEST_FUNCTION_TIMEOUT=3000000")
