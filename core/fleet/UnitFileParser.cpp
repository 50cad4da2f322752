#include "fleet/UnitFileParser.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

// Written by hand rather than with QSettings' INI reader: unit files repeat options, continue
// lines with a backslash and keep '%' and ';' literally, none of which QSettings preserves. The
// rules follow go-systemd's unit deserializer (fleet's parser): whitespace is trimmed around
// names and values, a backslash at the end of a line joins the next one with a space, '#' and
// ';' start comment lines, and everything before the first [Section] is skipped.

namespace ws {

namespace {

constexpr int UnitNameMax = 256; // systemd's UNIT_NAME_MAX

const QSet<QString> &unitTypes()
{
    static const QSet<QString> types
        = {QStringLiteral("service"),   QStringLiteral("socket"), QStringLiteral("timer"),
           QStringLiteral("target"),    QStringLiteral("path"),   QStringLiteral("mount"),
           QStringLiteral("automount"), QStringLiteral("swap"),   QStringLiteral("device"),
           QStringLiteral("slice"),     QStringLiteral("scope")};
    return types;
}

const QStringList &fleetOptions()
{
    static const QStringList names = {
        QStringLiteral("MachineID"), QStringLiteral("MachineOf"), QStringLiteral("MachineMetadata"),
        QStringLiteral("Conflicts"), QStringLiteral("Global"),    QStringLiteral("Replaces")};
    return names;
}

// Pre-0.8 [X-Fleet] names and what replaced them.
const QHash<QString, QString> &deprecatedFleetOptions()
{
    static const QHash<QString, QString> names
        = {{QStringLiteral("X-ConditionMachineID"), QStringLiteral("MachineID")},
           {QStringLiteral("X-ConditionMachineOf"), QStringLiteral("MachineOf")},
           {QStringLiteral("X-ConditionMachineMetadata"), QStringLiteral("MachineMetadata")},
           {QStringLiteral("X-Conflicts"), QStringLiteral("Conflicts")}};
    return names;
}

bool isUnitNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u':' || c == u'_' || c == u'.' || c == u'-' || c == u'\\';
}

int firstNonSpace(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i).isSpace())
        ++i;
    return i;
}

class UnitReader
{
public:
    UnitReader(const QString &path, Problems *problems) : m_path(path), m_problems(problems) { }

    QList<UnitOption> read(const QByteArray &content)
    {
        QStringList lines = QString::fromUtf8(content).split(u'\n');
        for (QString &line : lines)
            if (line.endsWith(u'\r'))
                line.chop(1);

        QList<UnitOption> options;
        QString section;
        enum class State { BeforeSections, InSection, BrokenHeader } state = State::BeforeSections;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &raw = lines.at(i);
            const int lineNo = int(i + 1);
            const int lead = firstNonSpace(raw);
            if (lead == raw.size())
                continue;
            const QChar first = raw.at(lead);

            if (first == u'#' || first == u';') {
                const qsizetype from = i;
                while (i + 1 < lines.size() && continues(lines.at(i), true))
                    ++i;
                if (i > from)
                    warning(lineNo, lead + 1,
                            UnitFileParser::tr("this comment ends with a backslash, so fleet also "
                                               "ignores the next line; remove the backslash"));
                continue;
            }

            if (first == u'[') {
                const qsizetype close = raw.indexOf(u']', lead);
                if (close < 0) {
                    error(lineNo, lead + 1,
                          UnitFileParser::tr("section header %1 has no closing ] on its line; "
                                             "add one")
                              .arg(raw.mid(lead).trimmed()));
                    state = State::BrokenHeader;
                    continue;
                }
                section = raw.mid(lead + 1, close - lead - 1);
                state = State::InSection;
                const int garbage = int(close + 1) + firstNonSpace(raw.mid(close + 1));
                if (garbage < raw.size())
                    error(lineNo, garbage + 1,
                          UnitFileParser::tr("unexpected text after [%1]; fleet rejects the file")
                              .arg(section));
                if (section.trimmed().isEmpty())
                    error(lineNo, lead + 1, UnitFileParser::tr("empty section name []"));
                continue;
            }

            const qsizetype eq = raw.indexOf(u'=');
            if (eq < 0) {
                if (state == State::BeforeSections)
                    error(lineNo, lead + 1,
                          UnitFileParser::tr("text before the first [Section] is dropped by "
                                             "fleet; start the file with [Unit]"));
                else if (state == State::InSection)
                    error(lineNo, lead + 1,
                          UnitFileParser::tr("\"%1\" is not an option: write Name=Value; "
                                             "fleet rejects the file")
                              .arg(raw.trimmed()));
                continue;
            }
            UnitOption option;
            option.section = section;
            option.name = raw.left(eq).trimmed();
            option.line = lineNo;
            QString value;
            QString part = raw.mid(eq + 1);
            while (continues(part, false) && i + 1 < lines.size()) {
                part.chop(1);
                value += part + QLatin1Char(' ');
                part = lines.at(++i);
            }
            if (continues(part, false))
                part.chop(1); // a backslash on the last line continues into nothing
            value += part;
            option.value = value.trimmed();

            if (state == State::BrokenHeader)
                continue; // the header is reported; its options would only repeat the error
            if (state == State::BeforeSections) {
                error(lineNo, lead + 1,
                      UnitFileParser::tr("option %1 before the first [Section] is dropped by "
                                         "fleet; move it under [Unit]")
                          .arg(option.name));
                continue;
            }
            if (option.name.isEmpty()) {
                error(lineNo, lead + 1, UnitFileParser::tr("option without a name before '='"));
                continue;
            }
            if (option.section == u"X-Fleet")
                checkFleetOption(option, lead + 1);
            options.append(option);
        }
        checkGlobal(options);
        return options;
    }

private:
    // go-systemd continues a value when the line ends with a backslash, and a comment when it
    // does after trailing spaces are cut.
    static bool continues(const QString &line, bool comment)
    {
        if (!comment)
            return line.endsWith(u'\\');
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1) == u' ')
            --end;
        return end > 0 && line.at(end - 1) == u'\\';
    }

    void checkFleetOption(const UnitOption &option, int column)
    {
        if (fleetOptions().contains(option.name))
            return;
        const auto deprecated = deprecatedFleetOptions().constFind(option.name);
        if (deprecated != deprecatedFleetOptions().constEnd()) {
            warning(option.line, column,
                    UnitFileParser::tr("%1 is deprecated; use %2").arg(option.name, *deprecated));
            return;
        }
        error(option.line, column,
              UnitFileParser::tr("unknown option %1 in [X-Fleet]; fleet ignores it (known: %2)")
                  .arg(option.name, fleetOptions().join(QLatin1String(", "))));
    }

    // fleet refuses a global unit with placement options other than MachineMetadata and
    // Conflicts.
    void checkGlobal(const QList<UnitOption> &options)
    {
        bool global = false;
        for (const UnitOption &option : options)
            if (option.section == u"X-Fleet" && option.name == u"Global"
                && option.value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                global = true;
        if (!global)
            return;
        for (const UnitOption &option : options) {
            if (option.section != u"X-Fleet" || option.name == u"Global"
                || option.name == u"MachineMetadata" || option.name == u"Conflicts"
                || option.name == u"X-ConditionMachineMetadata" || option.name == u"X-Conflicts")
                continue;
            error(option.line, 0,
                  UnitFileParser::tr("%1 cannot be combined with Global=true; only "
                                     "MachineMetadata and Conflicts can")
                      .arg(option.name));
        }
    }

    void report(int line, int column, const QString &message, Problem::Severity severity)
    {
        if (m_problems)
            m_problems->append(makeProblem(m_path, line, column, message, severity));
    }

    void error(int line, int column, const QString &message)
    {
        report(line, column, message, Problem::Severity::Error);
    }

    void warning(int line, int column, const QString &message)
    {
        report(line, column, message, Problem::Severity::Warning);
    }

    const QString m_path;
    Problems *m_problems;
};

} // namespace

UnitFile UnitFileParser::parse(const QByteArray &content, const QString &path, Problems *problems)
{
    UnitFile unit;
    unit.path = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    const QString fileName = path.section(u'/', -1);
    if (!parseName(fileName, &unit) && problems)
        problems->append(makeProblem(
            unit.path, 0, 0,
            UnitFileParser::tr("\"%1\" is not a valid unit name: fleet expects NAME.service, "
                               "NAME@.service or NAME@INSTANCE.service")
                .arg(fileName)));
    unit.options = UnitReader(unit.path, problems).read(content);
    return unit;
}

bool UnitFileParser::parseName(const QString &fileName, UnitFile *unit)
{
    const QString name = fileName.section(u'/', -1);
    unit->name = name;
    if (name.isEmpty() || name.size() > UnitNameMax)
        return false;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QString type = name.mid(dot + 1);
    if (!unitTypes().contains(type))
        return false;
    const QString base = name.left(dot);
    if (base.count(u'@') > 1)
        return false;
    for (const QChar c : base)
        if (c != u'@' && !isUnitNameChar(c))
            return false;
    const qsizetype at = base.indexOf(u'@');
    const QString prefix = at < 0 ? base : base.left(at);
    if (prefix.isEmpty())
        return false;
    const QString instance = at < 0 ? QString() : base.mid(at + 1);
    unit->type = type;
    unit->prefix = prefix;
    unit->instance = instance;
    if (at < 0)
        unit->kind = UnitFile::Kind::Plain;
    else if (instance.isEmpty())
        unit->kind = UnitFile::Kind::Template;
    else
        unit->kind = UnitFile::Kind::Instance;
    return true;
}

} // namespace ws
