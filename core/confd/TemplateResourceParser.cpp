#include "confd/TemplateResourceParser.h"

#include "confd/TemplateKeyExtractor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <toml++/toml.h>

#include <algorithm>
#include <limits>
#include <string_view>

namespace ws {

namespace {

QString typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return TemplateResourceParser::tr("a table");
    case toml::node_type::array:
        return TemplateResourceParser::tr("an array");
    case toml::node_type::string:
        return TemplateResourceParser::tr("a string");
    case toml::node_type::integer:
        return TemplateResourceParser::tr("an integer");
    case toml::node_type::floating_point:
        return TemplateResourceParser::tr("a number");
    case toml::node_type::boolean:
        return TemplateResourceParser::tr("a boolean");
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time:
        return TemplateResourceParser::tr("a date or time");
    case toml::node_type::none:
        break;
    }
    return TemplateResourceParser::tr("nothing");
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// confd reads `mode` with strconv.ParseUint(mode, 0, 32): 0x, 0o, 0b prefixes, a leading 0 for
// octal, otherwise decimal.
bool isValidMode(const QString &mode)
{
    QString digits = mode;
    int base = 10;
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        base = 16;
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0o"), Qt::CaseInsensitive)) {
        base = 8;
        digits = digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0b"), Qt::CaseInsensitive)) {
        base = 2;
        digits = digits.mid(2);
    } else if (digits.size() > 1 && digits.startsWith(u'0')) {
        base = 8;
        digits = digits.mid(1);
    }
    if (digits.isEmpty())
        return false;
    for (const QChar c : std::as_const(digits))
        if (!c.isDigit() && !(base == 16 && QStringLiteral("abcdefABCDEF").contains(c)))
            return false;
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok, base);
    return ok && value <= std::numeric_limits<quint32>::max();
}

class ResourceReader
{
public:
    ResourceReader(const QString &path, Problems *problems)
        : m_path(path.isEmpty() ? path : QFileInfo(path).absoluteFilePath()), m_problems(problems)
    { }

    TemplateResource read(const QByteArray &data)
    {
        TemplateResource resource;
        resource.path = m_path;

        toml::table root;
        // Debian's toml++ is built with exceptions (TOML_EXCEPTIONS=1: only the toml::ex ABI is
        // exported), so a syntax error arrives as toml::parse_error; it stops here.
        try {
            root = toml::parse(std::string_view(data.constData(), size_t(data.size())),
                               m_path.toStdString());
        } catch (const toml::parse_error &e) {
            const toml::source_position where = e.source().begin;
            error(
                int(where.line), int(where.column),
                TemplateResourceParser::tr("TOML syntax error: %1").arg(fromStd(e.description())));
            return resource;
        }

        const toml::table *table = nullptr;
        for (auto &&[key, node] : root) {
            if (key.str() == "template") {
                table = node.as_table();
                if (!table)
                    error(node,
                          TemplateResourceParser::tr("\"template\" must be a table "
                                                     "([template]), not %1")
                              .arg(typeName(node)));
            } else {
                warning(key.source().begin,
                        TemplateResourceParser::tr("unknown table or key \"%1\"; confd reads only "
                                                   "[template]")
                            .arg(fromStd(key.str())));
            }
        }
        if (!table) {
            if (!root.contains("template"))
                error(0, 0,
                      TemplateResourceParser::tr("no [template] table: confd ignores this "
                                                 "file; add [template] with src, dest and keys"));
            return resource;
        }

        for (auto &&[key, node] : *table) {
            const std::string_view name = key.str();
            if (name == "src")
                readString(node, &resource.src, &m_srcLine);
            else if (name == "dest")
                readString(node, &resource.dest);
            else if (name == "prefix")
                readString(node, &resource.prefix);
            else if (name == "check_cmd")
                readString(node, &resource.checkCmd);
            else if (name == "reload_cmd")
                readString(node, &resource.reloadCmd);
            else if (name == "mode")
                readMode(node, &resource.mode);
            else if (name == "uid")
                readId(node, &resource.uid);
            else if (name == "gid")
                readId(node, &resource.gid);
            else if (name == "keys")
                readKeys(node, &resource.keys);
            else
                warning(
                    key.source().begin,
                    TemplateResourceParser::tr("unknown key \"%1\" in [template]; confd ignores "
                                               "it (known: src, dest, keys, prefix, mode, uid, "
                                               "gid, check_cmd, reload_cmd)")
                        .arg(fromStd(name)));
        }

        const toml::source_position tableStart = table->source().begin;
        for (const char *required : {"src", "dest", "keys"})
            if (!table->contains(required))
                error(int(tableStart.line), int(tableStart.column),
                      TemplateResourceParser::tr("[template] has no \"%1\"; confd needs src, "
                                                 "dest and keys")
                          .arg(QLatin1String(required)));

        if (!resource.src.isEmpty()) {
            const QString folder = QFileInfo(resource.path).absolutePath();
            resource.templatePath
                = QDir::cleanPath(folder + QLatin1String("/../templates/") + resource.src);
        }
        return resource;
    }

    int srcLine() const { return m_srcLine; }

private:
    void report(int line, int column, const QString &message, Problem::Severity severity)
    {
        if (m_problems)
            m_problems->append(makeProblem(m_path, line, column, message, severity));
    }

    void error(int line, int column, const QString &message)
    {
        report(line, column, message, Problem::Severity::Error);
    }

    void error(const toml::node &node, const QString &message)
    {
        const toml::source_position where = node.source().begin;
        report(int(where.line), int(where.column), message, Problem::Severity::Error);
    }

    void warning(const toml::source_position &where, const QString &message)
    {
        report(int(where.line), int(where.column), message, Problem::Severity::Warning);
    }

    void wrongType(const toml::node &node, const QString &expected)
    {
        error(
            node,
            TemplateResourceParser::tr("expected %1 here, found %2").arg(expected, typeName(node)));
    }

    void readString(const toml::node &node, QString *out, int *line = nullptr)
    {
        if (const auto *value = node.as_string()) {
            *out = fromStd(value->get());
            if (line)
                *line = int(node.source().begin.line);
        } else {
            wrongType(node, TemplateResourceParser::tr("a string"));
        }
    }

    void readMode(const toml::node &node, QString *out)
    {
        const auto *value = node.as_string();
        if (!value) {
            wrongType(node, TemplateResourceParser::tr("a string such as \"0644\""));
            return;
        }
        *out = fromStd(value->get());
        if (!isValidMode(*out))
            error(node,
                  TemplateResourceParser::tr("mode \"%1\" is not a number; write an octal "
                                             "string such as \"0644\"")
                      .arg(*out));
    }

    void readId(const toml::node &node, int *out)
    {
        const auto *value = node.as_integer();
        if (!value) {
            wrongType(node, TemplateResourceParser::tr("an integer"));
            return;
        }
        const int64_t id = value->get();
        if (id < 0 || id > std::numeric_limits<int>::max()) {
            error(node, TemplateResourceParser::tr("%1 is not a valid user or group id").arg(id));
            return;
        }
        *out = int(id);
    }

    void readKeys(const toml::node &node, QStringList *out)
    {
        const toml::array *array = node.as_array();
        if (!array) {
            wrongType(node, TemplateResourceParser::tr("an array of strings"));
            return;
        }
        for (const toml::node &element : *array) {
            if (const auto *value = element.as_string())
                out->append(fromStd(value->get()));
            else
                wrongType(element, TemplateResourceParser::tr("a string"));
        }
        if (array->empty())
            warning(node.source().begin,
                    TemplateResourceParser::tr("keys is empty: the template can read nothing"));
    }

    const QString m_path;
    Problems *m_problems;
    int m_srcLine = 0;
};

} // namespace

TemplateResource TemplateResourceParser::parse(const QByteArray &toml, const QString &path,
                                               Problems *problems)
{
    return ResourceReader(path, problems).read(toml);
}

TemplateResource TemplateResourceParser::load(const QString &path, Problems *problems)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(
                makeProblem(absolutePath, 0, 0,
                            tr("cannot read the template resource: %1").arg(file.errorString())));
        TemplateResource resource;
        resource.path = absolutePath;
        return resource;
    }
    ResourceReader reader(absolutePath, problems);
    TemplateResource resource = reader.read(file.readAll());
    if (resource.templatePath.isEmpty())
        return resource;

    QFile templateFile(resource.templatePath);
    if (!templateFile.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(
                makeProblem(absolutePath, reader.srcLine(), 0,
                            tr("the template %1 named by src cannot be read: %2")
                                .arg(resource.templatePath, templateFile.errorString())));
        return resource;
    }
    resource.reads = TemplateKeyExtractor::extract(templateFile.readAll(), resource.templatePath,
                                                   resource.prefix, problems);
    checkReadsAreFetched(resource, problems);
    return resource;
}

void TemplateResourceParser::checkReadsAreFetched(const TemplateResource &resource,
                                                  Problems *problems)
{
    if (!problems || resource.keys.isEmpty())
        return;
    QStringList fetched;
    for (const QString &key : resource.keys)
        fetched.append(TemplateKeyExtractor::applyPrefix(resource.prefix, key));
    for (const TemplateKey &read : resource.reads) {
        // The literal part before the first glob character; a pattern is fetched when that part
        // lies under a listed key, or a listed key lies under it (the pattern then matches at
        // least some fetched keys). A plain string-prefix test, as confd's etcd v3 backend
        // uses: it never warns where confd would fetch.
        qsizetype glob = read.key.size();
        for (const QChar c : {u'*', u'?', u'['}) {
            const qsizetype at = read.key.indexOf(c);
            if (at >= 0)
                glob = std::min(glob, at);
        }
        const QString literal = read.key.left(glob);
        const bool isPattern = glob < read.key.size();
        const bool covered = std::any_of(fetched.begin(), fetched.end(), [&](const QString &key) {
            return literal.startsWith(key) || (isPattern && key.startsWith(literal));
        });
        if (!covered)
            problems->append(makeProblem(
                resource.templatePath, read.line, 0,
                tr("%1 reads %2, which is under none of the resource's keys (%3); confd does not "
                   "fetch it: add it to keys in %4")
                    .arg(read.function, read.key, resource.keys.join(QLatin1String(", ")),
                         QFileInfo(resource.path).fileName()),
                Problem::Severity::Warning));
    }
}

} // namespace ws
