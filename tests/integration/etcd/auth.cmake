# Auth tokens, TLS with client certificates, and the v2 keys API against a real etcd.
ws_add_test(NAME tst_etcd_EtcdAuth SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdAuth.cpp LABEL integration
  LIBS ws-etcd whalestack-test-fixtures)
ws_add_test(NAME tst_etcd_EtcdV2Store SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdV2Store.cpp LABEL integration
  LIBS ws-etcd whalestack-test-fixtures)
ws_add_test(NAME tst_etcd_EtcdTls SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdTls.cpp LABEL integration
  LIBS ws-etcd whalestack-test-fixtures)
