# Module ws-etcd-edit: what the value editor needs below the GUI: value formats (detection and
# validation), line diffs, drafts on disk, a key's history by revision, and which keys look secret.
ws_core_module(etcd-edit
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/EtcdValueFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextDiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdDraftStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdKeyHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EtcdSecretKeys.cpp
  DEPS ws-etcd ws-common Qt6::Concurrent
  PRIVATE_DEPS yaml-cpp PkgConfig::TOMLPP)
