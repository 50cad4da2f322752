#pragma once

#include "workspace/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// A unit that runs an image (or reads a key itself), and why it is linked.
struct EtcdChainUnit
{
    enum class Reason {
        ReadsImageKey, // ExecStart* runs `etcdctl get /services/S/config/C-image-name`
        NamesImage, // an Exec line names the image itself
        ReadsKey, // an Exec line reads the asked key with etcdctl (no template in between)
    };

    QString name; // "nova-api@.service"
    QString path; // absolute
    int line = 0; // of the Exec option that links it
    Reason reason = Reason::NamesImage;
    QString detail; // the image-name key, or the image name, as found in the line

    friend bool operator==(const EtcdChainUnit &, const EtcdChainUnit &) = default;
};

// An image a rendered file ends up in, and the units that run it.
struct EtcdChainImage
{
    QString name; // full image name
    QString inheritedFrom; // empty for the image that holds the template, else its ancestor
    QList<EtcdChainUnit> units; // sorted by name

    friend bool operator==(const EtcdChainImage &, const EtcdChainImage &) = default;
};

// key → template (file:line) → rendered file → check_cmd / reload_cmd → images → units.
struct EtcdChainLink
{
    QString readKey; // the key or pattern as the template reads it
    QString function; // getv, gets, ls, ...
    QString templatePath; // absolute
    int line = 0;
    QString resourcePath; // the conf.d/*.toml
    QString dest; // the rendered file inside the container
    QString checkCmd;
    QString reloadCmd;
    // The image holding the template first, then the images built on it (they carry its confd
    // files too), each with its units.
    QList<EtcdChainImage> images;

    friend bool operator==(const EtcdChainLink &, const EtcdChainLink &) = default;
};

// Everything a key reaches.
struct EtcdKeyChains
{
    QByteArray key;
    QList<EtcdChainLink> links; // sorted by template path, line
    QList<EtcdChainUnit> directUnits; // units whose Exec lines read the key with etcdctl

    bool isEmpty() const { return links.isEmpty() && directUnits.isEmpty(); }
    QStringList unitNames() const; // every unit reached, sorted, unique
    QStringList imageNames() const; // every image reached, sorted, unique
};

// Follows a key through the workspace to the units a change to it touches.
//
// The rule for image → unit (the original's units never name their image: they read it from
// etcd and `docker run` it):
//   1. an Exec* line of the unit reads `/services/<S>/config/<C>-image-name` (with etcdctl get)
//      and the image's vars.mk sets COMPONENT = C (and, when it sets SERVICE, SERVICE = S);
//   2. or an Exec* line names the image itself: its full name, or its name without the tag.
// A template reads the key when the read is the key itself, a glob matching it (confd's
// path.Match), or a plain key the key lies below (`ls`, and confd's recursive fetch).
class EtcdKeyChain
{
    Q_DECLARE_TR_FUNCTIONS(EtcdKeyChain)
public:
    static EtcdKeyChains chains(const Workspace &workspace, const QByteArray &key);
    // The units that run `image`, by the rule above.
    static QList<EtcdChainUnit> unitsOf(const Workspace &workspace, const ImageDefinition &image);
    // The keys a unit's Exec* lines read with `etcdctl get`, with the option's line.
    static QList<QPair<QString, int>> keysReadBy(const UnitFile &unit);
    // True when a template read of `readKey` sees `key`.
    static bool reads(const QString &readKey, bool pattern, const QByteArray &key);
};

} // namespace ws
