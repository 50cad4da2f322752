# The application images: they run on the runtime image and register with the router.
include ../globals.mk

IMAGE_PREFIX = $(DEMO_IMAGE_PREFIX)
DISTR = $(DEMO_DISTR)
