#include "confd/TemplateResource.h"

namespace ws {

QStringList TemplateResource::readKeys() const
{
    QStringList keys;
    keys.reserve(reads.size());
    for (const TemplateKey &read : reads)
        keys.append(read.key);
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace ws
