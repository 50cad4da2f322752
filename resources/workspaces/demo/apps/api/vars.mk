include ../globals.mk

SERVICE = api
COMPONENT = api
