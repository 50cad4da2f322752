#pragma once

#include "common/Problem.h"
#include "confd/TemplateResource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

// Reads a confd template resource (conf.d/NAME.toml, a [template] table) with toml++.
class TemplateResourceParser
{
    Q_DECLARE_TR_FUNCTIONS(TemplateResourceParser)

public:
    // The resource described by `toml`, read from `path` (used for problems and to resolve
    // templatePath = <folder of path>/../templates/<src>, absolute and clean). Missing required
    // keys (src, dest, keys), wrong types and TOML syntax errors are Errors with line and column;
    // unknown keys are Warnings. `reads` stays empty: see load().
    static TemplateResource parse(const QByteArray &toml, const QString &path, Problems *problems);

    // Reads the .toml file at `path`, parses it, then reads the template it names and fills
    // `reads` through TemplateKeyExtractor with the resource's prefix. An unreadable file or a
    // missing template is an Error; what could be read is still returned.
    static TemplateResource load(const QString &path, Problems *problems);

    // Warns (at the template's line) about every read that lies outside the resource's `keys`:
    // confd fetches only what `keys` lists, so such a read finds nothing (getv fails the
    // render). load() calls it; callers that use parse() and TemplateKeyExtractor themselves
    // can call it after filling `reads`.
    static void checkReadsAreFetched(const TemplateResource &resource, Problems *problems);
};

} // namespace ws
