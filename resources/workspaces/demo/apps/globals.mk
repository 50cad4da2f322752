# The application images: they run on the runtime image and register with the router.
# Each vars.mk below includes the root globals.mk first, then this file. (No include here:
# make resolves an include against the folder it runs in, not against the including file.)
IMAGE_PREFIX = $(DEMO_IMAGE_PREFIX)
DISTR = $(DEMO_DISTR)
