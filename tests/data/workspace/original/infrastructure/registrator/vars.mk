include ../../globals.mk

IMAGE_PREFIX=gliderlabs
COMPONENT=registrator
BUILD_TAG=latest
