include ../../globals.mk

# Not built here: the workspace runs gliderlabs' image as it is (no Dockerfile in this folder).
IMAGE_PREFIX = gliderlabs
SERVICE = registrator
COMPONENT = registrator
BUILD_TAG = v6
