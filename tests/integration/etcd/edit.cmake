# The value editor's core against a real etcd: key history by revision (creation, deletion gaps,
# compaction, limit) and restoring an old value with a compare-and-swap.
ws_add_test(NAME tst_etcd_EtcdHistory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdHistory.cpp
  LABEL integration LIBS ws-etcd-edit whalestack-test-fixtures)
