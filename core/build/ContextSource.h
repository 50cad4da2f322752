#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ws {

struct ImageDefinition;
struct Manifest;

// What goes into one image's build context: the folder, its Dockerfile and the extra host files
// the manifest adds (ImageOverride::extraContextFiles).
struct ContextSource
{
    QString contextDir; // absolute path of the context folder
    // The Dockerfile: absolute, or relative to contextDir; empty means "Dockerfile". When it lies
    // inside the context it is always sent, even if .dockerignore excludes it (as the docker CLI).
    QString dockerfile;
    QStringList extraFiles; // "hostpath:dest"; hostpath absolute or relative to contextDir

    // The source of an image of a workspace: its context folder and Dockerfile, and the manifest's
    // context_files for it (the override named by the image's id or full name), if any.
    static ContextSource forImage(const ImageDefinition &image, const Manifest *manifest = nullptr);

    QString dockerfilePath() const; // absolute path of the Dockerfile
    // The Dockerfile's path relative to the context ('/'-separated), empty when it lies outside.
    QString dockerfileInContext() const;
    // The path to give POST /build as `dockerfile=`: the one inside the context, or the name
    // under which ContextArchive adds a Dockerfile from outside the context.
    QString dockerfileInArchive() const;

    static constexpr const char *outsideDockerfileName = ".whalestack.Dockerfile";
};

// One entry of a context as it will be written to the tar.
struct ContextEntry
{
    enum class Type { File, Folder, Symlink };

    QString path; // relative to the context root, '/'-separated, no trailing '/'
    QString sourcePath; // absolute path on the host the content is read from
    Type type = Type::File;
    quint32 permissions = 0644; // mode & 07777, as on disk
    qint64 size = 0; // files only
    QString linkTarget; // symlinks only, as written in the link

    friend bool operator==(const ContextEntry &, const ContextEntry &) = default;
};

} // namespace ws
