#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written cinder.conf.
set -e
cinder-manage db sync
