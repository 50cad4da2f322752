# Part "probes-a": the memcached, MySQL/MariaDB and HAProxy probes against real servers
# (memcached, mariadbd, haproxy from Debian) and against MisbehavingTcpServer.
set(WS_PROBES_A_INTEGRATION ${CMAKE_CURRENT_LIST_DIR}/probes-a)
foreach(name MemcachedProbe MysqlProbe HaproxyProbe)
  ws_add_test(NAME tst_infra_${name}
    SOURCES ${WS_PROBES_A_INTEGRATION}/tst_infra_${name}.cpp ${WS_PROBES_A_INTEGRATION}/ProbeRun.h
    LABEL integration LIBS ws-infra whalestack-test-fixtures)
endforeach()
