#include "settings/ProfileStore.h"

#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

namespace ws {

namespace {

// The keys of one profile in the file, beside the ConnectionProfile field each fills.
constexpr const char *NameKey = "name";
constexpr const char *KindKey = "kind";
constexpr const char *EndpointsKey = "endpoints";
constexpr const char *CaFileKey = "ca_file";
constexpr const char *CertFileKey = "cert_file";
constexpr const char *KeyFileKey = "key_file";
constexpr const char *VerifyTlsKey = "verify_tls";
constexpr const char *UsernameKey = "username";
constexpr const char *SecretRefKey = "secret_ref";
constexpr const char *VersionKey = "version";
constexpr const char *ProfilesKey = "profiles";

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toStd(const QString &s)
{
    return s.toUtf8().toStdString();
}

// Parses one file; collects problems with the file's name and yaml-cpp's 0-based marks made
// 1-based, so editors can jump to them. Its messages are ProfileStore's (one translation
// context for the file format).
class ProfileReader
{
public:
    using Contents = ProfileStore::Contents;

    explicit ProfileReader(const QString &fileName) : m_fileName(fileName) { }

    Contents read(const QByteArray &yaml)
    {
        YAML::Node root;
        try {
            root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        } catch (const YAML::Exception &e) {
            report(e.mark,
                   ProfileStore::tr(
                       "The file is not valid YAML: %1. No profile is loaded from it; fix "
                       "it, or save new profiles and find it kept as %2.broken.")
                       .arg(fromStd(e.msg), QFileInfo(m_fileName).fileName()));
            m_contents.readable = false;
            return std::move(m_contents);
        }
        try {
            readRoot(root);
        } catch (const std::exception &e) {
            // yaml-cpp throws on access patterns we do not expect to use (the checks above
            // each access should make this unreachable); a broken file must not end the app.
            report(root.Mark(),
                   ProfileStore::tr("Could not read the profiles: %1")
                       .arg(QString::fromUtf8(e.what())));
        }
        return std::move(m_contents);
    }

private:
    void report(const YAML::Mark &mark, const QString &message,
                Problem::Severity severity = Problem::Severity::Error)
    {
        const int line = mark.line >= 0 ? mark.line + 1 : 0;
        const int column = mark.line >= 0 && mark.column >= 0 ? mark.column + 1 : 0;
        m_contents.problems.append(makeProblem(m_fileName, line, column, message, severity));
    }

    // YAML forbids a key twice in one mapping, but yaml-cpp keeps both; the first one wins.
    bool isDuplicate(QSet<QString> &seen, const YAML::Node &key)
    {
        const QString name = fromStd(key.Scalar());
        if (!seen.contains(name)) {
            seen.insert(name);
            return false;
        }
        report(key.Mark(),
               ProfileStore::tr("“%1” appears a second time in the same mapping; only the first "
                                "one is used.")
                   .arg(name));
        return true;
    }

    static QByteArray dump(const YAML::Node &node)
    {
        return QByteArray::fromStdString(YAML::Dump(node));
    }

    void readRoot(const YAML::Node &root)
    {
        if (root.IsNull())
            return; // an empty file: no profiles yet
        if (!root.IsMap()) {
            report(root.Mark(),
                   ProfileStore::tr("Expected a mapping with the keys “version” and “profiles” "
                                    "at the top of the file."));
            m_contents.readable = false;
            return;
        }
        QSet<QString> seen;
        for (const auto &entry : root) {
            const YAML::Node &key = entry.first;
            const YAML::Node &value = entry.second;
            const QString name = key.IsScalar() ? fromStd(key.Scalar()) : QString();
            if (key.IsScalar() && isDuplicate(seen, key))
                continue;
            if (name == QLatin1String(VersionKey))
                readVersion(value);
            else if (name == QLatin1String(ProfilesKey))
                readProfiles(value);
            else if (!key.IsScalar())
                report(key.Mark(),
                       ProfileStore::tr("A key must be a plain word; this one is ignored."),
                       Problem::Severity::Warning);
            else {
                report(key.Mark(),
                       ProfileStore::tr("Unknown key “%1”: it is kept as it is but not used.")
                           .arg(name),
                       Problem::Severity::Warning);
                m_contents.unknownFields.append({name, dump(value)});
            }
        }
    }

    void readVersion(const YAML::Node &value)
    {
        int version = 0;
        if (!value.IsScalar() || !YAML::convert<int>::decode(value, version)) {
            report(value.Mark(),
                   ProfileStore::tr("“version” must be a whole number (this version reads %1).")
                       .arg(ProfileStore::SchemaVersion));
            return;
        }
        if (version != ProfileStore::SchemaVersion)
            report(value.Mark(),
                   ProfileStore::tr("Profiles schema version %1 is not supported: this version of "
                                    "Whalestack reads version %2. The profiles it understands are "
                                    "loaded; saving writes version %2.")
                       .arg(version)
                       .arg(ProfileStore::SchemaVersion));
    }

    void readProfiles(const YAML::Node &list)
    {
        if (list.IsNull())
            return;
        if (!list.IsSequence()) {
            report(list.Mark(),
                   ProfileStore::tr("“profiles” must be a list (each item starting with “- ”)."));
            return;
        }
        for (const auto &item : list) {
            std::optional<ConnectionProfile> profile = readProfile(item);
            if (!profile)
                continue;
            if (m_names.contains(profile->name)) {
                report(item.Mark(),
                       ProfileStore::tr("A second profile is named “%1”; names must be unique. "
                                        "Only the first one is used.")
                           .arg(profile->name));
                continue;
            }
            m_names.insert(profile->name);
            m_contents.profiles.append(*profile);
        }
    }

    // A scalar read as a string; null is the empty string. Reports and returns nullopt otherwise.
    std::optional<QString> readString(const YAML::Node &key, const YAML::Node &value)
    {
        if (value.IsNull())
            return QString();
        if (!value.IsScalar()) {
            report(value.Mark(),
                   ProfileStore::tr("“%1” must be a single value, not a list or mapping.")
                       .arg(fromStd(key.Scalar())));
            return std::nullopt;
        }
        return fromStd(value.Scalar());
    }

    std::optional<ConnectionProfile> readProfile(const YAML::Node &item)
    {
        if (!item.IsMap()) {
            report(item.Mark(),
                   ProfileStore::tr("Each profile must be a mapping with at least “name” and "
                                    "“kind”; this item is skipped."));
            return std::nullopt;
        }
        ConnectionProfile profile;
        bool hasName = false;
        bool hasKind = false;
        bool kindValid = true;
        QSet<QString> seen;
        for (const auto &entry : item) {
            const YAML::Node &key = entry.first;
            const YAML::Node &value = entry.second;
            if (!key.IsScalar()) {
                report(key.Mark(),
                       ProfileStore::tr("A key must be a plain word; this one is ignored."),
                       Problem::Severity::Warning);
                continue;
            }
            if (isDuplicate(seen, key))
                continue;
            const std::string &k = key.Scalar();
            if (k == NameKey) {
                if (const auto s = readString(key, value)) {
                    profile.name = s->trimmed();
                    hasName = !profile.name.isEmpty();
                }
            } else if (k == KindKey) {
                hasKind = true;
                const auto s = readString(key, value);
                const auto kind = s ? ConnectionProfile::kindFromName(s->trimmed()) : std::nullopt;
                if (kind)
                    profile.kind = *kind;
                else {
                    kindValid = false;
                    if (s)
                        report(
                            value.Mark(),
                            ProfileStore::tr("Unknown kind “%1”: use one of %2.")
                                .arg(*s, ConnectionProfile::kindNames().join(QLatin1String(", "))));
                }
            } else if (k == EndpointsKey) {
                readEndpoints(value, profile.endpoints);
            } else if (k == CaFileKey) {
                profile.caFile = readString(key, value).value_or(QString());
            } else if (k == CertFileKey) {
                profile.certFile = readString(key, value).value_or(QString());
            } else if (k == KeyFileKey) {
                profile.keyFile = readString(key, value).value_or(QString());
            } else if (k == UsernameKey) {
                profile.username = readString(key, value).value_or(QString());
            } else if (k == SecretRefKey) {
                profile.secretRef = readString(key, value).value_or(QString());
            } else if (k == VerifyTlsKey) {
                bool verify = true;
                if (value.IsScalar() && YAML::convert<bool>::decode(value, verify))
                    profile.verifyTls = verify;
                else
                    report(value.Mark(),
                           ProfileStore::tr("“verify_tls” must be true or false; TLS "
                                            "certificates are verified."));
            } else {
                report(key.Mark(),
                       ProfileStore::tr("Unknown key “%1” in a profile: it is kept as it is but "
                                        "not used.")
                           .arg(fromStd(k)),
                       Problem::Severity::Warning);
                profile.unknownFields.append({fromStd(k), dump(value)});
            }
        }
        if (!hasName) {
            report(item.Mark(), ProfileStore::tr("This profile has no “name”; it is skipped."));
            return std::nullopt;
        }
        if (!hasKind) {
            report(
                item.Mark(),
                ProfileStore::tr("Profile “%1” has no “kind” (one of %2); it is skipped.")
                    .arg(profile.name, ConnectionProfile::kindNames().join(QLatin1String(", "))));
            return std::nullopt;
        }
        if (!kindValid)
            return std::nullopt; // reported where the kind is
        return profile;
    }

    void readEndpoints(const YAML::Node &value, QStringList &endpoints)
    {
        if (value.IsNull())
            return;
        if (value.IsScalar()) {
            const QString endpoint = fromStd(value.Scalar()).trimmed();
            if (!endpoint.isEmpty())
                endpoints.append(endpoint);
            return;
        }
        if (!value.IsSequence()) {
            report(value.Mark(),
                   ProfileStore::tr("“endpoints” must be one address or a list of addresses."));
            return;
        }
        for (const auto &endpoint : value) {
            const QString address
                = endpoint.IsScalar() ? fromStd(endpoint.Scalar()).trimmed() : QString();
            if (!address.isEmpty())
                endpoints.append(address);
            else
                report(endpoint.Mark(),
                       ProfileStore::tr("Each endpoint must be an address such as "
                                        "“https://127.0.0.1:2379”; this one is ignored."));
        }
    }

    QString m_fileName;
    Contents m_contents;
    QSet<QString> m_names; // of the profiles loaded so far
};

void emitString(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << toStd(value);
}

void emitUnknown(YAML::Emitter &out, const QList<std::pair<QString, QByteArray>> &fields)
{
    for (const auto &[key, yaml] : fields) {
        YAML::Node node;
        try {
            node = YAML::Load(yaml.toStdString());
        } catch (const YAML::Exception &) {
            continue; // it came from YAML::Dump, so it parses; never fail a save over it
        }
        // YAML limits an implicit key to 1024 characters and yaml-cpp's emitter does not check:
        // a long key (escaping can quadruple it) is written in the explicit "? key" form.
        if (key.size() > 200)
            out << YAML::LongKey;
        out << YAML::Key << toStd(key) << YAML::Value << node;
    }
}

} // namespace

ProfileStore::ProfileStore() : ProfileStore(defaultFilePath())
{ }

ProfileStore::ProfileStore(const QString &filePath) : m_filePath(filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    // The AppConfigLocation of an application named as AppSettings names it, whether or not
    // QCoreApplication's names have been set yet.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1Char('/') + AppSettings::organizationName() + QLatin1Char('/')
        + AppSettings::applicationName() + QLatin1String("/profiles.yaml");
}

QString ProfileStore::backupFilePath() const
{
    return m_filePath + QLatin1String(".bak");
}

QString ProfileStore::brokenFilePath() const
{
    return m_filePath + QLatin1String(".broken");
}

bool ProfileStore::load()
{
    m_contents = {};
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_contents.problems.append(
            makeProblem(m_filePath, 0, 0,
                        tr("Could not read the connection profiles: %1.").arg(file.errorString())));
        return false;
    }
    m_contents = parse(file.readAll(), m_filePath);
    for (const Problem &p : std::as_const(m_contents.problems))
        if (p.severity == Problem::Severity::Error)
            return false;
    return true;
}

std::optional<Problem> ProfileStore::save()
{
    const auto failure = [this](const QString &reason) {
        return makeProblem(m_filePath, 0, 0,
                           tr("Could not save the connection profiles: %1. The previous file is "
                              "unchanged.")
                               .arg(reason));
    };

    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return failure(tr("cannot create the folder %1").arg(info.absolutePath()));

    const QByteArray bytes = serialize(m_contents.profiles, m_contents.unknownFields);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    // flush() and error() are checked on purpose: Qt 6.4's QSaveFile::commit() reports success
    // after a short write (a full disk, a file size limit) that only flush() noticed, and would
    // replace the old file with a truncated one.
    if (file.write(bytes) != bytes.size() || !file.flush()
        || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failure(reason);
    }

    // The backup is made only once the new contents are written to the temporary file, so a
    // failed write never costs the previous backup.
    if (info.exists() && !m_contents.readable) {
        // The file on disk is one we could not read at all: what the user wrote there must not
        // end up only in a .bak that the next save overwrites.
        const QString broken = brokenFilePath();
        if ((QFileInfo::exists(broken) && !QFile::remove(broken))
            || !QFile::copy(m_filePath, broken)) {
            file.cancelWriting();
            return failure(tr("cannot keep the unreadable file as %1").arg(broken));
        }
    }
    if (info.exists()) {
        const QString backup = backupFilePath();
        if (QFileInfo::exists(backup) && !QFile::remove(backup)) {
            file.cancelWriting();
            return failure(tr("cannot replace the backup %1").arg(backup));
        }
        if (!QFile::copy(m_filePath, backup)) {
            file.cancelWriting();
            return failure(tr("cannot copy the previous file to %1").arg(backup));
        }
    }
    if (!file.commit())
        return failure(file.errorString());
    m_contents.readable = true; // what is on disk now is ours
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    for (const ConnectionProfile &p : m_contents.profiles)
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ProfileStore::setProfile(const ConnectionProfile &profile)
{
    for (ConnectionProfile &p : m_contents.profiles) {
        if (p.name == profile.name) {
            p = profile;
            return;
        }
    }
    m_contents.profiles.append(profile);
}

bool ProfileStore::removeProfile(const QString &name)
{
    return m_contents.profiles.removeIf([&](const ConnectionProfile &p) { return p.name == name; })
        > 0;
}

void ProfileStore::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_contents.profiles = profiles;
}

ProfileStore::Contents ProfileStore::parse(const QByteArray &yaml, const QString &fileName)
{
    return ProfileReader(fileName).read(yaml);
}

QByteArray ProfileStore::serialize(const QList<ConnectionProfile> &profiles,
                                   const QList<std::pair<QString, QByteArray>> &unknownFields)
{
    YAML::Emitter out;
    out << YAML::Comment("Whalestack connection profiles. Passwords are not "
                         "stored here: secret_ref names an entry in the system keychain.")
        << YAML::Newline;
    out << YAML::BeginMap;
    out << YAML::Key << VersionKey << YAML::Value << SchemaVersion;
    out << YAML::Key << ProfilesKey << YAML::Value << YAML::BeginSeq;
    for (const ConnectionProfile &p : profiles) {
        out << YAML::BeginMap;
        out << YAML::Key << NameKey << YAML::Value << toStd(p.name);
        out << YAML::Key << KindKey << YAML::Value << toStd(ConnectionProfile::kindName(p.kind));
        if (!p.endpoints.isEmpty()) {
            out << YAML::Key << EndpointsKey << YAML::Value << YAML::BeginSeq;
            for (const QString &endpoint : p.endpoints)
                out << toStd(endpoint);
            out << YAML::EndSeq;
        }
        emitString(out, CaFileKey, p.caFile);
        emitString(out, CertFileKey, p.certFile);
        emitString(out, KeyFileKey, p.keyFile);
        out << YAML::Key << VerifyTlsKey << YAML::Value << p.verifyTls;
        emitString(out, UsernameKey, p.username);
        emitString(out, SecretRefKey, p.secretRef);
        emitUnknown(out, p.unknownFields);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    emitUnknown(out, unknownFields);
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

} // namespace ws
