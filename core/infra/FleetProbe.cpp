#include "FleetProbe.h"

#include "fleet/FleetClient.h"

#include <QHash>
#include <QSet>

namespace ws {

FleetProbe::FleetProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

FleetProbe::~FleetProbe() = default;

void FleetProbe::run()
{
    const QString address = target().endpoint.trimmed();
    const FleetEndpoint endpoint = address.isEmpty() || address == QLatin1String("default")
        ? FleetEndpoint::fromEnvironment()
        : FleetEndpoint::fromAddress(
            address, tr("the probe target"), target().option(QStringLiteral("cacert")),
            target().option(QStringLiteral("cert")), target().option(QStringLiteral("key")));
    if (!endpoint.isValid()) {
        fail(endpoint.error);
        return;
    }
    m_client = std::make_unique<FleetClient>(endpoint);
    m_client->setRequestTimeout(timeout());
    m_pending = 3;

    FleetMachinesJob *machines = m_client->machines();
    connect(machines, &ApiJob::finished, this, [this, machines] {
        machines->deleteLater();
        m_answers.machinesAtMs = elapsedMsPrecise();
        m_answers.machinesOk = !machines->hasError();
        m_answers.machinesError = machines->errorString();
        m_answers.machines = machines->result();
        answered();
    });
    FleetStatesJob *states = m_client->states();
    connect(states, &ApiJob::finished, this, [this, states] {
        states->deleteLater();
        m_answers.statesOk = !states->hasError();
        m_answers.statesError = states->errorString();
        m_answers.states = states->result();
        answered();
    });
    FleetUnitsJob *units = m_client->units();
    connect(units, &ApiJob::finished, this, [this, units] {
        units->deleteLater();
        m_answers.unitsOk = !units->hasError();
        m_answers.unitsError = units->errorString();
        m_answers.units = units->result();
        answered();
    });
}

void FleetProbe::answered()
{
    if (isFinished())
        return;
    // The machines decide: when they failed, fleet is not there.
    if (m_answers.machinesAtMs >= 0 && !m_answers.machinesOk) {
        fail(evaluate(target().endpoint, m_answers).detail);
        return;
    }
    if (--m_pending > 0)
        return;
    ProbeResult result = evaluate(target().endpoint, m_answers);
    if (result.status == ProbeStatus::Down)
        fail(result, result.detail);
    else
        succeed(result);
}

void FleetProbe::abort()
{
    m_client.reset();
}

ProbeResult FleetProbe::evaluate(const QString &endpoint, const Answers &a)
{
    ProbeResult r;
    if (!a.machinesOk) {
        r.status = ProbeStatus::Down;
        r.detail = a.machinesError.isEmpty()
            ? tr("fleet at %1 did not list its machines. Check the address and that fleetd runs.")
                  .arg(endpoint)
            : a.machinesError;
        return r;
    }
    r.latencyMs = a.machinesAtMs;
    r.facts.insert(QStringLiteral("machines"), int(a.machines.size()));
    QHash<QString, QString> ipOf;
    for (const FleetMachine &m : a.machines) {
        ipOf.insert(m.id, m.primaryIp);
        ProbeElement e;
        e.name = m.id;
        e.role = QStringLiteral("machine");
        e.status = ProbeStatus::Up;
        e.detail = m.primaryIp;
        e.facts.insert(QStringLiteral("primary_ip"), m.primaryIp);
        QVariantMap metadata;
        for (auto it = m.metadata.cbegin(); it != m.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        e.facts.insert(QStringLiteral("metadata"), metadata);
        r.elements.append(e);
    }

    QHash<QString, const FleetUnit *> unitByName;
    for (const FleetUnit &u : a.units)
        unitByName.insert(u.name, &u);
    if (a.unitsOk)
        r.facts.insert(QStringLiteral("units"), int(a.units.size()));

    QStringList failed;
    QSet<QString> withState;
    for (const FleetUnitState &s : a.states) {
        withState.insert(s.name);
        const FleetUnit *unit = unitByName.value(s.name);
        const bool launched = unit && unit->desiredState == FleetUnit::State::Launched;
        ProbeElement e;
        e.name = s.name;
        e.role = QStringLiteral("unit");
        e.detail = s.systemdActiveState + QLatin1Char('/') + s.systemdSubState;
        e.facts.insert(QStringLiteral("machine"), s.machineId);
        e.facts.insert(QStringLiteral("machine_ip"), ipOf.value(s.machineId));
        e.facts.insert(QStringLiteral("load_state"), s.systemdLoadState);
        e.facts.insert(QStringLiteral("active_state"), s.systemdActiveState);
        e.facts.insert(QStringLiteral("sub_state"), s.systemdSubState);
        if (unit)
            e.facts.insert(QStringLiteral("desired_state"),
                           FleetUnit::stateName(unit->desiredState));
        if (s.systemdActiveState == QLatin1String("active")) {
            e.status = ProbeStatus::Up;
        } else if (s.systemdActiveState == QLatin1String("failed")) {
            e.status = launched ? ProbeStatus::Down : ProbeStatus::Degraded;
            if (launched)
                failed << s.name;
        } else if (s.systemdActiveState == QLatin1String("activating")
                   || s.systemdActiveState == QLatin1String("deactivating")
                   || s.systemdActiveState == QLatin1String("reloading")) {
            e.status = ProbeStatus::Degraded;
        } else {
            e.status = launched ? ProbeStatus::Degraded : ProbeStatus::Unknown;
        }
        r.elements.append(e);
    }
    // A unit fleet should run that no machine reports: not scheduled (yet).
    for (const FleetUnit &u : a.units) {
        if (u.desiredState != FleetUnit::State::Launched || withState.contains(u.name))
            continue;
        ProbeElement e;
        e.name = u.name;
        e.role = QStringLiteral("unit");
        e.status = ProbeStatus::Unknown;
        e.detail = tr("launched, but no machine reports it");
        e.facts.insert(QStringLiteral("desired_state"), FleetUnit::stateName(u.desiredState));
        r.elements.append(e);
    }

    QStringList problems;
    if (!failed.isEmpty())
        problems << tr("%n launched unit(s) failed in systemd: %1", nullptr, int(failed.size()))
                        .arg(failed.join(QLatin1String(", ")));
    if (!a.statesOk)
        problems << tr("the unit states could not be read: %1").arg(a.statesError);
    if (!a.unitsOk)
        problems << tr("the units could not be read: %1").arg(a.unitsError);
    if (!problems.isEmpty()) {
        r.status = ProbeStatus::Degraded;
        r.detail = problems.join(QLatin1String("; "));
        return r;
    }
    r.status = ProbeStatus::Up;
    r.detail = tr("%n machine(s)", nullptr, int(a.machines.size()))
        + tr(", %n unit(s)", nullptr, int(a.units.size()));
    return r;
}

} // namespace ws
