#pragma once

#include <QJsonObject>
#include <QString>

namespace ws {

// One object of Docker's JSON message stream (build, pull, push; PROTOCOLS.md §1.8.1), typed.
struct JsonMessage
{
    enum class Kind {
        Stream, // builder output text in `stream`
        Status, // progress: `status`, `id`, `progress`, `progressDetail`
        Aux, // `aux`: the built image ID ({"ID": …}) or a push result ({"Tag", "Digest", "Size"})
        Error, // `errorDetail` / `error`: the operation failed
        Other, // none of those (kept for display, never a failure)
    };

    Kind kind = Kind::Other;
    QString stream;
    QString status;
    QString id;
    QString progress;
    qint64 current = -1; // progressDetail.current, -1 when absent
    qint64 total = -1; // progressDetail.total, -1 when absent
    QJsonObject aux;
    QString auxId; // aux.ID: "sha256:…" after each build stage
    int errorCode = 0; // errorDetail.code, 0 when absent
    QString errorMessage; // errorDetail.message, or `error` when only that came
    qint64 offset = 0; // where the object started in the stream (bytes)
};

} // namespace ws
