# The key browser: a filtered tree of etcd keys that follows the store live.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EtcdBrowser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdBrowserDelegate.cpp)
target_link_libraries(whalestack-gui PUBLIC ws-etcd-tree)
