#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace ws {

namespace {

// Every key of the file, with its default and the values it accepts: the one place they are
// declared. A value a person mistyped in the file reads as the default instead of failing.
struct IntKey
{
    const char *key;
    int defaultValue;
    int minimum;
    int maximum;
};

constexpr IntKey ProbeInterval {"connections/probeIntervalSeconds", 10, 1, 3600};
constexpr IntKey BuildJobs {"build/jobs", 0, 0, 256};
constexpr const char *RecentWorkspacesKey = "workspaces/recent";
constexpr const char *LanguageKey = "ui/language";
constexpr const char *DefaultLanguage = ""; // follow the system locale

int readInt(const QSettings &settings, const IntKey &k)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(k.key)).toInt(&ok);
    if (!ok || value < k.minimum || value > k.maximum)
        return k.defaultValue;
    return value;
}

void writeInt(QSettings &settings, const IntKey &k, int value)
{
    settings.setValue(QLatin1String(k.key), std::clamp(value, k.minimum, k.maximum));
}

// Two spellings of one folder ("a/b/", "a/./b", a relative path) must be one entry.
QString cleanWorkspacePath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings() : AppSettings(defaultFilePath())
{ }

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::organizationName()
{
    return QStringLiteral("Whalestack");
}

QString AppSettings::applicationName()
{
    return QStringLiteral("whalestack");
}

QString AppSettings::defaultFilePath()
{
    // GenericConfigLocation rather than AppConfigLocation: the path must not depend on whether
    // the caller has set QCoreApplication's names yet.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1Char('/') + organizationName() + QLatin1Char('/') + applicationName()
        + QLatin1String(".ini");
}

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

QStringList AppSettings::recentWorkspaces() const
{
    // Cleaned again on read: the file may have been edited by hand.
    QStringList result;
    const QStringList stored = m_settings->value(QLatin1String(RecentWorkspacesKey)).toStringList();
    for (const QString &entry : stored) {
        const QString path = cleanWorkspacePath(entry);
        if (!path.isEmpty() && !result.contains(path))
            result.append(path);
        if (result.size() == MaxRecentWorkspaces)
            break;
    }
    return result;
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString clean = cleanWorkspacePath(path);
    if (clean.isEmpty())
        return;
    QStringList recent = recentWorkspaces();
    recent.removeAll(clean);
    recent.prepend(clean);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    m_settings->setValue(QLatin1String(RecentWorkspacesKey), recent);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    if (recent.removeAll(cleanWorkspacePath(path)) > 0)
        m_settings->setValue(QLatin1String(RecentWorkspacesKey), recent);
}

void AppSettings::clearRecentWorkspaces()
{
    m_settings->remove(QLatin1String(RecentWorkspacesKey));
}

QString AppSettings::lastWorkspace() const
{
    return recentWorkspaces().value(0);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString AppSettings::language() const
{
    const QString stored
        = m_settings->value(QLatin1String(LanguageKey), QLatin1String(DefaultLanguage)).toString();
    return supportedLanguages().contains(stored) ? stored : QString::fromLatin1(DefaultLanguage);
}

bool AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty()) {
        m_settings->remove(QLatin1String(LanguageKey));
        return true;
    }
    if (!supportedLanguages().contains(language))
        return false;
    m_settings->setValue(QLatin1String(LanguageKey), language);
    return true;
}

int AppSettings::probeIntervalSeconds() const
{
    return readInt(*m_settings, ProbeInterval);
}

void AppSettings::setProbeIntervalSeconds(int seconds)
{
    writeInt(*m_settings, ProbeInterval, seconds);
}

int AppSettings::buildJobs() const
{
    return readInt(*m_settings, BuildJobs);
}

void AppSettings::setBuildJobs(int jobs)
{
    writeInt(*m_settings, BuildJobs, jobs);
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace ws
