#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written heat.conf.
set -e
heat-manage db_sync
