#pragma once

// A copy of tests/unit/build/scheduler/FakeBuildRunner.h for the Builds view tests.

#include "build/BuildRunner.h"

#include <QStringList>

// A runner the test drives by hand: it records what the scheduler asks for and finishes an image
// only when the test calls finish(). With `finishAtOnce` it builds every image inside start().
class FakeBuildRunner : public ws::BuildRunner
{
    Q_OBJECT

public:
    using ws::BuildRunner::BuildRunner;

    void start(const QString &image) override
    {
        started << image;
        running << image;
        maxRunning = std::max(maxRunning, int(running.size()));
        if (finishAtOnce)
            finish(image);
    }
    void cancel(const QString &image) override { cancelled << image; }

    void finish(const QString &image, ws::BuildOutcome outcome = ws::BuildOutcome::Built,
                const QString &message = {})
    {
        running.removeOne(image);
        emit finished(image, outcome, message);
    }

    QStringList started; // every start(), in order
    QStringList running; // started and not finished, in start order
    QStringList cancelled;
    int maxRunning = 0;
    bool finishAtOnce = false;
};
