// Docker's own parser is Go (moby/buildkit); there is no C or C++ library for the Dockerfile
// grammar, so this follows buildkit's frontend/dockerfile/parser and shell lexer by hand, for
// the instructions that shape the image graph and an image's metadata.
#include "DockerfileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ws {

namespace {

using Vars = QHash<QString, QString>;

const QSet<QString> &instructions()
{
    static const QSet<QString> names
        = {QStringLiteral("FROM"),       QStringLiteral("RUN"),         QStringLiteral("CMD"),
           QStringLiteral("LABEL"),      QStringLiteral("MAINTAINER"),  QStringLiteral("EXPOSE"),
           QStringLiteral("ENV"),        QStringLiteral("ADD"),         QStringLiteral("COPY"),
           QStringLiteral("ENTRYPOINT"), QStringLiteral("VOLUME"),      QStringLiteral("USER"),
           QStringLiteral("WORKDIR"),    QStringLiteral("ARG"),         QStringLiteral("ONBUILD"),
           QStringLiteral("STOPSIGNAL"), QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL")};
    return names;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isBlankLine(const QString &line)
{
    for (QChar c : line)
        if (!c.isSpace())
            return false;
    return true;
}

bool isCommentLine(const QString &line)
{
    for (QChar c : line) {
        if (c.isSpace())
            continue;
        return c == QLatin1Char('#');
    }
    return false;
}

// buildkit: a line continues when it ends with the escape character and optional blanks.
bool stripContinuation(QString *line, QChar escape)
{
    qsizetype end = line->size();
    while (end > 0 && isBlank(line->at(end - 1)))
        --end;
    if (end == 0 || line->at(end - 1) != escape)
        return false;
    line->truncate(end - 1);
    return true;
}

// Splits on blanks outside quotes; quotes and escapes stay in the words for the lexer
// (buildkit's parseWords).
QStringList splitWords(const QString &text, QChar escape)
{
    QStringList words;
    QString word;
    QChar quote;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quote.isNull() && c.isSpace()) {
            if (inWord) {
                words << word;
                word.clear();
                inWord = false;
            }
            continue;
        }
        inWord = true;
        word += c;
        if (c == escape && i + 1 < text.size()) {
            word += text.at(++i);
            continue;
        }
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\'')))
            quote = c;
        else if (c == quote)
            quote = QChar();
    }
    if (inWord)
        words << word;
    return words;
}

struct Lexer
{
    const Vars &vars;
    QChar escape;

    // buildkit's shell lexer: quotes removed, escapes applied, $VAR ${VAR} ${VAR:-d} ${VAR:+a}
    // ${VAR-d} ${VAR+a} expanded. Unknown variables are empty, as in Docker.
    QString process(const QString &word, int depth = 0) const
    {
        QString out;
        qsizetype i = 0;
        const qsizetype n = word.size();
        while (i < n) {
            const QChar c = word.at(i);
            if (c == escape) {
                if (i + 1 < n)
                    out += word.at(i + 1);
                i += 2;
            } else if (c == QLatin1Char('\'')) {
                const qsizetype end = word.indexOf(QLatin1Char('\''), i + 1);
                out += word.mid(i + 1, end < 0 ? -1 : end - i - 1);
                i = end < 0 ? n : end + 1;
            } else if (c == QLatin1Char('"')) {
                ++i;
                while (i < n && word.at(i) != QLatin1Char('"')) {
                    const QChar d = word.at(i);
                    if (d == escape && i + 1 < n
                        && (word.at(i + 1) == QLatin1Char('"') || word.at(i + 1) == escape
                            || word.at(i + 1) == QLatin1Char('$'))) {
                        out += word.at(i + 1);
                        i += 2;
                    } else if (d == QLatin1Char('$')) {
                        i = dollar(word, i, &out, depth);
                    } else {
                        out += d;
                        ++i;
                    }
                }
                ++i; // the closing quote
            } else if (c == QLatin1Char('$')) {
                i = dollar(word, i, &out, depth);
            } else {
                out += c;
                ++i;
            }
        }
        return out;
    }

    // Expands the reference at word[i] == '$'; returns the index after it.
    qsizetype dollar(const QString &word, qsizetype i, QString *out, int depth) const
    {
        const qsizetype n = word.size();
        if (i + 1 >= n) {
            *out += QLatin1Char('$');
            return i + 1;
        }
        const QChar next = word.at(i + 1);
        if (next == QLatin1Char('{')) {
            const qsizetype close = word.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                *out += word.mid(i); // unterminated: kept as written
                return n;
            }
            const QString inner = word.mid(i + 2, close - i - 2);
            qsizetype k = 0;
            while (k < inner.size()
                   && (inner.at(k).isLetterOrNumber() || inner.at(k) == QLatin1Char('_')))
                ++k;
            const QString name = inner.left(k);
            QString op = inner.mid(k);
            const bool set = vars.contains(name);
            const QString value = vars.value(name);
            if (op.isEmpty()) {
                *out += value;
            } else {
                const bool colon = op.startsWith(QLatin1Char(':'));
                if (colon)
                    op = op.mid(1);
                const QChar kind = op.isEmpty() ? QChar() : op.at(0);
                const QString arg = depth < 16 ? process(op.mid(1), depth + 1) : QString();
                const bool present = colon ? !value.isEmpty() : set;
                if (kind == QLatin1Char('-'))
                    *out += present ? value : arg;
                else if (kind == QLatin1Char('+'))
                    *out += present ? arg : QString();
                else
                    *out += value; // ${VAR:?msg} and unknown modifiers: the value
            }
            return close + 1;
        }
        if (next.isLetter() || next == QLatin1Char('_')) {
            qsizetype k = i + 1;
            while (k < n && (word.at(k).isLetterOrNumber() || word.at(k) == QLatin1Char('_')))
                ++k;
            *out += vars.value(word.mid(i + 1, k - i - 1));
            return k;
        }
        *out += QLatin1Char('$');
        return i + 1;
    }
};

struct StageState
{
    Vars vars; // ARG and ENV values in scope, for expansion
    QStringList exposed;
    QList<QPair<QString, QString>> labels;
    QList<QPair<QString, QString>> env;
};

void setPair(QList<QPair<QString, QString>> *list, const QString &key, const QString &value)
{
    for (auto &pair : *list) {
        if (pair.first == key) {
            pair.second = value;
            return;
        }
    }
    list->append({key, value});
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(DockerfileParser)
public:
    Parser(const QString &path, const QHash<QString, QString> &buildArgs, Problems *problems)
        : m_path(path), m_buildArgs(buildArgs), m_problems(problems)
    {
        m_result.path = path;
    }

    Dockerfile run(const QString &text);

private:
    void error(int line, const QString &message)
    {
        m_problems->append(makeProblem(m_path, line, 0, message));
    }
    void warning(int line, const QString &message)
    {
        m_problems->append(makeProblem(m_path, line, 0, message, Problem::Severity::Warning));
    }

    qsizetype readDirectives(const QStringList &lines);
    void instruction(const QString &text, int line);
    void arg(const QString &rest, int line);
    void from(const QString &rest, int line);
    void copy(const QString &keyword, const QString &rest, int line);
    void expose(const QString &rest, int line);
    void keyValues(const QString &keyword, const QString &rest, int line);
    int findStage(const QString &name) const;

    QString m_path;
    const QHash<QString, QString> &m_buildArgs;
    Problems *m_problems;
    Dockerfile m_result;
    Vars m_globalVars;
    QSet<QString> m_declaredGlobal;
    QList<StageState> m_stages;
    QStringList m_stageNames; // lower case, "" for a stage without AS
    QList<int> m_stageLines;
};

qsizetype Parser::readDirectives(const QStringList &lines)
{
    static const QRegularExpression directive(
        QStringLiteral("^#[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.*?)[ \\t]*$"));
    QSet<QString> seen;
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = directive.match(lines.at(i));
        if (!m.hasMatch())
            break;
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2);
        if (key != QLatin1String("escape") && key != QLatin1String("syntax")
            && key != QLatin1String("check"))
            break; // buildkit: an unknown directive is a comment, and ends the directives
        if (seen.contains(key)) {
            error(int(i) + 1,
                  tr("The parser directive '%1' is given twice; it can be given only "
                     "once.")
                      .arg(key));
            continue;
        }
        seen.insert(key);
        if (key == QLatin1String("escape")) {
            if (value == QLatin1String("\\") || value == QLatin1String("`"))
                m_result.escape = value.at(0);
            else
                error(int(i) + 1,
                      tr("Invalid escape character '%1': it must be a backslash or "
                         "a backtick (`).")
                          .arg(value));
        }
    }
    return i;
}

Dockerfile Parser::run(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);

    qsizetype i = readDirectives(lines);
    const QChar esc = m_result.escape;
    bool any = false;
    static const QRegularExpression heredoc(
        QStringLiteral("(?<!<)<<(?!<)(-?)[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?"));
    while (i < lines.size()) {
        const int start = int(i) + 1;
        QString logical = lines.at(i++);
        if (isCommentLine(logical) || isBlankLine(logical))
            continue;
        // Comment lines and blank lines inside a continuation are dropped (buildkit).
        while (stripContinuation(&logical, esc)) {
            bool joined = false;
            while (i < lines.size()) {
                const QString &next = lines.at(i++);
                if (isCommentLine(next) || isBlankLine(next))
                    continue;
                logical += next;
                joined = true;
                break;
            }
            if (!joined) {
                warning(start,
                        tr("The file ends inside a line continuation: the instruction "
                           "that starts here ends with '%1'. Remove it or add the missing "
                           "line.")
                            .arg(esc));
                break;
            }
        }
        any = true;
        // Heredocs (RUN <<EOF ... EOF): their bodies are not instructions.
        const QString keyword = logical.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
        if (keyword == QLatin1String("RUN") || keyword == QLatin1String("COPY")
            || keyword == QLatin1String("ADD")) {
            auto it = heredoc.globalMatch(logical);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const bool strip = !m.captured(1).isEmpty();
                const QString word = m.captured(2);
                bool closed = false;
                while (i < lines.size()) {
                    const QString body = lines.at(i++);
                    if ((strip ? body.trimmed() : body) == word) {
                        closed = true;
                        break;
                    }
                }
                if (!closed)
                    error(start,
                          tr("The heredoc '%1' is never closed: no line '%1' follows.").arg(word));
            }
        }
        instruction(logical, start);
    }

    if (!any)
        error(0, tr("The Dockerfile has no instructions. It needs at least a FROM."));
    else if (m_result.stages.isEmpty())
        error(0,
              tr("The Dockerfile has no FROM instruction, so it builds no image. Add FROM "
                 "<image> (or FROM scratch) at the top."));

    // A FROM that names a later stage: known only once every stage is read.
    for (qsizetype s = 0; s < m_result.stages.size(); ++s) {
        const DockerfileStage &stage = m_result.stages.at(s);
        if (stage.baseStage >= 0)
            continue;
        const int later = m_stageNames.indexOf(stage.base.toLower());
        if (later >= s && !stage.base.isEmpty())
            error(stage.line,
                  tr("FROM %1 names a stage that is defined later (line %2); a stage "
                     "can only build on an earlier one.")
                      .arg(stage.base)
                      .arg(m_stageLines.at(later)));
    }

    if (!m_stages.isEmpty()) {
        const StageState &last = m_stages.last();
        m_result.exposedPorts = last.exposed;
        m_result.labels = last.labels;
        m_result.env = last.env;
    }
    return m_result;
}

int Parser::findStage(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    return int(m_stageNames.indexOf(name.toLower()));
}

void Parser::instruction(const QString &text, int line)
{
    const QString trimmed = text.trimmed();
    qsizetype k = 0;
    while (k < trimmed.size() && !trimmed.at(k).isSpace())
        ++k;
    const QString keyword = trimmed.left(k).toUpper();
    const QString rest = trimmed.mid(k).trimmed();

    if (!instructions().contains(keyword)) {
        warning(line,
                tr("Unknown instruction '%1'; Docker will refuse it. Check the spelling.")
                    .arg(trimmed.left(k).left(40)));
        return;
    }
    if (keyword == QLatin1String("ARG")) {
        arg(rest, line);
        return;
    }
    if (keyword == QLatin1String("FROM")) {
        from(rest, line);
        return;
    }
    if (m_stages.isEmpty()) {
        error(line,
              tr("%1 comes before the first FROM; only ARG may come before FROM.").arg(keyword));
        return;
    }
    if (keyword == QLatin1String("COPY") || keyword == QLatin1String("ADD"))
        copy(keyword, rest, line);
    else if (keyword == QLatin1String("EXPOSE"))
        expose(rest, line);
    else if (keyword == QLatin1String("LABEL") || keyword == QLatin1String("ENV"))
        keyValues(keyword, rest, line);
    else if (keyword == QLatin1String("SHELL")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rest.toUtf8(), &parseError);
        bool ok = doc.isArray() && !doc.array().isEmpty();
        for (const auto &v : doc.array())
            ok = ok && v.isString();
        if (!ok)
            error(line,
                  tr("SHELL needs a JSON array of strings, e.g. SHELL [\"/bin/sh\", \"-c\"]."));
    }
}

void Parser::arg(const QString &rest, int line)
{
    const QStringList words = splitWords(rest, m_result.escape);
    if (words.isEmpty()) {
        error(line, tr("ARG needs a name: ARG NAME or ARG NAME=default."));
        return;
    }
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? word : word.left(eq);
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!validName.match(name).hasMatch()) {
            error(line, tr("'%1' is not a valid ARG name.").arg(name.left(60)));
            continue;
        }
        if (m_stages.isEmpty()) {
            const Lexer lexer {m_globalVars, m_result.escape};
            QString value = eq < 0 ? QString() : lexer.process(word.mid(eq + 1));
            if (m_buildArgs.contains(name))
                value = m_buildArgs.value(name);
            m_globalVars.insert(name, value);
            m_declaredGlobal.insert(name);
            setPair(&m_result.globalArgs, name, value);
        } else {
            StageState &stage = m_stages.last();
            const Lexer lexer {stage.vars, m_result.escape};
            QString value;
            if (m_buildArgs.contains(name))
                value = m_buildArgs.value(name);
            else if (eq >= 0)
                value = lexer.process(word.mid(eq + 1));
            else if (m_declaredGlobal.contains(name))
                value = m_globalVars.value(name); // ARG NAME in a stage brings a global arg in
            // ENV wins over ARG of the same name (Docker's rule).
            bool fromEnv = false;
            for (const auto &pair : std::as_const(stage.env))
                fromEnv = fromEnv || pair.first == name;
            if (!fromEnv)
                stage.vars.insert(name, value);
        }
    }
}

void Parser::from(const QString &rest, int line)
{
    const QStringList words
        = rest.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const Lexer lexer {m_globalVars, m_result.escape};
    DockerfileStage stage;
    stage.line = line;
    qsizetype w = 0;
    for (; w < words.size() && words.at(w).startsWith(QLatin1String("--")); ++w) {
        const QString flag = words.at(w);
        if (flag.startsWith(QLatin1String("--platform="))) {
            const QString raw = flag.mid(11);
            stage.platform = lexer.process(raw);
            if (stage.platform.isEmpty())
                stage.platform = raw; // $BUILDPLATFORM and friends are Docker's to fill in
        } else {
            error(line,
                  tr("Unknown FROM flag '%1'; FROM takes only --platform.").arg(flag.left(60)));
        }
    }
    if (w >= words.size()) {
        error(line, tr("FROM needs an image: FROM <image>[:tag] [AS <name>]."));
        return;
    }
    const QString raw = words.at(w++);
    stage.base = lexer.process(raw);
    if (w < words.size()) {
        if (words.size() - w == 2
            && words.at(w).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0) {
            stage.name = words.at(w + 1);
            static const QRegularExpression validStage(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_.-]*$"));
            if (!validStage.match(stage.name).hasMatch()) {
                error(line,
                      tr("'%1' is not a valid stage name: use letters, digits, '-', '_' and "
                         "'.', starting with a letter.")
                          .arg(stage.name.left(60)));
                stage.name.clear();
            } else if (findStage(stage.name) >= 0) {
                error(line,
                      tr("The stage name '%1' is already used at line %2.")
                          .arg(stage.name)
                          .arg(m_stageLines.at(findStage(stage.name))));
                stage.name.clear();
            }
        } else {
            error(line,
                  tr("FROM takes an image and optionally AS <name>; '%1' is more than that.")
                      .arg(rest.left(80)));
        }
    }

    StageState state;
    if (stage.base.isEmpty()) {
        error(line,
              tr("FROM %1 names no image once the build arguments are substituted. Give "
                 "the ARG a default or pass --build-arg.")
                  .arg(raw.left(80)));
    } else {
        stage.baseStage = findStage(stage.base);
        if (stage.baseStage >= 0) {
            state = m_stages.at(stage.baseStage);
        } else if (stage.base.compare(QLatin1String("scratch"), Qt::CaseInsensitive) != 0) {
            static const QRegularExpression repo(
                QStringLiteral("^[a-z0-9]([a-z0-9._/:-]*[a-z0-9])?$"));
            static const QRegularExpression tag(
                QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
            const QString reference = stage.base;
            const qsizetype at = reference.indexOf(QLatin1Char('@'));
            const QString beforeDigest = at < 0 ? reference : reference.left(at);
            const qsizetype slash = beforeDigest.lastIndexOf(QLatin1Char('/'));
            const qsizetype colon = beforeDigest.lastIndexOf(QLatin1Char(':'));
            const QString repository = colon > slash ? beforeDigest.left(colon) : beforeDigest;
            const QString tagPart = colon > slash ? beforeDigest.mid(colon + 1) : QString();
            const bool ok = repo.match(repository).hasMatch()
                && (colon <= slash || tag.match(tagPart).hasMatch())
                && (at < 0 || reference.mid(at + 1).contains(QLatin1Char(':')));
            if (!ok)
                error(line,
                      tr("'%1' is not a valid image reference (lower-case repository, "
                         "optional :tag or @digest).")
                          .arg(reference.left(120)));
        }
    }
    // A new stage sees no global ARG until it declares it again (ARG NAME), as in Docker.
    m_stages.append(state);
    m_stageNames.append(stage.name.toLower());
    m_stageLines.append(line);
    m_result.stages.append(stage);
}

void Parser::copy(const QString &keyword, const QString &rest, int line)
{
    const QStringList words = splitWords(rest, m_result.escape);
    const int current = int(m_result.stages.size()) - 1;
    for (const QString &word : words) {
        if (!word.startsWith(QLatin1String("--")))
            break;
        if (!word.startsWith(QLatin1String("--from=")))
            continue;
        if (keyword != QLatin1String("COPY")) {
            error(line, tr("ADD has no --from flag; use COPY --from."));
            continue;
        }
        const Lexer lexer {m_stages.last().vars, m_result.escape};
        const QString from = lexer.process(word.mid(7));
        if (from.isEmpty()) {
            error(line, tr("COPY --from= names nothing."));
            continue;
        }
        bool numeric = false;
        const int index = from.toInt(&numeric);
        if (numeric) {
            if (index < 0 || index >= current)
                error(line,
                      tr("COPY --from=%1 names a stage that does not exist before this one: "
                         "stages are numbered from 0 and %2 come before this stage.")
                          .arg(from)
                          .arg(current));
            continue;
        }
        const int stage = findStage(from);
        if (stage >= 0) {
            if (stage >= current)
                error(line,
                      tr("COPY --from=%1 names this stage or a later one; it can only copy "
                         "from an earlier stage.")
                          .arg(from));
            continue;
        }
        DockerfileStage &target = m_result.stages.last();
        if (!target.copyFromImages.contains(from))
            target.copyFromImages.append(from);
    }
}

void Parser::expose(const QString &rest, int line)
{
    static const QRegularExpression port(
        QStringLiteral("^([0-9]{1,5})(-([0-9]{1,5}))?(/(tcp|udp|sctp))?$"),
        QRegularExpression::CaseInsensitiveOption);
    StageState &stage = m_stages.last();
    const Lexer lexer {stage.vars, m_result.escape};
    const QStringList words = splitWords(rest, m_result.escape);
    if (words.isEmpty())
        error(line, tr("EXPOSE needs at least one port, e.g. EXPOSE 80 53/udp."));
    QStringList values;
    for (const QString &word : words) // a variable may hold several ports: EXPOSE $PORTS
        values += lexer.process(word).split(QRegularExpression(QStringLiteral("\\s+")),
                                            Qt::SkipEmptyParts);
    for (const QString &value : std::as_const(values)) {
        const QRegularExpressionMatch m = port.match(value);
        const bool ok = m.hasMatch() && m.captured(1).toInt() <= 65535
            && (m.captured(3).isEmpty() || m.captured(3).toInt() <= 65535);
        if (!ok) {
            error(line,
                  tr("'%1' is not a port: write a number up to 65535, a range like "
                     "8000-8010, optionally with /tcp, /udp or /sctp.")
                      .arg(value.left(60)));
            continue;
        }
        if (!stage.exposed.contains(value))
            stage.exposed.append(value);
    }
}

void Parser::keyValues(const QString &keyword, const QString &rest, int line)
{
    StageState &stage = m_stages.last();
    const Lexer lexer {stage.vars, m_result.escape};
    const QStringList words = splitWords(rest, m_result.escape);
    if (words.isEmpty()) {
        error(line, tr("%1 needs at least one key=value pair.").arg(keyword));
        return;
    }
    QList<QPair<QString, QString>> pairs;
    if (!words.first().contains(QLatin1Char('='))) {
        // The old form: KEY value with spaces.
        if (words.size() < 2) {
            error(
                line,
                tr("%1 %2 has no value: write %1 %2=value.").arg(keyword, words.first().left(60)));
            return;
        }
        const QString key = lexer.process(words.first());
        const qsizetype keyEnd = rest.indexOf(words.first()) + words.first().size();
        pairs.append({key, lexer.process(rest.mid(keyEnd).trimmed())});
    } else {
        for (const QString &word : words) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0) {
                error(line,
                      tr("'%1' has no '=': in this form every item must be key=value.")
                          .arg(word.left(60)));
                continue;
            }
            const QString key = lexer.process(word.left(eq));
            if (key.isEmpty()) {
                error(line, tr("%1 with an empty name in '%2'.").arg(keyword, word.left(60)));
                continue;
            }
            pairs.append({key, lexer.process(word.mid(eq + 1))});
        }
    }
    for (const auto &pair : std::as_const(pairs)) {
        if (keyword == QLatin1String("ENV")) {
            setPair(&stage.env, pair.first, pair.second);
            stage.vars.insert(pair.first, pair.second);
        } else {
            setPair(&stage.labels, pair.first, pair.second);
        }
    }
}

} // namespace

Dockerfile DockerfileParser::parse(const QByteArray &text, const QString &path,
                                   const QHash<QString, QString> &buildArgs, Problems *problems)
{
    if (text.contains('\0')) {
        Dockerfile empty;
        empty.path = path;
        const int line = int(text.left(text.indexOf('\0')).count('\n')) + 1;
        problems->append(makeProblem(path, line, 0,
                                     tr("The Dockerfile holds binary data (a NUL byte), not text. "
                                        "Check that the right file is in this place.")));
        return empty;
    }
    Parser parser(path, buildArgs, problems);
    return parser.run(QString::fromUtf8(text));
}

} // namespace ws
