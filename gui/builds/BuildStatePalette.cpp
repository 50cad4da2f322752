#include "BuildStatePalette.h"

namespace ws {

QColor BuildStatePalette::colour(BuildState state)
{
    // Mid-lightness hues: dark enough for a dot on a white base, light enough on a dark one,
    // and distinct for the common colour-vision deficiencies in the pairs that matter (built
    // green against failed red differ in lightness too).
    switch (state) {
    case BuildState::Queued:
        return QColor(0x7f, 0x8c, 0xa3);
    case BuildState::Waiting:
        return QColor(0xa0, 0xa0, 0xa0);
    case BuildState::Running:
        return QColor(0x2f, 0x80, 0xed);
    case BuildState::Built:
        return QColor(0x2e, 0xa0, 0x5a);
    case BuildState::UpToDate:
        return QColor(0x1a, 0x9c, 0x9c);
    case BuildState::Failed:
        return QColor(0xd6, 0x33, 0x3a);
    case BuildState::Blocked:
        return QColor(0xe0, 0x85, 0x1a);
    case BuildState::Cancelled:
        return QColor(0x8e, 0x6c, 0xc0);
    }
    return {};
}

QString BuildStatePalette::nodeText(BuildState state, int step, int steps)
{
    if (state == BuildState::Running && steps > 0)
        return tr("%1 %2/%3").arg(buildStateText(state)).arg(step).arg(steps);
    return buildStateText(state);
}

QString BuildStatePalette::pushMark(PushState state)
{
    switch (state) {
    case PushState::NotQueued:
        return {};
    case PushState::Queued:
        return QStringLiteral("\u2191\u2026"); // ↑…
    case PushState::Pushing:
        return QStringLiteral("\u2191\u25b8"); // ↑▸
    case PushState::Pushed:
        return QStringLiteral("\u2191\u2713"); // ↑✓
    case PushState::Failed:
        return QStringLiteral("\u2191\u2717"); // ↑✗
    case PushState::Cancelled:
        return QStringLiteral("\u2191\u2013"); // ↑–
    }
    return {};
}

ImageNodeItem::Status BuildStatePalette::nodeStatus(BuildState state, int step, int steps,
                                                    PushState push, const QString &warning)
{
    ImageNodeItem::Status status;
    status.colour = colour(state);
    status.text = nodeText(state, step, steps);
    status.mark = pushMark(push);
    status.warning = warning;
    return status;
}

ImageNodeItem::Status BuildStatePalette::idleStatus(const QString &warning)
{
    ImageNodeItem::Status status;
    status.text = tr("idle");
    status.warning = warning;
    return status;
}

} // namespace ws
