#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// One key a confd template reads, as etcd sees it (the resource's prefix applied).
struct TemplateKey
{
    QString key; // "/services/keystone/config/admin-token", or a glob "/services/rabbitmq/hosts/*"
    QString function; // the confd function that reads it: getv, getvs, gets, get, ls, lsdir, exists
    int line = 0; // 1-based line in the template
    bool pattern = false; // true when key holds glob characters (*, ?, [) or was built at run time

    friend bool operator==(const TemplateKey &, const TemplateKey &) = default;
};

// A confd template resource (conf.d/NAME.toml) and what its template reads.
struct TemplateResource
{
    QString path; // absolute path of the .toml file
    QString src; // as written: relative to <confdir>/templates
    QString templatePath; // absolute path src resolves to (may not exist: then a Problem)
    QString dest;
    QStringList keys; // the resource's `keys`, as written
    QString prefix;
    QString mode; // as written, e.g. "0644"; empty when absent
    int uid = -1; // -1 when absent
    int gid = -1;
    QString checkCmd;
    QString reloadCmd;
    QList<TemplateKey> reads; // every key the template reads, in template order

    // The sorted, unique keys of `reads`.
    QStringList readKeys() const;
};

} // namespace ws
