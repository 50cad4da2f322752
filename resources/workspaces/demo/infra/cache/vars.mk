include ../globals.mk

SERVICE = cache
COMPONENT = cache
