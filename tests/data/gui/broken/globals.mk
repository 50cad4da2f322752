IMAGE_PREFIX = guitest
DISTR = broken
BUILD_TAG = 1.0
