#include "DockerIgnore.h"

#include <QFile>

// Written by hand: no C or C++ library implements Docker's .dockerignore rules (they are neither
// fnmatch(3) nor gitignore). This follows moby/patternmatcher (pattern to regular expression,
// last match wins, a match on a parent folder counts) and buildkit's dockerignore.ReadAll (comments
// only in column 1, whitespace trimmed, filepath.Clean, leading '/' dropped). Patterns are
// validated like Go's filepath.Match, which is what Docker does to reject broken ones.

namespace ws {

namespace {

struct Scan
{
    QString error; // empty when the pattern is valid
    int column = 0; // 1-based position of the error in the cleaned pattern
    QString regex;
};

// One character of a class, after an optional backslash; Go's getEsc.
bool classChar(const QString &p, int &i, char32_t &out)
{
    if (i >= p.size() || p[i] == u'-' || p[i] == u']')
        return false;
    if (p[i] == u'\\') {
        ++i;
        if (i >= p.size())
            return false;
    }
    out = p[i].unicode();
    ++i;
    return i < p.size(); // a class must still be closed
}

QString classLiteral(char32_t c)
{
    return QStringLiteral("\\x{%1}").arg(quint32(c), 0, 16);
}

Scan compile(const QString &p)
{
    Scan s;
    QString re;
    int i = 0;
    while (i < p.size()) {
        const QChar ch = p[i];
        if (ch == u'*') {
            ++i;
            if (i < p.size() && p[i] == u'*') {
                ++i;
                if (i < p.size() && p[i] == u'/')
                    ++i; // "**/" is "**"
                // At the end "**" takes everything; inside, any number of folders (even none).
                re += i >= p.size() ? QStringLiteral(".*") : QStringLiteral("(?:.*/)?");
            } else {
                re += QStringLiteral("[^/]*");
            }
        } else if (ch == u'?') {
            re += QStringLiteral("[^/]");
            ++i;
        } else if (ch == u'\\') {
            ++i;
            if (i >= p.size()) {
                s.error = DockerIgnore::tr("a backslash at the end escapes nothing");
                s.column = i;
                return s;
            }
            re += QRegularExpression::escape(QString(p[i]));
            ++i;
        } else if (ch == u'[') {
            const int start = i + 1;
            ++i;
            bool negated = false;
            if (i < p.size() && p[i] == u'^') {
                negated = true;
                ++i;
            }
            QString ranges;
            int count = 0;
            for (;;) {
                if (i < p.size() && p[i] == u']' && count > 0) {
                    ++i;
                    break;
                }
                char32_t lo = 0;
                if (!classChar(p, i, lo)) {
                    s.error = DockerIgnore::tr(
                        "the character class is broken (empty, unclosed, or a '-' or ']' "
                        "where a character belongs); write \\[ for a literal bracket");
                    s.column = start;
                    return s;
                }
                char32_t hi = lo;
                if (p[i] == u'-') {
                    ++i;
                    if (!classChar(p, i, hi)) {
                        s.error = DockerIgnore::tr("the character range is not closed");
                        s.column = start;
                        return s;
                    }
                }
                if (lo <= hi) // Go accepts a reversed range that matches nothing; PCRE would not
                    ranges += classLiteral(lo) + (lo == hi ? QString() : u'-' + classLiteral(hi));
                ++count;
            }
            if (ranges.isEmpty())
                re += negated ? QStringLiteral("[\\s\\S]") : QStringLiteral("(?!)");
            else
                re += u'[' + (negated ? QStringLiteral("^") : QString()) + ranges + u']';
        } else {
            re += QRegularExpression::escape(QString(ch));
            ++i;
        }
    }
    s.regex = re;
    return s;
}

} // namespace

QString DockerIgnore::cleanPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(u'/');
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u'.')
            continue;
        if (part == QLatin1String("..")) {
            if (!out.isEmpty() && out.last() != QLatin1String(".."))
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    QString result = (rooted ? QStringLiteral("/") : QString()) + out.join(u'/');
    return result.isEmpty() ? QStringLiteral(".") : result;
}

bool DockerIgnore::addPattern(const QString &raw, int line, Problems *problems, const QString &file)
{
    QString pattern = raw.trimmed();
    if (pattern.isEmpty())
        return true;
    const bool exclusion = pattern.startsWith(u'!');
    if (exclusion)
        pattern = pattern.mid(1).trimmed();
    if (exclusion && pattern.isEmpty()) {
        if (problems)
            problems->append(makeProblem(
                file, line, 1, tr("a lone '!' re-includes nothing; name what to keep: !path")));
        return false;
    }
    pattern = cleanPath(pattern);
    if (pattern.size() > 1 && pattern.startsWith(u'/'))
        pattern = pattern.mid(1);

    const Scan scan = compile(pattern);
    if (!scan.error.isEmpty()) {
        if (problems)
            problems->append(
                makeProblem(file, line, 0, tr("pattern \"%1\": %2").arg(pattern, scan.error)));
        return false;
    }
    Pattern p;
    p.text = pattern;
    p.exclusion = exclusion;
    p.line = line;
    p.regex = QRegularExpression(QRegularExpression::anchoredPattern(scan.regex),
                                 QRegularExpression::DotMatchesEverythingOption);
    if (!p.regex.isValid()) { // cannot happen with the escaping above; refuse rather than guess
        if (problems)
            problems->append(makeProblem(
                file, line, 0,
                tr("pattern \"%1\" cannot be compiled: %2").arg(pattern, p.regex.errorString())));
        return false;
    }
    p.depth = int(pattern.count(u'/')) + 1;
    m_hasExclusions = m_hasExclusions || exclusion;
    m_patterns.append(p);
    return true;
}

DockerIgnore DockerIgnore::parse(const QByteArray &content, const QString &file, Problems *problems)
{
    DockerIgnore ignore;
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    for (int n = 0; n < lines.size(); ++n) {
        QByteArray line = lines[n];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith('#')) // a comment only in column 1, as buildkit has it
            continue;
        ignore.addPattern(QString::fromUtf8(line), n + 1, problems, file);
    }
    return ignore;
}

DockerIgnore DockerIgnore::load(const QString &contextDir, Problems *problems)
{
    const QString path = contextDir + QLatin1String("/.dockerignore");
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (problems)
            problems->append(makeProblem(
                path, 0, 0, tr("cannot read .dockerignore: %1").arg(file.errorString())));
        return {};
    }
    return parse(file.readAll(), path, problems);
}

void DockerIgnore::keepAlways(const QString &relativePath)
{
    // The docker CLI appends "!<file>" when a pattern excludes the Dockerfile or .dockerignore.
    if (isExcluded(relativePath))
        addPattern(u'!' + relativePath);
}

bool DockerIgnore::matches(const Pattern &pattern, const QString &path) const
{
    if (pattern.regex.match(path).hasMatch())
        return true;
    // A pattern that matches a parent folder matches everything below it.
    qsizetype slash = path.indexOf(u'/');
    while (slash > 0) {
        if (pattern.regex.match(QStringView(path).left(slash)).hasMatch())
            return true;
        slash = path.indexOf(u'/', slash + 1);
    }
    return false;
}

bool DockerIgnore::isExcluded(const QString &relativePath) const
{
    const QString path = cleanPath(relativePath);
    bool excluded = false;
    for (const Pattern &pattern : m_patterns) {
        // An exclusion can only undo an earlier match, an inclusion only add one.
        if (pattern.exclusion != excluded)
            continue;
        if (matches(pattern, path))
            excluded = !pattern.exclusion;
    }
    return excluded;
}

bool DockerIgnore::mustWalkExcludedFolder(const QString &relativePath) const
{
    if (!m_hasExclusions)
        return false;
    const QString folder = cleanPath(relativePath) + u'/';
    for (const Pattern &pattern : m_patterns)
        if (pattern.exclusion && (pattern.text + u'/').startsWith(folder))
            return true;
    return false;
}

} // namespace ws
