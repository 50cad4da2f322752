include ../../../globals.mk

IMAGE_PREFIX = $(WS_IMAGE_PREFIX)
DISTR = $(WS_DISTR)
SERVICE = neutron
COMPONENT = neutron-dhcp-agent
