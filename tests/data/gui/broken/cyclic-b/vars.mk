include ../globals.mk

COMPONENT = cyclic-b
