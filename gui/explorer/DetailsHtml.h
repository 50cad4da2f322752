#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws {

class Workspace;
struct ImageDefinition;
struct KeyUse;
struct UnitFile;

// The details panel's pages, as HTML for a QTextBrowser: one function a kind of selection.
// Paths are shown relative to the workspace root; every value is escaped.
class DetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(ws::DetailsHtml)

public:
    static QString image(const Workspace &workspace, const ImageDefinition &image);
    static QString externalImage(const Workspace &workspace, const QString &name);
    static QString key(const Workspace &workspace, const KeyUse &key);
    static QString unit(const Workspace &workspace, const UnitFile &unit);
    static QString workspaceSummary(const Workspace &workspace);
    // The FROM chain of an image up to its first external base or scratch, the image first.
    static QStringList fromChain(const Workspace &workspace, const ImageDefinition &image);
};

} // namespace ws
