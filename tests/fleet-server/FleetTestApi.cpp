#include "FleetTestApi.h"

#include "GoJsonScanner.h"
#include "PageToken.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ws::test {

namespace {

using Response = FleetTestApi::Response;
using Query = QList<QPair<QString, QString>>;

Response json(int status, const QJsonObject &body)
{
    return {status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

// fleet's sendError: {"error":{"code":N,"message":"…"}}, the message "" when there is none.
Response error(int status, const QString &message = QString())
{
    return json(status,
                QJsonObject {{QStringLiteral("error"),
                              QJsonObject {{QStringLiteral("code"), status},
                                           {QStringLiteral("message"), message}}}});
}

Response noBody(int status)
{
    return {status, {}, {}};
}

// Go's %q for plain strings.
QString goQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// url.Values as Go parses them: '&'-separated, '+' is a space, percent-decoded.
Query parseQuery(const QByteArray &query)
{
    Query out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArray s) {
            s.replace('+', ' ');
            return QUrl::fromPercentEncoding(s);
        };
        out.append(
            {decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return out;
}

QStringList values(const Query &query, const QString &key)
{
    QStringList out;
    for (const auto &[k, v] : query)
        if (k == key)
            out.append(v);
    return out;
}

// Each item of a list, serialized once (compact JSON): a page is then a slice of these joined,
// which costs nothing next to the client's parse, as a page from fleetd would.
QList<QByteArray> serializeEach(const QJsonArray &all)
{
    QList<QByteArray> out;
    out.reserve(all.size());
    for (const QJsonValue &v : all)
        out.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return out;
}

// fleet's findNextPageToken, then the page; fails with 400 as fleetd does.
bool page(const Query &query, quint16 pageSize, const QList<QByteArray> &all, const QString &field,
          Response *out)
{
    const QStringList tokens = values(query, QStringLiteral("nextPageToken"));
    PageToken token {pageSize, 1};
    if (tokens.size() > 1) {
        *out = error(400, QStringLiteral("too many values for page token"));
        return false;
    }
    QString why;
    if (tokens.size() == 1 && !PageToken::decode(tokens.first().toUtf8(), pageSize, &token, &why)) {
        *out = error(400, why);
        return false;
    }
    const qsizetype start = qsizetype(token.page - 1) * token.limit;
    const qsizetype end = qsizetype(token.page) * token.limit;
    const qsizetype stop = qMin(end, all.size());
    // Empty lists and tokens are left out: {} for nothing.
    QByteArray body = "{";
    if (start < stop) {
        body += '"' + field.toUtf8() + "\":[";
        for (qsizetype i = start; i < stop; ++i) {
            if (i > start)
                body += ',';
            body += all.at(i);
        }
        body += ']';
    }
    // As fleetd: a full last page still gets a token, whose page is then empty.
    if (start < all.size() && end <= all.size())
        body += QByteArray(start < stop ? "," : "") + "\"nextPageToken\":\"" + token.next().encode()
            + '"';
    body += '}';
    *out = {200, "application/json", body};
    return true;
}

// fleet's ValidateName (systemd's unit_name_is_valid).
QString validateName(const QString &name)
{
    static const QStringList types {
        QStringLiteral("service"), QStringLiteral("socket"),    QStringLiteral("busname"),
        QStringLiteral("target"),  QStringLiteral("snapshot"),  QStringLiteral("device"),
        QStringLiteral("mount"),   QStringLiteral("automount"), QStringLiteral("swap"),
        QStringLiteral("timer"),   QStringLiteral("path"),      QStringLiteral("slice"),
        QStringLiteral("scope")};
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty())
        return QStringLiteral("unit name cannot be empty");
    if (utf8.size() > 256)
        return QStringLiteral("unit name exceeds maximum length (256)");
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return QStringLiteral("unit name must contain \".\"");
    if (dot == name.size() - 1)
        return QStringLiteral("unit name cannot end in \".\"");
    if (!types.contains(name.mid(dot + 1)))
        return QStringLiteral("invalid unit type: %1").arg(goQuote(name.mid(dot + 1)));
    for (const QChar c : name.left(dot)) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || QStringLiteral(":-_.\\@").contains(c);
        if (!ok)
            return QStringLiteral("invalid character '%1' in unit name").arg(c);
    }
    if (name.startsWith(QLatin1Char('@')))
        return QStringLiteral("unit name cannot start in \"@\"");
    return {};
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// Go's json.Unmarshal into schema.Unit: keys match case-insensitively, null leaves a field
// alone, a value of the wrong type is an UnmarshalTypeError.
bool decodeUnit(const QJsonValue &top, FleetTestCluster::Unit *unit, bool *hasOptions, QString *why)
{
    const auto typeError = [why](const QJsonValue &v, const QString &field, const QString &type) {
        *why = QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of type %3")
                   .arg(jsonTypeName(v), field, type);
        return false;
    };
    *hasOptions = false;
    if (top.isNull())
        return true;
    if (!top.isObject()) {
        *why = QStringLiteral("json: cannot unmarshal %1 into Go value of type schema.Unit")
                   .arg(jsonTypeName(top));
        return false;
    }
    const QJsonObject o = top.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key().toLower();
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;
        QString *text = nullptr;
        QString goName;
        if (key == QLatin1String("name")) {
            text = &unit->name;
            goName = QStringLiteral("Unit.name");
        } else if (key == QLatin1String("desiredstate")) {
            text = &unit->desiredState;
            goName = QStringLiteral("Unit.desiredState");
        } else if (key == QLatin1String("currentstate") || key == QLatin1String("machineid")) {
            if (!v.isString())
                return typeError(v, QStringLiteral("Unit.") + it.key(), QStringLiteral("string"));
            continue; // read-only in practice
        } else if (key == QLatin1String("options")) {
            if (!v.isArray())
                return typeError(v, QStringLiteral("Unit.options"),
                                 QStringLiteral("[]*schema.UnitOption"));
            unit->options.clear();
            for (const QJsonValue &e : v.toArray()) {
                if (e.isNull())
                    continue;
                if (!e.isObject())
                    return typeError(e, QStringLiteral("Unit.options"),
                                     QStringLiteral("schema.UnitOption"));
                FleetTestCluster::Option option;
                const QJsonObject eo = e.toObject();
                for (auto f = eo.begin(); f != eo.end(); ++f) {
                    const QString fk = f.key().toLower();
                    QString *target = fk == QLatin1String("section") ? &option.section
                        : fk == QLatin1String("name")                ? &option.name
                        : fk == QLatin1String("value")               ? &option.value
                                                                     : nullptr;
                    if (!target || f.value().isNull())
                        continue;
                    if (!f.value().isString())
                        return typeError(f.value(), QStringLiteral("Unit.options.") + fk,
                                         QStringLiteral("string"));
                    *target = f.value().toString();
                }
                unit->options.append(option);
            }
            *hasOptions = !unit->options.isEmpty();
            continue;
        } else {
            continue; // unknown fields are ignored
        }
        if (!v.isString())
            return typeError(v, goName, QStringLiteral("string"));
        *text = v.toString();
    }
    return true;
}

// fleet's ValidateOptions: the [X-Fleet] combinations it refuses.
QString validateOptions(const QList<FleetTestCluster::Option> &options)
{
    QStringList peers, conflicts;
    bool machineId = false, global = false;
    for (const FleetTestCluster::Option &o : options) {
        if (o.section != QLatin1String("X-Fleet"))
            continue;
        if (o.name == QLatin1String("MachineOf") || o.name == QLatin1String("X-ConditionMachineOf"))
            peers.append(o.value);
        else if (o.name == QLatin1String("Conflicts") || o.name == QLatin1String("X-Conflicts"))
            conflicts.append(o.value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        else if (o.name == QLatin1String("MachineID")
                 || o.name == QLatin1String("X-ConditionMachineID"))
            machineId = true;
        else if (o.name == QLatin1String("Global") && o.value == QLatin1String("true"))
            global = true;
    }
    for (const QString &peer : std::as_const(peers))
        for (const QString &conflict : std::as_const(conflicts))
            if (FleetTestCluster::globMatch(conflict, peer))
                return QStringLiteral("unresolvable requirements: peer %1 matches conflict %2")
                    .arg(goQuote(peer), goQuote(conflict));
    if (machineId && !peers.isEmpty())
        return QStringLiteral("MachineID cannot be used with Peers");
    if (machineId && !conflicts.isEmpty())
        return QStringLiteral("MachineID cannot be used with Conflicts");
    if (machineId && global)
        return QStringLiteral("MachineID cannot be used with Global");
    if (global && !peers.isEmpty())
        return QStringLiteral("Global cannot be used with Peers");
    if (global && !conflicts.isEmpty())
        return QStringLiteral("Global cannot be used with Conflicts");
    return {};
}

bool isKnownState(const QString &state)
{
    return state == QLatin1String("inactive") || state == QLatin1String("loaded")
        || state == QLatin1String("launched");
}

QByteArray discoveryDocument()
{
    QFile file(QStringLiteral(":/fleet-test-server/discovery.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).toJson(QJsonDocument::Compact);
}

} // namespace

FleetTestApi::FleetTestApi(FleetTestCluster *cluster, int pageSize)
    : m_cluster(cluster), m_pageSize(quint16(qBound(1, pageSize, 65535)))
{ }

QByteArray FleetTestApi::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

FleetTestApi::Response FleetTestApi::handle(const Request &request)
{
    const qsizetype q = request.target.indexOf('?');
    const QString path = QUrl::fromPercentEncoding(q < 0 ? request.target : request.target.left(q));
    if (path == QLatin1String("/"))
        return error(405);
    for (const QLatin1String prefix : {QLatin1String("/fleet/v1"), QLatin1String("/v1-alpha")}) {
        if (path == prefix)
            return error(405);
        const QString rest
            = path.startsWith(prefix + QLatin1Char('/')) ? path.mid(prefix.size()) : QString();
        if (rest == QLatin1String("/discovery")) {
            if (request.method != "GET")
                return error(400, QStringLiteral("only HTTP GET supported against this resource"));
            return {200, "application/json", discoveryDocument()};
        }
        if (rest == QLatin1String("/units") || rest.startsWith(QLatin1String("/units/")))
            return units(request, rest);
        if (rest == QLatin1String("/state"))
            return state(request);
        if (rest == QLatin1String("/machines"))
            return machines(request);
    }
    return error(404);
}

FleetTestApi::Response FleetTestApi::units(const Request &request, const QString &path)
{
    if (path == QLatin1String("/units") || path == QLatin1String("/units/")) {
        if (request.method != "GET")
            return error(405, QStringLiteral("only GET supported against this resource"));
        const qsizetype q = request.target.indexOf('?');
        Response out;
        page(parseQuery(q < 0 ? QByteArray() : request.target.mid(q + 1)), m_pageSize,
             lists().units, QStringLiteral("units"), &out);
        return out;
    }
    const QString name = path.mid(7);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return error(404);
    if (request.method == "PUT")
        return putUnit(request, name);
    if (request.method == "GET" || request.method == "DELETE") {
        const FleetTestCluster::Unit *unit = m_cluster->unit(name);
        if (unit && unit->broken && request.method == "GET")
            return error(500);
        if (!unit)
            return error(404, QStringLiteral("unit does not exist"));
        if (request.method == "GET")
            return json(200, m_cluster->unitJson(*unit));
        m_cluster->removeUnit(name);
        return noBody(204);
    }
    return error(405, QStringLiteral("only GET, PUT and DELETE supported against this resource"));
}

FleetTestApi::Response FleetTestApi::putUnit(const Request &request, const QString &item)
{
    // validateContentType: exactly one header, media type application/json. The transcript's
    // PUT without a Content-Type got "only acceptable …" (fleetd's code would say "expected 1
    // Content-Type, got 0"; the recording client most likely sent a default form type), so a
    // missing header gets the recorded message.
    QList<QByteArray> types;
    for (const auto &[name, value] : request.headers)
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            types.append(value);
    if (types.size() > 1)
        return error(415, QStringLiteral("expected 1 Content-Type, got %1").arg(types.size()));
    if (types.isEmpty() || types.first().split(';').first().trimmed() != "application/json")
        return error(415, QStringLiteral("only acceptable Content-Type is application/json"));

    qsizetype end = 0;
    if (const QString syntax = GoJsonScanner::firstError(request.body, &end); !syntax.isEmpty())
        return error(400, QStringLiteral("unable to decode body: ") + syntax);
    QByteArray first = request.body.left(end).trimmed();
    // QJsonDocument takes only arrays and objects at the top; wrap the value to read it.
    const QJsonValue top = QJsonDocument::fromJson("[" + first + "]").array().first();
    FleetTestCluster::Unit su;
    bool hasOptions = false;
    if (QString why; !decodeUnit(top, &su, &hasOptions, &why))
        return error(400, QStringLiteral("unable to decode body: ") + why);

    if (su.name.isEmpty())
        su.name = item;
    if (su.name != item)
        return error(400,
                     QStringLiteral("name in URL %1 differs from unit name in request body %2")
                         .arg(goQuote(item), goQuote(su.name)));
    if (const QString why = validateName(su.name); !why.isEmpty())
        return error(400, why);

    const FleetTestCluster::Unit *existing = m_cluster->unit(su.name);
    if (existing && existing->broken) {
        // The transcript: after the options change, a PUT of desiredState "sideways" still got
        // 204 and a later PUT of "loaded" got 500. So an unknown state is stored unread, and
        // anything that makes fleetd read the unit fails.
        if (!hasOptions && !su.desiredState.isEmpty() && !isKnownState(su.desiredState))
            return noBody(204);
        return error(500);
    }
    if (!existing) {
        if (!hasOptions)
            return error(409, QStringLiteral("unit does not exist and options field empty"));
        if (const QString why = validateOptions(su.options); !why.isEmpty())
            return error(400, why);
        if (su.desiredState.isEmpty())
            su.desiredState = QStringLiteral("inactive");
        m_cluster->putUnit(su);
        return noBody(201);
    }
    if (hasOptions
        && FleetTestCluster::serialize(su.options)
            != FleetTestCluster::serialize(existing->options)) {
        // fleetd takes different options as a new unit, answers 201, and the unit is broken
        // from then on (see fixtures/fleet/README.md).
        m_cluster->markBroken(su.name);
        return noBody(201);
    }
    if (su.desiredState.isEmpty())
        return error(409, QStringLiteral("must provide DesiredState to update existing unit"));
    if (FleetTestCluster::isTemplateName(su.name) && su.desiredState != QLatin1String("inactive"))
        return error(400, QStringLiteral("cannot activate template %1").arg(goQuote(su.name)));
    if (!isKnownState(su.desiredState)) {
        // fleetd stores any string as the target state; it cannot read the unit back.
        m_cluster->markBroken(su.name);
        return noBody(204);
    }
    m_cluster->setDesiredState(su.name, su.desiredState);
    return noBody(204);
}

const FleetTestApi::ListCache &FleetTestApi::lists()
{
    if (m_lists.generation == m_cluster->generation())
        return m_lists;
    m_lists = {};
    m_lists.generation = m_cluster->generation();
    // Units and states both come in unit name order (fleet's registry lists them so).
    QHash<QString, UnitCache> seen;
    seen.reserve(m_unitCache.size());
    for (const FleetTestCluster::Unit *unit : m_cluster->listedUnits()) {
        const QStringList placement = m_cluster->placement(unit->name);
        UnitCache cached = m_unitCache.value(unit->name);
        if (cached.unit.isEmpty() || cached.revision != unit->revision
            || cached.placement != placement)
            cached = {unit->revision, placement,
                      QJsonDocument(m_cluster->unitJson(*unit)).toJson(QJsonDocument::Compact),
                      serializeEach(m_cluster->statesOf(*unit))};
        m_lists.units.append(cached.unit);
        m_lists.states.append(cached.states);
        seen.insert(unit->name, cached);
    }
    m_unitCache.swap(seen);
    QJsonArray machines;
    for (const FleetTestCluster::Machine &m : m_cluster->machines())
        machines.append(FleetTestCluster::machineJson(m));
    m_lists.machines = serializeEach(machines);
    return m_lists;
}

FleetTestApi::Response FleetTestApi::state(const Request &request)
{
    if (request.method != "GET")
        return error(405, QStringLiteral("only GET supported against this resource"));
    const qsizetype q = request.target.indexOf('?');
    const Query query = parseQuery(q < 0 ? QByteArray() : request.target.mid(q + 1));
    const QStringList machineIds = values(query, QStringLiteral("machineID"));
    const QStringList unitNames = values(query, QStringLiteral("unitName"));
    const QList<QByteArray> all = machineIds.isEmpty() && unitNames.isEmpty()
        ? lists().states
        : serializeEach(m_cluster->states(machineIds, unitNames));
    Response out;
    page(query, m_pageSize, all, QStringLiteral("states"), &out);
    return out;
}

FleetTestApi::Response FleetTestApi::machines(const Request &request)
{
    if (request.method != "GET")
        return error(405, QStringLiteral("only GET supported against this resource"));
    const qsizetype q = request.target.indexOf('?');
    Response out;
    page(parseQuery(q < 0 ? QByteArray() : request.target.mid(q + 1)), m_pageSize, lists().machines,
         QStringLiteral("machines"), &out);
    return out;
}

} // namespace ws::test
