# The template catalogue against a real etcd: missing keys, the skeleton filled in and imported.
ws_add_test(NAME tst_etcd_EtcdCatalogueStore
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdCatalogueStore.cpp LABEL integration
  LIBS ws-etcd-catalogue whalestack-test-fixtures)
