# The etcd view's template catalogue against the store, and the chain from a key to its units.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EtcdCataloguePanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdCataloguePanelModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdChainPanel.cpp)
target_link_libraries(whalestack-gui PUBLIC ws-etcd-catalogue)
