# The key browser, offscreen, against a real etcd.
ws_add_test(NAME tst_etcd_EtcdBrowser SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdBrowser.cpp
  LABEL gui LIBS whalestack-gui whalestack-test-fixtures)
