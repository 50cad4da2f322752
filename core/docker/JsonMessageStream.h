#pragma once

#include "JsonMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// Incremental parser of Docker's JSON message stream: JSON objects one after another, with or
// without newlines between them, split anywhere by the transport. feed() takes whatever bytes
// arrived and appends each complete object as a typed JsonMessage. Bytes that are not a stream
// of objects (or an object larger than maxObjectSize()) stop the parser with an error that names
// the byte offset; it never crashes and never grows without bound.
class JsonMessageStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonMessageStream)

public:
    static constexpr qsizetype kDefaultMaxObjectSize = 8 * 1024 * 1024;

    // Appends the messages completed by these bytes to *out. False once the stream is broken
    // (then and afterwards: hasError() and errorString() say why and where).
    bool feed(QByteArrayView bytes, QList<JsonMessage> *out);
    // The stream has ended: false (with an error) when an object was cut off.
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    qint64 bytesConsumed() const { return m_base + m_scan; }

    void setMaxObjectSize(qsizetype bytes) { m_maxObjectSize = bytes; }
    qsizetype maxObjectSize() const { return m_maxObjectSize; }

    // One object, already isolated, as a message (for tests and for single-object bodies).
    static JsonMessage fromObject(const QJsonObject &object, qint64 offset = 0);

private:
    bool fail(qint64 offset, const QString &message);

    QByteArray m_buffer; // bytes not yet consumed: the start of an incomplete object
    qint64 m_base = 0; // stream offset of m_buffer[0]
    qsizetype m_scan = 0; // how far the scanner has looked into m_buffer
    int m_depth = 0; // nesting of { and [ inside the current object; 0 = between objects
    bool m_inString = false;
    bool m_escape = false;
    qsizetype m_maxObjectSize = kDefaultMaxObjectSize;
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace ws
