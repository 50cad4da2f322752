#include "FleetJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ws {

namespace {

// Reads one JSON document's fields and notes, by path, what is not as fleet sends it.
class Reader
{
public:
    Reader(const QString &endpoint, Problems *problems) : m_endpoint(endpoint), m_problems(problems)
    { }

    bool ok() const { return m_ok; }

    void problem(const QString &message)
    {
        m_ok = false;
        if (m_problems)
            m_problems->append(makeProblem(m_endpoint, 0, 0, message));
    }
    void warning(const QString &message)
    {
        if (m_problems)
            m_problems->append(makeProblem(m_endpoint, 0, 0, message, Problem::Severity::Warning));
    }

    static QString kind(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return FleetJson::tr("null");
        case QJsonValue::Bool:
            return FleetJson::tr("a boolean");
        case QJsonValue::Double:
            return FleetJson::tr("a number");
        case QJsonValue::String:
            return FleetJson::tr("a string");
        case QJsonValue::Array:
            return FleetJson::tr("a list");
        case QJsonValue::Object:
            return FleetJson::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return FleetJson::tr("nothing");
    }

    // The top-level object of a body.
    bool document(const QByteArray &body, QJsonObject *out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (doc.isNull()) {
            problem(body.trimmed().isEmpty()
                        ? FleetJson::tr("the answer is empty")
                        : FleetJson::tr("the answer is not JSON (%1 at byte %2)")
                              .arg(error.errorString())
                              .arg(error.offset));
            return false;
        }
        if (!doc.isObject()) {
            problem(FleetJson::tr("the answer is a list, not an object"));
            return false;
        }
        *out = doc.object();
        return true;
    }

    // A string field; absent or null reads as empty (Go's omitempty).
    QString string(const QJsonObject &o, QLatin1String field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            problem(FleetJson::tr("%1: %2, not a string").arg(path + field, kind(v)));
            return {};
        }
        return v.toString();
    }

    // A list field; absent or null reads as empty.
    QJsonArray list(const QJsonObject &o, QLatin1String field, const QString &path)
    {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            problem(FleetJson::tr("%1: %2, not a list").arg(path + field, kind(v)));
            return {};
        }
        return v.toArray();
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject()) {
            problem(FleetJson::tr("%1: %2, not an object").arg(path, kind(v)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    FleetUnit::State state(const QJsonObject &o, QLatin1String field, const QString &path,
                           QString *text)
    {
        *text = string(o, field, path);
        const FleetUnit::State s = FleetUnit::stateFromName(*text);
        if (s == FleetUnit::State::Unknown && !text->isEmpty())
            warning(FleetJson::tr("%1: the unknown state \"%2\"").arg(path + field, *text));
        return s;
    }

    void unit(const QJsonObject &o, const QString &path, FleetUnit *u)
    {
        u->name = string(o, QLatin1String("name"), path);
        u->desiredState = state(o, QLatin1String("desiredState"), path, &u->desiredStateText);
        u->currentState = state(o, QLatin1String("currentState"), path, &u->currentStateText);
        u->machineId = string(o, QLatin1String("machineID"), path);
        const QJsonArray options = list(o, QLatin1String("options"), path);
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString at = QStringLiteral("%1options[%2].").arg(path).arg(i);
            QJsonObject oo;
            if (!object(options.at(i), at.chopped(1), &oo))
                continue;
            UnitOption option;
            option.section = string(oo, QLatin1String("section"), at);
            option.name = string(oo, QLatin1String("name"), at);
            option.value = string(oo, QLatin1String("value"), at);
            if (option.section.isEmpty() || option.name.isEmpty())
                problem(
                    FleetJson::tr("%1: an option without a section or a name").arg(at.chopped(1)));
            u->options.append(option);
        }
        if (u->name.isEmpty())
            problem(FleetJson::tr("%1: a unit without a name")
                        .arg(path.isEmpty() ? FleetJson::tr("the unit") : path.chopped(1)));
    }

    template<typename T, typename ReadItem>
    bool page(const QByteArray &body, QLatin1String field, FleetJson::Page<T> *out,
              ReadItem readItem)
    {
        QJsonObject o;
        if (!document(body, &o))
            return false;
        const QJsonArray items = list(o, field, QString());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(field).arg(i);
            QJsonObject item;
            if (!object(items.at(i), at, &item))
                continue;
            T value;
            readItem(item, at + QLatin1Char('.'), &value);
            out->items.append(value);
        }
        out->nextPageToken = string(o, QLatin1String("nextPageToken"), QString());
        return ok();
    }

private:
    QString m_endpoint;
    Problems *m_problems;
    bool m_ok = true;
};

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

bool FleetJson::readUnit(const QByteArray &body, const QString &endpoint, FleetUnit *out,
                         Problems *problems)
{
    Reader r(endpoint, problems);
    QJsonObject o;
    if (!r.document(body, &o))
        return false;
    *out = FleetUnit();
    r.unit(o, QString(), out);
    return r.ok();
}

bool FleetJson::readUnitPage(const QByteArray &body, const QString &endpoint, Page<FleetUnit> *out,
                             Problems *problems)
{
    Reader r(endpoint, problems);
    *out = {};
    return r.page<FleetUnit>(
        body, QLatin1String("units"), out,
        [&r](const QJsonObject &o, const QString &path, FleetUnit *u) { r.unit(o, path, u); });
}

bool FleetJson::readStatePage(const QByteArray &body, const QString &endpoint,
                              Page<FleetUnitState> *out, Problems *problems)
{
    Reader r(endpoint, problems);
    *out = {};
    return r.page<FleetUnitState>(
        body, QLatin1String("states"), out,
        [&r](const QJsonObject &o, const QString &path, FleetUnitState *s) {
            s->name = r.string(o, QLatin1String("name"), path);
            s->hash = r.string(o, QLatin1String("hash"), path);
            s->machineId = r.string(o, QLatin1String("machineID"), path);
            s->systemdLoadState = r.string(o, QLatin1String("systemdLoadState"), path);
            s->systemdActiveState = r.string(o, QLatin1String("systemdActiveState"), path);
            s->systemdSubState = r.string(o, QLatin1String("systemdSubState"), path);
            if (s->name.isEmpty() || s->machineId.isEmpty())
                r.problem(
                    tr("%1: a state without a unit name or a machine ID").arg(path.chopped(1)));
        });
}

bool FleetJson::readMachinePage(const QByteArray &body, const QString &endpoint,
                                Page<FleetMachine> *out, Problems *problems)
{
    Reader r(endpoint, problems);
    *out = {};
    return r.page<FleetMachine>(
        body, QLatin1String("machines"), out,
        [&r](const QJsonObject &o, const QString &path, FleetMachine *m) {
            m->id = r.string(o, QLatin1String("id"), path);
            m->primaryIp = r.string(o, QLatin1String("primaryIP"), path);
            const QJsonValue metadata = o.value(QLatin1String("metadata"));
            if (metadata.isObject()) {
                const QJsonObject mo = metadata.toObject();
                for (auto it = mo.begin(); it != mo.end(); ++it) {
                    if (it.value().isString())
                        m->metadata.insert(it.key(), it.value().toString());
                    else
                        r.problem(tr("%1metadata.%2: %3, not a string")
                                      .arg(path, it.key(), Reader::kind(it.value())));
                }
            } else if (!metadata.isUndefined() && !metadata.isNull()) {
                r.problem(tr("%1metadata: %2, not an object").arg(path, Reader::kind(metadata)));
            }
            if (m->id.isEmpty())
                r.problem(tr("%1: a machine without an id").arg(path.chopped(1)));
        });
}

QByteArray FleetJson::unitBody(const QList<UnitOption> &options, FleetUnit::State desiredState)
{
    QJsonObject body;
    if (desiredState != FleetUnit::State::Unknown)
        body.insert(QLatin1String("desiredState"), FleetUnit::stateName(desiredState));
    if (!options.isEmpty()) {
        QJsonArray list;
        for (const UnitOption &o : options)
            list.append(QJsonObject {{QLatin1String("section"), o.section},
                                     {QLatin1String("name"), o.name},
                                     {QLatin1String("value"), o.value}});
        body.insert(QLatin1String("options"), list);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool FleetJson::readError(const QByteArray &body, Error *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    if (!error.isObject())
        return false;
    const QJsonObject e = error.toObject();
    const QJsonValue code = e.value(QLatin1String("code"));
    const QJsonValue message = e.value(QLatin1String("message"));
    if (!code.isDouble() || (!message.isString() && !message.isUndefined()))
        return false;
    out->code = code.toInt();
    out->message = message.toString();
    return true;
}

QString FleetJson::decodeMessage(const QString &what, const QString &endpoint,
                                 const Problems &problems)
{
    QStringList details;
    for (const Problem &p : problems)
        if (p.severity == Problem::Severity::Error)
            details.append(p.message);
    if (details.size() > 3) {
        const qsizetype more = details.size() - 3;
        details = details.mid(0, 3);
        details.append(tr("and %n more", nullptr, int(more)));
    }
    return tr("%1 failed: the answer of %2 is not what fleet sends (%3). Is the endpoint fleet's "
              "API?")
        .arg(what, endpoint, details.join(QLatin1String("; ")));
}

QString FleetJson::errorMessage(const QString &what, const QString &endpoint, int status,
                                const QByteArray &body, HttpReply::Error transport,
                                const QString &transportError, const QString &unit)
{
    if (status == 0) {
        QString message = tr("%1 failed: %2").arg(what, transportError);
        switch (transport) {
        case HttpReply::Error::ConnectionRefused:
        case HttpReply::Error::NotFound:
            message += QLatin1Char(' ')
                + tr("Is fleetd running there? Set FLEETCTL_ENDPOINT to fleet's socket "
                     "(unix:///var/run/fleet.sock) or http://host:port, or reach a remote "
                     "fleet through an SSH tunnel.");
            break;
        default:
            break;
        }
        return message;
    }

    Error error;
    if (!readError(body, &error))
        return tr("%1 failed: %2 answered %3, but not as fleet does (no fleet error in the "
                  "body). Is the endpoint fleet's API?")
            .arg(what, endpoint)
            .arg(status);
    const QString said = error.message;
    const QString unitName = unit.isEmpty() ? tr("the unit") : unit;
    switch (status) {
    case 400:
        if (said.startsWith(QLatin1String("cannot activate template")))
            return tr("%1 failed: fleet at %2 will not start %3: it is a template, which cannot "
                      "run. Submit an instance of it (name@1.service) and start that.")
                .arg(what, endpoint, unitName);
        if (said.contains(QLatin1String("cannot be used with"))
            || said.startsWith(QLatin1String("unresolvable requirements")))
            return tr("%1 failed: fleet at %2 refused the [X-Fleet] section of %3: %4. Fix the "
                      "unit file and submit it again.")
                .arg(what, endpoint, unitName, said);
        if (said.startsWith(QLatin1String("unit name"))
            || said.startsWith(QLatin1String("invalid ")))
            return tr("%1 failed: fleet at %2 refused the name %3: %4. Rename the unit file.")
                .arg(what, endpoint, unitName, said);
        return tr("%1 failed: fleet at %2 refused the request: %3.")
            .arg(what, endpoint, said.isEmpty() ? tr("bad request") : said);
    case 404:
        if (!unit.isEmpty())
            return tr("%1 failed: fleet at %2 has no unit %3. It may have been destroyed "
                      "meanwhile: refresh the list, or submit the unit.")
                .arg(what, endpoint, unit);
        return tr("%1 failed: %2 has no such resource (404). Is the endpoint fleet's API?")
            .arg(what, endpoint);
    case 405:
        return tr("%1 failed: %2 does not allow this request (405%3). Is the endpoint fleet's "
                  "API?")
            .arg(what, endpoint, said.isEmpty() ? QString() : QLatin1String(": ") + said);
    case 409:
        if (said.startsWith(QLatin1String("unit does not exist")))
            return tr("%1 failed: fleet at %2 has no unit %3 to change. Submit it first.")
                .arg(what, endpoint, unitName);
        return tr("%1 failed: fleet at %2 refused it as a conflict: %3.").arg(what, endpoint, said);
    case 415:
        return tr("%1 failed: fleet at %2 refused the request's content type (%3). This is a bug "
                  "in Whalestack; please report it.")
            .arg(what, endpoint, said);
    case 500:
        if (said.isEmpty() && !unit.isEmpty())
            return tr("fleet failed on %1; this often means its options were changed in place: "
                      "destroy it and submit again. (%2 at %3 answered 500 with no message.)")
                .arg(unit, what, endpoint);
        return tr("%1 failed: fleet at %2 had an internal error%3. Look at fleetd's log on "
                  "that machine (journalctl -u fleet).")
            .arg(what, endpoint, said.isEmpty() ? QString() : QLatin1String(" (") + said + ')');
    default:
        break;
    }
    return tr("%1 failed: fleet at %2 answered %3%4.")
        .arg(what, endpoint)
        .arg(status)
        .arg(said.isEmpty() ? QString() : QLatin1String(": ") + quoted(said));
}

} // namespace ws
