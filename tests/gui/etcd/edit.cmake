# The value editor, its dialogs and the key actions, driven through their widgets against a real
# etcd (offscreen).
ws_add_test(NAME tst_etcd_EtcdEditGui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdEditGui.cpp
  LABEL gui LIBS whalestack-gui whalestack-test-fixtures)
