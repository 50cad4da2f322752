# The whole etcd view (connect, browse, edit, import/export), offscreen, against a real etcd.
ws_add_test(NAME tst_etcd_EtcdView SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdView.cpp
  LABEL gui LIBS whalestack-gui whalestack-test-fixtures)
