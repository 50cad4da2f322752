#include "settings/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace ws;

namespace {

ConnectionProfile etcdProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("production etcd");
    p.kind = ConnectionProfile::Kind::Etcd;
    p.endpoints = {QStringLiteral("https://10.0.0.1:2379"), QStringLiteral("https://10.0.0.2:2379"),
                   QStringLiteral("https://10.0.0.3:2379")};
    p.caFile = QStringLiteral("/etc/ssl/etcd/ca.pem");
    p.certFile = QStringLiteral("/etc/ssl/etcd/client.pem");
    p.keyFile = QStringLiteral("/etc/ssl/etcd/client-key.pem");
    p.verifyTls = true;
    p.username = QStringLiteral("root");
    p.secretRef = QStringLiteral("profiles/production-etcd");
    return p;
}

QStringList names(const QList<ConnectionProfile> &profiles)
{
    QStringList result;
    for (const ConnectionProfile &p : profiles)
        result.append(p.name);
    return result;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_data = qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/settings");
        QVERIFY2(QFile::exists(m_data + QLatin1String("/profiles.yaml")), qPrintable(m_data));
    }

    void defaultPathIsTheAppConfigLocation()
    {
        const QString org = QCoreApplication::organizationName();
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Whalestack"));
        QCoreApplication::setApplicationName(QStringLiteral("whalestack"));
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QLatin1String("/profiles.yaml");
        QCoreApplication::setOrganizationName(org);
        QCoreApplication::setApplicationName(app);
        QCOMPARE(ProfileStore::defaultFilePath(), expected);
        QCOMPARE(ProfileStore().filePath(), expected);
        QCOMPARE(ProfileStore().backupFilePath(), expected + QLatin1String(".bak"));
    }

    void missingFileIsAnEmptyStore()
    {
        ProfileStore store(path(QStringLiteral("nothing-here/profiles.yaml")));
        QVERIFY(store.load());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.problems().isEmpty());
    }

    void emptyFileIsAnEmptyStore()
    {
        const auto contents = ProfileStore::parse("# only a comment\n", QStringLiteral("p.yaml"));
        QVERIFY(contents.profiles.isEmpty());
        QVERIFY2(contents.problems.isEmpty(), qPrintable(describe(contents.problems)));
    }

    void loadsTheExample()
    {
        ProfileStore store(m_data + QLatin1String("/profiles.yaml"));
        QVERIFY2(store.load(), qPrintable(describe(store.problems())));
        QVERIFY2(store.problems().isEmpty(), qPrintable(describe(store.problems())));
        QCOMPARE(names(store.profiles()),
                 (QStringList {QStringLiteral("local docker"), QStringLiteral("production etcd"),
                               QStringLiteral("cluster fleet"), QStringLiteral("lab registry")}));
        QCOMPARE(*store.profile(QStringLiteral("production etcd")), etcdProfile());

        const ConnectionProfile docker = *store.profile(QStringLiteral("local docker"));
        QCOMPARE(docker.kind, ConnectionProfile::Kind::Docker);
        QCOMPARE(docker.endpoints, QStringList {QStringLiteral("unix:///var/run/docker.sock")});
        QVERIFY(docker.verifyTls);
        QVERIFY(docker.secretRef.isEmpty());

        QCOMPARE(store.profile(QStringLiteral("cluster fleet"))->kind,
                 ConnectionProfile::Kind::Fleet);
        const ConnectionProfile registry = *store.profile(QStringLiteral("lab registry"));
        QCOMPARE(registry.kind, ConnectionProfile::Kind::Registry);
        QVERIFY(!registry.verifyTls);
        QCOMPARE(registry.username, QStringLiteral("builder"));
        QCOMPARE(registry.secretRef, QStringLiteral("profiles/lab-registry"));
        QVERIFY(!store.profile(QStringLiteral("no such profile")));
    }

    void kindNames()
    {
        for (const QString &name : ConnectionProfile::kindNames())
            QCOMPARE(ConnectionProfile::kindName(*ConnectionProfile::kindFromName(name)), name);
        QCOMPARE(ConnectionProfile::kindNames().size(), 4);
        QVERIFY(!ConnectionProfile::kindFromName(QStringLiteral("Docker")));
        QVERIFY(!ConnectionProfile::kindFromName(QString()));
    }

    void saveAndLoadRoundTrip_data()
    {
        QTest::addColumn<QString>("text"); // put in every string field
        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("yaml boolean") << QStringLiteral("yes");
        QTest::newRow("yaml null") << QStringLiteral("null");
        QTest::newRow("tilde") << QStringLiteral("~");
        QTest::newRow("number") << QStringLiteral("0123");
        QTest::newRow("list marker") << QStringLiteral("- item");
        QTest::newRow("mapping") << QStringLiteral("a: b");
        QTest::newRow("comment") << QStringLiteral("#not a comment");
        QTest::newRow("quotes") << QStringLiteral("\"quoted\" and 'single'");
        QTest::newRow("flow") << QStringLiteral("{[x]}, &anchor *alias !tag");
        QTest::newRow("cyrillic") << QStringLiteral("продакшн etcd");
        QTest::newRow("newline") << QStringLiteral("two\nlines");
        QTest::newRow("backslash") << QStringLiteral("C:\\certs\\ca.pem");
        QTest::newRow("percent and colon") << QStringLiteral("%i:%n");
    }

    void saveAndLoadRoundTrip()
    {
        QFETCH(QString, text);
        ConnectionProfile p = etcdProfile();
        p.name = QStringLiteral("profile ") + text; // names are trimmed, so not only text
        p.endpoints = {QStringLiteral("https://") + text};
        p.caFile = text;
        p.certFile = text;
        p.keyFile = text;
        p.username = text;
        p.secretRef = text;
        p.verifyTls = false;
        ConnectionProfile docker;
        docker.name = QStringLiteral("docker");

        const QString file = path(QStringLiteral("roundtrip/%1/profiles.yaml")
                                      .arg(QLatin1String(QTest::currentDataTag())));
        ProfileStore store(file);
        store.setProfiles({p, docker});
        const auto problem = store.save();
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));

        ProfileStore loaded(file);
        QVERIFY2(loaded.load(),
                 qPrintable(describe(loaded.problems()) + QLatin1Char('\n')
                            + QString::fromUtf8(readAll(file))));
        QVERIFY(loaded.problems().isEmpty());
        QCOMPARE(loaded.profiles().size(), 2);
        QCOMPARE(loaded.profiles().at(0), p);
        QCOMPARE(loaded.profiles().at(1), docker);
    }

    void serializedFileSaysVersionAndHasNoPasswordField()
    {
        const QByteArray yaml = ProfileStore::serialize({etcdProfile()});
        QVERIFY(yaml.contains("version: 1"));
        QVERIFY(yaml.contains("secret_ref: profiles/production-etcd"));
        QVERIFY(!yaml.contains("password"));
    }

    void unknownKeysAreKeptAndReported()
    {
        const QString source = m_data + QLatin1String("/profiles-with-unknown-keys.yaml");
        ProfileStore store(source);
        QVERIFY(store.load()); // warnings only
        QCOMPARE(store.problems().size(), 3);
        for (const Problem &p : store.problems())
            QCOMPARE(p.severity, Problem::Severity::Warning);
        QCOMPARE(store.problems().at(0).line, 2); // ui
        QCOMPARE(store.problems().at(1).line, 8); // proxy
        QCOMPARE(store.problems().at(1).column, 5);
        QCOMPARE(store.problems().at(2).line, 9); // retries
        QCOMPARE(names(store.profiles()), QStringList {QStringLiteral("staging etcd")});
        QCOMPARE(store.profiles().at(0).unknownFields.size(), 2);

        // Saved elsewhere and read back: the unknown keys are still there, with their values.
        const QString copy = path(QStringLiteral("unknown/profiles.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QVERIFY(QFile::copy(source, copy));
        ProfileStore writer(copy);
        QVERIFY(writer.load());
        QVERIFY(!writer.save());
        const QByteArray saved = readAll(copy);
        QVERIFY2(saved.contains("proxy: socks5://127.0.0.1:1080"), saved.constData());
        QVERIFY2(saved.contains("colour: teal"), saved.constData());
        ProfileStore reread(copy);
        QVERIFY(reread.load());
        QCOMPARE(reread.problems().size(), 3);
        QCOMPARE(reread.profiles(), store.profiles());
    }

    // Found by the fuzzer: yaml-cpp wrote keys over YAML's 1024-character limit that it then
    // could not read back.
    void longUnknownKeysSurviveSave()
    {
        // 300 control characters: short as a key, but over the limit once escaped as \x04.
        const QByteArray key = "k" + QByteArray("\\x04").repeated(300);
        const QByteArray yaml = "? \"" + key
            + "\"\n: 1\nprofiles:\n  - name: a\n    kind: etcd\n    ? \"" + key + "\"\n    : 2\n";
        const auto first = ProfileStore::parse(yaml, QStringLiteral("p.yaml"));
        QCOMPARE(first.unknownFields.size(), 1);
        QCOMPARE(first.profiles.size(), 1);
        const auto second = ProfileStore::parse(
            ProfileStore::serialize(first.profiles, first.unknownFields), QStringLiteral("p.yaml"));
        QCOMPARE(second.unknownFields, first.unknownFields);
        QCOMPARE(second.profiles, first.profiles);
        QCOMPARE(second.problems.size(), 2); // the two warnings, no error
    }

    // Each broken input: the profiles that still load, and the first problem, located.
    void brokenInput_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("loaded");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("fragment");

        const QString ok = QStringLiteral("ok");
        const QByteArray okProfile = "  - name: ok\n    kind: etcd\n";

        // yaml-cpp lets a quoted string run to the end of the file; what is missing is found.
        QTest::newRow("syntax: unclosed quote swallows the next line")
            << QByteArray("version: 1\nprofiles:\n  - name: \"local\n    kind: docker\n")
            << QStringList() << 3 << 5 << true << QStringLiteral("has no “kind”");
        QTest::newRow("syntax: bad indentation")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n   endpoints: x\n")
            << QStringList() << 4 << 4 << true << QStringLiteral("not valid YAML");
        QTest::newRow("syntax: unclosed flow list")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n    endpoints: [a, b\n")
            << QStringList() << 5 << 1 << true << QStringLiteral("end of sequence flow not found");
        QTest::newRow("syntax: tab indentation")
            << QByteArray("profiles:\n\t- name: a\n") << QStringList() << 2 << 2 << true
            << QStringLiteral("not valid YAML");
        QTest::newRow("root is a list")
            << QByteArray("- name: a\n  kind: docker\n") << QStringList() << 1 << 1 << true
            << QStringLiteral("top of the file");
        QTest::newRow("root is a word") << QByteArray("hello\n") << QStringList() << 1 << 1 << true
                                        << QStringLiteral("top of the file");
        QTest::newRow("profiles is a number")
            << QByteArray("version: 1\nprofiles: 5\n") << QStringList() << 2 << 11 << true
            << QStringLiteral("must be a list");
        QTest::newRow("profile is a word")
            << QByteArray("profiles:\n  - just a name\n" + okProfile) << QStringList {ok} << 2 << 5
            << true << QStringLiteral("must be a mapping");
        QTest::newRow("missing name")
            << QByteArray("profiles:\n  - kind: docker\n" + okProfile) << QStringList {ok} << 2 << 5
            << true << QStringLiteral("no “name”");
        QTest::newRow("empty name")
            << QByteArray("profiles:\n  - name: ''\n    kind: docker\n" + okProfile)
            << QStringList {ok} << 2 << 5 << true << QStringLiteral("no “name”");
        QTest::newRow("name is a mapping")
            << QByteArray("profiles:\n  - name: {first: a}\n    kind: docker\n" + okProfile)
            << QStringList {ok} << 2 << 11 << true
            << QStringLiteral("“name” must be a single value");
        QTest::newRow("missing kind")
            << QByteArray("profiles:\n  - name: a\n" + okProfile) << QStringList {ok} << 2 << 5
            << true << QStringLiteral("has no “kind”");
        QTest::newRow("unknown kind")
            << QByteArray("profiles:\n  - name: k8s\n    kind: kubernetes\n" + okProfile)
            << QStringList {ok} << 3 << 11 << true << QStringLiteral("Unknown kind “kubernetes”");
        QTest::newRow("kind is a list")
            << QByteArray("profiles:\n  - name: a\n    kind: [docker]\n" + okProfile)
            << QStringList {ok} << 3 << 11 << true
            << QStringLiteral("“kind” must be a single value");
        QTest::newRow("endpoints is a mapping")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n    endpoints: {a: b}\n")
            << QStringList {QStringLiteral("a")} << 4 << 16 << true
            << QStringLiteral("“endpoints” must be");
        QTest::newRow("endpoint is a list")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n    endpoints:\n      - "
                          "http://a\n      - [x]\n")
            << QStringList {QStringLiteral("a")} << 6 << 9 << true
            << QStringLiteral("Each endpoint");
        QTest::newRow("verify_tls is not a boolean")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n    verify_tls: maybe\n")
            << QStringList {QStringLiteral("a")} << 4 << 17 << true
            << QStringLiteral("true or false");
        QTest::newRow("ca_file is a list")
            << QByteArray("profiles:\n  - name: a\n    kind: docker\n    ca_file: [x, y]\n")
            << QStringList {QStringLiteral("a")} << 4 << 14 << true
            << QStringLiteral("“ca_file” must be a single value");
        QTest::newRow("duplicate names")
            << QByteArray("profiles:\n" + okProfile + "  - name: ok\n    kind: docker\n")
            << QStringList {ok} << 4 << 5 << true << QStringLiteral("names must be unique");
        QTest::newRow("profiles twice") << QByteArray(
            "profiles:\n" + okProfile + "profiles:\n  - name: other\n    kind: docker\n")
                                        << QStringList {ok} << 4 << 1 << true
                                        << QStringLiteral("“profiles” appears a second time");
        QTest::newRow("a key twice in a profile")
            << QByteArray("profiles:\n  - name: ok\n    kind: etcd\n    kind: docker\n")
            << QStringList {ok} << 4 << 5 << true << QStringLiteral("“kind” appears a second time");
        QTest::newRow("version is a word")
            << QByteArray("version: two\nprofiles:\n" + okProfile) << QStringList {ok} << 1 << 10
            << true << QStringLiteral("whole number");
        QTest::newRow("version from the future")
            << QByteArray("version: 2\nprofiles:\n" + okProfile) << QStringList {ok} << 1 << 10
            << true << QStringLiteral("version 2 is not supported");
        QTest::newRow("unknown key in a profile")
            << QByteArray("profiles:\n  - name: ok\n    kind: etcd\n    colour: red\n")
            << QStringList {ok} << 4 << 5 << false << QStringLiteral("Unknown key “colour”");
        QTest::newRow("unknown key at the top")
            << QByteArray("profile:\n  - name: typo\n    kind: etcd\nprofiles:\n" + okProfile)
            << QStringList {ok} << 1 << 1 << false << QStringLiteral("Unknown key “profile”");
        QTest::newRow("key is a list")
            << QByteArray("profiles:\n  - ? [a, b]\n    : c\n    name: ok\n    kind: etcd\n")
            << QStringList {ok} << 2 << 7 << false << QStringLiteral("plain word");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01profiles", 12) << QStringList() << 1
                                << 3 << true << QStringLiteral("not valid YAML");
    }

    void brokenInput()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, loaded);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, isError);
        QFETCH(QString, fragment);

        const QString file = path(QStringLiteral("broken.yaml"));
        QVERIFY(writeAll(file, yaml));
        ProfileStore store(file);
        QCOMPARE(store.load(), !isError);
        QCOMPARE(names(store.profiles()), loaded);
        QVERIFY(!store.problems().isEmpty());
        const Problem &first = store.problems().first();
        const QString all = describe(store.problems());
        QCOMPARE(first.file, file);
        QVERIFY2(first.line == line && first.column == column, qPrintable(all));
        QCOMPARE(first.severity, isError ? Problem::Severity::Error : Problem::Severity::Warning);
        QVERIFY2(first.message.contains(fragment), qPrintable(all));
    }

    void unreadableFileIsAProblem()
    {
        const QString folder = path(QStringLiteral("a-folder.yaml"));
        QVERIFY(QDir().mkpath(folder));
        ProfileStore store(folder);
        QVERIFY(!store.load());
        QCOMPARE(store.problems().size(), 1);
        QCOMPARE(store.problems().first().file, folder);
    }

    void setAndRemoveProfiles()
    {
        ProfileStore store(path(QStringLiteral("edit.yaml")));
        ConnectionProfile p = etcdProfile();
        store.setProfile(p);
        ConnectionProfile docker;
        docker.name = QStringLiteral("docker");
        store.setProfile(docker);
        p.username = QStringLiteral("admin");
        store.setProfile(p); // same name: replaced in place
        QCOMPARE(names(store.profiles()), (QStringList {p.name, docker.name}));
        QCOMPARE(store.profile(p.name)->username, QStringLiteral("admin"));
        QVERIFY(store.removeProfile(p.name));
        QVERIFY(!store.removeProfile(p.name));
        QCOMPARE(names(store.profiles()), QStringList {docker.name});
    }

    void saveKeepsTheOldFileAsBackup()
    {
        const QString file = path(QStringLiteral("backup/profiles.yaml"));
        ProfileStore store(file);
        store.setProfile(etcdProfile());
        QVERIFY(!store.save());
        QVERIFY(!QFile::exists(store.backupFilePath())); // nothing to back up the first time
        const QByteArray first = readAll(file);

        ConnectionProfile docker;
        docker.name = QStringLiteral("docker");
        store.setProfile(docker);
        QVERIFY(!store.save());
        QCOMPARE(readAll(store.backupFilePath()), first);
        QVERIFY(readAll(file).contains("name: docker"));
        QCOMPARE(
            QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
            (QStringList {QStringLiteral("profiles.yaml"), QStringLiteral("profiles.yaml.bak")}));
    }

    void saveFailsWhenTheFolderCannotExist()
    {
        // Root ignores permissions, so the folder is made impossible instead: its parent is a file.
        const QString blocker = path(QStringLiteral("blocker"));
        QVERIFY(writeAll(blocker, "not a folder"));
        ProfileStore store(blocker + QLatin1String("/profiles.yaml"));
        store.setProfile(etcdProfile());
        const auto problem = store.save();
        QVERIFY(problem);
        QCOMPARE(problem->file, store.filePath());
        QVERIFY2(problem->message.contains(QLatin1String("previous file is unchanged")),
                 qPrintable(problem->message));
        QCOMPARE(readAll(blocker), QByteArray("not a folder"));
    }

    void unreadableFileIsKeptAsBroken_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("not YAML") << QByteArray("profiles:\n  - name: [unclosed\n");
        QTest::newRow("not a mapping") << QByteArray("- name: a list at the top\n  kind: etcd\n");
    }

    void unreadableFileIsKeptAsBroken()
    {
        QFETCH(QByteArray, yaml);
        const QString file = path(
            QStringLiteral("broken-%1/profiles.yaml").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(writeAll(file, yaml));
        ProfileStore store(file);
        QVERIFY(!store.load());
        QVERIFY(store.profiles().isEmpty());

        store.setProfile(etcdProfile());
        QVERIFY(!store.save());
        QCOMPARE(readAll(store.brokenFilePath()), yaml);
        QCOMPARE(readAll(store.backupFilePath()), yaml);
        // Two saves later the backup has moved on; what the user wrote is still there.
        QVERIFY(!store.save());
        QVERIFY(!store.save());
        QCOMPARE(readAll(store.brokenFilePath()), yaml);
        QVERIFY(readAll(store.backupFilePath()) != yaml);
    }

    void readableFileWithProblemsIsNotKeptAsBroken()
    {
        const QString file = path(QStringLiteral("half-broken/profiles.yaml"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(writeAll(file, "profiles:\n  - name: a\n    kind: kubernetes\n"));
        ProfileStore store(file);
        QVERIFY(!store.load());
        QVERIFY(!store.save());
        QVERIFY(!QFile::exists(store.brokenFilePath()));
        QVERIFY(QFile::exists(store.backupFilePath()));
    }

    void failedBackupLeavesTheOldFile()
    {
        const QString file = path(QStringLiteral("stuck-backup/profiles.yaml"));
        ProfileStore store(file);
        store.setProfile(etcdProfile());
        QVERIFY(!store.save());
        const QByteArray old = readAll(file);
        // A backup that cannot be replaced: a folder with something in it.
        QVERIFY(QDir().mkpath(store.backupFilePath() + QLatin1String("/inside")));

        ConnectionProfile docker;
        docker.name = QStringLiteral("docker");
        store.setProfile(docker);
        const auto problem = store.save();
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(QLatin1String("backup")), qPrintable(problem->message));
        QCOMPARE(readAll(file), old);
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("profiles.yaml")});
    }

    void failedWriteLeavesTheOldFile()
    {
        // A disk that fills up mid-save, as root can see it: a file size limit for this process.
        const QString file = path(QStringLiteral("full-disk/profiles.yaml"));
        ProfileStore store(file);
        store.setProfile(etcdProfile());
        QVERIFY(!store.save());
        const QByteArray old = readAll(file);

        QList<ConnectionProfile> many;
        for (int i = 0; i < 40; ++i) {
            ConnectionProfile p = etcdProfile();
            p.name = QStringLiteral("etcd %1").arg(i);
            many.append(p);
        }
        store.setProfiles(many);
        QVERIFY(ProfileStore::serialize(many).size() > 4 * old.size());

        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a signal
        rlimit small = saved;
        small.rlim_cur = rlim_t(old.size()) * 2;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto problem = store.save();
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(problem);
        QVERIFY2(problem->message.contains(QLatin1String("previous file is unchanged")),
                 qPrintable(problem->message));
        QCOMPARE(readAll(file), old);
        // No temporary file left behind, and no backup made of a save that never happened.
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("profiles.yaml")});

        QVERIFY(!store.save()); // with room again, it works
        QCOMPARE(readAll(store.backupFilePath()), old);
        ProfileStore reread(file);
        QVERIFY(reread.load());
        QCOMPARE(reread.profiles().size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_ProfileStore.moc"
