include ../../../globals.mk

IMAGE_PREFIX = $(WS_IMAGE_PREFIX)
DISTR = $(WS_DISTR)
SERVICE = cinder
COMPONENT = cinder-scheduler
