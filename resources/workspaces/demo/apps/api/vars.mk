include ../../globals.mk
include ../globals.mk

SERVICE = api
COMPONENT = api
