#Build contexts :.dockerignore rules, the reproducible tar stream and the up - to - date digest.
list(APPEND WS_BUILD_CONTEXT_SOURCES
         ContextSource.cpp DockerIgnore.cpp ContextArchive.cpp ContextDigest.cpp)
