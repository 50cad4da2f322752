// Fuzz target: UnitImageLink on arbitrary unit text. No crash; a link found has the documented
// shape and names its service and component; its line is in the text.
#include "fleet/UnitImageLink.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &key : ws::UnitImageLink::keysIn(text))
        if (!key.endsWith(QLatin1String("-image-name")))
            __builtin_trap();
    const ws::UnitImageLink link = ws::UnitImageLink::fromText(text);
    if (link.isValid()) {
        // (Not required to be in keysIn(text): the unit parser joins continuation lines, so a
        // key split over "\\\n" is found in an option but not in the raw text.)
        if (!link.key.startsWith(QLatin1String("/services/"))
            || !link.key.endsWith(QLatin1String("-image-name")) || link.service.isEmpty()
            || link.component.isEmpty()
            || link.key != ws::UnitImageLink::keyFor(link.service, link.component) || link.line < 0
            || link.line > int(text.count(u'\n')) + 1)
            __builtin_trap();
        for (const QString &other : link.otherKeys)
            if (other == link.key)
                __builtin_trap();
    } else if (!link.otherKeys.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
