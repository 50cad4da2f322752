#include "etcd/EtcdYamlDocument.h"

#include <QHash>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

namespace ws {

namespace {

constexpr const char *KeysKey = "keys";
constexpr const char *BinaryTag = "tag:yaml.org,2002:binary";
constexpr const char *StrTag = "tag:yaml.org,2002:str";
// YAML limits implicit keys to 1024 characters; longer ones are written as explicit "? key".
constexpr qsizetype MaxImplicitKey = 1000;

// Decodes one UTF-8 sequence at `i`; returns its length (0: invalid) and sets `cp`. Written by
// hand because the writer needs the code points to pick escapes and Qt's decoder would replace
// invalid bytes instead of telling which value must be written as !!binary.
int utf8Sequence(const uchar *s, qsizetype n, qsizetype i, char32_t &cp)
{
    const uchar c = s[i];
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    int len = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > n)
        return 0;
    for (int k = 1; k < len; ++k) {
        const uchar t = s[i + k];
        if ((t & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (t & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

// Code points YAML does not allow as they are in a scalar, or that some readers take as line
// breaks or byte order marks: written as escapes in double quotes, never inside a block.
bool needsEscape(char32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)
        || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

bool isPlainKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
        || c == '_' || c == '.' || c == '-' || c == '@' || c == '+' || c == '=' || c == '~'
        || c == '%' || c == ',';
}

// Path-like keys ("/services/keystone/admin-token") stay unquoted so a file greps well. Only
// keys that start with '/' or '_' qualify: no YAML reader takes them for a number, a boolean,
// null or an indicator.
bool isPlainKey(const QByteArray &key)
{
    if (key.isEmpty() || (key.front() != '/' && key.front() != '_'))
        return false;
    for (char c : key) {
        if (!isPlainKeyChar(c))
            return false;
    }
    return true;
}

void appendHex(QByteArray &out, char prefix, uint value, int digits)
{
    static const char hex[] = "0123456789ABCDEF";
    out += '\\';
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hex[(value >> shift) & 0xF];
}

// `bytes` must be valid UTF-8.
void appendDoubleQuoted(QByteArray &out, const QByteArray &bytes)
{
    out += '"';
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        char32_t cp = 0;
        const int len = utf8Sequence(s, n, i, cp);
        if (len <= 0) { // not reached for valid input; never loop forever on bad input
            appendHex(out, 'x', s[i], 2);
            ++i;
            continue;
        }
        switch (cp) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (needsEscape(cp))
                appendHex(out, cp < 0x80 ? 'x' : 'u', uint(cp), cp < 0x80 ? 2 : 4);
            else
                out.append(bytes.constData() + i, len);
        }
        i += len;
    }
    out += '"';
}

void appendBinary(QByteArray &out, const QByteArray &bytes)
{
    out += "!!binary \"";
    out += bytes.toBase64();
    out += '"';
}

// A value goes into a literal block when it has several lines, is valid UTF-8 with nothing that
// needs an escape, and no line that is only blanks (block scalars fold such lines into
// indentation, so they would not come back byte for byte).
bool fitsLiteralBlock(const QByteArray &value)
{
    if (!value.contains('\n'))
        return false;
    const auto *s = reinterpret_cast<const uchar *>(value.constData());
    const qsizetype n = value.size();
    bool lineHasText = false;
    bool lineHasBlanks = false;
    for (qsizetype i = 0; i < n;) {
        char32_t cp = 0;
        const int len = utf8Sequence(s, n, i, cp);
        if (len <= 0 || needsEscape(cp) || cp == '\r')
            return false;
        if (cp == '\n') {
            if (lineHasBlanks && !lineHasText)
                return false;
            lineHasText = lineHasBlanks = false;
        } else if (cp == ' ' || cp == '\t') {
            lineHasBlanks = true;
        } else {
            lineHasText = true;
        }
        i += len;
    }
    if (lineHasBlanks && !lineHasText)
        return false;
    // The last line before the trailing newlines must carry text, or chomping would eat it.
    qsizetype end = n;
    while (end > 0 && value.at(end - 1) == '\n')
        --end;
    return end > 0;
}

void appendLiteralBlock(QByteArray &out, const QByteArray &value, const char *indent)
{
    out += '|';
    // Leading blanks on the first line with text would be taken for indentation: say how deep
    // the indentation is.
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == '\n')
        ++first;
    if (first < value.size() && (value.at(first) == ' ' || value.at(first) == '\t'))
        out += '2';
    int trailing = 0;
    for (qsizetype i = value.size() - 1; i >= 0 && value.at(i) == '\n'; --i)
        ++trailing;
    if (trailing == 0)
        out += '-';
    else if (trailing > 1)
        out += '+';
    out += '\n';
    const qsizetype end = trailing > 0 ? value.size() - 1 : value.size();
    qsizetype start = 0;
    while (start <= end) {
        qsizetype nl = value.indexOf('\n', start);
        if (nl < 0 || nl > end)
            nl = end;
        if (nl > start) {
            out += indent;
            out.append(value.constData() + start, nl - start);
        }
        out += '\n';
        start = nl + 1;
        if (nl == end)
            break;
    }
}

void appendScalar(QByteArray &out, const QByteArray &bytes)
{
    if (EtcdYamlDocument::isBinary(bytes))
        appendBinary(out, bytes);
    else
        appendDoubleQuoted(out, bytes);
}

void appendComment(QByteArray &out, const QString &comment, const char *indent)
{
    const QStringList lines = comment.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        out += indent;
        out += '#';
        if (!line.isEmpty()) {
            out += ' ';
            QString clean = line;
            clean.remove(QLatin1Char('\r'));
            out += clean.toUtf8();
        }
        out += '\n';
    }
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What a key or value of the file holds, or why it cannot be read.
bool readScalar(const YAML::Node &node, QByteArray *out, QString *error)
{
    if (!node.IsScalar()) {
        if (node.IsNull())
            *error = EtcdYamlDocument::tr("has no value; write \"\" for an empty value");
        else if (node.IsSequence())
            *error = EtcdYamlDocument::tr("is a list; etcd values are strings");
        else
            *error = EtcdYamlDocument::tr("is a mapping; etcd values are strings, and nested "
                                          "keys are written out in full (/a/b: \"…\")");
        return false;
    }
    const std::string &tag = node.Tag();
    const std::string &text = node.Scalar();
    if (tag == BinaryTag) {
        QByteArray b64 = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        b64 = b64.simplified().replace(' ', QByteArray());
        auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = EtcdYamlDocument::tr("is marked !!binary but is not valid base64");
            return false;
        }
        *out = std::move(*decoded);
        return true;
    }
    if (tag != "?" && tag != "!" && tag != StrTag) {
        *error = EtcdYamlDocument::tr("has the tag %1; only strings and !!binary are understood")
                     .arg(fromStd(tag));
        return false;
    }
    *out = QByteArray(text.data(), qsizetype(text.size()));
    return true;
}

// The comment lines right above 0-based `line` that start at `column` (so that a line of a
// literal block above that happens to start with '#' is not taken), without their "# ".
QString commentAbove(const QList<QByteArrayView> &lines, int line, int column)
{
    QStringList found;
    for (int i = line - 1; i >= 0 && i < lines.size(); --i) {
        QByteArrayView l = lines.at(i);
        if (l.size() <= column || !l.first(column).trimmed().isEmpty() || l.at(column) != '#')
            break;
        l = l.sliced(column).trimmed();
        l = l.sliced(1);
        if (l.startsWith(' '))
            l = l.sliced(1);
        found.prepend(QString::fromUtf8(l));
    }
    return found.join(QLatin1Char('\n'));
}

class Reader
{
public:
    explicit Reader(const QByteArray &yaml) : m_yaml(yaml) { }

    EtcdYamlParseResult read()
    {
        splitLines();
        m_result.header = commentAbove(m_lines, firstContentLine(), 0);
        YAML::Node root;
        try {
            root = YAML::Load(std::string(m_yaml.constData(), size_t(m_yaml.size())));
        } catch (const YAML::Exception &e) {
            fail(e.mark,
                 EtcdYamlDocument::tr("The file is not valid YAML: %1.").arg(fromStd(e.msg)));
            return std::move(m_result);
        }
        if (const int second = secondDocumentLine(); second >= 0) {
            YAML::Mark mark;
            mark.line = second;
            mark.column = 0;
            fail(mark,
                 EtcdYamlDocument::tr("The file holds more than one YAML document (a second one "
                                      "starts here); an export file is one `keys:` mapping."));
            return std::move(m_result);
        }
        try {
            readRoot(root);
        } catch (const std::exception &e) {
            // yaml-cpp throws on accesses the checks above each one should rule out; a broken
            // file must still end in a message, never in a crash.
            fail(root.Mark(),
                 EtcdYamlDocument::tr("Could not read the file: %1.")
                     .arg(QString::fromUtf8(e.what())));
        }
        if (!m_result.ok())
            m_result.entries.clear();
        return std::move(m_result);
    }

private:
    void splitLines()
    {
        qsizetype start = 0;
        while (start <= m_yaml.size()) {
            qsizetype nl = m_yaml.indexOf('\n', start);
            if (nl < 0)
                nl = m_yaml.size();
            m_lines.append(QByteArrayView(m_yaml.constData() + start, nl - start));
            start = nl + 1;
        }
    }

    int firstContentLine() const
    {
        int i = 0;
        while (i < m_lines.size() && m_lines.at(i).startsWith('#'))
            ++i;
        return i;
    }

    // YAML::Load reads the first document only, and yaml-cpp 0.7's LoadAll can loop without end
    // on some broken input (found by the fuzz target), so a second document is found by its
    // marker: a "---" line after the content started, or content after a "..." line. Markers
    // sit at column 0, where no scalar of a block mapping can continue.
    int secondDocumentLine() const
    {
        bool content = false;
        bool ended = false;
        for (int i = 0; i < m_lines.size(); ++i) {
            const QByteArrayView line = m_lines.at(i);
            const bool marker = line.size() >= 3
                && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t'
                    || line.at(3) == '\r');
            if (marker && line.startsWith("---")) {
                if (content || ended)
                    return i;
                content = true; // an explicit start of the first document
                continue;
            }
            if (marker && line.startsWith("...")) {
                ended = true;
                continue;
            }
            const QByteArrayView text = line.trimmed();
            if (text.isEmpty() || text.startsWith('#'))
                continue;
            if (ended)
                return i;
            content = true;
        }
        return -1;
    }

    void fail(const YAML::Mark &mark, const QString &message)
    {
        if (!m_result.error.isEmpty())
            return;
        m_result.error = message;
        m_result.line = mark.is_null() ? 0 : mark.line + 1;
        m_result.column = mark.is_null() ? 0 : mark.column + 1;
    }

    void readRoot(const YAML::Node &root)
    {
        if (root.IsNull() || !root.IsDefined()) {
            fail(YAML::Mark::null_mark(),
                 EtcdYamlDocument::tr("The file holds no keys: an export file is a `keys:` "
                                      "mapping of etcd keys to their values."));
            return;
        }
        if (!root.IsMap()) {
            fail(root.Mark(),
                 EtcdYamlDocument::tr("The top level of the file is not a mapping: an export file "
                                      "is a `keys:` mapping of etcd keys to their values."));
            return;
        }
        bool seenKeys = false;
        for (const auto &item : root) {
            const YAML::Node &name = item.first;
            if (!name.IsScalar() || name.Scalar() != KeysKey) {
                fail(name.Mark(),
                     EtcdYamlDocument::tr("Unknown top-level entry %1: an export file holds only "
                                          "`keys:`. Indent etcd keys under it.")
                         .arg(name.IsScalar()
                                  ? QLatin1Char('"') + fromStd(name.Scalar()) + QLatin1Char('"')
                                  : EtcdYamlDocument::tr("(not a string)")));
                return;
            }
            if (seenKeys) {
                fail(name.Mark(), EtcdYamlDocument::tr("`keys:` appears twice; merge the two."));
                return;
            }
            seenKeys = true;
            readKeys(item.second);
        }
        if (!seenKeys)
            fail(root.Mark(), EtcdYamlDocument::tr("The file has no `keys:` mapping."));
    }

    void readKeys(const YAML::Node &keys)
    {
        if (keys.IsNull())
            return; // "keys:" with nothing under it: an empty export
        if (!keys.IsMap()) {
            fail(keys.Mark(),
                 EtcdYamlDocument::tr("`keys:` must be a mapping of etcd keys to their values."));
            return;
        }
        QHash<QByteArray, int> seen;
        seen.reserve(qsizetype(keys.size()));
        m_result.entries.reserve(qsizetype(keys.size()));
        for (const auto &item : keys) {
            const YAML::Node &keyNode = item.first;
            const YAML::Node &valueNode = item.second;
            EtcdYamlEntry entry;
            QString why;
            if (!readScalar(keyNode, &entry.key, &why)) {
                fail(keyNode.Mark(), EtcdYamlDocument::tr("A key %1.").arg(why));
                return;
            }
            if (entry.key.isEmpty()) {
                fail(keyNode.Mark(), EtcdYamlDocument::tr("A key is empty; etcd keys cannot be."));
                return;
            }
            const int line = keyNode.Mark().line;
            const auto previous = seen.constFind(entry.key);
            if (previous != seen.constEnd()) {
                fail(keyNode.Mark(),
                     EtcdYamlDocument::tr("The key \"%1\" appears twice (first on line %2); "
                                          "keep one.")
                         .arg(QString::fromUtf8(entry.key))
                         .arg(previous.value() + 1));
                return;
            }
            seen.insert(entry.key, line);
            if (!readScalar(valueNode, &entry.value, &why)) {
                fail(valueNode.IsNull() || valueNode.Mark().is_null() ? keyNode.Mark()
                                                                      : valueNode.Mark(),
                     EtcdYamlDocument::tr("The value of \"%1\" %2.")
                         .arg(QString::fromUtf8(entry.key), why));
                return;
            }
            entry.comment = commentAbove(m_lines, line, keyNode.Mark().column);
            m_result.entries.append(std::move(entry));
        }
    }

    const QByteArray &m_yaml;
    QList<QByteArrayView> m_lines;
    EtcdYamlParseResult m_result;
};

} // namespace

QString EtcdYamlParseResult::errorString() const
{
    if (line <= 0)
        return error;
    if (column <= 0)
        return QString::number(line) + QLatin1String(": ") + error;
    return QString::number(line) + QLatin1Char(':') + QString::number(column) + QLatin1String(": ")
        + error;
}

Problem EtcdYamlParseResult::toProblem(const QString &file) const
{
    return makeProblem(file, line, column, error);
}

bool EtcdYamlDocument::isBinary(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        char32_t cp = 0;
        const int len = utf8Sequence(s, n, i, cp);
        if (len <= 0)
            return true;
        i += len;
    }
    return false;
}

QByteArray EtcdYamlDocument::write(const QList<EtcdYamlEntry> &entries, const QString &header)
{
    // Written by hand rather than with YAML::Emitter: yaml-cpp 0.7 writes literal blocks without
    // chomping or indentation indicators (so "a\nb" would come back as "a\nb\n"), and the hand
    // writer is several times faster on 100,000 keys. What it writes is read back by yaml-cpp
    // in the tests, byte for byte.
    QByteArray out;
    qsizetype size = 64 + header.size();
    for (const EtcdYamlEntry &e : entries)
        size += e.key.size() + e.value.size() + e.comment.size() + 16;
    out.reserve(size + size / 8);
    if (!header.isEmpty())
        appendComment(out, header, "");
    if (entries.isEmpty()) {
        out += "keys: {}\n";
        return out;
    }
    out += "keys:\n";
    for (const EtcdYamlEntry &e : entries) {
        if (!e.comment.isEmpty())
            appendComment(out, e.comment, "  ");
        const qsizetype keyStart = out.size();
        out += "  ";
        if (isPlainKey(e.key))
            out += e.key;
        else
            appendScalar(out, e.key);
        if (out.size() - keyStart > MaxImplicitKey) {
            out.insert(keyStart + 2, "? ");
            out += "\n  :";
        } else {
            out += ':';
        }
        out += ' ';
        if (fitsLiteralBlock(e.value))
            appendLiteralBlock(out, e.value, "    ");
        else {
            appendScalar(out, e.value);
            out += '\n';
        }
    }
    return out;
}

EtcdYamlParseResult EtcdYamlDocument::parse(const QByteArray &yaml)
{
    return Reader(yaml).read();
}

} // namespace ws
