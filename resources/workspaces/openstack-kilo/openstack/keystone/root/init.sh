#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written keystone.conf.
set -e
keystone-manage db_sync
