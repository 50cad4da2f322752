include ../../globals.mk
include ../globals.mk

SERVICE = cache
COMPONENT = cache
