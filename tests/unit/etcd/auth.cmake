# The decoder of etcd v2 keys API answers.
ws_add_test(NAME tst_etcd_EtcdV2Json SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdV2Json.cpp LABEL unit LIBS ws-etcd)
