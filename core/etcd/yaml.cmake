# Module ws-etcd-yaml: the YAML export file format (EtcdYamlDocument), export of a subtree at one
# revision, and import with a dry run against the store and guarded batches.
ws_core_module(etcd-yaml
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/EtcdYamlDocument.cpp
  DEPS ws-etcd
  PRIVATE_DEPS yaml-cpp)
