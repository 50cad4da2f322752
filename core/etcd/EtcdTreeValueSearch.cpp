#include "EtcdTreeValueSearch.h"

#include "EtcdStore.h"

#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace ws {

EtcdTreeValueSearch::EtcdTreeValueSearch(EtcdStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<Matches>::finished, this, [this] {
        if (m_watcher.future().resultCount() == 0)
            return;
        const Matches matches = m_watcher.result();
        if (matches.serial != m_serial)
            return; // cancelled or replaced
        Q_EMIT finished(matches.keys, matches.searched);
    });
}

EtcdTreeValueSearch::~EtcdTreeValueSearch()
{
    if (m_watcher.isRunning()) // one without a future would wait forever (Qt 6.4)
        m_watcher.waitForFinished();
}

bool EtcdTreeValueSearch::isRunning() const
{
    return m_job || m_watcher.isRunning();
}

void EtcdTreeValueSearch::cancel()
{
    ++m_serial;
    if (m_job) {
        m_job->disconnect(this);
        m_job->deleteLater();
    }
}

QString EtcdTreeValueSearch::start(const QByteArray &prefix, const QString &text, bool regex)
{
    if (text.isEmpty())
        return tr("Type something to search for in the values.");
    QRegularExpression pattern;
    if (regex) {
        pattern.setPattern(text);
        if (!pattern.isValid())
            return tr("The regular expression is not valid at character %1: %2")
                .arg(pattern.patternErrorOffset() + 1)
                .arg(pattern.errorString());
    }
    cancel();
    const quint64 serial = m_serial;
    EtcdRangeAllJob *job = m_store->rangeAll(prefix, false);
    m_job = job;
    const QByteArray needle = text.toUtf8().toLower();
    connect(job, &ApiJob::finished, this, [this, job, serial, prefix, needle, regex, pattern] {
        job->deleteLater();
        if (serial != m_serial)
            return;
        if (job->hasError()) {
            Q_EMIT failed(
                tr("Could not read the values under %1 to search them: %2")
                    .arg(prefix.isEmpty() ? QStringLiteral("/") : QString::fromUtf8(prefix),
                         job->errorString()));
            return;
        }
        // The worker's own regex: copies of a QRegularExpression share its compiled pattern.
        const QString source = pattern.pattern();
        m_watcher.setFuture(
            QtConcurrent::run([kvs = job->result().kvs, needle, regex, source, serial] {
                const QRegularExpression own(source);
                Matches matches;
                matches.serial = serial;
                matches.searched = int(kvs.size());
                for (const EtcdKeyValue &kv : kvs) {
                    const bool hit = regex ? own.match(QString::fromUtf8(kv.value)).hasMatch()
                                           : kv.value.toLower().contains(needle);
                    if (hit)
                        matches.keys << kv.key;
                }
                return matches;
            }));
    });
    return {};
}

} // namespace ws
