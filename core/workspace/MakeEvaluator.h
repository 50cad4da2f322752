#pragma once

#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ws {

// Evaluates the subset of GNU Make that the original layout's vars.mk and globals.mk files use,
// to learn an image's variables (IMAGE_PREFIX, DISTR, COMPONENT, BUILD_TAG, ...) and its name.
// Supported: include / -include / sinclude, =, :=, ::=, ?=, +=, define/endef, undefine,
// export/override prefixes, $(VAR) ${VAR} $V $$ and substitution references, ifdef/ifndef/
// ifeq/ifneq/else/endif (nested), # comments and backslash continuations, and the one shell call
// the original makes: $(shell git rev-parse --short HEAD). Rules and recipes are skipped.
// Unlike make, the process environment is not imported (a CI_SERVER set in the user's shell would
// change every tag): what a file sees comes from files and define() only.
class MakeEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(MakeEvaluator)
public:
    // The answer to $(shell git rev-parse --short HEAD): the hash, or why there is none.
    struct GitAnswer
    {
        bool ok = false;
        QString shortHash;
        QString error;
    };
    using GitProvider = std::function<GitAnswer()>;
    using FileReader = std::function<bool(const QString &path, QByteArray *contents, Problems *)>;

    MakeEvaluator();

    // Asked at most once, the first time a file calls $(shell git rev-parse --short HEAD).
    // Without a provider the call is answered as outside a git repository.
    void setGitProvider(GitProvider provider);
    // How included files are read; WorkspaceFile::read by default. Tests and the fuzz target
    // read from memory.
    void setFileReader(FileReader reader);
    // Defines a variable before any file is read, as `make NAME=value` would (simply expanded).
    void define(const QString &name, const QString &value);

    void evaluateFile(const QString &path, Problems *problems);
    void evaluate(const QByteArray &text, const QString &path, Problems *problems);

    // Make's `ifdef`: the variable exists and its unexpanded value is not empty.
    bool isDefined(const QString &name) const;
    // The expanded value, "" when undefined. Problems met while expanding go to `problems`.
    QString value(const QString &name, Problems *problems = nullptr);
    // Every variable, expanded.
    QHash<QString, QString> values(Problems *problems = nullptr);

    // The image name as the original docker/Makefile.component composes it; empty (and an
    // Error) when COMPONENT is empty. `file` locates the problems (the vars.mk).
    QString imageName(const QString &file, Problems *problems);

private:
    struct Variable
    {
        QString value;
        bool recursive = true;
        bool usesGitFallback = false; // a simple variable whose value came from a failed git call
        QString file;
        int line = 0;
    };
    struct Location
    {
        QString file;
        int line = 0;
    };

    void evaluateText(const QString &text, const QString &path, int depth);
    void include(const QString &argument, const Location &where, bool optional, int depth);
    void assign(const QString &name, const QString &op, const QString &rhs, const Location &where,
                bool fromOverride);
    bool evaluateCondition(const QString &keyword, const QString &argument, const Location &where);

    QString expand(const QString &text, const Location &where, int depth);
    QString expandReference(const QString &inner, const Location &where, int depth);
    QString expandFunction(const QString &function, const QString &arguments, const Location &where,
                           int depth);
    QString variableValue(const QString &name, const Location &where, int depth);
    void report(const Location &where, const QString &message, Problem::Severity severity);

    QHash<QString, Variable> m_variables;
    QSet<QString>
        m_overridden; // defined with define(): files cannot change them, like make's command line
    QSet<QString> m_expanding; // recursion guard for recursive variables
    QStringList m_includeStack; // canonical paths of the files being read, outermost first
    QSet<QString> m_reported; // a problem found on every expansion is reported once
    GitProvider m_gitProvider;
    std::optional<GitAnswer> m_gitAnswer;
    bool m_gitFallbackHit = false;
    int m_expansionBudget = 0; // variable expansions left for the current top-level expansion
    FileReader m_fileReader;
    Problems *m_problems = nullptr;
};

} // namespace ws
