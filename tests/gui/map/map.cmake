# The infrastructure map, offscreen, on the synthetic test environment (tests/fixtures).
ws_add_test(NAME tst_map_MapView SOURCES tst_MapView.cpp LABEL gui
  LIBS whalestack-gui whalestack-test-fixtures)
target_include_directories(tst_map_MapView PRIVATE ${PROJECT_SOURCE_DIR}/gui/app)
# The layout's stability and the palette, without widgets.
ws_add_test(NAME tst_map_MapLayout SOURCES tst_MapLayout.cpp LABEL gui
  LIBS whalestack-gui whalestack-test-fixtures)
# Not a test: draws the map of the test environment into a PNG (docs/screenshots/map.png).
add_executable(ws-map-screenshot MapScreenshot.cpp)
target_link_libraries(ws-map-screenshot PRIVATE whalestack-gui whalestack-test-fixtures)
# The Map tab in the main window.
ws_add_test(NAME tst_map_MapTab SOURCES tst_MapTab.cpp LABEL gui LIBS whalestack-gui)
target_include_directories(tst_map_MapTab PRIVATE ${PROJECT_SOURCE_DIR}/gui/app)
# The map live: a workspace's environment (real etcd and memcached) discovered and probed.
ws_add_test(NAME tst_map_MapLive SOURCES tst_MapLive.cpp LABEL gui
  LIBS whalestack-gui whalestack-test-fixtures)
