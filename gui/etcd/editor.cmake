# The etcd value editor: the editor itself, its diff view, the conflict and history dialogs, and
# the key actions (create, rename, delete keys and folders).
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/EtcdDiffView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdConflictDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdHistoryDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdKeyActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EtcdValueEditor.cpp)
