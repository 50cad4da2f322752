#pragma once

#include "workspace/ImageDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ws {

// Writes a fleet unit file for a workspace image in the original project's pattern (the
// bundled openstack-kilo fleet-unit-files): stop and remove the old container, pull the image
// named by the etcd key /services/SERVICE/config/COMPONENT-image-name, `docker run` it with
// SERVICE_<port>_NAME for registrator per EXPOSEd port, Restart=on-failure; [X-Fleet] either
// Global=true (one per machine matching the metadata) or a template COMPONENT@.service whose
// instances conflict with each other. SERVICE and COMPONENT come from the image's vars.mk.
class FleetUnitGenerator
{
    Q_DECLARE_TR_FUNCTIONS(FleetUnitGenerator)

public:
    struct Options
    {
        enum class Kind {
            Template, // COMPONENT@.service, Conflicts=COMPONENT@*.service
            Global, // COMPONENT.service, Global=true
        };
        Kind kind = Kind::Template;
        // MachineMetadata= values, one line each ("role=control").
        QStringList machineMetadata;
        // SERVICE_<port>_NAME per EXPOSEd port ("9292" → "services/router/backend/glance/api");
        // a port not named here gets services/router/backend/SERVICE[/PART][/PORT].
        QMap<QString, QString> serviceNames;
        // etcd as the containers' confd reaches it (CONFD_OPTS -node); empty leaves it out.
        QString confdNode = QStringLiteral("172.17.42.1:4001");
        // A lock file that serialises pulls on a host, as the original does; empty: no flock.
        QString pullLock = QStringLiteral("/run/docker-pull.lock");
        QString timeoutStart = QStringLiteral("20m");
    };

    struct Result
    {
        QString fileName; // "glance-api@.service", "keystone.service"
        QByteArray text; // the unit file
        QString imageNameKey; // the etcd key that must hold the image name to run
        QString service;
        QString component;
    };

    // What the generator needs of an image. (ws-workspace links ws-fleet, so this module
    // takes a copy of the few fields rather than linking back; imageOf() makes it.)
    struct Image
    {
        QString name; // full image name
        QString id; // folder in the workspace: "openstack/glance/glance-api"
        QString service; // vars.mk SERVICE; empty: COMPONENT
        QString component; // vars.mk COMPONENT; empty: the folder's name
        QStringList exposedPorts; // "9292", "53/udp"
        QStringList keys; // etcd keys its confd templates read
    };
    static Image imageOf(const ImageDefinition &image)
    {
        return {image.name,
                image.id,
                image.makeVariables.value(QStringLiteral("SERVICE")).trimmed(),
                image.makeVariables.value(QStringLiteral("COMPONENT")).trimmed(),
                image.dockerfile.exposedPorts,
                image.keys()};
    }

    static Result generate(const Image &image, const Options &options);
    static Result generate(const Image &image) { return generate(image, Options()); }
    static Result generate(const ImageDefinition &image, const Options &options)
    {
        return generate(imageOf(image), options);
    }
    static Result generate(const ImageDefinition &image) { return generate(image, Options()); }

    // SERVICE and COMPONENT with their fallbacks: COMPONENT the folder's name, SERVICE
    // COMPONENT.
    static QString service(const Image &image);
    static QString component(const Image &image);
    // "/services/glance/config/glance-api-image-name".
    static QString imageNameKey(const Image &image);
    // The default SERVICE_<port>_NAME of `port` for the image.
    static QString defaultServiceName(const Image &image, const QString &port);
};

} // namespace ws
