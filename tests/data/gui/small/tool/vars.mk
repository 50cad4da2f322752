include ../globals.mk

COMPONENT = tool
