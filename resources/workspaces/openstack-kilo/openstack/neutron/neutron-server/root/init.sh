#!/usr/bin/env bash
# Run once by /etc/my_init.d/10-init, after confd has written the configuration.
set -e
neutron-db-manage --config-file /etc/neutron/neutron.conf \
    --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade head
