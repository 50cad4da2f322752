# YAML import dialog and export action, driven through their widgets against a real etcd
# (offscreen).
ws_add_test(NAME tst_etcd_EtcdImportDialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdImportDialog.cpp
  LABEL gui LIBS whalestack-gui whalestack-test-fixtures)
