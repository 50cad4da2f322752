#include "ImageNameParts.h"

namespace ws {

ImageNameParts ImageNameParts::split(const QString &reference)
{
    ImageNameParts parts;
    QString rest = reference;
    const int at = int(rest.indexOf(QLatin1Char('@')));
    if (at >= 0) {
        parts.tag = rest.mid(at + 1);
        rest.truncate(at);
    } else {
        // A colon after the last slash is a tag; one before it belongs to a registry port.
        const int colon = int(rest.lastIndexOf(QLatin1Char(':')));
        if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
            parts.tag = rest.mid(colon + 1);
            rest.truncate(colon);
        }
    }
    const int slash = int(rest.lastIndexOf(QLatin1Char('/')));
    parts.repository = slash < 0 ? QString() : rest.left(slash);
    parts.name = slash < 0 ? rest : rest.mid(slash + 1);
    return parts;
}

} // namespace ws
