include ../globals.mk

SERVICE = web
COMPONENT = web
