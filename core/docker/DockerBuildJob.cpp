#include "DockerBuildJob.h"

#include "DockerClient.h"
#include "http/HttpReply.h"

#include <QRegularExpression>

namespace ws {

namespace {

constexpr int kTailLines = 30; // lines of the last step's output kept for the failure message
constexpr qsizetype kMaxLine = 64 * 1024;

} // namespace

DockerBuildJob::DockerBuildJob(HttpReply *reply, const QString &endpoint, QObject *parent)
    : DockerStreamJob(reply, endpoint, parent)
{ }

void DockerBuildJob::abort()
{
    if (abortStream())
        killRunningContainer();
}

void DockerBuildJob::killRunningContainer()
{
    auto *client = qobject_cast<DockerClient *>(parent());
    if (!client || m_runningContainer.isEmpty())
        return;
    HttpReply *kill = client->send(
        HttpRequest("POST", "/containers/" + m_runningContainer.toLatin1() + "/kill"));
    // Fire and forget: the build's own failure handling removes the container (forcerm).
    connect(kill, &HttpReply::finished, kill, &QObject::deleteLater);
    m_runningContainer.clear();
}

void DockerBuildJob::handleMessage(const JsonMessage &m)
{
    switch (m.kind) {
    case JsonMessage::Kind::Stream: {
        // The builder sends partial lines ("Step 1/4 : FROM x" then "\n"): join them.
        m_partialLine += m.stream;
        qsizetype nl;
        while ((nl = m_partialLine.indexOf(QLatin1Char('\n'))) >= 0) {
            QString line = m_partialLine.left(nl);
            m_partialLine.remove(0, nl + 1);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            handleLine(line);
        }
        // Output without newlines (a progress bar of a RUN step) must not grow without bound.
        if (m_partialLine.size() > kMaxLine) {
            handleLine(m_partialLine);
            m_partialLine.clear();
        }
        break;
    }
    case JsonMessage::Kind::Status: {
        QString line = m.id.isEmpty() ? m.status : m.id + QLatin1String(": ") + m.status;
        if (!m.progress.isEmpty())
            line += QLatin1Char(' ') + m.progress;
        Q_EMIT logLine(line);
        break;
    }
    case JsonMessage::Kind::Aux:
        if (!m.auxId.isEmpty())
            m_result.imageId = m.auxId; // one per stage: the last is the image
        break;
    case JsonMessage::Kind::Error:
        noteEngineError(m.errorMessage);
        Q_EMIT logLine(m.errorMessage);
        break;
    case JsonMessage::Kind::Other:
        break;
    }
}

void DockerBuildJob::handleLine(const QString &line)
{
    static const QRegularExpression step(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
    static const QRegularExpression built(QStringLiteral("^Successfully built ([0-9a-f]+)$"));
    static const QRegularExpression running(QStringLiteral("^ ---> Running in ([0-9a-f]+)$"));
    const QRegularExpressionMatch runningMatch = running.match(line);
    if (runningMatch.hasMatch())
        m_runningContainer = runningMatch.captured(1);
    else if (line.startsWith(QLatin1String("Removing intermediate container ")))
        m_runningContainer.clear();
    const QRegularExpressionMatch stepMatch = step.match(line);
    if (stepMatch.hasMatch()) {
        m_result.lastStep = stepMatch.captured(1).toInt();
        m_result.stepsTotal = stepMatch.captured(2).toInt();
        m_result.lastStepInstruction = stepMatch.captured(3);
        m_result.outputTail.clear();
        Q_EMIT logLine(line);
        Q_EMIT stepStarted(m_result.lastStep, m_result.stepsTotal, m_result.lastStepInstruction);
        return;
    }
    if (line.trimmed() == QLatin1String("---> Using cache")) {
        ++m_result.cacheHits;
        Q_EMIT cacheHit();
    }
    const QRegularExpressionMatch builtMatch = built.match(line);
    if (builtMatch.hasMatch())
        m_shortId = builtMatch.captured(1);
    m_result.outputTail.append(line);
    if (m_result.outputTail.size() > kTailLines)
        m_result.outputTail.removeFirst();
    Q_EMIT logLine(line);
}

void DockerBuildJob::fail(HttpReply::Error error, const QString &message)
{
    finishWithError(error, message, where());
}

void DockerBuildJob::streamEnded(HttpReply *reply)
{
    const QString at = where();
    if (!m_partialLine.isEmpty()) {
        handleLine(m_partialLine);
        m_partialLine.clear();
    }

    const QString stepText = m_result.lastStep > 0 ? tr("step %1/%2 (%3)")
                                                         .arg(m_result.lastStep)
                                                         .arg(m_result.stepsTotal)
                                                         .arg(m_result.lastStepInstruction)
                                                   : QString();
    const QString tail = m_result.outputTail.join(QLatin1Char('\n'));
    const auto withStep = [&](const QString &what) {
        QString text = stepText.isEmpty() ? what : tr("%1 at %2").arg(what, stepText);
        if (!tail.isEmpty())
            text += QLatin1Char('\n') + tail;
        return text;
    };

    if (wasAborted()) {
        m_result.cancelled = true;
        fail(HttpReply::Error::Aborted, withStep(tr("The build at %1 was cancelled").arg(at)));
        return;
    }
    if (reply->error() == HttpReply::Error::HttpStatus || reply->status() >= 300) {
        fail(HttpReply::Error::HttpStatus,
             tr("The engine at %1 refused the build before it started (HTTP %2): %3")
                 .arg(at)
                 .arg(reply->status())
                 .arg(refusalMessage()));
        return;
    }
    if (!engineError().isEmpty()) {
        fail(HttpReply::Error::ProtocolError,
             withStep(tr("The build failed: %1").arg(engineError())));
        return;
    }
    if (reply->error() == HttpReply::Error::Timeout) {
        killRunningContainer();
        fail(HttpReply::Error::Timeout,
             withStep(tr("The build stalled: the engine at %1 sent nothing for %2 s. Check "
                         "the engine, or raise the build's idle timeout")
                          .arg(at)
                          .arg(reply->request().idleTimeoutMs / 1000)));
        return;
    }
    if (reply->error() == HttpReply::Error::Closed) {
        // Not the reply's own message: it quotes the whole percent-encoded query.
        fail(HttpReply::Error::Closed,
             withStep(tr("The engine at %1 closed the connection during the build (did it stop "
                         "or restart?). Retry the build")
                          .arg(at)));
        return;
    }
    if (reply->hasError()) {
        fail(reply->error(), withStep(tr("The build failed: %1").arg(reply->errorString())));
        return;
    }
    if (!finishStream()) {
        fail(HttpReply::Error::ProtocolError, withStep(streamErrorString()));
        return;
    }
    if (m_result.imageId.isEmpty() && !m_shortId.isEmpty())
        m_result.imageId = m_shortId; // engines before API 1.30 send no aux ID
    setEndpoint(at);
    if (m_result.imageId.isEmpty()) {
        fail(HttpReply::Error::Closed,
             withStep(tr("The engine at %1 ended the build stream without an image ID: the "
                         "connection was dropped or the engine restarted. Retry the build.")
                          .arg(at)));
        return;
    }
    finish();
}

} // namespace ws
