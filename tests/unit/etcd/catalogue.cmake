# The template catalogue against the store (coverage, globs) and key → unit chains.
ws_add_test(NAME tst_etcd_EtcdCoverage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdCoverage.cpp
  LABEL unit LIBS ws-etcd-catalogue)
ws_add_test(NAME tst_etcd_EtcdCoverageGlob
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdCoverageGlob.cpp LABEL unit LIBS ws-etcd-catalogue)
ws_add_test(NAME tst_etcd_EtcdChain SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdChain.cpp
  LABEL unit LIBS ws-etcd-catalogue)
