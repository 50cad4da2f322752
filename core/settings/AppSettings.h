#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace ws {

// The application's own preferences (recent workspaces, language, intervals), typed, over an INI
// file in the XDG config folder. Every key and its default is declared once, in AppSettings.cpp.
// Connection profiles live in ProfileStore; credentials in SecretStore, never here.
class AppSettings
{
public:
    static constexpr int MaxRecentWorkspaces = 10;

    // $XDG_CONFIG_HOME/Whalestack/whalestack.ini
    AppSettings();
    // An explicit INI file, for tests and for --config style overrides.
    explicit AppSettings(const QString &filePath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The names the front ends give QCoreApplication, so that QStandardPaths'
    // AppConfigLocation is the folder this class and ProfileStore use.
    static QString organizationName(); // "Whalestack"
    static QString applicationName(); // "whalestack"
    static QString defaultFilePath();

    QString filePath() const;

    // Most recent first, at most MaxRecentWorkspaces, no duplicates, absolute clean paths.
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    void clearRecentWorkspaces();
    // The workspace opened last (the head of the recent list), or "" when there is none.
    QString lastWorkspace() const;

    // "" follows the system locale; otherwise one of supportedLanguages().
    QString language() const;
    // Returns false (and changes nothing) for a language the application has no translation for.
    bool setLanguage(const QString &language);
    static QStringList supportedLanguages(); // "en", "ru"

    // How often health probes and state polls run, in seconds (1 .. 3600; default 10).
    int probeIntervalSeconds() const;
    void setProbeIntervalSeconds(int seconds);

    // Images built in parallel; 0 (the default) lets the build queue choose from the CPU count.
    int buildJobs() const;
    void setBuildJobs(int jobs);

    // Writes pending changes; false when the file cannot be written or is not a valid INI file.
    bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ws
