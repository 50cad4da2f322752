# The Deploy view (fleet): machines, the units × machines matrix, actions on workspace units,
# the deploy preview, the connection (and SSH tunnel) settings, unit generation, image links.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DeployConnectionDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployDiffDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployGenerateDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployImageDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployMatrixProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployPreviewDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployView.cpp)
