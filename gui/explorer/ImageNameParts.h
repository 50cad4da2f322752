#pragma once

#include <QString>

namespace ws {

// An image reference split for display: "reg:5000/openstack/ubuntu-keystone:kilo-1a2b" gives
// repository "reg:5000/openstack", name "ubuntu-keystone" and tag "kilo-1a2b"; a digest
// reference keeps "sha256:…" as its tag.
struct ImageNameParts
{
    QString repository;
    QString name;
    QString tag;

    static ImageNameParts split(const QString &reference);
};

} // namespace ws
