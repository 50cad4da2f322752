# Scheduling explanations ("why is my unit not running?") and deploy previews: fleet's
# [X-Fleet] rules as pure functions over the API's lists.
target_sources(ws-fleet PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FleetSchedulingRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FleetScheduleExplainer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FleetScheduleExplanation.h
  ${CMAKE_CURRENT_LIST_DIR}/FleetDeployPreview.cpp)
