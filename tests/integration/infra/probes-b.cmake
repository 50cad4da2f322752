# Probes part B against real servers: rabbitmq-server (with the management plugin), pdns_server
# (gsqlite3), a single-monitor Ceph cluster (ceph-mon + ceph-mgr with prometheus), and
# misbehaving ports.
foreach(name RabbitmqProbe PdnsProbe CephProbe)
  ws_add_test(NAME tst_infra_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
    LABEL integration LIBS ws-infra whalestack-test-fixtures)
endforeach()
