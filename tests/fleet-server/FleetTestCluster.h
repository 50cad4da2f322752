#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>

namespace ws::test {

// What fleet's registry holds, in memory: machines, units and where the engine placed them.
// It "schedules" the way fleet's engine does, at once instead of on its next reconcile:
// [X-Fleet] MachineID, MachineOf, MachineMetadata, Conflicts and Global are obeyed, a unit
// goes to the eligible machine with the fewest units (ties: the lowest machine ID), and a unit
// that fits nowhere stays unscheduled with no state, as in the recorded transcript.
class FleetTestCluster
{
public:
    struct Option
    {
        QString section;
        QString name;
        QString value;
        friend bool operator==(const Option &, const Option &) = default;
    };
    struct Unit
    {
        QString name;
        QList<Option> options;
        QString desiredState; // inactive, loaded, launched
        // The trap the transcript records: options changed in place (or an unknown desired
        // state stored). fleetd then fails on every read of the unit; so does this server.
        bool broken = false;
        // Changes with every put or state change of this unit, so lists can reuse what they
        // made of it while it and its placement stay the same.
        quint64 revision = 0;
    };
    struct Machine
    {
        QString id;
        QString primaryIp;
        QMap<QString, QString> metadata;
    };

    // The transcript's three machines (f1ee7001..3, 127.0.0.11..13, disk=ssd, role=nodeN).
    FleetTestCluster();

    void setMachines(const QList<Machine> &machines);
    const QList<Machine> &machines() const { return m_machines; }

    const Unit *unit(const QString &name) const;
    // Every unit a list shows, in name order (broken ones are left out, as fleetd does).
    QList<const Unit *> listedUnits() const;
    void putUnit(const Unit &unit); // creates or replaces, then reschedules
    void setDesiredState(const QString &name, const QString &state);
    void markBroken(const QString &name);
    bool removeUnit(const QString &name);

    QJsonObject unitJson(const Unit &unit) const;
    // UnitState objects, by unit name then machine ID; empty filters match everything.
    QJsonArray states(const QStringList &machineIds, const QStringList &unitNames) const;
    // One unit's UnitState objects, by machine ID.
    QJsonArray statesOf(const Unit &unit, const QStringList &machineIds = {}) const;
    // The machines the unit is placed on (several for Global); empty when none.
    QStringList placement(const QString &name) const { return m_placement.value(name); }
    static QJsonObject machineJson(const Machine &machine);

    // go-systemd's serialization of a unit (sections in first-seen order, a blank line between
    // them) and fleet's hash of it (SHA-1, hex).
    static QByteArray serialize(const QList<Option> &options);
    static QString hash(const QList<Option> &options);
    static bool isTemplateName(const QString &name);

    // Grows with every change to machines, units or placement: lists cached for one generation
    // are still what fleetd would answer.
    quint64 generation() const { return m_generation; }
    // Go's path.Match on a unit name: *, ? and [...] classes.
    static bool globMatch(const QString &pattern, const QString &name);

private:
    void reschedule();
    bool placeable(const Unit &unit) const;
    bool ableToRun(const Unit &unit, const Machine &machine) const;
    QStringList xFleet(const Unit &unit, const QString &option) const;
    int load(const QString &machineId) const;

    QList<Machine> m_machines;
    std::map<QString, Unit> m_units;
    QMap<QString, QStringList> m_placement; // unit name -> machine IDs (several for Global)
    quint64 m_generation = 0;
    quint64 m_revisions = 0;
    QStringList m_withConflicts; // units with a Conflicts option, as of the last reschedule
};

} // namespace ws::test
