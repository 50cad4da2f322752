# Module ws-etcd-yaml: the YAML export file format (EtcdYamlDocument), export of a subtree at one
# revision, and import with a dry run against the store and guarded batches.
ws_core_module(etcd-yaml
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/EtcdYamlDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdExportJob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdImportPlan.cpp
  DEPS ws-etcd Qt6::Concurrent
  PRIVATE_DEPS yaml-cpp)
