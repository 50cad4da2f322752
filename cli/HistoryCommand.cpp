#include "HistoryCommand.h"

#include "build/BuildHistory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ws {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 60 * 1000)
        return HistoryCommand::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return HistoryCommand::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return HistoryCommand::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QJsonObject entryJson(const BuildHistoryEntry &entry)
{
    QJsonObject o;
    o.insert(QStringLiteral("finished_at"), entry.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("workspace"), entry.workspace);
    o.insert(QStringLiteral("image"), entry.image);
    o.insert(QStringLiteral("state"), buildStateId(entry.state));
    o.insert(QStringLiteral("seconds"), double(entry.durationMs) / 1000.0);
    o.insert(QStringLiteral("image_id"), entry.imageId);
    o.insert(QStringLiteral("cache_hits"), entry.cacheHits);
    o.insert(QStringLiteral("pushed"), entry.pushed);
    if (entry.sizeBytes >= 0)
        o.insert(QStringLiteral("size"), double(entry.sizeBytes));
    if (!entry.logFile.isEmpty())
        o.insert(QStringLiteral("log"), entry.logFile);
    o.insert(QStringLiteral("queue"), entry.queueId);
    return o;
}

// A plain table with columns as wide as their widest cell; numbers right-aligned.
void printTable(const QList<BuildHistoryEntry> &entries, QTextStream &out)
{
    const QStringList header {HistoryCommand::tr("TIME"),       HistoryCommand::tr("IMAGE"),
                              HistoryCommand::tr("STATE"),      HistoryCommand::tr("DURATION"),
                              HistoryCommand::tr("CACHE HITS"), HistoryCommand::tr("PUSHED")};
    const QList<bool> rightAligned {false, false, false, true, true, false};
    QList<QStringList> rows {header};
    for (const BuildHistoryEntry &entry : entries) {
        rows << QStringList {
            entry.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.image,
            buildStateText(entry.state),
            durationText(entry.durationMs),
            QString::number(entry.cacheHits),
            entry.pushed ? HistoryCommand::tr("yes") : HistoryCommand::tr("no")};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column) {
            cells << (rightAligned.at(column) ? row.at(column).rightJustified(widths[column])
                                              : row.at(column).leftJustified(widths[column]));
        }
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
}

} // namespace

HistoryCommand::HistoryCommand(CommandLine &line) : m_line(line)
{ }

bool HistoryCommand::handles(const QString &command)
{
    return command == QLatin1String("history");
}

int HistoryCommand::run(const QString &command)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the builds as JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("Show at most N builds (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(jsonOption);
    parser.addOption(limitOption);
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Only this image's builds."));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    if (parser.positionalArguments().size() > 1) {
        m_line.err << tr("whalestack-cli %1: give at most one IMAGE").arg(command) << '\n';
        return CommandLine::Usage;
    }
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1) {
        m_line.err << tr("whalestack-cli %1: --limit takes a whole number of at least 1, not '%2'")
                          .arg(command, parser.value(limitOption))
                   << '\n';
        return CommandLine::Usage;
    }
    const QString image = parser.positionalArguments().value(0);
    const bool json = parser.isSet(jsonOption);
    const QString path = BuildHistory::defaultPath();

    QList<BuildHistoryEntry> entries;
    // Listing must not leave a new file behind where no build was ever recorded.
    if (QFileInfo::exists(path)) {
        BuildHistory history(path);
        // A script has nothing else to do meanwhile, so waiting here blocks nobody.
        QFuture<bool> opened = history.open();
        opened.waitForFinished();
        if (!opened.result()) {
            m_line.err << tr("whalestack-cli: %1").arg(history.lastError()) << '\n';
            return CommandLine::Failure;
        }
        if (!history.lastError().isEmpty()) // a damaged file was moved aside
            m_line.err << tr("whalestack-cli: %1").arg(history.lastError()) << '\n';
        history.clearLastError();
        QFuture<QList<BuildHistoryEntry>> read = history.recent(image, limit);
        read.waitForFinished();
        if (!history.lastError().isEmpty()) {
            m_line.err << tr("whalestack-cli: %1").arg(history.lastError()) << '\n';
            return CommandLine::Failure;
        }
        entries = read.result();
    }

    if (json) {
        QJsonArray builds;
        for (const BuildHistoryEntry &entry : entries)
            builds.append(entryJson(entry));
        QJsonObject root;
        root.insert(QStringLiteral("history"), path);
        root.insert(QStringLiteral("builds"), builds);
        m_line.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (entries.isEmpty()) {
        m_line.err << (image.isEmpty()
                           ? tr("No builds are recorded in %1.").arg(QDir::toNativeSeparators(path))
                           : tr("No builds of %1 are recorded in %2.")
                                 .arg(image, QDir::toNativeSeparators(path)))
                   << '\n';
    } else {
        printTable(entries, m_line.out);
    }
    return CommandLine::Success;
}

} // namespace ws
