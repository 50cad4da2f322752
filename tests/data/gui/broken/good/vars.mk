include ../globals.mk

COMPONENT = good
