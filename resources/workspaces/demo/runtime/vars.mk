include ../globals.mk

IMAGE_PREFIX = $(DEMO_IMAGE_PREFIX)
DISTR = $(DEMO_DISTR)
COMPONENT = runtime
