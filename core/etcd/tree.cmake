# Module ws-etcd-tree: the key tree (a compact structure of the keys split on '/'), its item model
# with filtering, and the sync that keeps it live from a watch.
ws_core_module(etcd-tree
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/EtcdKeyTree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdTreeModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdTreeFilterModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdTreeSync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdTreeValueSearch.cpp
  DEPS ws-etcd Qt6::Concurrent)
