#pragma once

#include "workspace/Workspace.h"

#include <QDir>

// Workspaces built in code for the GUI tests: the explorer is given a value, no loader involved.
struct TestWorkspaces
{
    static constexpr const char *base = "guitest/demo-base:1.0";
    static constexpr const char *web = "guitest/demo-web:1.0";
    static constexpr const char *api = "guitest/demo-api:1.0";
    static constexpr const char *tool = "guitest/demo-tool:1.0";
    static constexpr const char *registrator = "gliderlabs/registrator:v7";
    static constexpr const char *external = "debian:12-slim";

    static ws::ImageDefinition image(const QString &root, const QString &id, const QString &name,
                                     const QString &parent, ws::ImageDefinition::ParentKind kind,
                                     bool buildable = true)
    {
        ws::ImageDefinition image;
        image.id = id;
        image.name = name;
        image.contextDir = root + QLatin1Char('/') + id;
        if (buildable) {
            image.dockerfilePath = image.contextDir + QStringLiteral("/Dockerfile");
            image.dockerfile.path = image.dockerfilePath;
            ws::DockerfileStage stage;
            stage.base = parent.isEmpty() ? QStringLiteral("scratch") : parent;
            stage.line = 1;
            image.dockerfile.stages.append(stage);
        }
        image.varsFile = image.contextDir + QStringLiteral("/vars.mk");
        image.parent = parent;
        image.parentKind = kind;
        return image;
    }

    static ws::TemplateResource resource(const QString &root, const QString &id,
                                         const QString &name, const QStringList &keys)
    {
        ws::TemplateResource resource;
        const QString confd = root + QLatin1Char('/') + id + QStringLiteral("/root/etc/confd");
        resource.path = confd + QStringLiteral("/conf.d/") + name + QStringLiteral(".toml");
        resource.src = name + QStringLiteral(".conf.tmpl");
        resource.templatePath = confd + QStringLiteral("/templates/") + resource.src;
        resource.dest = QStringLiteral("/etc/") + name + QStringLiteral(".conf");
        resource.reloadCmd = QStringLiteral("sv hup ") + name;
        int line = 1;
        for (const QString &key : keys) {
            const bool pattern = key.contains(QLatin1Char('*'));
            resource.reads.append(
                {key, pattern ? QStringLiteral("gets") : QStringLiteral("getv"), line++, pattern});
        }
        return resource;
    }

    // Four images on three levels, one external base, one image used but not built, two keys
    // (one a pattern), a template unit and its instance, and two problems.
    static ws::Workspace demo()
    {
        using Kind = ws::ImageDefinition::ParentKind;
        const QString root = QDir::cleanPath(QDir::tempPath() + QStringLiteral("/guitest-demo"));
        ws::Workspace workspace;
        workspace.root = root;
        workspace.name = QStringLiteral("guitest");

        auto baseImage = image(root, QStringLiteral("base"), base, {}, Kind::None);
        auto webImage = image(root, QStringLiteral("apps/web"), web, base, Kind::Workspace);
        webImage.dockerfile.exposedPorts = {QStringLiteral("8080")};
        webImage.dockerfile.labels
            = {{QStringLiteral("org.whalestack.role"), QStringLiteral("frontend")}};
        webImage.dockerfile.env = {{QStringLiteral("WEB_PORT"), QStringLiteral("8080")}};
        webImage.templates.append(resource(
            root, QStringLiteral("apps/web"), QStringLiteral("web"),
            {QStringLiteral("/services/web/config/port"), QStringLiteral("/services/db/hosts/*")}));
        auto apiImage = image(root, QStringLiteral("apps/api"), api, base, Kind::Workspace);
        apiImage.templates.append(resource(root, QStringLiteral("apps/api"), QStringLiteral("api"),
                                           {QStringLiteral("/services/db/hosts/*")}));
        auto toolImage = image(root, QStringLiteral("tool"), tool, external, Kind::External);
        auto registratorImage
            = image(root, QStringLiteral("infra/registrator"), registrator, {}, Kind::None, false);
        workspace.images = {apiImage, baseImage, webImage, toolImage, registratorImage};
        std::sort(workspace.images.begin(), workspace.images.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });

        workspace.keyCatalogue = {
            {QStringLiteral("/services/db/hosts/*"),
             true,
             {api, web},
             {apiImage.templates[0].templatePath, webImage.templates[0].templatePath}},
            {QStringLiteral("/services/web/config/port"),
             false,
             {web},
             {webImage.templates[0].templatePath}},
        };

        ws::UnitFile templateUnit;
        templateUnit.path = root + QStringLiteral("/units/web@.service");
        templateUnit.name = QStringLiteral("web@.service");
        templateUnit.kind = ws::UnitFile::Kind::Template;
        templateUnit.prefix = QStringLiteral("web");
        templateUnit.type = QStringLiteral("service");
        templateUnit.options = {
            {QStringLiteral("Unit"), QStringLiteral("Description"), QStringLiteral("Web %i"), 2},
            {QStringLiteral("Service"), QStringLiteral("ExecStart"),
             QStringLiteral("/usr/bin/docker run --name web-%i guitest/demo-web:1.0"), 5},
            {QStringLiteral("X-Fleet"), QStringLiteral("Conflicts"),
             QStringLiteral("web@*.service"), 8},
        };
        ws::UnitFile instance = templateUnit;
        instance.path = root + QStringLiteral("/units/web@1.service");
        instance.name = QStringLiteral("web@1.service");
        instance.kind = ws::UnitFile::Kind::Instance;
        instance.instance = QStringLiteral("1");
        workspace.units = {templateUnit, instance};

        workspace.problems = {
            ws::makeProblem(root + QStringLiteral("/apps/api/Dockerfile"), 3, 7,
                            QStringLiteral("Unknown instruction \"FORM\".")),
            ws::makeProblem(root + QStringLiteral("/units/web@1.service"), 1, 0,
                            QStringLiteral("Option before the first section."),
                            ws::Problem::Severity::Warning),
        };
        return workspace;
    }
};
