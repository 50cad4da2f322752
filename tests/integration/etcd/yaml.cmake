# YAML export and import against a real etcd: the core jobs, and the CLI's export, import,
# missing and watch.
ws_add_test(NAME tst_etcd_EtcdImportPlan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_EtcdImportPlan.cpp
  LABEL integration LIBS ws-etcd-yaml whalestack-test-fixtures)
ws_add_test(NAME tst_etcd_CliEtcdYaml SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_CliEtcdYaml.cpp
  LABEL integration LIBS ws-etcd-yaml whalestack-test-fixtures)
target_compile_definitions(tst_etcd_CliEtcdYaml PRIVATE WHALESTACK_CLI="$<TARGET_FILE:whalestack-cli>")
add_dependencies(tst_etcd_CliEtcdYaml whalestack-cli)
