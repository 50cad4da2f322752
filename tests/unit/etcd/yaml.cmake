# The YAML export format: round trips and broken files.
ws_add_test(NAME tst_etcd_EtcdYamlDocument SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdYamlDocument.cpp
  LABEL unit LIBS ws-etcd-yaml)
