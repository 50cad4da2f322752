#include "EtcdValueFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <toml++/toml.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace ws {

namespace {

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineColumnAt(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = uchar(text.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // continuation bytes belong to the previous character
            ++column;
        }
    }
    return {line, column};
}

QByteArray trimmedStart(const QByteArray &value)
{
    qsizetype i = 0;
    if (value.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < value.size() && std::isspace(uchar(value.at(i))))
        ++i;
    return value.mid(i, 1);
}

Problems validateJson(const QByteArray &value, const QString &file)
{
    QJsonParseError error;
    QJsonDocument::fromJson(value, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const auto [line, column] = lineColumnAt(value, error.offset);
    return {
        makeProblem(file, line, column, EtcdValueFormat::tr("JSON: %1").arg(error.errorString()))};
}

// Validation needs the parser's verdict, not a document: events go nowhere. It also stands in
// for YAML::LoadAll, which loops allocating forever on some broken streams (",a" in yaml-cpp
// 0.7): a document that starts where the previous one did ends the loop.
class YamlEventSink : public YAML::EventHandler
{
public:
    int lastDocumentStart = -1;
    bool stuck = false;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        stuck = mark.pos <= lastDocumentStart;
        lastDocumentStart = mark.pos;
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }
};

Problems validateYaml(const QByteArray &value, const QString &file)
{
    // yaml-cpp reports syntax errors by throwing; they stop here.
    try {
        std::istringstream in(std::string(value.constData(), size_t(value.size())));
        YAML::Parser parser(in);
        YamlEventSink sink;
        while (parser.HandleNextDocument(sink) && !sink.stuck) { }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.is_null() ? 0 : e.mark.line + 1;
        const int column = e.mark.is_null() ? 0 : e.mark.column + 1;
        return {makeProblem(file, line, column,
                            EtcdValueFormat::tr("YAML: %1").arg(QString::fromStdString(e.msg)))};
    }
    return {};
}

bool yamlIsCollection(const QByteArray &value)
{
    try {
        const YAML::Node node = YAML::Load(std::string(value.constData(), size_t(value.size())));
        return node.IsMap() || node.IsSequence();
    } catch (const YAML::Exception &) {
        return false;
    }
}

Problems validateToml(const QByteArray &value, const QString &file)
{
    // Debian's toml++ is built with exceptions (see confd's TemplateResourceParser): a syntax
    // error arrives as toml::parse_error and stops here.
    try {
        const toml::table table
            = toml::parse(std::string_view(value.constData(), size_t(value.size())));
        Q_UNUSED(table);
    } catch (const toml::parse_error &e) {
        const toml::source_position where = e.source().begin;
        return {makeProblem(file, int(where.line), int(where.column),
                            EtcdValueFormat::tr("TOML: %1")
                                .arg(QString::fromUtf8(e.description().data(),
                                                       qsizetype(e.description().size()))))};
    }
    return {};
}

bool tomlHasKeys(const QByteArray &value)
{
    try {
        const toml::table table
            = toml::parse(std::string_view(value.constData(), size_t(value.size())));
        return !table.empty();
    } catch (const toml::parse_error &) {
        return false;
    }
}

// INI has no standard and no maintained parser in our dependencies (QSettings reads INI files
// only from disk and reports no positions), so this checks the common shape by hand: blank
// lines, comments starting with ';' or '#', "[section]" headers and "name = value" or
// "name: value" entries. Returns the problems; `entries` counts the name/value lines.
Problems parseIni(const QByteArray &value, const QString &file, int *entries)
{
    Problems problems;
    int count = 0;
    const QList<QByteArray> lines = value.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        const int line = i + 1;
        qsizetype start = 0;
        while (start < raw.size() && (raw.at(start) == ' ' || raw.at(start) == '\t'))
            ++start;
        const int column = int(lineColumnAt(raw, start).second);
        const QByteArray text = raw.mid(start).trimmed();
        if (text.isEmpty() || text.startsWith(';') || text.startsWith('#'))
            continue;
        if (text.startsWith('[')) {
            const qsizetype close = text.indexOf(']');
            if (close < 0) {
                problems << makeProblem(file, line, column + int(text.size()),
                                        EtcdValueFormat::tr("INI: section header has no closing "
                                                            "\"]\""));
            } else if (text.mid(1, close - 1).trimmed().isEmpty()) {
                problems << makeProblem(file, line, column,
                                        EtcdValueFormat::tr("INI: section header without a name"));
            } else if (const QByteArray rest = text.mid(close + 1).trimmed();
                       !rest.isEmpty() && !rest.startsWith(';') && !rest.startsWith('#')) {
                qsizetype at = close + 1;
                while (at < text.size() && (text.at(at) == ' ' || text.at(at) == '\t'))
                    ++at;
                problems << makeProblem(
                    file, line, column + int(lineColumnAt(text, at).second) - 1,
                    EtcdValueFormat::tr("INI: unexpected text after the section header"));
            }
            continue;
        }
        const qsizetype equals = text.indexOf('=');
        const qsizetype colon = text.indexOf(':');
        qsizetype separator = equals;
        if (separator < 0 || (colon >= 0 && colon < separator))
            separator = colon;
        if (separator < 0) {
            problems << makeProblem(file, line, column,
                                    EtcdValueFormat::tr("INI: expected \"name = value\", a "
                                                        "[section] or a comment"));
            continue;
        }
        if (text.left(separator).trimmed().isEmpty()) {
            problems << makeProblem(file, line, column,
                                    EtcdValueFormat::tr("INI: entry without a name before \"%1\"")
                                        .arg(QLatin1Char(text.at(separator))));
            continue;
        }
        ++count;
    }
    if (entries)
        *entries = count;
    return problems;
}

// The offset of the first byte that makes `value` not text (see isText()), or its size.
qsizetype firstNonTextByte(const QByteArray &value)
{
    qsizetype i = 0;
    while (i < value.size()) {
        const auto u = uchar(value.at(i));
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F)
            return i;
        if (u < 0x80) {
            ++i;
            continue;
        }
        // One UTF-8 sequence: decode it alone to see whether it is valid.
        const qsizetype length = u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString one = decoder.decode(
            QByteArrayView(value).sliced(i, std::min<qsizetype>(length, value.size() - i)));
        if (decoder.hasError() || length == 1 || i + length > value.size())
            return i;
        i += length;
    }
    return value.size();
}

} // namespace

bool EtcdValueFormat::isText(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = uchar(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            return false;
        if (u == 0x7F)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(value); // decoding is lazy until converted
    Q_UNUSED(text);
    return !decoder.hasError();
}

EtcdValueFormat::Kind EtcdValueFormat::detect(const QByteArray &value)
{
    if (!isText(value))
        return Kind::Binary;
    const QByteArray first = trimmedStart(value);
    if (first.isEmpty())
        return Kind::Plain;
    if (first == "{" || first == "[") {
        if (validateJson(value, {}).isEmpty())
            return Kind::Json;
        // "[section]" starts INI and TOML as well.
        if (first == "{")
            return Kind::Json;
    }
    if (tomlHasKeys(value))
        return Kind::Toml;
    if (int entries = 0;
        value.contains('=') && parseIni(value, {}, &entries).isEmpty() && entries > 0) {
        return Kind::Ini;
    }
    if (yamlIsCollection(value))
        return Kind::Yaml;
    if (first == "[")
        return Kind::Json; // broken JSON, most likely: show its error
    return Kind::Plain;
}

Problems EtcdValueFormat::validate(const QByteArray &value, Kind kind, const QString &file)
{
    // Text formats only read text; yaml-cpp in particular runs out of memory on some bytes
    // that are not (a NUL amid flow syntax), so binary never reaches the parsers.
    if (kind != Kind::Binary && kind != Kind::Plain && !isText(value)) {
        const auto [line, column] = lineColumnAt(value, firstNonTextByte(value));
        return {makeProblem(
            file, line, column,
            tr("%1: the value is not UTF-8 text (binary data from here on)").arg(name(kind)))};
    }
    switch (kind) {
    case Kind::Json:
        return validateJson(value, file);
    case Kind::Yaml:
        return validateYaml(value, file);
    case Kind::Toml:
        return validateToml(value, file);
    case Kind::Ini:
        return parseIni(value, file, nullptr);
    case Kind::Plain:
    case Kind::Binary:
        break;
    }
    return {};
}

QString EtcdValueFormat::name(Kind kind)
{
    switch (kind) {
    case Kind::Plain:
        return tr("Plain text");
    case Kind::Json:
        return tr("JSON");
    case Kind::Yaml:
        return tr("YAML");
    case Kind::Toml:
        return tr("TOML");
    case Kind::Ini:
        return tr("INI");
    case Kind::Binary:
        return tr("Binary");
    }
    return {};
}

QList<EtcdValueFormat::Kind> EtcdValueFormat::textKinds()
{
    return {Kind::Plain, Kind::Json, Kind::Yaml, Kind::Toml, Kind::Ini};
}

} // namespace ws
