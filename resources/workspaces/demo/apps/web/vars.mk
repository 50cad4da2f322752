include ../../globals.mk
include ../globals.mk

SERVICE = web
COMPONENT = web
