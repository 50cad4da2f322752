# The key tree: EtcdKeyTree and the item model over it.
ws_add_test(NAME tst_etcd_EtcdTreeKeys SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdTreeKeys.cpp
  LABEL unit LIBS ws-etcd-tree)
ws_add_test(NAME tst_etcd_EtcdTreeModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdTreeModel.cpp
  LABEL unit LIBS ws-etcd-tree)
