#!/usr/bin/env bash
# Helpers for the bootstrap scripts confd writes: each creates a keystone object only when it is
# missing, so a container can run its bootstrap on every start.

# wait_for_endpoint URL SECONDS: wait until URL answers at all.
wait_for_endpoint() {
    local url=$1 seconds=$2
    for ((i = 0; i < seconds; i++)); do
        curl -s -o /dev/null "$url" && return 0
        sleep 1
    done
    echo "bootstrap: $url did not answer in ${seconds}s" >&2
    return 1
}

ensure_tenant() { # NAME DESCRIPTION
    keystone tenant-get "$1" >/dev/null 2>&1 || keystone tenant-create --name "$1" --description "$2"
}

ensure_role() { # NAME
    keystone role-get "$1" >/dev/null 2>&1 || keystone role-create --name "$1"
}

ensure_user() { # NAME TENANT PASSWORD ROLE
    keystone user-get "$1" >/dev/null 2>&1 || keystone user-create --name "$1" --tenant "$2" --pass "$3"
    keystone user-role-list --user "$1" --tenant "$2" | grep -q " $4 " ||
        keystone user-role-add --user "$1" --tenant "$2" --role "$4"
}

ensure_service() { # NAME TYPE DESCRIPTION
    keystone service-get "$1" >/dev/null 2>&1 || keystone service-create --name "$1" --type "$2" --description "$3"
}

ensure_endpoint() { # SERVICE PUBLIC INTERNAL ADMIN
    local id
    id=$(keystone service-get "$1" | awk '/ id / { print $4 }')
    keystone endpoint-list | grep -q " $id " ||
        keystone endpoint-create --service-id "$id" --region "${OS_REGION_NAME:-RegionOne}" \
            --publicurl "$2" --internalurl "$3" --adminurl "$4"
}
