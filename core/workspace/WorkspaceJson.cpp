#include "WorkspaceJson.h"

#include <QJsonArray>

namespace ws {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject pairs(const QList<QPair<QString, QString>> &list)
{
    QJsonObject object;
    for (const auto &pair : list)
        object.insert(pair.first, pair.second);
    return object;
}

QJsonObject hash(const QHash<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString parentKind(ImageDefinition::ParentKind kind)
{
    switch (kind) {
    case ImageDefinition::ParentKind::Workspace:
        return QStringLiteral("workspace");
    case ImageDefinition::ParentKind::External:
        return QStringLiteral("external");
    case ImageDefinition::ParentKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject WorkspaceJson::toJson(const ImageDefinition &image)
{
    QJsonArray stages;
    for (const DockerfileStage &stage : image.dockerfile.stages) {
        QJsonObject s {{QStringLiteral("base"), stage.base},
                       {QStringLiteral("name"), stage.name},
                       {QStringLiteral("platform"), stage.platform},
                       {QStringLiteral("line"), stage.line},
                       {QStringLiteral("base_stage"), stage.baseStage}};
        if (!stage.copyFromImages.isEmpty())
            s.insert(QStringLiteral("copy_from"), strings(stage.copyFromImages));
        stages.append(s);
    }
    QJsonArray templates;
    for (const TemplateResource &resource : image.templates) {
        QJsonArray reads;
        for (const TemplateKey &key : resource.reads)
            reads.append(QJsonObject {{QStringLiteral("key"), key.key},
                                      {QStringLiteral("function"), key.function},
                                      {QStringLiteral("line"), key.line},
                                      {QStringLiteral("pattern"), key.pattern}});
        templates.append(QJsonObject {{QStringLiteral("resource"), resource.path},
                                      {QStringLiteral("template"), resource.templatePath},
                                      {QStringLiteral("src"), resource.src},
                                      {QStringLiteral("dest"), resource.dest},
                                      {QStringLiteral("prefix"), resource.prefix},
                                      {QStringLiteral("keys"), strings(resource.keys)},
                                      {QStringLiteral("reads"), reads}});
    }
    QJsonArray args;
    for (const auto &arg : image.dockerfile.globalArgs)
        args.append(QJsonObject {{QStringLiteral("name"), arg.first},
                                 {QStringLiteral("value"), arg.second}});
    return QJsonObject {{QStringLiteral("id"), image.id},
                        {QStringLiteral("name"), image.name},
                        {QStringLiteral("context"), image.contextDir},
                        {QStringLiteral("dockerfile"), image.dockerfilePath},
                        {QStringLiteral("vars_file"), image.varsFile},
                        {QStringLiteral("buildable"), image.buildable()},
                        {QStringLiteral("parent"), image.parent},
                        {QStringLiteral("parent_kind"), parentKind(image.parentKind)},
                        {QStringLiteral("exposed_ports"), strings(image.dockerfile.exposedPorts)},
                        {QStringLiteral("labels"), pairs(image.dockerfile.labels)},
                        {QStringLiteral("env"), pairs(image.dockerfile.env)},
                        {QStringLiteral("build_args"), args},
                        {QStringLiteral("make_variables"), hash(image.makeVariables)},
                        {QStringLiteral("stages"), stages},
                        {QStringLiteral("templates"), templates},
                        {QStringLiteral("keys"), strings(image.keys())}};
}

QJsonObject WorkspaceJson::toJson(const UnitFile &unit)
{
    QString kind = QStringLiteral("plain");
    if (unit.kind == UnitFile::Kind::Template)
        kind = QStringLiteral("template");
    else if (unit.kind == UnitFile::Kind::Instance)
        kind = QStringLiteral("instance");
    // Options grouped by section, sections in first-seen order, options in file order.
    QStringList order;
    QHash<QString, QJsonArray> options;
    for (const UnitOption &option : unit.options) {
        if (!options.contains(option.section))
            order << option.section;
        options[option.section].append(QJsonObject {{QStringLiteral("name"), option.name},
                                                    {QStringLiteral("value"), option.value},
                                                    {QStringLiteral("line"), option.line}});
    }
    QJsonArray sections;
    for (const QString &section : std::as_const(order))
        sections.append(QJsonObject {{QStringLiteral("name"), section},
                                     {QStringLiteral("options"), options.value(section)}});
    QString templateName = unit.templateName();
    if (unit.kind == UnitFile::Kind::Template)
        templateName = unit.name;
    return QJsonObject {{QStringLiteral("name"), unit.name},
                        {QStringLiteral("path"), unit.path},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("type"), unit.type},
                        {QStringLiteral("template"), templateName},
                        {QStringLiteral("instance"), unit.instance},
                        {QStringLiteral("sections"), sections}};
}

QJsonObject WorkspaceJson::toJson(const Problem &problem)
{
    return QJsonObject {{QStringLiteral("severity"),
                         problem.severity == Problem::Severity::Error ? QStringLiteral("error")
                                                                      : QStringLiteral("warning")},
                        {QStringLiteral("file"), problem.file},
                        {QStringLiteral("line"), problem.line},
                        {QStringLiteral("column"), problem.column},
                        {QStringLiteral("message"), problem.message}};
}

QJsonObject WorkspaceJson::toJson(const Manifest &manifest)
{
    QJsonArray images;
    for (const ImageOverride &o : manifest.images)
        images.append(QJsonObject {{QStringLiteral("image"), o.image},
                                   {QStringLiteral("build_args"), hash(o.buildArgs)},
                                   {QStringLiteral("context_files"), strings(o.extraContextFiles)},
                                   {QStringLiteral("tag"), o.tag}});
    QJsonArray environments;
    for (const Environment &env : manifest.environments) {
        QJsonArray services;
        for (const ServiceEndpoint &s : env.services)
            services.append(QJsonObject {{QStringLiteral("kind"), s.kind},
                                         {QStringLiteral("name"), s.name},
                                         {QStringLiteral("endpoint"), s.endpoint},
                                         {QStringLiteral("secret"), s.secretRef}});
        environments.append(
            QJsonObject {{QStringLiteral("name"), env.name},
                         {QStringLiteral("etcd"),
                          QJsonObject {{QStringLiteral("endpoints"), strings(env.etcdEndpoints)}}},
                         {QStringLiteral("fleet"),
                          QJsonObject {{QStringLiteral("endpoint"), env.fleetEndpoint},
                                       {QStringLiteral("tunnel"), env.fleetTunnel}}},
                         {QStringLiteral("docker"),
                          QJsonObject {{QStringLiteral("hosts"), strings(env.dockerHosts)}}},
                         {QStringLiteral("services"), services}});
    }
    return QJsonObject {{QStringLiteral("path"), manifest.path},
                        {QStringLiteral("version"), manifest.schemaVersion},
                        {QStringLiteral("name"), manifest.name},
                        {QStringLiteral("registry"), manifest.registry},
                        {QStringLiteral("tag_policy"), manifest.tagPolicy},
                        {QStringLiteral("tag"), manifest.tag},
                        {QStringLiteral("build_args"), hash(manifest.buildArgs)},
                        {QStringLiteral("images"), images},
                        {QStringLiteral("units_dir"), manifest.unitsDir},
                        {QStringLiteral("environments"), environments}};
}

QJsonObject WorkspaceJson::toJson(const Workspace &workspace)
{
    QJsonArray images;
    for (const ImageDefinition &image : workspace.images)
        images.append(toJson(image));
    QJsonArray keys;
    for (const KeyUse &use : workspace.keyCatalogue)
        keys.append(QJsonObject {{QStringLiteral("key"), use.key},
                                 {QStringLiteral("pattern"), use.pattern},
                                 {QStringLiteral("images"), strings(use.images)},
                                 {QStringLiteral("templates"), strings(use.templates)}});
    QJsonArray units;
    for (const UnitFile &unit : workspace.units)
        units.append(toJson(unit));
    QJsonArray problems;
    for (const Problem &problem : workspace.problems)
        problems.append(toJson(problem));
    return QJsonObject {{QStringLiteral("root"), workspace.root},
                        {QStringLiteral("name"), workspace.name},
                        {QStringLiteral("images"), images},
                        {QStringLiteral("external_bases"), strings(workspace.externalBases())},
                        {QStringLiteral("keys"), keys},
                        {QStringLiteral("units"), units},
                        {QStringLiteral("problems"), problems},
                        {QStringLiteral("manifest"), toJson(workspace.manifest)}};
}

} // namespace ws
