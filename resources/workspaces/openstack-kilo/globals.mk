# Settings every image of the catalogue shares. Each vars.mk includes this file and then sets
# IMAGE_PREFIX, DISTR, COMPONENT (and SERVICE, which the fleet unit files use), as in the
# original Makefiles. The image name is IMAGE_PREFIX/DISTR-COMPONENT:BUILD_TAG.
WS_IMAGE_PREFIX = whalestack
WS_DISTR = openstack-kilo

SHELL = /bin/bash

# Tags. Base images (ubuntu, apache2) set BUILD_TAG = latest in their own vars.mk, so that the
# service images can name them in FROM without knowing a revision. Service images are tagged
# "kilo"; on a git checkout of this workspace, `make GIT_TAGS=1` tags them with the checkout's
# revision instead, as the original did. The git call stays inside ifdef so that reading this
# file outside a git checkout (an installed copy, say) never runs git.
ifdef GIT_TAGS
git_sha := $(shell git rev-parse --short HEAD)
BUILD_TAG := git-$(git_sha)
endif
BUILD_TAG ?= kilo
