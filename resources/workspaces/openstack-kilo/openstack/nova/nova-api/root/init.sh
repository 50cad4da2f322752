#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written nova.conf.
set -e
nova-manage db sync
