include ../../../globals.mk

IMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)
DISTR=$(DGIS_DISTR)
COMPONENT=apache2
BUILD_TAG=latest
