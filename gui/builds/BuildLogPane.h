#pragma once

#include "build/BuildLog.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ws {

// The log of one image of a build queue: what BuildLog keeps in memory for it (its last lines),
// then every new line as it comes, and a button that opens the full file. The text comes from
// the BuildLog each time an image is shown, so switching images or views and coming back shows
// it whole; the editor keeps at most the BuildLog's line count, so memory stays bounded however
// long the log grows.
class BuildLogPane : public QWidget
{
    Q_OBJECT

public:
    explicit BuildLogPane(QWidget *parent = nullptr);
    ~BuildLogPane() override;

    // Shows `image` of `log` (not owned; may be null: an empty pane that says so).
    void showImage(const QString &image, BuildLog *log);
    void clear();
    // What the pane says while the image has no lines (placeholder text).
    void setEmptyText(const QString &text);
    QString image() const { return m_image; }
    BuildLog *log() const { return m_log; }

    QString text() const; // what the pane shows, with lines still waiting to be appended
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *openFullLogButton() const { return m_open; }
    QString fullLogPath() const; // empty when there is no file yet

    // Asks the desktop to open the full log file.
    void openFullLog();

private:
    void onLine(const QString &image, const QString &line);
    void flush();
    void updateHeader();

    QPointer<BuildLog> m_log;
    QString m_image;
    QStringList m_pending;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QTimer *m_flushTimer = nullptr;
};

} // namespace ws
