#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace ws {

// The exclusion rules of a build context's .dockerignore, matched the way Docker matches them
// (moby/patternmatcher as used by the docker CLI): the last matching pattern wins, `!` re-includes,
// a pattern that matches a folder excludes everything below it, `**` spans any number of folders.
class DockerIgnore
{
    Q_DECLARE_TR_FUNCTIONS(DockerIgnore)

public:
    struct Pattern
    {
        QString text; // cleaned, without the leading `!`: "build/**/*.o"
        bool exclusion = false; // a `!` pattern: re-includes what earlier patterns excluded
        int line = 0; // 1-based line in .dockerignore; 0 for patterns not read from a file
        QRegularExpression regex;
        int depth = 0; // number of path elements of the pattern
    };

    DockerIgnore() = default;

    // Parses the content of a .dockerignore. `file` names it in problems; a broken pattern is
    // reported and left out, the others still apply.
    static DockerIgnore parse(const QByteArray &content, const QString &file,
                              Problems *problems = nullptr);
    // Reads `contextDir`/.dockerignore; an absent file gives an empty (exclude-nothing) set.
    static DockerIgnore load(const QString &contextDir, Problems *problems = nullptr);

    // Adds one pattern in .dockerignore syntax ("!keep", "/tmp/**"); false when it is broken.
    bool addPattern(const QString &pattern, int line = 0, Problems *problems = nullptr,
                    const QString &file = {});
    // Files that are always sent even when a pattern excludes them, as the docker CLI does with
    // the Dockerfile and .dockerignore. Paths relative to the context, '/'-separated.
    void keepAlways(const QString &relativePath);

    // Whether the context-relative path ("src/main.c", no leading "./") is left out.
    bool isExcluded(const QString &relativePath) const;
    // Whether the walk must still enter an excluded folder because a `!` pattern may re-include
    // something below it (Docker's rule: an exception pattern that starts with the folder path).
    bool mustWalkExcludedFolder(const QString &relativePath) const;

    bool isEmpty() const { return m_patterns.isEmpty(); }
    const QList<Pattern> &patterns() const { return m_patterns; }

    // Go's filepath.Clean on a '/'-separated path: "a//b/./c/.." -> "a/b", "" -> ".".
    static QString cleanPath(const QString &path);

private:
    bool matches(const Pattern &pattern, const QString &path) const;

    QList<Pattern> m_patterns;
    QStringList m_keep;
    bool m_hasExclusions = false;
};

} // namespace ws
