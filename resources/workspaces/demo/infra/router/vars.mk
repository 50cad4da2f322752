include ../../globals.mk
include ../globals.mk

SERVICE = router
COMPONENT = router
