#include "DockerContainerList.h"

#include "DockerClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

QString DockerContainerSummary::name() const
{
    const QString first = names.value(0);
    return first.startsWith(QLatin1Char('/')) ? first.mid(1) : first;
}

DockerContainerListJob *DockerContainerList::list(DockerClient *client, bool all, int timeoutMs)
{
    auto *job = new DockerContainerListJob(client);
    const QString where = client->endpoint().endpoint.toDisplayString();
    HttpRequest request = HttpRequest::get(all ? "/containers/json?all=1" : "/containers/json");
    if (timeoutMs > 0) {
        request.connectTimeoutMs = timeoutMs;
        request.firstByteTimeoutMs = timeoutMs;
        request.idleTimeoutMs = timeoutMs;
    }
    HttpReply *reply = client->send(request);
    QObject::connect(reply, &HttpReply::finished, job, [job, reply, where] {
        reply->deleteLater();
        if (reply->hasError()) {
            job->finishWithError(reply->error(), reply->errorString(), where);
            return;
        }
        QList<DockerContainerSummary> containers;
        QString error;
        if (!parse(reply->readAll(), where, &containers, &error)) {
            job->finishWithError(HttpReply::Error::ProtocolError, error, where);
            return;
        }
        job->finishWithResult(containers, where);
    });
    return job;
}

bool DockerContainerList::parse(const QByteArray &body, const QString &where,
                                QList<DockerContainerSummary> *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isArray()) {
        *error
            = tr("GET /containers/json at %1 did not answer a JSON list (%2). Is this a "
                 "Docker engine?")
                  .arg(where, doc.isNull() ? parseError.errorString() : tr("a JSON object came"));
        return false;
    }
    QList<DockerContainerSummary> result;
    const QJsonArray items = doc.array();
    result.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            *error = tr("GET /containers/json at %1 listed something that is not a container "
                        "object.")
                         .arg(where);
            return false;
        }
        const QJsonObject o = item.toObject();
        DockerContainerSummary c;
        c.id = o.value(QLatin1String("Id")).toString();
        for (const QJsonValue &name : o.value(QLatin1String("Names")).toArray())
            c.names << name.toString();
        c.image = o.value(QLatin1String("Image")).toString();
        c.state = o.value(QLatin1String("State")).toString().toLower();
        c.status = o.value(QLatin1String("Status")).toString();
        for (const QJsonValue &portValue : o.value(QLatin1String("Ports")).toArray()) {
            const QJsonObject p = portValue.toObject();
            DockerContainerPort port;
            port.ip = p.value(QLatin1String("IP")).toString();
            port.privatePort = p.value(QLatin1String("PrivatePort")).toInt();
            port.publicPort = p.value(QLatin1String("PublicPort")).toInt();
            port.type = p.value(QLatin1String("Type")).toString();
            c.ports << port;
        }
        c.labels = o.value(QLatin1String("Labels")).toObject().toVariantMap();
        if (c.id.isEmpty()) {
            *error = tr("GET /containers/json at %1 listed a container without an Id.").arg(where);
            return false;
        }
        result << c;
    }
    *out = result;
    return true;
}

} // namespace ws
