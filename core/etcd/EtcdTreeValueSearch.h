#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ws {

class EtcdRangeAllJob;
class EtcdStore;

// Searches the values under a prefix: reads them (one consistent listing) and matches them off
// the UI thread by substring (case-insensitive) or regex. One search at a time; a new one
// replaces the running one.
class EtcdTreeValueSearch : public QObject
{
    Q_OBJECT

public:
    explicit EtcdTreeValueSearch(EtcdStore *store, QObject *parent = nullptr);
    ~EtcdTreeValueSearch() override;

    // Starts a search; returns an error (and starts nothing) for an invalid regex or an empty
    // text.
    QString start(const QByteArray &prefix, const QString &text, bool regex);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // The keys whose values match, in key order, out of `searched` keys.
    void finished(const QList<QByteArray> &keys, int searched);
    void failed(const QString &error);

private:
    struct Matches
    {
        QList<QByteArray> keys;
        int searched = 0;
        quint64 serial = 0;
    };

    EtcdStore *m_store;
    QPointer<EtcdRangeAllJob> m_job;
    QFutureWatcher<Matches> m_watcher;
    quint64 m_serial = 0;
};

} // namespace ws
