#include "DetailsHtml.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QSet>

namespace ws {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString relative(const Workspace &workspace, const QString &path)
{
    if (path.isEmpty() || workspace.root.isEmpty())
        return path;
    const QString result = QDir(workspace.root).relativeFilePath(path);
    return result.startsWith(QLatin1String("..")) ? path : result;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px; "
                          "white-space:nowrap'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(name), valueHtml);
}

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(esc(text));
}

QString list(const QStringList &items, bool asCode = true)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul style='margin-top:0'>");
    for (const QString &entry : items)
        html += QStringLiteral("<li>%1</li>").arg(asCode ? code(entry) : esc(entry));
    return html + QStringLiteral("</ul>");
}

QString pairs(const QList<QPair<QString, QString>> &values)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (const auto &[name, value] : values)
        html += QStringLiteral(
                    "<tr><td style='padding-right:8px; white-space:nowrap'>%1</td><td>%2</td></tr>")
                    .arg(code(name), code(value));
    return html + QStringLiteral("</table>");
}

QString none()
{
    return QStringLiteral("<i>%1</i>").arg(esc(DetailsHtml::tr("none")));
}

} // namespace

QStringList DetailsHtml::fromChain(const Workspace &workspace, const ImageDefinition &image)
{
    QStringList chain {image.name};
    QSet<QString> seen {image.name};
    const ImageDefinition *current = &image;
    while (current && !current->parent.isEmpty()) {
        const QString parent = current->parent;
        if (seen.contains(parent)) {
            chain.append(parent); // a cycle: show where it closes, then stop
            break;
        }
        seen.insert(parent);
        chain.append(parent);
        current = current->parentKind == ImageDefinition::ParentKind::External
            ? nullptr
            : workspace.image(parent);
    }
    if (current && current->buildable() && current->parent.isEmpty()
        && !current->dockerfile.stages.isEmpty())
        chain.append(QStringLiteral("scratch"));
    return chain;
}

QString DetailsHtml::image(const Workspace &workspace, const ImageDefinition &image)
{
    QString html = heading(image.name);
    html += QStringLiteral("<table>");
    html += row(tr("Image"), code(image.name));
    html += row(tr("Folder"), code(image.id));
    html += row(tr("Context"), code(relative(workspace, image.contextDir)));
    html += row(tr("Dockerfile"),
                image.buildable() ? code(relative(workspace, image.dockerfilePath))
                                  : QStringLiteral("<i>%1</i>")
                                        .arg(esc(tr("none: the workspace uses this image "
                                                    "but does not build it"))));
    if (!image.varsFile.isEmpty())
        html += row(tr("Variables"), code(relative(workspace, image.varsFile)));
    html += QStringLiteral("</table>");

    // The chain reads from the image up to the base it finally rests on.
    QStringList chainHtml;
    const QStringList chain = fromChain(workspace, image);
    for (int i = 0; i < chain.size(); ++i) {
        QString entry = code(chain[i]);
        if (i > 0 && chain[i] != QLatin1String("scratch") && !workspace.image(chain[i]))
            entry += QStringLiteral(" <i>(%1)</i>").arg(esc(tr("external")));
        chainHtml.append(entry);
    }
    html += heading(tr("FROM chain"));
    html += QStringLiteral("<p>%1</p>").arg(chainHtml.join(QStringLiteral(" &larr; ")));
    if (image.dockerfile.stages.size() > 1) {
        QStringList stages;
        for (const DockerfileStage &stage : image.dockerfile.stages)
            stages.append(
                stage.name.isEmpty()
                    ? tr("FROM %1 (line %2)").arg(stage.base).arg(stage.line)
                    : tr("FROM %1 AS %2 (line %3)").arg(stage.base, stage.name).arg(stage.line));
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Stages:"))) + list(stages);
    }

    const QStringList children = workspace.children(image.name);
    if (!children.isEmpty())
        html += heading(tr("Images built on it")) + list(children);

    html += heading(tr("Exposed ports"));
    html += image.dockerfile.exposedPorts.isEmpty() ? none() : list(image.dockerfile.exposedPorts);
    if (!image.dockerfile.labels.isEmpty())
        html += heading(tr("Labels")) + pairs(image.dockerfile.labels);
    if (!image.dockerfile.env.isEmpty())
        html += heading(tr("Environment")) + pairs(image.dockerfile.env);

    html += heading(tr("etcd keys its templates read"));
    const QStringList keys = image.keys();
    html += keys.isEmpty() ? none() : list(keys);

    html += heading(tr("confd templates"));
    if (image.templates.isEmpty()) {
        html += none();
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th>"
                               "<th align='left'>%3</th></tr>")
                    .arg(esc(tr("Template")), esc(tr("Destination")), esc(tr("Reload")));
        for (const TemplateResource &resource : image.templates)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(code(resource.src), code(resource.dest), code(resource.reloadCmd));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString DetailsHtml::externalImage(const Workspace &workspace, const QString &name)
{
    QString html = heading(name);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("An external base image: the workspace builds on it but does not "
                            "produce it.")));
    const QStringList children = workspace.children(name);
    if (!children.isEmpty())
        html += heading(tr("Images built on it")) + list(children);
    return html;
}

QString DetailsHtml::key(const Workspace &workspace, const KeyUse &key)
{
    QString html = heading(key.key);
    if (key.pattern)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("A pattern: the templates read every key it matches.")));
    html += heading(tr("Read by images"));
    html += key.images.isEmpty() ? none() : list(key.images);
    QStringList templates;
    for (const QString &path : key.templates)
        templates.append(relative(workspace, path));
    html += heading(tr("Read by templates"));
    html += templates.isEmpty() ? none() : list(templates);
    return html;
}

QString DetailsHtml::unit(const Workspace &workspace, const UnitFile &unit)
{
    QString html = heading(unit.name);
    html += QStringLiteral("<table>");
    html += row(tr("File"), code(relative(workspace, unit.path)));
    QString kind;
    switch (unit.kind) {
    case UnitFile::Kind::Plain:
        kind = tr("a plain unit");
        break;
    case UnitFile::Kind::Template:
        kind = tr("a template: instances are named %1@N.%2").arg(unit.prefix, unit.type);
        break;
    case UnitFile::Kind::Instance:
        kind = tr("instance %1 of the template %2").arg(unit.instance, unit.templateName());
        break;
    }
    html += row(tr("Kind"), esc(kind));
    html += QStringLiteral("</table>");
    for (const QString &section : unit.sections()) {
        html += heading(QStringLiteral("[%1]").arg(section));
        html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
        for (const UnitOption &option : unit.options) {
            if (option.section != section)
                continue;
            html += QStringLiteral("<tr><td style='padding-right:8px; "
                                   "white-space:nowrap'>%1</td><td>%2</td></tr>")
                        .arg(code(option.name), code(option.value));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString DetailsHtml::workspaceSummary(const Workspace &workspace)
{
    QString html = heading(workspace.name);
    html += QStringLiteral("<table>");
    html += row(tr("Folder"), code(workspace.root));
    html += row(tr("Images"), QString::number(workspace.images.size()));
    html += row(tr("External bases"), QString::number(workspace.externalBases().size()));
    html += row(tr("Keys read by templates"), QString::number(workspace.keyCatalogue.size()));
    html += row(tr("Unit files"), QString::number(workspace.units.size()));
    html += row(tr("Problems"), QString::number(workspace.problems.size()));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Select an image in the graph or in a list to see its details.")));
    return html;
}

} // namespace ws
