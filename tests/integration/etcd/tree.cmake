# EtcdTreeSync against a real etcd.
ws_add_test(NAME tst_etcd_EtcdTreeSync SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdTreeSync.cpp
  LABEL integration LIBS ws-etcd-tree whalestack-test-fixtures)
