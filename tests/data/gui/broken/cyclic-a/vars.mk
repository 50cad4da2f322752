include ../globals.mk

COMPONENT = cyclic-a
