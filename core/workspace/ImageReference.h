#pragma once

#include <QString>

namespace ws {

// The parts of a Docker image reference that matter for the image graph: where the tag is, and
// the implicit ":latest" Docker adds when a reference names none.
class ImageReference
{
public:
    // "ubuntu" -> "ubuntu:latest"; "ubuntu:14.04", "a/b@sha256:..." and "" unchanged.
    static QString normalized(const QString &reference);
    // True when the reference names a tag or a digest ("host:5000/a" names neither).
    static bool hasTagOrDigest(const QString &reference);
    // The reference without its tag or digest: "host:5000/a/b:1" -> "host:5000/a/b".
    static QString repository(const QString &reference);
};

} // namespace ws
