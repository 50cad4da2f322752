#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written the configuration.
set -e
glance-manage db_sync
