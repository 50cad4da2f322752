# The etcd, Docker and registry probes' judging of server answers, and keychain entries of probe
# credentials.
ws_add_fuzz_target(NAME fuzz-infra-stack-probes SOURCE ${CMAKE_CURRENT_LIST_DIR}/StackProbesFuzz.cpp
  CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus-stack-probes LIBS ws-infra)
