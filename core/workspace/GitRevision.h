#pragma once

#include "MakeEvaluator.h"

#include <QCoreApplication>
#include <QString>

namespace ws {

// Answers `git rev-parse --short HEAD` for a folder, the one shell call the original globals.mk
// makes to compose BUILD_TAG.
class GitRevision
{
    Q_DECLARE_TR_FUNCTIONS(GitRevision)
public:
    // Runs git in `folder`; blocks for at most `timeoutMs`. Call it on a worker thread.
    static MakeEvaluator::GitAnswer shortHead(const QString &folder, int timeoutMs = 10000);
};

} // namespace ws
