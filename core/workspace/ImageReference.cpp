#include "ImageReference.h"

namespace ws {

namespace {

// Index of the ':' that starts the tag, or -1. A ':' before the last '/' belongs to a registry
// host's port ("localhost:5000/app"), not to a tag.
qsizetype tagColon(const QString &reference)
{
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = reference.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? colon : -1;
}

} // namespace

bool ImageReference::hasTagOrDigest(const QString &reference)
{
    return reference.contains(QLatin1Char('@')) || tagColon(reference) >= 0;
}

QString ImageReference::normalized(const QString &reference)
{
    if (reference.isEmpty() || hasTagOrDigest(reference))
        return reference;
    return reference + QLatin1String(":latest");
}

QString ImageReference::repository(const QString &reference)
{
    QString result = reference;
    const qsizetype at = result.indexOf(QLatin1Char('@'));
    if (at >= 0)
        result.truncate(at);
    const qsizetype colon = tagColon(result);
    if (colon >= 0)
        result.truncate(colon);
    return result;
}

} // namespace ws
