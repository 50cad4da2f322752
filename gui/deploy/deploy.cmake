# The Deploy view (fleet): machines, the units × machines matrix, actions on workspace units.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DeployDiffDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployMatrixProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DeployView.cpp)
