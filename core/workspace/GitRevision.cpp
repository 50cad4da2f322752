// git itself is asked rather than .git/HEAD and packed-refs read by hand: `--short` has rules of
// its own (core.abbrev, a length that grows with the number of objects so the hash stays
// unique), and worktrees, submodules and the reftable format put HEAD elsewhere. The loader asks
// once per workspace, so one process per load is the whole cost.
#include "GitRevision.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace ws {

MakeEvaluator::GitAnswer GitRevision::shortHead(const QString &folder, int timeoutMs)
{
    MakeEvaluator::GitAnswer answer;
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty()) {
        answer.error = tr("git is not installed");
        return answer;
    }
    if (!QFileInfo(folder).isDir()) {
        answer.error = tr("%1 is not a folder").arg(folder);
        return answer;
    }
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProgram(git);
    process.setArguments(
        {QStringLiteral("rev-parse"), QStringLiteral("--short"), QStringLiteral("HEAD")});
    // A user's GIT_DIR would point git at another repository than the workspace's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        answer.error = tr("git did not start: %1").arg(process.errorString());
        return answer;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        answer.error = tr("git did not answer within %1 s").arg(timeoutMs / 1000);
        return answer;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || out.isEmpty()) {
        QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (err.startsWith(QLatin1String("fatal: ")))
            err = err.mid(7);
        answer.error
            = err.isEmpty() ? tr("git rev-parse failed") : err.section(QLatin1Char('\n'), 0, 0);
        return answer;
    }
    answer.ok = true;
    answer.shortHash = out;
    return answer;
}

} // namespace ws
