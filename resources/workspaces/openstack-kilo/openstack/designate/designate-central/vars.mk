include ../../../globals.mk

IMAGE_PREFIX = $(WS_IMAGE_PREFIX)
DISTR = $(WS_DISTR)
SERVICE = designate
COMPONENT = designate-central
