#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace ws {

// Tells the user that something long finished while they were elsewhere: a message from the
// system tray when there is one, else the window asks for attention (the task bar flashes).
// Nothing happens while the window is the active one: the user is looking at it.
class BuildNotifier : public QObject
{
    Q_OBJECT

public:
    explicit BuildNotifier(QWidget *window, QObject *parent = nullptr);
    ~BuildNotifier() override;

    // Notifies when the window is not active; true when it did.
    bool notify(const QString &title, const QString &message);

    int notificationCount() const { return m_count; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    // Each time the user was notified (whichever way).
    void notified(const QString &title, const QString &message);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_count = 0;
    QString m_lastMessage;
};

} // namespace ws
