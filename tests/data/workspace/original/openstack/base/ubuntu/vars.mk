include ../../../globals.mk

IMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)
DISTR=$(DGIS_DISTR)
COMPONENT=base
BUILD_TAG=latest
