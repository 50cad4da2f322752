#include "confd/TemplateKeyExtractor.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

// Written by hand: no C++ library parses Go's text/template, and all we need is its lexical
// structure (delimiters, strings, comments, parentheses, pipelines) and the block structure of
// its keywords. The rules follow Go's text/template/parse lexer and parser (Go 1.18+: newlines
// inside actions, break/continue).

namespace ws {

namespace {

enum class Tok {
    Ident,
    String,
    RawString,
    Char,
    LParen,
    RParen,
    Pipe,
    Field,
    Variable,
    Number,
    Assign,
    Comma
};

struct Token
{
    Tok type;
    QString text; // identifiers, fields, variables as written; strings decoded
    qsizetype pos;
};

// A key argument as far as we can tell without running the template.
struct KeyArg
{
    enum class Kind { Literal, Pattern, RunTime };
    Kind kind = Kind::RunTime;
    QString key;
};

struct Frame
{
    QString keyword; // if, range, with, define, block
    qsizetype pos;
    bool sawElse = false;
};

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isAlphaNumeric(QChar c)
{
    return c == u'_' || c.isLetterOrNumber();
}

bool hasGlob(const QString &key)
{
    return key.contains(u'*') || key.contains(u'?') || key.contains(u'[');
}

const QSet<QString> &keywords()
{
    static const QSet<QString> set
        = {QStringLiteral("if"),      QStringLiteral("range"), QStringLiteral("with"),
           QStringLiteral("define"),  QStringLiteral("block"), QStringLiteral("template"),
           QStringLiteral("else"),    QStringLiteral("end"),   QStringLiteral("break"),
           QStringLiteral("continue")};
    return set;
}

class Extractor
{
public:
    Extractor(const QString &text, const QString &path, const QString &prefix, Problems *problems)
        : m_text(text), m_path(path), m_prefix(prefix), m_problems(problems)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_text.size(); ++i)
            if (m_text.at(i) == u'\n')
                m_lineStarts.push_back(i + 1);
    }

    QList<TemplateKey> run()
    {
        qsizetype pos = 0;
        const qsizetype n = m_text.size();
        while (pos < n) {
            const qsizetype start = m_text.indexOf(QLatin1String("{{"), pos);
            if (start < 0)
                break;
            const std::optional<qsizetype> next = action(start);
            if (!next)
                return m_keys; // the rest of the file is inside a string, comment or action
            pos = *next;
        }
        for (const Frame &frame : m_stack)
            error(
                frame.pos,
                TemplateKeyExtractor::tr("{{%1}} is never closed: add {{end}}").arg(frame.keyword));
        return m_keys;
    }

private:
    int lineAt(qsizetype pos) const
    {
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
        return int(it - m_lineStarts.begin());
    }

    int columnAt(qsizetype pos) const
    {
        return int(pos - m_lineStarts[size_t(lineAt(pos) - 1)] + 1);
    }

    void report(qsizetype pos, const QString &message, Problem::Severity severity)
    {
        if (m_problems)
            m_problems->append(makeProblem(m_path, lineAt(pos), columnAt(pos), message, severity));
    }

    void error(qsizetype pos, const QString &message)
    {
        report(pos, message, Problem::Severity::Error);
    }

    void warning(qsizetype pos, const QString &message)
    {
        report(pos, message, Problem::Severity::Warning);
    }

    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    bool rightDelimAt(qsizetype i) const { return at(i) == u'}' && at(i + 1) == u'}'; }

    // " -}}": a space, the trim marker, the delimiter.
    bool trimmedRightDelimAt(qsizetype i) const
    {
        return isSpace(at(i)) && at(i + 1) == u'-' && rightDelimAt(i + 2);
    }

    // Lexes and checks the action starting at `start` ("{{"). Returns where text resumes, or
    // nothing when the input ends inside the action.
    std::optional<qsizetype> action(qsizetype start)
    {
        qsizetype p = start + 2;
        if (at(p) == u'-' && isSpace(at(p + 1)))
            p += 2;
        if (at(p) == u'/' && at(p + 1) == u'*')
            return comment(start, p);

        QList<Token> tokens;
        std::vector<qsizetype> parens;
        bool broken = false;
        m_badEscape = false;
        const qsizetype n = m_text.size();
        for (;;) {
            if (p >= n) {
                error(start, TemplateKeyExtractor::tr("unclosed action: add }}"));
                return std::nullopt;
            }
            const QChar c = m_text.at(p);
            if (rightDelimAt(p)) {
                p += 2;
                break;
            }
            if (trimmedRightDelimAt(p)) {
                p += 4;
                break;
            }
            if (isSpace(c)) {
                ++p;
                continue;
            }
            if (c == u'"' || c == u'\'') {
                const std::optional<qsizetype> end = quoted(p, c, &tokens);
                if (end) {
                    p = *end;
                    continue;
                }
                // Go stops here; we skip to the next delimiter and keep going.
                broken = true;
                const qsizetype close = m_text.indexOf(QLatin1String("}}"), p + 1);
                if (close < 0)
                    return std::nullopt;
                p = close + 2;
                break;
            }
            if (c == u'`') {
                const qsizetype end = m_text.indexOf(u'`', p + 1);
                if (end < 0) {
                    error(p, TemplateKeyExtractor::tr("unterminated raw string: add a closing `"));
                    return std::nullopt;
                }
                tokens.append({Tok::RawString, m_text.mid(p + 1, end - p - 1), p});
                p = end + 1;
                continue;
            }
            if (c == u'(') {
                parens.push_back(p);
                tokens.append({Tok::LParen, QString(c), p++});
                continue;
            }
            if (c == u')') {
                if (parens.empty()) {
                    error(p, TemplateKeyExtractor::tr("unexpected ) without a matching ("));
                    broken = true;
                } else {
                    parens.pop_back();
                }
                tokens.append({Tok::RParen, QString(c), p++});
                continue;
            }
            if (c == u'|') {
                tokens.append({Tok::Pipe, QString(c), p++});
                continue;
            }
            if (c == u',') {
                tokens.append({Tok::Comma, QString(c), p++});
                continue;
            }
            if (c == u'=' || (c == u':' && at(p + 1) == u'=')) {
                const qsizetype len = c == u'=' ? 1 : 2;
                tokens.append({Tok::Assign, m_text.mid(p, len), p});
                p += len;
                continue;
            }
            if (c == u'$') {
                const qsizetype s = p++;
                while (p < n && isAlphaNumeric(m_text.at(p)))
                    ++p;
                tokens.append({Tok::Variable, m_text.mid(s, p - s), s});
                continue;
            }
            if (c.isDigit() || (c == u'.' && at(p + 1).isDigit())
                || ((c == u'-' || c == u'+') && (at(p + 1).isDigit() || at(p + 1) == u'.'))) {
                const qsizetype s = p++;
                while (p < n) {
                    const QChar d = m_text.at(p);
                    const QChar prev = m_text.at(p - 1);
                    const bool exponentSign = (d == u'+' || d == u'-')
                        && (prev == u'e' || prev == u'E' || prev == u'p' || prev == u'P');
                    if (!(isAlphaNumeric(d) || d == u'.' || exponentSign))
                        break;
                    ++p;
                }
                tokens.append({Tok::Number, m_text.mid(s, p - s), s});
                continue;
            }
            if (c == u'.') {
                const qsizetype s = p++;
                while (p < n && isAlphaNumeric(m_text.at(p)))
                    ++p;
                tokens.append({Tok::Field, m_text.mid(s, p - s), s});
                continue;
            }
            if (isAlphaNumeric(c)) {
                const qsizetype s = p;
                while (p < n && isAlphaNumeric(m_text.at(p)))
                    ++p;
                tokens.append({Tok::Ident, m_text.mid(s, p - s), s});
                continue;
            }
            error(p, TemplateKeyExtractor::tr("unexpected character '%1' in action").arg(c));
            broken = true;
            ++p;
        }

        broken = broken || m_badEscape;
        if (!broken && !parens.empty()) {
            for (const qsizetype open : parens)
                error(open, TemplateKeyExtractor::tr("unclosed ( in action: add a matching )"));
            broken = true;
        }
        if (tokens.isEmpty()) {
            if (!broken)
                error(start, TemplateKeyExtractor::tr("empty action: {{ }} needs a value"));
            return p;
        }
        structure(tokens, broken);
        // Go rejects a broken action as a whole; guessing at its keys would list wrong ones.
        if (!broken)
            findCalls(tokens);
        return p;
    }

    // A comment action, `p` at "/*". Go requires "*/" right before the closing delimiter.
    std::optional<qsizetype> comment(qsizetype start, qsizetype p)
    {
        const qsizetype end = m_text.indexOf(QLatin1String("*/"), p + 2);
        if (end < 0) {
            error(start, TemplateKeyExtractor::tr("unclosed comment: add */}}"));
            return std::nullopt;
        }
        const qsizetype q = end + 2;
        if (rightDelimAt(q))
            return q + 2;
        if (trimmedRightDelimAt(q))
            return q + 4;
        error(q, TemplateKeyExtractor::tr("comment ends before the closing delimiter: write */}}"));
        return q;
    }

    // An interpreted string or a character constant at `p`. Appends its token and returns the
    // position after it, or reports it unterminated.
    std::optional<qsizetype> quoted(qsizetype p, QChar quote, QList<Token> *tokens)
    {
        QString value;
        qsizetype q = p + 1;
        const qsizetype n = m_text.size();
        for (;;) {
            if (q >= n || m_text.at(q) == u'\n') {
                error(p,
                      quote == u'"'
                          ? TemplateKeyExtractor::tr("unterminated string: add a closing \"")
                          : TemplateKeyExtractor::tr("unterminated character constant"));
                return std::nullopt;
            }
            const QChar c = m_text.at(q);
            if (c == quote)
                break;
            if (c == u'\\') {
                if (q + 1 >= n || m_text.at(q + 1) == u'\n') {
                    ++q;
                    continue; // reported as unterminated on the next turn
                }
                q = escape(q, &value);
                continue;
            }
            value.append(c);
            ++q;
        }
        tokens->append({quote == u'"' ? Tok::String : Tok::Char, value, p});
        return q + 1;
    }

    // Decodes the escape at `q` (a backslash) like Go's strconv.Unquote; returns the position
    // after it.
    qsizetype escape(qsizetype q, QString *value)
    {
        const QChar e = m_text.at(q + 1);
        static const QString simple = QStringLiteral("abfnrtv\\\"'");
        static const QString decoded = QStringLiteral("\a\b\f\n\r\t\v\\\"'");
        const qsizetype i = simple.indexOf(e);
        if (i >= 0) {
            value->append(decoded.at(i));
            return q + 2;
        }
        int digits = 0;
        int base = 16;
        qsizetype from = q + 2;
        if (e == u'x') {
            digits = 2;
        } else if (e == u'u') {
            digits = 4;
        } else if (e == u'U') {
            digits = 8;
        } else if (e >= u'0' && e <= u'7') {
            digits = 3;
            base = 8;
            from = q + 1;
        }
        if (digits > 0) {
            bool ok = false;
            const uint code = m_text.mid(from, digits).toUInt(&ok, base);
            if (ok && m_text.mid(from, digits).size() == digits && code <= 0x10FFFF) {
                const char32_t c32 = code;
                value->append(QString::fromUcs4(&c32, 1));
                return from + digits;
            }
        }
        error(q, TemplateKeyExtractor::tr("invalid escape \\%1 in string").arg(e));
        m_badEscape = true;
        return q + 2;
    }

    // The block structure: if/range/with/define/block ... else ... end.
    void structure(const QList<Token> &tokens, bool broken)
    {
        const Token &first = tokens.first();
        if (first.type != Tok::Ident || !keywords().contains(first.text))
            return;
        const QString &keyword = first.text;
        const bool hasMore = tokens.size() > 1;
        if (keyword == u"if" || keyword == u"range" || keyword == u"with") {
            if (!hasMore && !broken)
                error(first.pos, TemplateKeyExtractor::tr("{{%1}} needs a value").arg(keyword));
            m_stack.push_back({keyword, first.pos, false});
        } else if (keyword == u"define" || keyword == u"block") {
            if (keyword == u"define" && !m_stack.empty())
                error(first.pos,
                      TemplateKeyExtractor::tr("{{define}} is only allowed at the top "
                                               "level, not inside {{%1}}")
                          .arg(m_stack.back().keyword));
            if (!hasMore
                || (tokens.at(1).type != Tok::String && tokens.at(1).type != Tok::RawString))
                error(first.pos,
                      TemplateKeyExtractor::tr("{{%1}} needs a template name in quotes")
                          .arg(keyword));
            m_stack.push_back({keyword, first.pos, false});
        } else if (keyword == u"template") {
            if (!hasMore
                || (tokens.at(1).type != Tok::String && tokens.at(1).type != Tok::RawString))
                error(first.pos,
                      TemplateKeyExtractor::tr("{{template}} needs a template name in quotes"));
        } else if (keyword == u"else") {
            const bool chained = hasMore && tokens.at(1).type == Tok::Ident
                && (tokens.at(1).text == u"if" || tokens.at(1).text == u"with");
            if (m_stack.empty() || m_stack.back().keyword == u"define"
                || m_stack.back().keyword == u"block") {
                error(first.pos,
                      TemplateKeyExtractor::tr("{{else}} outside {{if}}, {{range}} or {{with}}"));
            } else if (m_stack.back().sawElse) {
                error(first.pos,
                      TemplateKeyExtractor::tr("{{else}} after the final {{else}} of "
                                               "{{%1}} on line %2")
                          .arg(m_stack.back().keyword)
                          .arg(lineAt(m_stack.back().pos)));
            } else if (hasMore && !chained) {
                error(tokens.at(1).pos,
                      TemplateKeyExtractor::tr("unexpected \"%1\" after {{else}}")
                          .arg(tokens.at(1).text));
            } else if (!chained) {
                m_stack.back().sawElse = true;
            } else if (tokens.size() == 2 && !broken) {
                error(tokens.at(1).pos,
                      TemplateKeyExtractor::tr("{{%1}} needs a value").arg(tokens.at(1).text));
            }
        } else if (keyword == u"end") {
            if (hasMore)
                error(tokens.at(1).pos,
                      TemplateKeyExtractor::tr("unexpected \"%1\" in {{end}}")
                          .arg(tokens.at(1).text));
            if (m_stack.empty())
                error(first.pos,
                      TemplateKeyExtractor::tr("{{end}} without a matching {{if}}, "
                                               "{{range}}, {{with}}, {{define}} or {{block}}"));
            else
                m_stack.pop_back();
        } else if (keyword == u"break" || keyword == u"continue") {
            bool inRange = false;
            for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
                if (it->keyword == u"define" || it->keyword == u"block")
                    break;
                if (it->keyword == u"range") {
                    inRange = true;
                    break;
                }
            }
            if (!inRange)
                error(first.pos, TemplateKeyExtractor::tr("{{%1}} outside {{range}}").arg(keyword));
        }
    }

    // Every call of a store function in the action.
    void findCalls(const QList<Token> &tokens)
    {
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const Token &t = tokens.at(i);
            if (t.type != Tok::Ident || !TemplateKeyExtractor::isStoreFunction(t.text))
                continue;
            KeyArg arg;
            const bool hasArgument = i + 1 < tokens.size() && isOperand(tokens.at(i + 1).type);
            if (hasArgument) {
                arg = operand(tokens, i + 1);
            } else if (i > 0 && tokens.at(i - 1).type == Tok::Pipe) {
                arg = pipedInput(tokens, i - 1);
            } else {
                warning(t.pos, TemplateKeyExtractor::tr("%1 is called without a key").arg(t.text));
                continue;
            }
            if (arg.kind == KeyArg::Kind::RunTime) {
                warning(t.pos,
                        TemplateKeyExtractor::tr("key built at run time; not listed (the "
                                                 "argument of %1 is not a string literal)")
                            .arg(t.text));
                continue;
            }
            TemplateKey key;
            key.key = TemplateKeyExtractor::applyPrefix(m_prefix, arg.key);
            key.function = t.text;
            key.line = lineAt(t.pos);
            key.pattern = arg.kind == KeyArg::Kind::Pattern || hasGlob(arg.key);
            m_keys.append(key);
        }
    }

    static bool isOperand(Tok type)
    {
        return type != Tok::RParen && type != Tok::Pipe && type != Tok::Assign
            && type != Tok::Comma;
    }

    static bool isString(const Token &t)
    {
        return t.type == Tok::String || t.type == Tok::RawString;
    }

    // The value of the operand at `i` when it is a key we can know: a string, a parenthesised
    // string, or a printf of a format string.
    KeyArg operand(const QList<Token> &tokens, qsizetype i) const
    {
        const Token &t = tokens.at(i);
        if (isString(t))
            return {KeyArg::Kind::Literal, t.text};
        if (t.type != Tok::LParen)
            return {};
        qsizetype depth = 0;
        qsizetype close = i;
        for (; close < tokens.size(); ++close) {
            if (tokens.at(close).type == Tok::LParen)
                ++depth;
            else if (tokens.at(close).type == Tok::RParen && --depth == 0)
                break;
        }
        return command(tokens.mid(i + 1, close - i - 1));
    }

    // The value of a command (no pipes at its top level): a lone string or a printf.
    KeyArg command(QList<Token> cmd) const
    {
        while (!cmd.isEmpty() && cmd.first().type == Tok::Ident
               && keywords().contains(cmd.first().text))
            cmd.removeFirst();
        for (const Token &t : cmd)
            if (t.type == Tok::Pipe)
                return {};
        if (cmd.size() == 1 && isString(cmd.first()))
            return {KeyArg::Kind::Literal, cmd.first().text};
        if (cmd.size() >= 2 && cmd.first().type == Tok::Ident && cmd.first().text == u"printf"
            && isString(cmd.at(1)))
            return format(cmd.at(1).text);
        return {};
    }

    // The command before the pipe at `pipe`, whose value is piped into a function.
    KeyArg pipedInput(const QList<Token> &tokens, qsizetype pipe) const
    {
        qsizetype k = pipe - 1;
        int depth = 0;
        for (; k >= 0; --k) {
            const Tok type = tokens.at(k).type;
            if (type == Tok::RParen) {
                ++depth;
            } else if (type == Tok::LParen) {
                if (depth == 0)
                    break;
                --depth;
            } else if (depth == 0 && (type == Tok::Pipe || type == Tok::Assign)) {
                break;
            }
        }
        return command(tokens.mid(k + 1, pipe - k - 1));
    }

    // A printf format as a glob: %s, %d and %v become '*'. Any other verb makes the key unknown.
    static KeyArg format(const QString &f)
    {
        KeyArg result {KeyArg::Kind::Literal, QString()};
        for (qsizetype i = 0; i < f.size(); ++i) {
            const QChar c = f.at(i);
            if (c != u'%') {
                result.key.append(c);
                continue;
            }
            ++i;
            if (i < f.size() && f.at(i) == u'%') {
                result.key.append(u'%');
                continue;
            }
            static const QString flags = QStringLiteral("+-# 0123456789.*[]");
            while (i < f.size() && flags.contains(f.at(i)))
                ++i;
            if (i >= f.size())
                return {};
            const QChar verb = f.at(i);
            if (verb != u's' && verb != u'd' && verb != u'v')
                return {};
            result.key.append(u'*');
            result.kind = KeyArg::Kind::Pattern;
        }
        return result;
    }

    const QString m_text;
    const QString m_path;
    const QString m_prefix;
    Problems *m_problems;
    std::vector<qsizetype> m_lineStarts;
    std::vector<Frame> m_stack;
    QList<TemplateKey> m_keys;
    bool m_badEscape = false;
};

} // namespace

QList<TemplateKey> TemplateKeyExtractor::extract(const QByteArray &text, const QString &path,
                                                 const QString &prefix, Problems *problems)
{
    return Extractor(QString::fromUtf8(text), path, prefix, problems).run();
}

QString TemplateKeyExtractor::applyPrefix(const QString &prefix, const QString &key)
{
    if (prefix.isEmpty())
        return key;
    QString head = prefix;
    while (head.endsWith(u'/'))
        head.chop(1);
    if (!head.startsWith(u'/'))
        head.prepend(u'/');
    qsizetype skip = 0;
    while (skip < key.size() && key.at(skip) == u'/')
        ++skip;
    if (head == u"/")
        return QLatin1Char('/') + key.mid(skip);
    return head + QLatin1Char('/') + key.mid(skip);
}

bool TemplateKeyExtractor::isStoreFunction(const QString &name)
{
    static const QSet<QString> functions
        = {QStringLiteral("getv"),   QStringLiteral("getvs"), QStringLiteral("gets"),
           QStringLiteral("get"),    QStringLiteral("ls"),    QStringLiteral("lsdir"),
           QStringLiteral("exists"), QStringLiteral("cget"),  QStringLiteral("cgets"),
           QStringLiteral("cgetv"),  QStringLiteral("cgetvs")};
    return functions.contains(name);
}

} // namespace ws
