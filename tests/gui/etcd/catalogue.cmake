# The template catalogue panel and the key → unit chain panel, offscreen.
ws_add_test(NAME tst_etcd_EtcdCataloguePanel
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdCataloguePanel.cpp LABEL gui LIBS whalestack-gui)
ws_add_test(NAME tst_etcd_EtcdChainPanel SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdChainPanel.cpp
  LABEL gui LIBS whalestack-gui)
