include ../../../globals.mk

IMAGE_PREFIX = $(WS_IMAGE_PREFIX)
DISTR = $(WS_DISTR)
COMPONENT = base
# Base images are always "latest": children name them in FROM without a revision.
BUILD_TAG = latest
