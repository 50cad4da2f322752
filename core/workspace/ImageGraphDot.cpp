#include "ImageGraphDot.h"

namespace ws {

QString ImageGraphDot::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QString ImageGraphDot::toDot(const Workspace &workspace)
{
    QString dot = QStringLiteral("digraph images {\n  node [shape=box];\n");
    for (const QString &base : workspace.externalBases())
        dot += QLatin1String("  ") + quoted(base) + QLatin1String(" [style=dashed];\n");
    for (const ImageDefinition &image : workspace.images) {
        dot += QLatin1String("  ") + quoted(image.name);
        if (!image.buildable())
            dot += QLatin1String(" [style=dotted]"); // used by the workspace, not built by it
        dot += QLatin1String(";\n");
    }
    for (const ImageDefinition &image : workspace.images)
        if (image.parentKind != ImageDefinition::ParentKind::None)
            dot += QLatin1String("  ") + quoted(image.parent) + QLatin1String(" -> ")
                + quoted(image.name) + QLatin1String(";\n");
    dot += QLatin1String("}\n");
    return dot;
}

} // namespace ws
