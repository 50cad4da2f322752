include ../../../globals.mk

IMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)
DISTR=$(DGIS_DISTR)
SERVICE=keystone
COMPONENT=keystone
