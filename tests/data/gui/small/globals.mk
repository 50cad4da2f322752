# Shared by every image of this small test workspace (the original layout, in miniature).
IMAGE_PREFIX = guitest
DISTR = small
BUILD_TAG = 1.0
