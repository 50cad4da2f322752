#include "MemcachedReply.h"

#include <QCoreApplication>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::MemcachedReply", text);
}

// What a line may start with, by command. The error words are the same for every command.
const char *const kErrorWords[] = {"ERROR", "CLIENT_ERROR ", "SERVER_ERROR "};

bool printable(const QByteArray &line)
{
    for (const char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return false;
    return true;
}

// A shortened, printable rendering of bytes the other end sent, for a message.
QString quoted(const QByteArray &bytes)
{
    QByteArray shown = bytes.left(40);
    for (char &c : shown)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            c = '?';
    return QString::fromLatin1(shown) + (bytes.size() > 40 ? QStringLiteral("…") : QString());
}

} // namespace

MemcachedReply::MemcachedReply(Command command) : m_command(command)
{ }

QString MemcachedReply::stat(const QString &name) const
{
    for (const auto &[key, value] : m_stats)
        if (key == name)
            return value;
    return {};
}

void MemcachedReply::fail(const QString &reason)
{
    m_state = State::Failed;
    m_error = reason;
    m_buffer.clear();
}

MemcachedReply::State MemcachedReply::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer += bytes;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0)
            break;
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (!takeLine(line) || m_state != State::Incomplete)
            return m_state;
    }
    // No whole line yet: reject at once what can never become one we expect.
    if (m_buffer.size() > kMaxLine)
        fail(tr("it sent a line longer than %1 bytes without an end, which memcached never "
                "does")
                 .arg(kMaxLine));
    else if (!plausiblePrefix(m_buffer))
        fail(tr("it answered '%1', which is not memcached's text protocol").arg(quoted(m_buffer)));
    return m_state;
}

bool MemcachedReply::plausiblePrefix(const QByteArray &partialLine) const
{
    // The first half of a "\r\n" may have arrived alone.
    const QByteArray partial = partialLine.endsWith('\r') ? partialLine.chopped(1) : partialLine;
    if (partial.isEmpty())
        return true;
    auto compatible = [&partial](const QByteArray &word) {
        const qsizetype n = qMin(partial.size(), word.size());
        return partial.left(n) == word.left(n) && printable(partial.left(kMaxLine));
    };
    for (const char *word : kErrorWords)
        if (compatible(word))
            return true;
    if (m_command == Command::Version)
        return compatible("VERSION ");
    return compatible("STAT ") || compatible("END");
}

bool MemcachedReply::takeLine(const QByteArray &line)
{
    if (!printable(line)) {
        fail(tr("it answered '%1', which is not memcached's text protocol").arg(quoted(line)));
        return false;
    }
    if (line == "ERROR") {
        fail(tr("it answered ERROR to '%1', so it does not know the command: not memcached, or "
                "a proxy in front of it")
                 .arg(m_command == Command::Version ? QStringLiteral("version")
                                                    : QStringLiteral("stats")));
        return false;
    }
    if (line.startsWith("CLIENT_ERROR ") || line.startsWith("SERVER_ERROR ")) {
        fail(tr("it answered '%1'").arg(quoted(line)));
        return false;
    }
    if (m_command == Command::Version) {
        if (!line.startsWith("VERSION ") || line.size() == 8) {
            fail(tr("it answered '%1' where memcached says VERSION").arg(quoted(line)));
            return false;
        }
        m_version = QString::fromLatin1(line.mid(8)).trimmed();
        m_state = State::Complete;
        return true;
    }
    if (line == "END") {
        m_state = State::Complete;
        return true;
    }
    if (!line.startsWith("STAT ")) {
        fail(tr("it answered '%1' among its stats, where memcached sends STAT or END")
                 .arg(quoted(line)));
        return false;
    }
    const QByteArray rest = line.mid(5);
    const qsizetype space = rest.indexOf(' ');
    if (space <= 0) {
        fail(tr("it sent the stats line '%1' without a value").arg(quoted(line)));
        return false;
    }
    if (m_stats.size() >= kMaxStats) {
        fail(tr("it sent more than %1 stats lines, which memcached never does").arg(kMaxStats));
        return false;
    }
    m_stats.append(
        {QString::fromLatin1(rest.left(space)), QString::fromLatin1(rest.mid(space + 1))});
    return true;
}

} // namespace ws
