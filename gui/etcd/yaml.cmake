# YAML import (dry run, diff table, apply) and export of the etcd keys.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EtcdImportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdExportAction.cpp)
target_link_libraries(whalestack-gui PUBLIC ws-etcd-yaml)
