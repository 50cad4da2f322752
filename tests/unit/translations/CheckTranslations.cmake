# Runs lupdate into a copy of TS_FILE and fails on any unfinished message, naming the first few.
file(COPY_FILE ${TS_FILE} ${WORK_DIR}/check.ts)
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none -I ${INCLUDE_DIR} @${SOURCES_LIST} -ts ${WORK_DIR}/check.ts
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(READ ${WORK_DIR}/check.ts ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
if(count GREATER 0)
  message(FATAL_ERROR "${count} of ${total} Russian messages are unfinished; run "
    "`cmake --build BUILD --target update_translations` and translate them in "
    "translations/whalestack_ru.ts.")
endif()
message(STATUS "translations: ${total} messages, all finished")
