#include "ImageDefinition.h"

#include <algorithm>

namespace ws {

QStringList ImageDefinition::keys() const
{
    QStringList result;
    for (const TemplateResource &resource : templates)
        result += resource.readKeys();
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

} // namespace ws
