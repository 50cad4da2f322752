include ../globals.mk

SERVICE = worker
COMPONENT = worker
