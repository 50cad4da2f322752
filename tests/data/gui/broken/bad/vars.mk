include ../globals.mk

COMPONENT = bad
