#include "ManifestParser.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>

namespace ws {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
public:
    Reader(const QString &path, Problems *problems) : m_path(path), m_problems(problems) { }

    void problem(const YAML::Mark &mark, const QString &message,
                 Problem::Severity severity = Problem::Severity::Error)
    {
        // yaml-cpp counts from 0; a mark of -1 means "unknown".
        m_problems->append(makeProblem(m_path, mark.line >= 0 ? mark.line + 1 : 0,
                                       mark.column >= 0 ? mark.column + 1 : 0, message, severity));
    }

    static QString typeName(const YAML::Node &node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Map:
            return tr("a mapping");
        case YAML::NodeType::Sequence:
            return tr("a list");
        case YAML::NodeType::Scalar:
            return tr("a single value");
        case YAML::NodeType::Null:
            return tr("nothing");
        default:
            return tr("an unknown value");
        }
    }

    static QString str(const std::string &s) { return QString::fromStdString(s); }

    // Walks a mapping: calls `handle` for each known key, reports unknown and repeated keys.
    void
    map(const YAML::Node &node, const QString &where, const QStringList &known,
        const std::function<void(const QString &, const YAML::Node &, const YAML::Node &)> &handle)
    {
        if (node.IsNull())
            return;
        if (!node.IsMap()) {
            problem(
                node.Mark(),
                tr("%1 must be a mapping of keys to values, not %2.").arg(where, typeName(node)));
            return;
        }
        QSet<QString> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                problem(key.Mark(),
                        tr("A key in %1 must be a plain word, not %2.").arg(where, typeName(key)));
                continue;
            }
            const QString name = str(key.Scalar());
            if (seen.contains(name)) {
                problem(key.Mark(),
                        tr("'%1' is given twice in %2; only the first is used.").arg(name, where));
                continue;
            }
            seen.insert(name);
            if (!known.isEmpty() && !known.contains(name)) {
                problem(key.Mark(),
                        tr("Unknown key '%1' in %2; known keys are: %3.")
                            .arg(name, where, known.join(QLatin1String(", "))),
                        Problem::Severity::Warning);
                continue;
            }
            handle(name, key, it->second);
        }
    }

    QString scalar(const YAML::Node &node, const QString &what)
    {
        if (node.IsNull())
            return {};
        if (!node.IsScalar()) {
            problem(node.Mark(),
                    tr("%1 must be a single value, not %2.").arg(what, typeName(node)));
            return {};
        }
        return str(node.Scalar());
    }

    QStringList list(const YAML::Node &node, const QString &what)
    {
        QStringList result;
        if (node.IsNull())
            return result;
        if (node.IsScalar()) // a single value where a list is expected is a list of one
            return {str(node.Scalar())};
        if (!node.IsSequence()) {
            problem(node.Mark(), tr("%1 must be a list, not %2.").arg(what, typeName(node)));
            return result;
        }
        for (const YAML::Node &item : node) {
            if (!item.IsScalar()) {
                problem(item.Mark(),
                        tr("Each item of %1 must be a single value, not %2.")
                            .arg(what, typeName(item)));
                continue;
            }
            result << str(item.Scalar());
        }
        return result;
    }

    QHash<QString, QString> stringMap(const YAML::Node &node, const QString &what)
    {
        QHash<QString, QString> result;
        map(node, what, {}, [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
            result.insert(key, scalar(value, what + QLatin1Char(' ') + key));
        });
        return result;
    }

    QString expandHome(const QString &path) const
    {
        if (path == QLatin1String("~"))
            return QDir::homePath();
        if (path.startsWith(QLatin1String("~/")))
            return QDir::homePath() + path.mid(1);
        return path;
    }

    ImageOverride image(const QString &id, const YAML::Node &node)
    {
        ImageOverride o;
        o.image = id;
        const QString where = tr("images: %1").arg(id);
        map(node, where,
            {QStringLiteral("build_args"), QStringLiteral("context_files"), QStringLiteral("tag")},
            [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
                if (key == QLatin1String("build_args")) {
                    o.buildArgs = stringMap(value, where + QLatin1String(" build_args"));
                } else if (key == QLatin1String("tag")) {
                    o.tag = scalar(value, where + QLatin1String(" tag"));
                } else {
                    const QStringList files = list(value, where + QLatin1String(" context_files"));
                    const QString base = QFileInfo(m_path).absolutePath();
                    for (const QString &entry : files) {
                        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
                        if (colon <= 0 || colon == entry.size() - 1) {
                            problem(value.Mark(),
                                    tr("'%1' in context_files: write host-path:path-in-context, "
                                       "e.g. /bin/busybox:bin/busybox.")
                                        .arg(entry));
                            continue;
                        }
                        // Only a leading ~ is expanded; a relative host path is relative to the
                        // manifest's folder.
                        QString host = expandHome(entry.left(colon));
                        if (QFileInfo(host).isRelative())
                            host = QDir(base).absoluteFilePath(host);
                        o.extraContextFiles
                            << QDir::cleanPath(host) + QLatin1Char(':') + entry.mid(colon + 1);
                    }
                }
            });
        return o;
    }

    QList<ClusterHost> hosts(const YAML::Node &node, const QString &where)
    {
        QList<ClusterHost> result;
        if (node.IsNull())
            return result;
        if (!node.IsSequence()) {
            problem(node.Mark(), tr("%1 hosts must be a list, not %2.").arg(where, typeName(node)));
            return result;
        }
        const QString hw = where + QLatin1String(" host");
        for (const YAML::Node &item : node) {
            ClusterHost h;
            map(item, hw,
                {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("docker"),
                 QStringLiteral("machine")},
                [&](const QString &k, const YAML::Node &, const YAML::Node &v) {
                    const QString text = scalar(v, hw + QLatin1Char(' ') + k);
                    if (k == QLatin1String("name"))
                        h.name = text;
                    else if (k == QLatin1String("address"))
                        h.address = text;
                    else if (k == QLatin1String("docker"))
                        h.dockerEndpoint = text;
                    else
                        h.machineId = text;
                });
            if (!item.IsMap())
                continue;
            // Discovery matches a listed host to fleet's machines by address or machine id; a
            // host with neither cannot be matched nor drawn where its keys point.
            if (h.address.isEmpty() && h.machineId.isEmpty())
                problem(item.Mark(),
                        tr("A host of %1 has neither address nor machine; give its address "
                           "(the IP registrator's keys hold).")
                            .arg(where));
            else
                result << h;
        }
        return result;
    }

    Environment environment(const YAML::Node &node, int index)
    {
        Environment env;
        QString where = tr("environment %1").arg(index + 1);
        if (node.IsMap() && node["name"] && node["name"].IsScalar())
            where = tr("environment '%1'").arg(str(node["name"].Scalar()));
        map(node, where,
            {QStringLiteral("name"), QStringLiteral("etcd"), QStringLiteral("fleet"),
             QStringLiteral("docker"), QStringLiteral("hosts"), QStringLiteral("services")},
            [&](const QString &key, const YAML::Node &, const YAML::Node &value) {
                if (key == QLatin1String("name")) {
                    env.name = scalar(value, where + QLatin1String(" name"));
                } else if (key == QLatin1String("etcd")) {
                    map(value, where + QLatin1String(" etcd"), {QStringLiteral("endpoints")},
                        [&](const QString &, const YAML::Node &, const YAML::Node &v) {
                            env.etcdEndpoints = list(v, where + QLatin1String(" etcd endpoints"));
                        });
                } else if (key == QLatin1String("fleet")) {
                    map(value, where + QLatin1String(" fleet"),
                        {QStringLiteral("endpoint"), QStringLiteral("tunnel")},
                        [&](const QString &k, const YAML::Node &, const YAML::Node &v) {
                            if (k == QLatin1String("endpoint"))
                                env.fleetEndpoint
                                    = scalar(v, where + QLatin1String(" fleet endpoint"));
                            else
                                env.fleetTunnel = scalar(v, where + QLatin1String(" fleet tunnel"));
                        });
                } else if (key == QLatin1String("docker")) {
                    map(value, where + QLatin1String(" docker"), {QStringLiteral("hosts")},
                        [&](const QString &, const YAML::Node &, const YAML::Node &v) {
                            env.dockerHosts = list(v, where + QLatin1String(" docker hosts"));
                        });
                } else if (key == QLatin1String("hosts")) {
                    env.hosts = hosts(value, where);
                } else {
                    if (value.IsNull())
                        return;
                    if (!value.IsSequence()) {
                        problem(
                            value.Mark(),
                            tr("%1 services must be a list, not %2.").arg(where, typeName(value)));
                        return;
                    }
                    for (const YAML::Node &item : value) {
                        ServiceEndpoint s;
                        const QString sw = where + QLatin1String(" service");
                        map(item, sw,
                            {QStringLiteral("kind"), QStringLiteral("name"),
                             QStringLiteral("endpoint"), QStringLiteral("secret"),
                             QStringLiteral("options")},
                            [&](const QString &k, const YAML::Node &, const YAML::Node &v) {
                                if (k == QLatin1String("options")) {
                                    s.options = stringMap(v, sw + QLatin1String(" options"));
                                    return;
                                }
                                const QString text = scalar(v, sw + QLatin1Char(' ') + k);
                                if (k == QLatin1String("kind"))
                                    s.kind = text;
                                else if (k == QLatin1String("name"))
                                    s.name = text;
                                else if (k == QLatin1String("endpoint"))
                                    s.endpoint = text;
                                else
                                    s.secretRef = text;
                            });
                        if (item.IsMap() && s.kind.isEmpty())
                            problem(item.Mark(),
                                    tr("A service of %1 has no kind (rabbitmq, mysql, "
                                       "memcached, pdns, haproxy, ceph, ...).")
                                        .arg(where));
                        if (item.IsMap())
                            env.services << s;
                    }
                }
            });
        return env;
    }

    Manifest read(const YAML::Node &root)
    {
        Manifest m;
        m.path = m_path;
        m.tagPolicy = QStringLiteral("git");
        if (!root || root.IsNull())
            return m; // an empty file: everything takes its default
        if (!root.IsMap()) {
            problem(root.Mark(),
                    tr("whalestack.yaml must be a mapping of keys to values (version, "
                       "name, registry, ...), not %1.")
                        .arg(typeName(root)));
            return m;
        }
        YAML::Mark tagPolicyMark = root.Mark();
        map(root, tr("whalestack.yaml"),
            {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("registry"),
             QStringLiteral("tag_policy"), QStringLiteral("tag"), QStringLiteral("build_args"),
             QStringLiteral("images"), QStringLiteral("units_dir"), QStringLiteral("environments")},
            [&](const QString &key, const YAML::Node &keyNode, const YAML::Node &value) {
                if (key == QLatin1String("version")) {
                    const QString text = scalar(value, QStringLiteral("version"));
                    bool ok = false;
                    const int version = text.toInt(&ok);
                    if (!ok && value.IsScalar())
                        problem(value.Mark(),
                                tr("version must be a whole number, not '%1'.").arg(text));
                    else if (ok && version != 1)
                        problem(value.Mark(),
                                tr("Schema version %1 is not supported; this "
                                   "Whalestack reads version 1.")
                                    .arg(version));
                    else if (ok)
                        m.schemaVersion = version;
                } else if (key == QLatin1String("name")) {
                    m.name = scalar(value, key);
                } else if (key == QLatin1String("registry")) {
                    m.registry = scalar(value, key);
                    while (m.registry.endsWith(QLatin1Char('/')))
                        m.registry.chop(1);
                } else if (key == QLatin1String("tag_policy")) {
                    tagPolicyMark = keyNode.Mark();
                    m.tagPolicy = scalar(value, key);
                    if (!m.tagPolicy.isEmpty() && m.tagPolicy != QLatin1String("git")
                        && m.tagPolicy != QLatin1String("fixed")
                        && m.tagPolicy != QLatin1String("latest")) {
                        problem(value.Mark(),
                                tr("tag_policy must be git, fixed or latest, not '%1'.")
                                    .arg(m.tagPolicy));
                        m.tagPolicy.clear();
                    }
                } else if (key == QLatin1String("tag")) {
                    m.tag = scalar(value, key);
                } else if (key == QLatin1String("build_args")) {
                    m.buildArgs = stringMap(value, key);
                } else if (key == QLatin1String("images")) {
                    map(value, key, {},
                        [&](const QString &id, const YAML::Node &, const YAML::Node &v) {
                            m.images << image(id, v);
                        });
                } else if (key == QLatin1String("units_dir")) {
                    m.unitsDir = scalar(value, key);
                } else {
                    if (value.IsNull())
                        return;
                    if (!value.IsSequence()) {
                        problem(value.Mark(),
                                tr("environments must be a list, not %1.").arg(typeName(value)));
                        return;
                    }
                    QSet<QString> names;
                    int index = 0;
                    for (const YAML::Node &item : value) {
                        Environment env = environment(item, index++);
                        if (!env.name.isEmpty() && names.contains(env.name))
                            problem(item.Mark(),
                                    tr("Two environments are named '%1'.").arg(env.name));
                        names.insert(env.name);
                        if (item.IsMap())
                            m.environments << env;
                    }
                }
            });
        if (m.tagPolicy.isEmpty())
            m.tagPolicy = QStringLiteral("git");
        if (m.tagPolicy == QLatin1String("fixed") && m.tag.isEmpty())
            problem(tagPolicyMark, tr("tag_policy is fixed but no tag is given; add tag: <tag>."));
        return m;
    }

private:
    QString m_path;
    Problems *m_problems;
};

} // namespace

Manifest ManifestParser::parse(const QByteArray &text, const QString &path, Problems *problems)
{
    Manifest empty;
    empty.path = path;
    empty.tagPolicy = QStringLiteral("git");
    if (text.contains('\0')) {
        const int line = int(text.left(text.indexOf('\0')).count('\n')) + 1;
        problems->append(makeProblem(path, line, 0,
                                     tr("whalestack.yaml holds binary data (a NUL byte), not YAML "
                                        "text.")));
        return empty;
    }
    Reader reader(path, problems);
    // yaml-cpp reports errors by exception; they are caught here and never leave this function.
    try {
        const YAML::Node root = YAML::Load(std::string(text.constData(), size_t(text.size())));
        return reader.read(root);
    } catch (const YAML::Exception &e) {
        reader.problem(e.mark, tr("YAML syntax error: %1.").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        problems->append(makeProblem(
            path, 0, 0, tr("Cannot read the YAML: %1.").arg(QString::fromLocal8Bit(e.what()))));
    }
    return empty;
}

} // namespace ws
