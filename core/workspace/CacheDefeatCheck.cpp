#include "CacheDefeatCheck.h"

#include "WorkspaceFile.h"

#include <QRegularExpression>
#include <QSet>

// What defeats the cache, and what does not, for Docker and for Whalestack's up-to-date check
// (core/build/ContextDigest: context, Dockerfile text, build args, parent image ID):
//
// - ADD <http(s) URL> and ADD <git URL> fetch from outside the context. The digest never sees the
//   remote content, so after the first build the image is called up to date even when the remote
//   file changed; and Docker fetches it again on every build that does run. Pinned content is
//   fine: ADD --checksum=… for a URL, a full commit hash (#<40 hex>) for a git URL.
// - A build arg whose value changes on every build. Docker keys LABEL/ENV (and any instruction
//   that expands it) on the expanded value, and every RUN on the build args in scope with a value
//   (the classic builder prefixes them to the command; BuildKit puts them in the environment),
//   so from its first use on, every step runs again, and every image below rebuilds because its
//   parent's image ID changed. Whalestack's digest includes the build args: the image is never up
//   to date.
//
// Which values change? Every value the workspace states is fixed text: a Dockerfile default
// (`ARG D=$(date)` is the literal text "$(date)", Docker runs no shell there), a whalestack.yaml
// build arg, a vars.mk variable (those never reach a build: neither Whalestack nor the original
// Makefile.component passes make variables as --build-arg, and MakeEvaluator already warns that
// it does not run a $(shell …) other than git's). What changes is a value given per build from
// outside, `--build-arg BUILD_DATE=$(date)` on a command line or a CI job — which the workspace
// cannot see. So the arg's name is the evidence: BUILD_DATE, BUILD_TIME, TIMESTAMP, DATE,
// BUILD_NUMBER, BUILD_ID, CI run ids, CACHEBUST are made to be given a new value each time. To
// keep false positives low, such an arg is not reported when whalestack.yaml fixes its value (then
// it cannot change between builds), when nothing after its ARG uses it, and names that only look
// alike are left alone (TIMEOUT, RUNTIME, UPDATE, TIME_ZONE, DATE_FORMAT, SOURCE_DATE_EPOCH, which
// reproducible builds set from the commit).
//
// Not a cache defeater: RUN curl … | sh. Docker's cache keys a RUN on its command text, so such
// a step is cached (and stays stale); that is a reproducibility concern, not this check's.
//
// ws::Dockerfile keeps no instruction positions, so the text is split into instructions here,
// following DockerfileParser's rules for directives, continuations, comments and heredocs (so the
// line numbers agree with the parser's); values are not re-validated, the parser reports errors.

namespace ws {

namespace {

struct Instruction
{
    QString keyword; // upper case
    QString rest; // the arguments, continuation lines joined
    int line = 0;
    int column = 0;
};

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

QList<Instruction> instructions(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);

    // Parser directives: only `escape` matters here.
    static const QRegularExpression directive(
        QStringLiteral("^#[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.*?)[ \\t]*$"));
    QChar escape = QLatin1Char('\\');
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = directive.match(lines.at(i));
        if (!m.hasMatch())
            break;
        const QString key = m.captured(1).toLower();
        if (key != QLatin1String("escape") && key != QLatin1String("syntax")
            && key != QLatin1String("check"))
            break;
        if (key == QLatin1String("escape") && m.captured(2) == QLatin1String("`"))
            escape = QLatin1Char('`');
    }

    static const QRegularExpression heredoc(
        QStringLiteral("(?<!<)<<(?!<)(-?)[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?"));
    QList<Instruction> result;
    while (i < lines.size()) {
        const int start = int(i) + 1;
        QString logical = lines.at(i++);
        if (isCommentLine(logical) || isBlankLine(logical))
            continue;
        qsizetype indent = 0;
        while (indent < logical.size() && logical.at(indent).isSpace())
            ++indent;
        while (stripContinuation(&logical, escape)) {
            bool joined = false;
            while (i < lines.size()) {
                const QString &next = lines.at(i++);
                if (isCommentLine(next) || isBlankLine(next))
                    continue;
                logical += next;
                joined = true;
                break;
            }
            if (!joined)
                break;
        }
        const QString trimmed = logical.trimmed();
        qsizetype k = 0;
        while (k < trimmed.size() && !trimmed.at(k).isSpace())
            ++k;
        Instruction instruction;
        instruction.keyword = trimmed.left(k).toUpper();
        instruction.rest = trimmed.mid(k).trimmed();
        instruction.line = start;
        instruction.column = int(indent) + 1;
        if (instruction.keyword == QLatin1String("RUN")
            || instruction.keyword == QLatin1String("COPY")
            || instruction.keyword == QLatin1String("ADD")) {
            auto it = heredoc.globalMatch(logical);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const bool strip = !m.captured(1).isEmpty();
                const QString word = m.captured(2);
                while (i < lines.size()) {
                    const QString body = lines.at(i++);
                    if ((strip ? body.trimmed() : body) == word)
                        break;
                }
            }
        }
        result << instruction;
    }
    return result;
}

// Words split on blanks outside quotes, quotes removed (enough for names, flags and URLs).
QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    QChar quote;
    bool inWord = false;
    for (QChar c : text) {
        if (quote.isNull() && c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        if (c == quote) {
            quote = QChar();
            continue;
        }
        word += c;
    }
    if (inWord)
        out << word;
    return out;
}

// $NAME, ${NAME}, ${NAME:-default}, ${NAME-default} with the values in scope; unknown names are
// empty, as in Docker.
QString expand(const QString &text, const QHash<QString, QString> &vars)
{
    static const QRegularExpression reference(QStringLiteral(
        "\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    qsizetype last = 0;
    auto it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).isEmpty() ? m.captured(4) : m.captured(1);
        const QString value = vars.value(name);
        if (m.captured(2) == QLatin1String("-"))
            out += value.isEmpty() ? m.captured(3) : value;
        else if (m.captured(2) == QLatin1String("+"))
            out += value.isEmpty() ? QString() : m.captured(3);
        else
            out += value;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

bool references(const QString &text, const QString &name)
{
    const QRegularExpression use(QStringLiteral("\\$(\\{%1[}:+-]|%1(?![A-Za-z0-9_]))")
                                     .arg(QRegularExpression::escape(name)));
    return use.match(text).hasMatch();
}

// Upper-case words of a name: BUILD_DATE, build-date and buildDate all give BUILD, DATE.
QStringList nameTokens(const QString &name)
{
    QStringList tokens;
    QString token;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!token.isEmpty())
                tokens << token.toUpper();
            token.clear();
            continue;
        }
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower() && !token.isEmpty()) {
            tokens << token.toUpper();
            token.clear();
        }
        token += c;
    }
    if (!token.isEmpty())
        tokens << token.toUpper();
    return tokens;
}

// True for names made to carry a new value on every build; see the comment at the top.
bool looksRunDependent(const QString &name)
{
    const QStringList t = nameTokens(name);
    if (t.isEmpty())
        return false;
    if (t.join(QLatin1Char('_')) == QLatin1String("SOURCE_DATE_EPOCH"))
        return false;
    static const QSet<QString> always = {
        QStringLiteral("DATE"),        QStringLiteral("TIMESTAMP"),  QStringLiteral("DATETIME"),
        QStringLiteral("DATESTAMP"),   QStringLiteral("TIMESTAMPS"), QStringLiteral("EPOCH"),
        QStringLiteral("BUILDDATE"),   QStringLiteral("BUILDTIME"),  QStringLiteral("BUILDNUMBER"),
        QStringLiteral("BUILDID"),     QStringLiteral("CACHEBUST"),  QStringLiteral("CACHEBUSTER"),
        QStringLiteral("CACHEBUSTING")};
    static const QSet<QString> notAfterDate = {QStringLiteral("FORMAT"), QStringLiteral("FMT")};
    static const QSet<QString> idWords
        = {QStringLiteral("NUMBER"), QStringLiteral("NUM"), QStringLiteral("NO"),
           QStringLiteral("ID"),     QStringLiteral("SEQ"), QStringLiteral("COUNTER")};
    static const QSet<QString> runOwners = {QStringLiteral("BUILD"), QStringLiteral("RUN"),
                                            QStringLiteral("PIPELINE"), QStringLiteral("JOB")};
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QString &word = t.at(i);
        const QString next = i + 1 < t.size() ? t.at(i + 1) : QString();
        const QString previous = i > 0 ? t.at(i - 1) : QString();
        if (always.contains(word) && !notAfterDate.contains(next))
            return true;
        // TIME alone is also a duration (SLEEP_TIME) or a zone (TIME_ZONE): only BUILD_TIME,
        // CREATED_TIME, START_TIME-like names and TIME itself.
        if (word == QLatin1String("TIME") && next.isEmpty()
            && (previous.isEmpty() || previous == QLatin1String("BUILD")
                || previous == QLatin1String("CREATED") || previous == QLatin1String("START")))
            return true;
        if (word == QLatin1String("CACHE") && next == QLatin1String("BUST"))
            return true;
        if (runOwners.contains(word) && idWords.contains(next))
            return true;
    }
    return false;
}

bool isHttpUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// Docker's urlutil.IsGitURL: git://, git@, github.com/ prefixes, or a URL whose path ends in .git.
bool isGitUrl(const QString &source)
{
    if (source.startsWith(QLatin1String("git://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("git@"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("github.com/"), Qt::CaseInsensitive))
        return true;
    if (!isHttpUrl(source))
        return false;
    const QString path = source.section(QLatin1Char('#'), 0, 0);
    return path.endsWith(QLatin1String(".git"), Qt::CaseInsensitive);
}

// A git fragment naming a full commit hash pins the content: #<40 hex>[:subdir].
bool isPinnedGitUrl(const QString &source)
{
    static const QRegularExpression pinned(QStringLiteral("#[0-9a-fA-F]{40}(:.*)?$"));
    return pinned.match(source).hasMatch();
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(CacheDefeatCheck)
public:
    Checker(const QString &path, const QHash<QString, QString> &buildArgs)
        : m_path(path), m_buildArgs(buildArgs)
    { }

    Problems run(const QString &text);

private:
    struct PendingArg
    {
        QString name;
        int line = 0;
    };

    void warn(const Instruction &at, const QString &message)
    {
        m_problems << makeProblem(m_path, at.line, at.column, message, Problem::Severity::Warning);
    }
    void arg(const Instruction &instruction);
    void add(const Instruction &instruction);
    void uses(const Instruction &instruction);

    QString m_path;
    const QHash<QString, QString> &m_buildArgs;
    Problems m_problems;
    bool m_inStage = false;
    QHash<QString, QString> m_globals; // ARG before the first FROM: effective values
    QHash<QString, QString> m_vars; // this stage's ARG and ENV values, for expansion
    QList<PendingArg> m_pending; // run-dependent args of this stage not used yet
};

Problems Checker::run(const QString &text)
{
    for (const Instruction &instruction : instructions(text)) {
        const QString &keyword = instruction.keyword;
        if (keyword == QLatin1String("FROM")) {
            // A stage starts with nothing in scope; an arg unused in its stage defeats nothing.
            m_inStage = true;
            m_vars.clear();
            m_pending.clear();
            continue;
        }
        if (keyword == QLatin1String("ARG")) {
            arg(instruction);
            continue;
        }
        if (!m_inStage || keyword == QLatin1String("ONBUILD"))
            continue; // ONBUILD runs in a child's build, where its own checks apply
        uses(instruction);
        if (keyword == QLatin1String("ADD"))
            add(instruction);
        else if (keyword == QLatin1String("ENV"))
            for (const QString &word : words(instruction.rest)) {
                const qsizetype eq = word.indexOf(QLatin1Char('='));
                if (eq > 0)
                    m_vars.insert(word.left(eq), expand(word.mid(eq + 1), m_vars));
            }
    }
    return m_problems;
}

void Checker::arg(const Instruction &instruction)
{
    for (const QString &word : words(instruction.rest)) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? word : word.left(eq);
        if (name.isEmpty())
            continue;
        QString value;
        if (m_buildArgs.contains(name))
            value = m_buildArgs.value(name);
        else if (eq >= 0)
            value = expand(word.mid(eq + 1), m_inStage ? m_vars : m_globals);
        else if (m_inStage)
            value = m_globals.value(name);
        if (!m_inStage) {
            m_globals.insert(name, value);
            continue;
        }
        m_vars.insert(name, value);
        // A value fixed in whalestack.yaml does not change between builds.
        if (!m_buildArgs.contains(name) && looksRunDependent(name))
            m_pending.append({name, instruction.line});
    }
}

void Checker::uses(const Instruction &instruction)
{
    const bool run = instruction.keyword == QLatin1String("RUN");
    for (qsizetype i = 0; i < m_pending.size();) {
        const PendingArg &pending = m_pending.at(i);
        const bool used = references(instruction.rest, pending.name);
        if (!used && !run) {
            ++i;
            continue;
        }
        if (used)
            warn(instruction,
                 tr("%1 uses the build arg %2 (ARG at line %3), whose name says it changes with "
                    "every build. A new value makes this step miss the cache: it and every step "
                    "after it run again, every image built on this one rebuilds, and Whalestack "
                    "never finds the image up to date. Use it as late as possible (a LABEL at the "
                    "end of the last stage), or give it a fixed value in whalestack.yaml's "
                    "build_args.")
                     .arg(instruction.keyword, pending.name)
                     .arg(pending.line));
        else
            warn(instruction,
                 tr("This RUN sees the build arg %1 (ARG at line %2), whose name says it changes "
                    "with every build; Docker keys a RUN on the build args in scope even when the "
                    "command does not use them. A new value makes this step miss the cache: it "
                    "and every step after it run again, every image built on this one rebuilds, "
                    "and Whalestack never finds the image up to date. Move the ARG below the last "
                    "RUN, or give it a fixed value in whalestack.yaml's build_args.")
                     .arg(pending.name)
                     .arg(pending.line));
        m_pending.removeAt(i);
    }
}

void Checker::add(const Instruction &instruction)
{
    QStringList sources;
    bool checksum = false;
    const QString rest = instruction.rest;
    if (rest.startsWith(QLatin1Char('['))) {
        // JSON form: ["src", ..., "dest"]
        static const QRegularExpression item(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        auto it = item.globalMatch(rest);
        while (it.hasNext())
            sources << it.next().captured(1);
    } else {
        const QStringList all = words(rest);
        for (const QString &word : all) {
            if (sources.isEmpty() && word.startsWith(QLatin1String("--"))) {
                checksum = checksum || word.startsWith(QLatin1String("--checksum="));
                continue;
            }
            sources << word;
        }
    }
    if (!sources.isEmpty())
        sources.removeLast(); // the destination
    for (const QString &raw : std::as_const(sources)) {
        const QString source = expand(raw, m_vars);
        if (isGitUrl(source)) {
            if (!isPinnedGitUrl(source))
                warn(instruction,
                     tr("ADD clones %1 on every build, and Whalestack's up-to-date check cannot "
                        "see that repository: the image is called up to date even after new "
                        "commits there. Pin a commit (%1#<full commit hash>), or clone it into "
                        "the build context and COPY it.")
                         .arg(source.left(200)));
        } else if (isHttpUrl(source)) {
            if (!checksum)
                warn(instruction,
                     tr("ADD downloads %1 on every build, and Whalestack's up-to-date check "
                        "cannot see that file: the image is called up to date even when it "
                        "changed there. Download it into the build context and COPY it, or pin "
                        "its content with ADD --checksum=sha256:<digest>.")
                         .arg(source.left(200)));
        }
    }
}

} // namespace

Problems CacheDefeatCheck::checkDockerfile(const QByteArray &text, const QString &path,
                                           const QHash<QString, QString> &buildArgs)
{
    if (text.contains('\0'))
        return {}; // binary: the parser reports it
    Checker checker(path, buildArgs);
    return checker.run(QString::fromUtf8(text));
}

QHash<QString, Problems> CacheDefeatCheck::check(const Workspace &workspace)
{
    QHash<QString, Problems> result;
    const Manifest &manifest = workspace.manifest;
    for (const ImageDefinition &image : workspace.images) {
        if (!image.buildable())
            continue;
        // The manifest's build args for this image, by the loader's precedence.
        QHash<QString, QString> args = manifest.buildArgs;
        for (const ImageOverride *o :
             {manifest.overrideFor(image.id), manifest.overrideFor(image.name)})
            if (o)
                for (auto it = o->buildArgs.cbegin(); it != o->buildArgs.cend(); ++it)
                    args.insert(it.key(), it.value());
        QByteArray text;
        Problems ignored; // the loader already reported a file that does not read
        if (!WorkspaceFile::read(image.dockerfilePath, &text, &ignored))
            continue;
        const Problems problems = checkDockerfile(text, image.dockerfilePath, args);
        if (!problems.isEmpty())
            result[image.name] += problems;
    }
    return result;
}

} // namespace ws
