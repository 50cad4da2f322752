#include "BuildNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ws {

BuildNotifier::BuildNotifier(QWidget *window, QObject *parent) : QObject(parent), m_window(window)
{ }

BuildNotifier::~BuildNotifier() = default;

bool BuildNotifier::notify(const QString &title, const QString &message)
{
    QWidget *window = m_window ? m_window->window() : nullptr;
    if (window && window->isActiveWindow())
        return false;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(window ? window->windowIcon() : QApplication::windowIcon(),
                                         this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    } else if (window) {
        QApplication::alert(window);
    }
    ++m_count;
    m_lastMessage = message;
    emit notified(title, message);
    return true;
}

} // namespace ws
