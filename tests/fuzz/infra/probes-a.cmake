# Part "probes-a": the parsers of the memcached, MySQL/MariaDB and HAProxy probes on arbitrary
# bytes, from seed corpora of real answers (Debian 12's memcached 1.6, MariaDB 10.11, HAProxy 2.6).
set(WS_PROBES_A_FUZZ ${CMAKE_CURRENT_LIST_DIR}/probes-a)
ws_add_fuzz_target(NAME fuzz-infra-memcached-reply
  SOURCE ${WS_PROBES_A_FUZZ}/MemcachedReplyFuzz.cpp
  CORPUS ${WS_PROBES_A_FUZZ}/memcached-corpus LIBS ws-infra)
ws_add_fuzz_target(NAME fuzz-infra-mysql-packets
  SOURCE ${WS_PROBES_A_FUZZ}/MysqlPacketsFuzz.cpp
  CORPUS ${WS_PROBES_A_FUZZ}/mysql-corpus LIBS ws-infra)
ws_add_fuzz_target(NAME fuzz-infra-haproxy-stats
  SOURCE ${WS_PROBES_A_FUZZ}/HaproxyStatsFuzz.cpp
  CORPUS ${WS_PROBES_A_FUZZ}/haproxy-corpus LIBS ws-infra)
