#include "Manifest.h"

namespace ws {

const ImageOverride *Manifest::overrideFor(const QString &idOrName) const
{
    for (const ImageOverride &o : images)
        if (o.image == idOrName)
            return &o;
    return nullptr;
}

} // namespace ws
