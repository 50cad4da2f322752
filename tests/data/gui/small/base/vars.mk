include ../globals.mk

COMPONENT = base
