# Part "probes-a": the parsers of the memcached, MySQL/MariaDB and HAProxy probes, with broken
# inputs (data-driven), and the HAProxy status rules.
set(WS_PROBES_A_UNIT ${CMAKE_CURRENT_LIST_DIR}/probes-a)
foreach(name MemcachedReply MysqlGreeting MysqlResultset MysqlHandshakeResponse HaproxyStatsCsv
             HaproxyInfo HaproxyProbeRules)
  ws_add_test(NAME tst_infra_${name} SOURCES ${WS_PROBES_A_UNIT}/tst_infra_${name}.cpp
    LABEL unit LIBS ws-infra)
endforeach()
