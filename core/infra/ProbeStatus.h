#pragma once

#include <QString>

namespace ws {

// The health of one probed thing, as the map colours it and the CLI prints it.
enum class ProbeStatus {
    Unknown, // not probed yet, or the probe could not say (no credentials for the deeper check)
    Up,
    Degraded, // answers, but something in it is wrong (a backend down, an alarm, HEALTH_WARN)
    Down, // does not answer as the thing it claims to be: refused, garbage, silence, an error
};

// "up", "degraded", "down", "unknown": the stable names of --json output and of the history.
QString probeStatusName(ProbeStatus status);
// The inverse of probeStatusName(); Unknown for anything else.
ProbeStatus probeStatusFromName(const QString &name);
// Translated, for people.
QString probeStatusText(ProbeStatus status);
// The worse of two statuses (Down > Degraded > Unknown > Up), to fold parts into a whole.
ProbeStatus worseStatus(ProbeStatus a, ProbeStatus b);

} // namespace ws
