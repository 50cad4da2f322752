# The infrastructure map (the Map tab): the scene and its items, the layout, the canvas with its
# minimap, the details panel with the latency sparkline, export, and the view.
target_sources(whalestack-gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LatencySparkline.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapBackdropItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapCanvas.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapDetailsPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapDriftMarkerItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapElement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapExporter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapLayerItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapLayout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapMinimap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapNodeItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapPalette.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapRouteItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapScene.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MapView.cpp)
