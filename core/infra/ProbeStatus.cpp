#include "ProbeStatus.h"

#include <QCoreApplication>

namespace ws {

QString probeStatusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up:
        return QStringLiteral("up");
    case ProbeStatus::Degraded:
        return QStringLiteral("degraded");
    case ProbeStatus::Down:
        return QStringLiteral("down");
    case ProbeStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ProbeStatus probeStatusFromName(const QString &name)
{
    for (ProbeStatus s : {ProbeStatus::Up, ProbeStatus::Degraded, ProbeStatus::Down})
        if (probeStatusName(s) == name)
            return s;
    return ProbeStatus::Unknown;
}

QString probeStatusText(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up:
        return QCoreApplication::translate("ws::ProbeStatus", "up");
    case ProbeStatus::Degraded:
        return QCoreApplication::translate("ws::ProbeStatus", "degraded");
    case ProbeStatus::Down:
        return QCoreApplication::translate("ws::ProbeStatus", "down");
    case ProbeStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("ws::ProbeStatus", "unknown");
}

ProbeStatus worseStatus(ProbeStatus a, ProbeStatus b)
{
    // Ranked so that one Down part makes the whole Down, and an unprobed part hides nothing.
    auto rank = [](ProbeStatus s) {
        switch (s) {
        case ProbeStatus::Up:
            return 0;
        case ProbeStatus::Unknown:
            return 1;
        case ProbeStatus::Degraded:
            return 2;
        case ProbeStatus::Down:
            return 3;
        }
        return 1;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace ws
