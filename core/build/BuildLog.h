#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;

namespace ws {

// The log of every image of a build queue: the full text goes to one file per image under a
// folder, and only the last lines stay in memory, so a 100 MB log costs a bounded amount of RAM.
class BuildLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMemoryLines = 1000;

    // `folder` empty: QStandardPaths::AppDataLocation + "/logs". The folder is made on demand.
    explicit BuildLog(const QString &folder = {}, QObject *parent = nullptr);
    ~BuildLog() override;

    QString folder() const { return m_folder; }
    int memoryLines() const { return m_memoryLines; }
    void setMemoryLines(int lines); // at least 1

    // Starts a new log for `image` (a new file; what was in memory is dropped).
    void begin(const QString &image);
    // Appends one line (no newline) to the image's log; begins it if needed.
    void append(const QString &image, const QString &line);
    // Closes the image's file; its last lines stay readable. A later append() reopens the same
    // file and adds to it.
    void end(const QString &image);

    QStringList tail(const QString &image) const; // the lines kept in memory
    QString filePath(const QString &image) const; // empty before begin()
    qint64 lineCount(const QString &image) const; // every line written so far

signals:
    void lineAppended(const QString &image, const QString &line);

private:
    struct Entry
    {
        std::unique_ptr<QFile> file;
        QString path;
        QStringList lines;
        qint64 count = 0;
        bool reopen = false; // ended with a file: append() opens it again
    };

    QString m_folder;
    int m_memoryLines = kDefaultMemoryLines;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace ws
