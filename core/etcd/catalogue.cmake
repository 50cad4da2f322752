# Module ws-etcd-catalogue: the workspace's template catalogue against the live store (set,
# missing, pattern matches, unused keys, the "fill missing" skeleton), confd-style glob matching,
# and the chain from a key to the units a change touches.
ws_core_module(etcd-catalogue
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/EtcdGlob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdKeyChain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdTemplateCoverage.cpp
  DEPS ws-etcd ws-etcd-yaml ws-workspace)
