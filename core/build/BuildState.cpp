#include "BuildState.h"

#include <QCoreApplication>

namespace ws {

bool isFinalState(BuildState state)
{
    switch (state) {
    case BuildState::Queued:
    case BuildState::Waiting:
    case BuildState::Running:
        return false;
    case BuildState::Built:
    case BuildState::UpToDate:
    case BuildState::Failed:
    case BuildState::Blocked:
    case BuildState::Cancelled:
        return true;
    }
    return false;
}

bool isSuccessState(BuildState state)
{
    return state == BuildState::Built || state == BuildState::UpToDate;
}

QString buildStateId(BuildState state)
{
    switch (state) {
    case BuildState::Queued:
        return QStringLiteral("queued");
    case BuildState::Waiting:
        return QStringLiteral("waiting");
    case BuildState::Running:
        return QStringLiteral("running");
    case BuildState::Built:
        return QStringLiteral("built");
    case BuildState::UpToDate:
        return QStringLiteral("up-to-date");
    case BuildState::Failed:
        return QStringLiteral("failed");
    case BuildState::Blocked:
        return QStringLiteral("blocked");
    case BuildState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

bool buildStateFromId(const QString &id, BuildState *state)
{
    for (BuildState candidate :
         {BuildState::Queued, BuildState::Waiting, BuildState::Running, BuildState::Built,
          BuildState::UpToDate, BuildState::Failed, BuildState::Blocked, BuildState::Cancelled}) {
        if (buildStateId(candidate) == id) {
            if (state)
                *state = candidate;
            return true;
        }
    }
    return false;
}

QString buildStateText(BuildState state)
{
    // A plain enum has no class to carry tr(); the context names the enum for translators.
    switch (state) {
    case BuildState::Queued:
        return QCoreApplication::translate("ws::BuildState", "queued");
    case BuildState::Waiting:
        return QCoreApplication::translate("ws::BuildState", "waiting");
    case BuildState::Running:
        return QCoreApplication::translate("ws::BuildState", "running");
    case BuildState::Built:
        return QCoreApplication::translate("ws::BuildState", "built");
    case BuildState::UpToDate:
        return QCoreApplication::translate("ws::BuildState", "up to date");
    case BuildState::Failed:
        return QCoreApplication::translate("ws::BuildState", "failed");
    case BuildState::Blocked:
        return QCoreApplication::translate("ws::BuildState", "blocked");
    case BuildState::Cancelled:
        return QCoreApplication::translate("ws::BuildState", "cancelled");
    }
    return QString();
}

BuildState stateForOutcome(BuildOutcome outcome)
{
    switch (outcome) {
    case BuildOutcome::Built:
        return BuildState::Built;
    case BuildOutcome::UpToDate:
        return BuildState::UpToDate;
    case BuildOutcome::Failed:
        return BuildState::Failed;
    case BuildOutcome::Cancelled:
        return BuildState::Cancelled;
    }
    return BuildState::Failed;
}

} // namespace ws
