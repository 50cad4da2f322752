#pragma once

#include <QWidget>

class QLabel;

namespace ws {

// A status-bar indicator for one service (Docker, etcd): a state icon, the service name and the
// endpoint it talks to; the tooltip carries the detail (version, or why it is down). It shows
// what it is given; whoever probes the service sets the state.
class StatusIndicator : public QWidget
{
    Q_OBJECT

public:
    enum class State { Unknown, Checking, Up, Down };

    StatusIndicator(const QString &service, QWidget *parent = nullptr);

    void setStatus(State state, const QString &endpoint, const QString &detail = {});

    State state() const { return m_state; }
    QString endpoint() const { return m_endpoint; }
    QString detail() const { return m_detail; }
    QString text() const; // what the label shows, for tests and accessibility

private:
    QString stateText() const;

    QString m_service;
    State m_state = State::Unknown;
    QString m_endpoint;
    QString m_detail;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace ws
