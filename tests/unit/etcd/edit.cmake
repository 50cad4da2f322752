# The value editor's core (ws-etcd-edit): formats, line diffs, drafts, secret-looking keys.
ws_add_test(NAME tst_etcd_EtcdValueFormat SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdValueFormat.cpp
  LABEL unit LIBS ws-etcd-edit)
ws_add_test(NAME tst_etcd_TextDiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_TextDiff.cpp LABEL unit
  LIBS ws-etcd-edit)
ws_add_test(NAME tst_etcd_EtcdDraftStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdDraftStore.cpp
  LABEL unit LIBS ws-etcd-edit)
ws_add_test(NAME tst_etcd_EtcdEditSecretKeys
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdEditSecretKeys.cpp LABEL unit LIBS ws-etcd-edit)
