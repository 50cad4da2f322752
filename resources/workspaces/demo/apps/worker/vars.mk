include ../../globals.mk
include ../globals.mk

SERVICE = worker
COMPONENT = worker
