#include "EtcdDraftStore.h"

#include "EtcdEndpoints.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace ws {

namespace {

constexpr int kFormatVersion = 1;
const QLatin1String kSuffix(".draft.json");

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool fromBase64(const QJsonValue &value, QByteArray *out)
{
    if (!value.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

} // namespace

EtcdDraftStore::EtcdDraftStore(const QString &cluster, const QString &folder)
    : m_cluster(cluster), m_folder(folder.isEmpty() ? defaultFolder() : folder)
{ }

QString EtcdDraftStore::clusterId(const EtcdEndpoints &endpoints)
{
    QStringList urls;
    for (const Endpoint &endpoint : endpoints.endpoints)
        urls << endpoint.toDisplayString();
    std::sort(urls.begin(), urls.end());
    urls.removeDuplicates();
    return urls.join(QLatin1Char(','));
}

QString EtcdDraftStore::defaultFolder()
{
    const QString dataDir = qEnvironmentVariable("WHALESTACK_DATA_DIR");
    if (!dataDir.isEmpty())
        return QDir(dataDir).filePath(QStringLiteral("drafts"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("drafts"));
}

QString EtcdDraftStore::filePath(const QByteArray &key) const
{
    // Keys are bytes of any kind: the file is named by a hash of cluster and key, which are
    // stored inside it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_cluster.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(key);
    return QDir(m_folder).filePath(QString::fromLatin1(hash.result().toHex().left(40)) + kSuffix);
}

QString EtcdDraftStore::moveAside(const QString &path) const
{
    QString target = path + QLatin1String(".damaged");
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QLatin1String(".damaged-") + QString::number(n);
    if (!QFile::rename(path, target))
        return tr("It could not be moved aside either; it stays at %1.").arg(path);
    return tr("It was moved aside to %1.").arg(target);
}

std::optional<EtcdDraft> EtcdDraftStore::read(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the draft %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    file.close();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject o = document.object();
    EtcdDraft draft;
    bool ok = parseError.error == QJsonParseError::NoError && document.isObject()
        && o.value(QLatin1String("version")).toInt() == kFormatVersion
        && fromBase64(o.value(QLatin1String("key")), &draft.key)
        && fromBase64(o.value(QLatin1String("baseValue")), &draft.baseValue)
        && fromBase64(o.value(QLatin1String("text")), &draft.text)
        && o.value(QLatin1String("cluster")).isString();
    if (ok) {
        draft.cluster = o.value(QLatin1String("cluster")).toString();
        bool numberOk = false;
        draft.baseModRevision
            = o.value(QLatin1String("baseModRevision")).toString().toLongLong(&numberOk);
        draft.savedAt = QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(),
                                              Qt::ISODateWithMs);
        ok = numberOk && draft.baseModRevision >= 0;
    }
    if (!ok) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : tr("it is not a draft of this version");
        if (error)
            *error = tr("The draft %1 is damaged (%2). %3").arg(path, why, moveAside(path));
        return std::nullopt;
    }
    return draft;
}

QList<EtcdDraft> EtcdDraftStore::list(QStringList *problems) const
{
    QList<EtcdDraft> drafts;
    const QDir dir(m_folder);
    const QStringList files
        = dir.entryList({QLatin1String("*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QString error;
        std::optional<EtcdDraft> draft = read(dir.filePath(name), &error);
        if (!draft) {
            if (problems)
                *problems << error;
            continue;
        }
        if (draft->cluster == m_cluster)
            drafts << *draft;
    }
    std::sort(drafts.begin(), drafts.end(),
              [](const EtcdDraft &a, const EtcdDraft &b) { return a.key < b.key; });
    return drafts;
}

std::optional<EtcdDraft> EtcdDraftStore::load(const QByteArray &key, QString *error) const
{
    const QString path = filePath(key);
    if (!QFile::exists(path))
        return std::nullopt;
    std::optional<EtcdDraft> draft = read(path, error);
    // A hash collision is not worth a thought, but a file copied from elsewhere is.
    if (draft && (draft->key != key || draft->cluster != m_cluster))
        return std::nullopt;
    return draft;
}

bool EtcdDraftStore::save(const EtcdDraft &draft, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = tr("Cannot create the drafts folder %1.").arg(m_folder);
        return false;
    }
    const QDateTime savedAt
        = draft.savedAt.isValid() ? draft.savedAt : QDateTime::currentDateTimeUtc();
    const QJsonObject o {
        {QLatin1String("version"), kFormatVersion},
        {QLatin1String("cluster"), m_cluster},
        {QLatin1String("key"), toBase64(draft.key)},
        // A string: JSON numbers lose precision past 2^53, revisions are int64.
        {QLatin1String("baseModRevision"), QString::number(draft.baseModRevision)},
        {QLatin1String("baseValue"), toBase64(draft.baseValue)},
        {QLatin1String("text"), toBase64(draft.text)},
        {QLatin1String("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    const QString path = filePath(draft.key);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save the draft of %1 to %2: %3")
                         .arg(QString::fromUtf8(draft.key), path, file.errorString());
        return false;
    }
    return true;
}

bool EtcdDraftStore::discard(const QByteArray &key, QString *error) const
{
    const QString path = filePath(key);
    if (!QFile::exists(path))
        return true;
    QFile file(path);
    if (!file.remove()) {
        if (error)
            *error = tr("Cannot remove the draft %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ws
