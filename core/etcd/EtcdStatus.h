#pragma once

#include <QString>

namespace ws {

// GET /health: {"health":"true"} (a string) with 200, {"health":"false", "reason": …} with 503.
struct EtcdHealth
{
    bool healthy = false;
    QString reason; // why not, when the server says
};

// GET /version: {"etcdserver":"3.4.23","etcdcluster":"3.4.0"}.
struct EtcdVersion
{
    QString server;
    QString cluster;
};

} // namespace ws
