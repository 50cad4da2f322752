# The etcd view: connection, and the browser, editor, catalogue and import/export put together.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EtcdConnectionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdView.cpp)
