#pragma once

#include <QString>

namespace ws {

// Where one image of a build queue stands. Queued: ready, waiting for a free slot. Waiting: some
// parent in the plan is not built yet. Blocked: a parent failed or was cancelled, so the image is
// never sent to the engine.
enum class BuildState { Queued, Waiting, Running, Built, UpToDate, Failed, Blocked, Cancelled };

// How a runner says one build ended.
enum class BuildOutcome { Built, UpToDate, Failed, Cancelled };

// True for the states an image never leaves on its own (Built, UpToDate, Failed, Blocked,
// Cancelled); only a retry moves it on.
bool isFinalState(BuildState state);

// True for Built and UpToDate: the image exists, its children may start.
bool isSuccessState(BuildState state);

// The stable identifier used in JSON and history: "queued", "waiting", "running", "built",
// "up-to-date", "failed", "blocked", "cancelled".
QString buildStateId(BuildState state);

// The state named by buildStateId(); false when `id` names none.
bool buildStateFromId(const QString &id, BuildState *state);

// The translated name shown to people.
QString buildStateText(BuildState state);

// The state an outcome leads to.
BuildState stateForOutcome(BuildOutcome outcome);

} // namespace ws
