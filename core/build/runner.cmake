# The Docker runner of the build queue and the per-image build logs.
set(WS_BUILD_RUNNER_SOURCES
  BuildLog.h BuildLog.cpp
  DockerBuildRunner.h DockerBuildRunner.cpp)
