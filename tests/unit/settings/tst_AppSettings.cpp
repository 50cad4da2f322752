#include "settings/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ws;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    std::unique_ptr<AppSettings> fresh() const { return std::make_unique<AppSettings>(m_file); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // never touch the real ~/.config
    }

    void init()
    {
        m_file
            = m_dir.filePath(QLatin1String(QTest::currentTestFunction()) + QLatin1String(".ini"));
        QFile::remove(m_file);
    }

    void defaults()
    {
        const auto settings = fresh();
        QCOMPARE(settings->filePath(), m_file);
        QVERIFY(settings->recentWorkspaces().isEmpty());
        QCOMPARE(settings->lastWorkspace(), QString());
        QCOMPARE(settings->language(), QString());
        QCOMPARE(settings->probeIntervalSeconds(), 10);
        QCOMPARE(settings->buildJobs(), 0);
    }

    void defaultFileIsInTheXdgConfigFolder()
    {
        const QString config
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(AppSettings::defaultFilePath(),
                 config + QLatin1String("/Whalestack/whalestack.ini"));
        AppSettings settings;
        QCOMPARE(settings.filePath(), AppSettings::defaultFilePath());
    }

    void roundTrip()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("ws"));
        {
            const auto settings = fresh();
            settings->addRecentWorkspace(workspace);
            QVERIFY(settings->setLanguage(QStringLiteral("ru")));
            settings->setProbeIntervalSeconds(30);
            settings->setBuildJobs(4);
            QVERIFY(settings->sync());
        }
        QVERIFY(QFile::exists(m_file));
        const auto settings = fresh();
        QCOMPARE(settings->recentWorkspaces(), QStringList {workspace});
        QCOMPARE(settings->lastWorkspace(), workspace);
        QCOMPARE(settings->language(), QStringLiteral("ru"));
        QCOMPARE(settings->probeIntervalSeconds(), 30);
        QCOMPARE(settings->buildJobs(), 4);

        QVERIFY(settings->setLanguage(QString())); // back to the system locale
        QVERIFY(settings->sync());
        QCOMPARE(fresh()->language(), QString());
    }

    void recentIsMostRecentFirstWithoutDuplicates()
    {
        const auto settings = fresh();
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        settings->addRecentWorkspace(a);
        settings->addRecentWorkspace(b);
        QCOMPARE(settings->recentWorkspaces(), (QStringList {b, a}));
        settings->addRecentWorkspace(a);
        QCOMPARE(settings->recentWorkspaces(), (QStringList {a, b}));
        QCOMPARE(settings->lastWorkspace(), a);
    }

    void recentPathsAreCleaned_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("trailing slash") << QStringLiteral("%1/demo/");
        QTest::newRow("dot") << QStringLiteral("%1/./demo");
        QTest::newRow("dot dot") << QStringLiteral("%1/other/../demo");
        QTest::newRow("double slash") << QStringLiteral("%1//demo");
    }

    void recentPathsAreCleaned()
    {
        QFETCH(QString, spelling);
        const auto settings = fresh();
        const QString clean = m_dir.path() + QLatin1String("/demo");
        settings->addRecentWorkspace(clean);
        settings->addRecentWorkspace(spelling.arg(m_dir.path()));
        QCOMPARE(settings->recentWorkspaces(), QStringList {clean});
    }

    void relativePathsBecomeAbsolute()
    {
        const auto settings = fresh();
        settings->addRecentWorkspace(QStringLiteral("some/workspace"));
        QCOMPARE(settings->lastWorkspace(),
                 QDir::current().absoluteFilePath(QStringLiteral("some/workspace")));
        QVERIFY(QDir::isAbsolutePath(settings->lastWorkspace()));
    }

    void emptyPathsAreIgnored()
    {
        const auto settings = fresh();
        settings->addRecentWorkspace(QString());
        settings->addRecentWorkspace(QStringLiteral("   "));
        QVERIFY(settings->recentWorkspaces().isEmpty());
    }

    void recentKeepsTheTenMostRecent()
    {
        const auto settings = fresh();
        QStringList added;
        for (int i = 0; i < 13; ++i) {
            added.prepend(m_dir.filePath(QStringLiteral("ws%1").arg(i)));
            settings->addRecentWorkspace(added.first());
        }
        QCOMPARE(settings->recentWorkspaces().size(), AppSettings::MaxRecentWorkspaces);
        QCOMPARE(settings->recentWorkspaces(), added.mid(0, AppSettings::MaxRecentWorkspaces));
    }

    void removeRecent()
    {
        const auto settings = fresh();
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        settings->addRecentWorkspace(a);
        settings->addRecentWorkspace(b);
        settings->removeRecentWorkspace(b + QLatin1Char('/')); // any spelling of it
        QCOMPARE(settings->recentWorkspaces(), QStringList {a});
        QCOMPARE(settings->lastWorkspace(), a);
        settings->removeRecentWorkspace(m_dir.filePath(QStringLiteral("never-added")));
        QCOMPARE(settings->recentWorkspaces(), QStringList {a});
        settings->clearRecentWorkspaces();
        QVERIFY(settings->recentWorkspaces().isEmpty());
        QCOMPARE(settings->lastWorkspace(), QString());
    }

    void unsupportedLanguageIsRefused()
    {
        const auto settings = fresh();
        QVERIFY(settings->setLanguage(QStringLiteral("en")));
        QVERIFY(!settings->setLanguage(QStringLiteral("de")));
        QCOMPARE(settings->language(), QStringLiteral("en"));
        QCOMPARE(AppSettings::supportedLanguages(),
                 (QStringList {QStringLiteral("en"), QStringLiteral("ru")}));
    }

    void outOfRangeValuesAreClamped_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("expectedInterval");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("expectedJobs");
        QTest::newRow("too small") << 0 << 1 << -3 << 0;
        QTest::newRow("too large") << 100000 << 3600 << 100000 << 256;
        QTest::newRow("in range") << 5 << 5 << 8 << 8;
    }

    void outOfRangeValuesAreClamped()
    {
        QFETCH(int, interval);
        QFETCH(int, expectedInterval);
        QFETCH(int, jobs);
        QFETCH(int, expectedJobs);
        const auto settings = fresh();
        settings->setProbeIntervalSeconds(interval);
        settings->setBuildJobs(jobs);
        QCOMPARE(settings->probeIntervalSeconds(), expectedInterval);
        QCOMPARE(settings->buildJobs(), expectedJobs);
    }

    // A file edited by hand: what cannot be a value reads as the default, nothing fails.
    void handEditedNonsenseReadsAsDefaults_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::newRow("words for numbers") << QByteArray(
            "[connections]\nprobeIntervalSeconds=often\n[build]\njobs=many\n[ui]\nlanguage=fr\n");
        QTest::newRow("out of range") << QByteArray(
            "[connections]\nprobeIntervalSeconds=-4\n[build]\njobs=100000\n[ui]\nlanguage=\n");
        QTest::newRow("not ini at all") << QByteArray("\x00\x01\xff{[}]\n=\n", 11);
        QTest::newRow("empty recent list") << QByteArray("[workspaces]\nrecent=\n");
    }

    void handEditedNonsenseReadsAsDefaults()
    {
        QFETCH(QByteArray, ini);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        const auto settings = fresh();
        QCOMPARE(settings->probeIntervalSeconds(), 10);
        QCOMPARE(settings->buildJobs(), 0);
        QCOMPARE(settings->language(), QString());
        QVERIFY(settings->recentWorkspaces().isEmpty());
    }

    void handEditedRecentListIsCleanedOnRead()
    {
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString d = m_dir.path();
        file.write(QStringLiteral("[workspaces]\nrecent=%1/a/, %1/./a, , %1/b\n").arg(d).toUtf8());
        file.close();
        QCOMPARE(fresh()->recentWorkspaces(),
                 (QStringList {d + QLatin1String("/a"), d + QLatin1String("/b")}));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_AppSettings.moc"
