# The key tree on 100,000 keys: load time against etcdctl, memory per key, and the longest
# event-loop stall under a burst of watch events. Needs etcd and etcdctl (etcd-client).
ws_add_test(NAME bench_etcd_EtcdTree SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_EtcdTree.cpp
  LABEL bench TIMEOUT 3600 LIBS ws-etcd-tree whalestack-test-fixtures Qt6::Widgets)
