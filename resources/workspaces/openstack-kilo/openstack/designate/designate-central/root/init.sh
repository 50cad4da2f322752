#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written designate.conf.
set -e
designate-manage database sync
