#include "JsonMessageStream.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ws {

// Why the splitting is written by hand: the stream is a sequence of JSON values, and
// QJsonDocument parses exactly one document. A small scanner finds where each top-level object
// ends (tracking strings, escapes and nesting, so it is one pass over every byte even when the
// transport splits an object into many pieces); QJsonDocument then parses each object alone.

bool JsonMessageStream::fail(qint64 offset, const QString &message)
{
    m_errorOffset = offset;
    m_error = message;
    m_buffer.clear();
    return false;
}

bool JsonMessageStream::feed(QByteArrayView bytes, QList<JsonMessage> *out)
{
    if (hasError())
        return false;
    m_buffer.append(bytes.data(), bytes.size());
    qsizetype objectStart = 0; // m_buffer starts at the current object while m_depth > 0
    qsizetype i = m_scan;
    const qsizetype n = m_buffer.size();
    const char *data = m_buffer.constData();
    for (; i < n; ++i) {
        const char c = data[i];
        if (m_depth == 0) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c != '{') {
                return fail(m_base + i,
                            tr("The engine's message stream is broken at byte %1: expected a "
                               "JSON object, found %2.")
                                .arg(m_base + i)
                                .arg(c >= 0x20 && c < 0x7f
                                         ? QStringLiteral("'%1'").arg(QChar(c))
                                         : QStringLiteral("byte 0x%1")
                                               .arg(uchar(c), 2, 16, QLatin1Char('0'))));
            }
            objectStart = i;
            m_depth = 1;
            m_inString = false;
            m_escape = false;
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            continue;
        }
        if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            if (--m_depth > 0)
                continue;
            const QByteArray object
                = QByteArray::fromRawData(data + objectStart, i + 1 - objectStart);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(object, &parseError);
            if (!doc.isObject()) {
                const qint64 at = m_base + objectStart + parseError.offset;
                return fail(at,
                            tr("The engine's message stream is broken at byte %1: %2.")
                                .arg(at)
                                .arg(parseError.errorString()));
            }
            out->append(fromObject(doc.object(), m_base + objectStart));
        }
    }
    if (m_depth == 0) {
        m_base += n;
        m_buffer.clear();
        m_scan = 0;
        return true;
    }
    // Keep only the incomplete object.
    m_buffer.remove(0, objectStart);
    m_base += objectStart;
    m_scan = m_buffer.size();
    if (m_buffer.size() > m_maxObjectSize) {
        return fail(m_base,
                    tr("The engine's message stream is broken at byte %1: an object is larger "
                       "than %2 bytes.")
                        .arg(m_base)
                        .arg(m_maxObjectSize));
    }
    return true;
}

bool JsonMessageStream::finish()
{
    if (hasError())
        return false;
    if (m_depth > 0) {
        return fail(m_base,
                    tr("The engine's message stream ended inside an object that starts "
                       "at byte %1.")
                        .arg(m_base));
    }
    return true;
}

JsonMessage JsonMessageStream::fromObject(const QJsonObject &o, qint64 offset)
{
    JsonMessage m;
    m.offset = offset;
    m.stream = o.value(QLatin1String("stream")).toString();
    m.status = o.value(QLatin1String("status")).toString();
    m.id = o.value(QLatin1String("id")).toString();
    m.progress = o.value(QLatin1String("progress")).toString();
    const QJsonObject detail = o.value(QLatin1String("progressDetail")).toObject();
    if (detail.contains(QLatin1String("current")))
        m.current = qint64(detail.value(QLatin1String("current")).toDouble(-1));
    if (detail.contains(QLatin1String("total")))
        m.total = qint64(detail.value(QLatin1String("total")).toDouble(-1));
    m.aux = o.value(QLatin1String("aux")).toObject();
    m.auxId = m.aux.value(QLatin1String("ID")).toString();

    const QJsonValue errorDetail = o.value(QLatin1String("errorDetail"));
    const QJsonValue error = o.value(QLatin1String("error"));
    if (errorDetail.isObject() || (!error.isUndefined() && !error.isNull())) {
        m.kind = JsonMessage::Kind::Error;
        const QJsonObject d = errorDetail.toObject();
        m.errorCode = d.value(QLatin1String("code")).toInt();
        m.errorMessage = d.value(QLatin1String("message")).toString();
        if (m.errorMessage.isEmpty())
            m.errorMessage = error.isString()
                ? error.toString()
                : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        if (m.errorMessage.isEmpty())
            m.errorMessage = tr("the engine reported an error without a message");
    } else if (o.contains(QLatin1String("aux"))) {
        m.kind = JsonMessage::Kind::Aux;
    } else if (o.contains(QLatin1String("stream"))) {
        m.kind = JsonMessage::Kind::Stream;
    } else if (o.contains(QLatin1String("status"))) {
        m.kind = JsonMessage::Kind::Status;
    }
    return m;
}

} // namespace ws
