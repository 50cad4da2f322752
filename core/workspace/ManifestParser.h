#pragma once

#include "Manifest.h"
#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

// Reads whalestack.yaml (schema version 1, docs/manifest.md) with yaml-cpp. Unknown keys, wrong
// types and YAML syntax errors become Problems with line and column; what is valid is kept.
class ManifestParser
{
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
public:
    static Manifest parse(const QByteArray &text, const QString &path, Problems *problems);
};

} // namespace ws
