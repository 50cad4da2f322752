include ../globals.mk

SERVICE = router
COMPONENT = router
