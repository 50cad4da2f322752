#pragma once

#include "common/Problem.h"
#include "confd/TemplateResource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// Lists every etcd key a confd template (Go text/template) reads through confd's store functions
// (getv, getvs, gets, get, ls, lsdir, exists and the decrypting c* variants), and checks the
// template's structure as Go's parser would: unterminated actions, strings and comments,
// unbalanced parentheses, {{end}}/{{else}} without an opener, openers without {{end}}.
class TemplateKeyExtractor
{
    Q_DECLARE_TR_FUNCTIONS(TemplateKeyExtractor)

public:
    // Keys in template order, with the resource's prefix applied (applyPrefix). Keys built at run
    // time from printf "%s"/"%d"/"%v" verbs become glob patterns ('*' per verb); other run-time
    // keys are not listed and get a Warning. Syntax errors are Errors with their line and column.
    // `path` only names the file in problems.
    static QList<TemplateKey> extract(const QByteArray &text, const QString &path,
                                      const QString &prefix, Problems *problems);

    // The etcd key confd reads for `key` under a resource prefix: prefix and key joined by
    // exactly one '/', rooted at '/' (confd joins "/", -prefix and the resource prefix). An
    // empty prefix leaves the key as written.
    static QString applyPrefix(const QString &prefix, const QString &key);

    // True for the confd functions that read the key store.
    static bool isStoreFunction(const QString &name);
};

} // namespace ws
