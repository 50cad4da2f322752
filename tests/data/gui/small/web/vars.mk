include ../globals.mk

COMPONENT = web
