#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace ws {

// One reply of memcached's text protocol to `version` or `stats`, read as the bytes arrive
// (one readyRead may carry half a line or several replies' worth): feed() until state() is no
// longer Incomplete. Error replies (ERROR, CLIENT_ERROR, SERVER_ERROR) and anything that cannot
// be the start of the expected reply end in Failed with a translated reason, as early as the
// first wrong byte, so a port that sends garbage is recognised without waiting for a line end.
class MemcachedReply
{
public:
    enum class Command { Version, Stats };
    enum class State { Incomplete, Complete, Failed };

    explicit MemcachedReply(Command command);

    State feed(const QByteArray &bytes);
    State state() const { return m_state; }
    // Failed: what was wrong, e.g. "it answered ERROR" or "it sent bytes that are not ...".
    QString errorString() const { return m_error; }

    QString version() const { return m_version; } // Version: the word after VERSION
    // Stats: the STAT lines' names and values, in the order memcached sent them.
    const QList<std::pair<QString, QString>> &stats() const { return m_stats; }
    QString stat(const QString &name) const;

    // Longer lines are garbage: memcached's longest stats line is far below this.
    static constexpr qsizetype kMaxLine = 4096;
    // More STAT lines than any memcached sends (about 100): the other end is not memcached.
    static constexpr qsizetype kMaxStats = 2000;

private:
    void fail(const QString &reason);
    bool takeLine(const QByteArray &line);
    bool plausiblePrefix(const QByteArray &partialLine) const;

    Command m_command;
    State m_state = State::Incomplete;
    QByteArray m_buffer;
    QString m_error;
    QString m_version;
    QList<std::pair<QString, QString>> m_stats;
};

} // namespace ws
