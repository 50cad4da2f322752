# UnitImageLink: the etcd key a unit reads its image from, in hand-written and bundled units.
ws_add_test(NAME test-fleet-unit-image-link
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/UnitImageLinkTest.cpp LABEL unit LIBS ws-fleet ws-workspace)
