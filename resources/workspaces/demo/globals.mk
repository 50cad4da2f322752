# Settings every image of the demo shares. Each vars.mk includes this file (directly, or through
# the globals.mk of its group folder) and then names its COMPONENT, as in the original layout.
DEMO_IMAGE_PREFIX = whalestack
DEMO_DISTR = demo

# The demo is not a git checkout when it is installed, so its images carry a fixed tag; children
# name their parents with this same tag in their FROM lines. `make BUILD_TAG=...` overrides it.
BUILD_TAG ?= 1.0
