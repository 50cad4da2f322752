// A hand-written evaluator for a small subset of GNU Make: no maintained library evaluates
// Makefiles, and running make itself would execute arbitrary recipes and shell calls from a
// workspace the user has only opened. Only what vars.mk / globals.mk files use is evaluated; the
// rest is reported, never guessed.
#include "MakeEvaluator.h"

#include "WorkspaceFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace ws {

namespace {

constexpr int maxIncludeDepth = 32;
constexpr int maxExpansionDepth = 100;
// A=$(B)$(B), B=$(C)$(C), ... doubles with every line; make would grind on, this stops.
constexpr int expansionBudget = 200000;

struct Conditional
{
    bool parentActive = true;
    bool current = false; // this branch is being evaluated
    bool taken = false; // some branch of this conditional was (or must not be) taken
    bool sawElse = false;
    int line = 0;
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Make ends a logical line's comment at an unescaped '#'; "\#" is a literal '#'.
QString stripComment(const QString &line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('#')) {
            out += QLatin1Char('#');
            ++i;
        } else if (c == QLatin1Char('#')) {
            break;
        } else {
            out += c;
        }
    }
    return out;
}

int trailingBackslashes(const QString &line)
{
    int n = 0;
    for (qsizetype i = line.size() - 1; i >= 0 && line.at(i) == QLatin1Char('\\'); --i)
        ++n;
    return n;
}

// First word of a directive line and the rest, the rest with leading blanks removed.
std::pair<QString, QString> splitWord(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && !isBlank(line.at(i)) && line.at(i) != QLatin1Char('('))
        ++i;
    qsizetype j = i;
    while (j < line.size() && isBlank(line.at(j)))
        ++j;
    return {line.left(i), line.mid(j)};
}

qsizetype findClose(const QString &text, qsizetype open)
{
    const QChar o = text.at(open);
    const QChar c = o == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char('}');
    int depth = 0;
    for (qsizetype j = open; j < text.size(); ++j) {
        if (text.at(j) == o)
            ++depth;
        else if (text.at(j) == c && --depth == 0)
            return j;
    }
    return -1;
}

// Index of `wanted` in text outside any $(...) / ${...}, or -1.
qsizetype findTopLevel(const QString &text, QChar wanted, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char('}')) && depth > 0)
            --depth;
        else if (depth == 0 && c == wanted)
            return i;
    }
    return -1;
}

// Make's patsubst on one word: "%" in the pattern matches any stem; without "%" the pattern is
// a suffix, as in a substitution reference $(VAR:.c=.o).
QString substituteWord(const QString &word, const QString &from, const QString &to)
{
    const qsizetype percent = from.indexOf(QLatin1Char('%'));
    if (percent < 0) {
        if (!from.isEmpty() && word.endsWith(from))
            return word.left(word.size() - from.size()) + to;
        return word;
    }
    const QString prefix = from.left(percent);
    const QString suffix = from.mid(percent + 1);
    if (word.size() < prefix.size() + suffix.size() || !word.startsWith(prefix)
        || !word.endsWith(suffix))
        return word;
    const QString stem = word.mid(prefix.size(), word.size() - prefix.size() - suffix.size());
    QString result = to;
    const qsizetype toPercent = result.indexOf(QLatin1Char('%'));
    if (toPercent >= 0)
        result.replace(toPercent, 1, stem);
    return result;
}

const QSet<QString> &makeFunctions()
{
    static const QSet<QString> names
        = {QStringLiteral("shell"),      QStringLiteral("subst"),      QStringLiteral("patsubst"),
           QStringLiteral("strip"),      QStringLiteral("findstring"), QStringLiteral("filter"),
           QStringLiteral("filter-out"), QStringLiteral("sort"),       QStringLiteral("word"),
           QStringLiteral("words"),      QStringLiteral("wordlist"),   QStringLiteral("firstword"),
           QStringLiteral("lastword"),   QStringLiteral("dir"),        QStringLiteral("notdir"),
           QStringLiteral("suffix"),     QStringLiteral("basename"),   QStringLiteral("addsuffix"),
           QStringLiteral("addprefix"),  QStringLiteral("join"),       QStringLiteral("wildcard"),
           QStringLiteral("realpath"),   QStringLiteral("abspath"),    QStringLiteral("if"),
           QStringLiteral("or"),         QStringLiteral("and"),        QStringLiteral("foreach"),
           QStringLiteral("call"),       QStringLiteral("value"),      QStringLiteral("eval"),
           QStringLiteral("origin"),     QStringLiteral("flavor"),     QStringLiteral("error"),
           QStringLiteral("warning"),    QStringLiteral("info"),       QStringLiteral("file"),
           QStringLiteral("let"),        QStringLiteral("intcmp"),     QStringLiteral("guile")};
    return names;
}

} // namespace

MakeEvaluator::MakeEvaluator() : m_fileReader(&WorkspaceFile::read)
{ }

void MakeEvaluator::setGitProvider(GitProvider provider)
{
    m_gitProvider = std::move(provider);
    m_gitAnswer.reset();
}

void MakeEvaluator::setFileReader(FileReader reader)
{
    m_fileReader = std::move(reader);
}

void MakeEvaluator::define(const QString &name, const QString &value)
{
    Variable v;
    v.value = value;
    v.recursive = false;
    m_variables.insert(name, v);
    m_overridden.insert(name);
}

void MakeEvaluator::evaluateFile(const QString &path, Problems *problems)
{
    QByteArray data;
    if (!m_fileReader(path, &data, problems))
        return;
    evaluate(data, path, problems);
}

void MakeEvaluator::evaluate(const QByteArray &text, const QString &path, Problems *problems)
{
    Problems *const previous = m_problems;
    m_problems = problems;
    if (!WorkspaceFile::rejectBinary(text, path, problems)) {
        const QString key = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        m_includeStack.append(key);
        evaluateText(QString::fromUtf8(text), path, 0);
        m_includeStack.removeLast();
    }
    m_problems = previous;
}

void MakeEvaluator::report(const Location &where, const QString &message,
                           Problem::Severity severity)
{
    const QString key
        = where.file + QLatin1Char(':') + QString::number(where.line) + QLatin1Char(':') + message;
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    if (m_problems)
        m_problems->append(makeProblem(where.file, where.line, 0, message, severity));
}

void MakeEvaluator::evaluateText(const QString &text, const QString &path, int depth)
{
    QStringList physical = text.split(QLatin1Char('\n'));
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast(); // the newline that ends the last line starts no new one
    for (QString &line : physical)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);

    QList<Conditional> conditionals;
    bool inRule = false;
    QString defineName, defineOp;
    QStringList defineBody;
    int defineNesting = 0;
    Location defineWhere;

    const auto active = [&conditionals] {
        return conditionals.isEmpty() || conditionals.last().current;
    };

    qsizetype i = 0;
    while (i < physical.size()) {
        const Location where {path, int(i) + 1};
        QString line = physical.at(i);
        const bool startsWithTab = line.startsWith(QLatin1Char('\t'));

        if (!defineName.isEmpty()) {
            // Inside define ... endef the lines are the value, as written.
            const QString word = splitWord(line.trimmed()).first;
            if (word == QLatin1String("define")) {
                ++defineNesting;
            } else if (word == QLatin1String("endef") && defineNesting-- == 0) {
                if (active() && !defineName.startsWith(QLatin1Char(' '))) {
                    const QString op = defineOp.isEmpty() ? QStringLiteral("=") : defineOp;
                    assign(defineName, op, defineBody.join(QLatin1Char('\n')), defineWhere, false);
                }
                defineName.clear();
                defineBody.clear();
                ++i;
                continue;
            }
            defineBody.append(line);
            ++i;
            continue;
        }

        // Backslash-newline and the blanks around it become one space (GNU make, "Splitting
        // Long Lines"); an even number of backslashes is an escaped backslash, not a continuation.
        while (trailingBackslashes(line) % 2 == 1) {
            line.chop(1);
            if (i + 1 >= physical.size()) {
                report(where,
                       tr("The file ends inside a line continuation: the last line ends with a "
                          "backslash. Remove the backslash or add the missing line."),
                       Problem::Severity::Warning);
                break;
            }
            ++i;
            while (!line.isEmpty() && isBlank(line.back()))
                line.chop(1);
            QString next = physical.at(i);
            qsizetype k = 0;
            while (k < next.size() && isBlank(next.at(k)))
                ++k;
            line += QLatin1Char(' ') + next.mid(k);
        }
        ++i;

        if (startsWithTab && inRule)
            continue; // a recipe line: commands are not evaluated
        line = stripComment(line).trimmed();
        if (line.isEmpty())
            continue;

        auto [word, rest] = splitWord(line);

        // Conditionals are tracked even inside a skipped branch, to find the matching endif.
        if (word == QLatin1String("ifdef") || word == QLatin1String("ifndef")
            || word == QLatin1String("ifeq") || word == QLatin1String("ifneq")) {
            Conditional c;
            c.line = where.line;
            c.parentActive = active();
            if (c.parentActive) {
                c.current = evaluateCondition(word, rest, where);
                c.taken = c.current;
            } else {
                c.taken = true;
            }
            conditionals.append(c);
            continue;
        }
        if (word == QLatin1String("else")) {
            if (conditionals.isEmpty()) {
                report(where, tr("'else' without a matching 'ifdef', 'ifndef', 'ifeq' or 'ifneq'."),
                       Problem::Severity::Error);
                continue;
            }
            Conditional &c = conditionals.last();
            if (c.sawElse) {
                report(where,
                       tr("A second 'else' in the conditional that starts at line %1.").arg(c.line),
                       Problem::Severity::Error);
                c.current = false;
                continue;
            }
            const auto [inner, innerRest] = splitWord(rest);
            if (inner.isEmpty()) {
                c.sawElse = true;
                c.current = c.parentActive && !c.taken;
                c.taken = true;
            } else if (inner == QLatin1String("ifdef") || inner == QLatin1String("ifndef")
                       || inner == QLatin1String("ifeq") || inner == QLatin1String("ifneq")) {
                c.current
                    = c.parentActive && !c.taken && evaluateCondition(inner, innerRest, where);
                c.taken = c.taken || c.current;
            } else {
                report(where, tr("Unexpected text after 'else': %1.").arg(rest),
                       Problem::Severity::Error);
                c.current = false;
            }
            continue;
        }
        if (word == QLatin1String("endif")) {
            if (conditionals.isEmpty())
                report(where,
                       tr("'endif' without a matching 'ifdef', 'ifndef', 'ifeq' or 'ifneq'."),
                       Problem::Severity::Error);
            else
                conditionals.removeLast();
            continue;
        }
        if (word == QLatin1String("define")) {
            // define NAME [=|:=|::=|?=|+=]
            QStringList parts = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            defineOp.clear();
            if (parts.size() >= 2)
                defineOp = parts.takeLast();
            defineName = parts.value(0);
            defineNesting = 0;
            defineWhere = where;
            if (defineName.isEmpty()) {
                report(where, tr("'define' without a variable name."), Problem::Severity::Error);
                defineName = QStringLiteral(" ignored"); // still consume the body up to endef
            }
            continue;
        }
        if (!active())
            continue;

        if (word == QLatin1String("include") || word == QLatin1String("-include")
            || word == QLatin1String("sinclude")) {
            inRule = false;
            include(rest, where, word != QLatin1String("include"), depth);
            continue;
        }
        if (word == QLatin1String("undefine")) {
            m_variables.remove(expand(rest, where, 0).trimmed());
            continue;
        }
        if (word == QLatin1String("vpath") || word == QLatin1String("unexport"))
            continue; // no effect on variables

        bool fromOverride = false;
        while (word == QLatin1String("export") || word == QLatin1String("override")
               || word == QLatin1String("private")) {
            fromOverride = fromOverride || word == QLatin1String("override");
            line = rest;
            std::tie(word, rest) = splitWord(line);
        }
        if (line.isEmpty())
            continue;

        // Assignment or rule: the first '=' or ':' outside a reference decides.
        int refDepth = 0;
        bool handled = false;
        for (qsizetype p = 0; p < line.size() && !handled; ++p) {
            const QChar c = line.at(p);
            if (c == QLatin1Char('$') && p + 1 < line.size()
                && (line.at(p + 1) == QLatin1Char('(') || line.at(p + 1) == QLatin1Char('{'))) {
                ++refDepth;
                ++p;
                continue;
            }
            if (refDepth > 0) {
                if (c == QLatin1Char('(') || c == QLatin1Char('{'))
                    ++refDepth;
                else if (c == QLatin1Char(')') || c == QLatin1Char('}'))
                    --refDepth;
                continue;
            }
            if (c == QLatin1Char('=')) {
                qsizetype nameEnd = p;
                QString op = QStringLiteral("=");
                if (p > 0) {
                    const QChar before = line.at(p - 1);
                    if (before == QLatin1Char(':')) {
                        op = QStringLiteral(":=");
                        nameEnd = p - 1;
                        if (p > 1 && line.at(p - 2) == QLatin1Char(':')) {
                            op = QStringLiteral("::=");
                            nameEnd = p - 2;
                        }
                    } else if (before == QLatin1Char('?') || before == QLatin1Char('+')
                               || before == QLatin1Char('!')) {
                        op = QString(before) + QLatin1Char('=');
                        nameEnd = p - 1;
                    }
                }
                QString name = line.left(nameEnd).trimmed();
                if (name.contains(QLatin1Char('$')))
                    name = expand(name, where, 0).trimmed();
                if (name.isEmpty() || name.contains(QLatin1Char(' '))
                    || name.contains(QLatin1Char('\t'))) {
                    report(where,
                           tr("Cannot tell which variable this line assigns: '%1'.")
                               .arg(line.left(nameEnd).trimmed()),
                           Problem::Severity::Error);
                } else {
                    // GNU make keeps trailing blanks in a value; a vars.mk line like
                    // "COMPONENT=nova # comment" would then name "nova " which no one means, so
                    // the value is trimmed at both ends.
                    assign(name, op, line.mid(p + 1).trimmed(), where, fromOverride);
                }
                inRule = false;
                handled = true;
            } else if (c == QLatin1Char(':')) {
                const bool assignment = (p + 1 < line.size() && line.at(p + 1) == QLatin1Char('='))
                    || (p + 2 < line.size() && line.at(p + 1) == QLatin1Char(':')
                        && line.at(p + 2) == QLatin1Char('='));
                if (!assignment) {
                    inRule = true; // a rule: its recipe lines follow, starting with a tab
                    handled = true;
                }
            }
        }
        if (!handled)
            report(where,
                   tr("Make cannot read this line: it is no assignment, include, conditional or "
                      "rule ('missing separator'). Add '=' or remove the line: %1")
                       .arg(line.left(80)),
                   Problem::Severity::Error);
    }

    if (!defineName.isEmpty())
        report(defineWhere, tr("'define' without a matching 'endef'."), Problem::Severity::Error);
    for (const Conditional &c : conditionals)
        report(Location {path, c.line}, tr("This conditional has no matching 'endif'."),
               Problem::Severity::Error);
}

bool MakeEvaluator::evaluateCondition(const QString &keyword, const QString &argument,
                                      const Location &where)
{
    if (keyword == QLatin1String("ifdef") || keyword == QLatin1String("ifndef")) {
        const QString name = expand(argument, where, 0).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
            report(where, tr("'%1' needs exactly one variable name.").arg(keyword),
                   Problem::Severity::Error);
            return false;
        }
        return isDefined(name) == (keyword == QLatin1String("ifdef"));
    }

    // ifeq (a,b) | ifeq "a" "b" | ifeq 'a' 'b' (and mixed quotes)
    QString left, right;
    bool ok = false;
    const QString arg = argument.trimmed();
    if (arg.startsWith(QLatin1Char('(')) && arg.endsWith(QLatin1Char(')'))) {
        const QString inner = arg.mid(1, arg.size() - 2);
        const qsizetype comma = findTopLevel(inner, QLatin1Char(','));
        if (comma >= 0) {
            left = inner.left(comma);
            right = inner.mid(comma + 1);
            ok = true;
        }
    } else if (!arg.isEmpty()
               && (arg.front() == QLatin1Char('"') || arg.front() == QLatin1Char('\''))) {
        const qsizetype end1 = arg.indexOf(arg.front(), 1);
        if (end1 > 0) {
            left = arg.mid(1, end1 - 1);
            const QString second = arg.mid(end1 + 1).trimmed();
            if (second.size() >= 2
                && (second.front() == QLatin1Char('"') || second.front() == QLatin1Char('\''))
                && second.back() == second.front()) {
                right = second.mid(1, second.size() - 2);
                ok = true;
            }
        }
    }
    if (!ok) {
        report(
            where,
            tr("Cannot read the arguments of '%1': write %1 (a,b) or %1 \"a\" \"b\".").arg(keyword),
            Problem::Severity::Error);
        return false;
    }
    const bool equal = expand(left, where, 0).trimmed() == expand(right, where, 0).trimmed();
    return equal == (keyword == QLatin1String("ifeq"));
}

void MakeEvaluator::include(const QString &argument, const Location &where, bool optional,
                            int depth)
{
    const QStringList files
        = expand(argument, where, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (files.isEmpty() && !optional)
        report(where, tr("'include' names no file."), Problem::Severity::Error);
    for (const QString &file : files) {
        // GNU make resolves a relative include against the folder make runs in, not against the
        // including file: the original runs make in each image's folder, so that is the folder
        // of the outermost file (vars.mk). A globals.mk that includes "../globals.mk" therefore
        // means the same path as it would for make (and make loops on a self-include too).
        const QString base = m_includeStack.isEmpty() ? where.file : m_includeStack.constFirst();
        const QString path
            = QDir::cleanPath(QDir(QFileInfo(base).absolutePath()).absoluteFilePath(file));
        if (m_includeStack.contains(path)) {
            QStringList chain;
            for (const QString &f : std::as_const(m_includeStack))
                chain << QFileInfo(f).fileName();
            chain << QFileInfo(path).fileName();
            report(where,
                   tr("Include cycle: %1. The include is skipped.")
                       .arg(chain.join(QStringLiteral(" → "))),
                   Problem::Severity::Error);
            continue;
        }
        if (depth + 1 >= maxIncludeDepth) {
            report(where,
                   tr("Includes are nested more than %1 deep; %2 is not read.")
                       .arg(maxIncludeDepth)
                       .arg(file),
                   Problem::Severity::Error);
            continue;
        }
        QByteArray data;
        Problems readProblems;
        if (!m_fileReader(path, &data, &readProblems)) {
            if (!optional) {
                const QString why
                    = readProblems.isEmpty() ? QString() : readProblems.first().message;
                report(where, tr("Cannot include %1 (%2): %3").arg(file, path, why),
                       Problem::Severity::Error);
            }
            continue;
        }
        if (WorkspaceFile::rejectBinary(data, path, m_problems))
            continue;
        m_includeStack.append(path);
        evaluateText(QString::fromUtf8(data), path, depth + 1);
        m_includeStack.removeLast();
    }
}

void MakeEvaluator::assign(const QString &name, const QString &op, const QString &rhs,
                           const Location &where, bool fromOverride)
{
    if (m_overridden.contains(name) && !fromOverride)
        return; // defined from outside, like make's command line: files do not change it
    Variable v;
    v.file = where.file;
    v.line = where.line;
    if (op == QLatin1String("=")) {
        v.value = rhs;
        v.recursive = true;
    } else if (op == QLatin1String(":=") || op == QLatin1String("::=")) {
        m_gitFallbackHit = false;
        v.value = expand(rhs, where, 0);
        v.recursive = false;
        v.usesGitFallback = m_gitFallbackHit;
    } else if (op == QLatin1String("?=")) {
        if (m_variables.contains(name))
            return;
        v.value = rhs;
        v.recursive = true;
    } else if (op == QLatin1String("+=")) {
        auto it = m_variables.find(name);
        if (it == m_variables.end()) {
            v.value = rhs;
            v.recursive = true;
        } else {
            v = *it;
            QString added = rhs;
            if (!v.recursive) {
                m_gitFallbackHit = false;
                added = expand(rhs, where, 0);
                v.usesGitFallback = v.usesGitFallback || m_gitFallbackHit;
            }
            if (!v.value.isEmpty() && !added.isEmpty())
                v.value += QLatin1Char(' ');
            v.value += added;
        }
    } else { // "!="
        report(where,
               tr("'%1 != …' runs a shell command, which Whalestack does not do; %1 is "
                  "empty.")
                   .arg(name),
               Problem::Severity::Warning);
        v.recursive = false;
    }
    m_variables.insert(name, v);
}

QString MakeEvaluator::expand(const QString &text, const Location &where, int depth)
{
    if (!text.contains(QLatin1Char('$')))
        return text;
    if (depth == 0)
        m_expansionBudget = expansionBudget;
    if (depth > maxExpansionDepth) {
        report(where,
               tr("Variables refer to each other more than %1 levels deep; the value is "
                  "taken as empty.")
                   .arg(maxExpansionDepth),
               Problem::Severity::Error);
        return {};
    }
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('$')) {
            result += c;
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break; // a lone '$' at the end expands to nothing, as in make
        const QChar d = text.at(i + 1);
        if (d == QLatin1Char('$')) {
            result += QLatin1Char('$');
            i += 2;
        } else if (d == QLatin1Char('(') || d == QLatin1Char('{')) {
            const qsizetype close = findClose(text, i + 1);
            if (close < 0) {
                report(where,
                       tr("Unterminated variable reference: '%1' has no closing '%2'.")
                           .arg(text.mid(i, 40))
                           .arg(d == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char('}')),
                       Problem::Severity::Error);
                break;
            }
            result += expandReference(text.mid(i + 2, close - i - 2), where, depth + 1);
            i = close + 1;
        } else {
            result += variableValue(QString(d), where, depth + 1);
            i += 2;
        }
    }
    return result;
}

QString MakeEvaluator::expandReference(const QString &inner, const Location &where, int depth)
{
    qsizetype blank = 0;
    while (blank < inner.size() && !isBlank(inner.at(blank)))
        ++blank;
    if (blank > 0 && blank < inner.size()) {
        const QString function = inner.left(blank);
        if (!function.contains(QLatin1Char('$')))
            return expandFunction(function, inner.mid(blank + 1), where, depth);
    }

    // A substitution reference $(VAR:from=to).
    const qsizetype colon = findTopLevel(inner, QLatin1Char(':'));
    if (colon >= 0) {
        const qsizetype equals = findTopLevel(inner, QLatin1Char('='), colon + 1);
        if (equals >= 0) {
            const QString name = expand(inner.left(colon), where, depth).trimmed();
            const QString from = expand(inner.mid(colon + 1, equals - colon - 1), where, depth);
            const QString to = expand(inner.mid(equals + 1), where, depth);
            QStringList words
                = variableValue(name, where, depth)
                      .split(QRegularExpression(QStringLiteral("[ \t]+")), Qt::SkipEmptyParts);
            for (QString &word : words)
                word = substituteWord(word, from, to);
            return words.join(QLatin1Char(' '));
        }
    }
    return variableValue(expand(inner, where, depth), where, depth);
}

QString MakeEvaluator::expandFunction(const QString &function, const QString &arguments,
                                      const Location &where, int depth)
{
    if (function == QLatin1String("shell")) {
        const QString command = expand(arguments, where, depth).simplified();
        if (command == QLatin1String("git rev-parse --short HEAD")) {
            if (!m_gitAnswer)
                m_gitAnswer = m_gitProvider
                    ? m_gitProvider()
                    : GitAnswer {false, {}, tr("no git repository was given")};
            if (m_gitAnswer->ok)
                return m_gitAnswer->shortHash;
            m_gitFallbackHit = true;
            report(where,
                   tr("$(shell git rev-parse --short HEAD) has no answer (%1), so BUILD_TAG "
                      "falls back to 'latest'. Open the workspace from a git checkout to get "
                      "the original tags.")
                       .arg(m_gitAnswer->error),
                   Problem::Severity::Warning);
            return {};
        }
        report(where,
               tr("$(shell %1) is not run: Whalestack answers only $(shell git rev-parse "
                  "--short HEAD). The value is empty.")
                   .arg(command.left(80)),
               Problem::Severity::Warning);
        return {};
    }
    if (function == QLatin1String("strip"))
        return expand(arguments, where, depth).simplified();
    if (function == QLatin1String("subst")) {
        const qsizetype first = findTopLevel(arguments, QLatin1Char(','));
        const qsizetype second
            = first < 0 ? -1 : findTopLevel(arguments, QLatin1Char(','), first + 1);
        if (second < 0) {
            report(where, tr("$(subst from,to,text) needs three arguments."),
                   Problem::Severity::Error);
            return {};
        }
        const QString from = expand(arguments.left(first), where, depth);
        const QString to = expand(arguments.mid(first + 1, second - first - 1), where, depth);
        QString text = expand(arguments.mid(second + 1), where, depth);
        if (!from.isEmpty())
            text.replace(from, to);
        return text;
    }
    if (makeFunctions().contains(function))
        report(where,
               tr("The Make function $(%1 …) is not evaluated by Whalestack; it expands to "
                  "nothing here.")
                   .arg(function),
               Problem::Severity::Warning);
    else
        report(
            where,
            tr("'%1' is not a Make function; $(%1 …) expands to nothing.").arg(function.left(40)),
            Problem::Severity::Warning);
    return {};
}

QString MakeEvaluator::variableValue(const QString &name, const Location &where, int depth)
{
    const auto it = m_variables.constFind(name);
    if (it == m_variables.constEnd())
        return {};
    const Variable v = *it;
    if (--m_expansionBudget < 0) {
        if (m_expansionBudget == -1)
            report(where,
                   tr("Expanding this value takes more than %1 variable references; it "
                      "is cut short. Look for variables that refer to others several "
                      "times over.")
                       .arg(expansionBudget),
                   Problem::Severity::Error);
        return {};
    }
    if (!v.recursive) {
        if (v.usesGitFallback)
            m_gitFallbackHit = true;
        return v.value;
    }
    const Location defined {v.file.isEmpty() ? where.file : v.file,
                            v.file.isEmpty() ? where.line : v.line};
    if (m_expanding.contains(name)) {
        report(defined,
               tr("Variable %1 refers to itself (eventually); it expands to nothing. "
                  "Use ':=' to build a value from its old one.")
                   .arg(name),
               Problem::Severity::Error);
        return {};
    }
    m_expanding.insert(name);
    const QString result = expand(v.value, defined, depth);
    m_expanding.remove(name);
    return result;
}

bool MakeEvaluator::isDefined(const QString &name) const
{
    const auto it = m_variables.constFind(name);
    return it != m_variables.constEnd() && !it->value.isEmpty();
}

QString MakeEvaluator::value(const QString &name, Problems *problems)
{
    Problems discard;
    Problems *const previous = m_problems;
    m_problems = problems ? problems : &discard;
    m_expansionBudget = expansionBudget;
    const QString result = variableValue(name, Location {}, 0);
    m_problems = previous;
    return result;
}

QHash<QString, QString> MakeEvaluator::values(Problems *problems)
{
    QHash<QString, QString> result;
    const QStringList names = m_variables.keys();
    for (const QString &name : names)
        result.insert(name, value(name, problems));
    return result;
}

QString MakeEvaluator::imageName(const QString &file, Problems *problems)
{
    // The rule of the original docker/Makefile.component (github.com/2gis/whalestack):
    //     ifdef DISTR         REPO_COMPONENT=$(DISTR)-$(COMPONENT)   else $(COMPONENT)
    //     ifdef IMAGE_PREFIX  REPOSITORY=$(IMAGE_PREFIX)/$(REPO_COMPONENT) else $(REPO_COMPONENT)
    //     IMAGE=$(REPOSITORY):$(BUILD_TAG)
    // `ifdef` tests the unexpanded value, so isDefined() is used exactly as make would. Two
    // departures, both reported: an empty BUILD_TAG gives "repo:" there, which docker rejects,
    // and here ":latest" (Docker's implicit tag); a BUILD_TAG built from a git call that has no
    // answer (outside git) is "latest" as well.
    const QString component = value(QStringLiteral("COMPONENT"), problems);
    if (component.isEmpty()) {
        problems->append(makeProblem(file, 0, 0,
                                     tr("COMPONENT is not set, so the image has no name. Add "
                                        "COMPONENT=<name> to this vars.mk.")));
        return {};
    }
    QString repository = component;
    if (isDefined(QStringLiteral("DISTR")))
        repository = value(QStringLiteral("DISTR"), problems) + QLatin1Char('-') + repository;
    if (isDefined(QStringLiteral("IMAGE_PREFIX")))
        repository
            = value(QStringLiteral("IMAGE_PREFIX"), problems) + QLatin1Char('/') + repository;
    if (repository.startsWith(QLatin1Char('/')) || repository.startsWith(QLatin1Char('-'))
        || repository.contains(QLatin1String("/-")))
        problems->append(makeProblem(file, 0, 0,
                                     tr("IMAGE_PREFIX or DISTR is set to something that expands "
                                        "to nothing, so the name '%1' has an empty part.")
                                         .arg(repository),
                                     Problem::Severity::Warning));

    m_gitFallbackHit = false;
    QString tag = value(QStringLiteral("BUILD_TAG"), problems);
    if (m_gitFallbackHit) {
        tag = QStringLiteral("latest");
    } else if (tag.isEmpty()) {
        problems->append(makeProblem(file, 0, 0,
                                     tr("BUILD_TAG is empty; the image is tagged 'latest'. Set "
                                        "BUILD_TAG in vars.mk or globals.mk."),
                                     Problem::Severity::Warning));
        tag = QStringLiteral("latest");
    }
    return repository + QLatin1Char(':') + tag;
}

} // namespace ws
