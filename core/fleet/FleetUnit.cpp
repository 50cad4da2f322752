#include "FleetUnit.h"

namespace ws {

QString FleetUnit::stateName(State state)
{
    switch (state) {
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Loaded:
        return QStringLiteral("loaded");
    case State::Launched:
        return QStringLiteral("launched");
    case State::Unknown:
        break;
    }
    return {};
}

FleetUnit::State FleetUnit::stateFromName(const QString &name)
{
    if (name == QLatin1String("inactive"))
        return State::Inactive;
    if (name == QLatin1String("loaded"))
        return State::Loaded;
    if (name == QLatin1String("launched"))
        return State::Launched;
    return State::Unknown;
}

QString FleetUnit::displayState(State state)
{
    switch (state) {
    case State::Inactive:
        return tr("inactive");
    case State::Loaded:
        return tr("loaded");
    case State::Launched:
        return tr("launched");
    case State::Unknown:
        break;
    }
    return tr("unknown");
}

} // namespace ws
