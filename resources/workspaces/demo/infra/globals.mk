# The infrastructure images: they sit directly on the base image, beside the applications.
include ../globals.mk

IMAGE_PREFIX := $(DEMO_IMAGE_PREFIX)
DISTR := $(DEMO_DISTR)
