#include "StatusIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace ws {

StatusIndicator::StatusIndicator(const QString &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label);
    m_icon->setObjectName(QStringLiteral("stateIcon"));
    m_label->setObjectName(QStringLiteral("stateLabel"));
    setStatus(State::Unknown, {});
}

QString StatusIndicator::stateText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("not checked");
    case State::Checking:
        return tr("checking…");
    case State::Up:
        return tr("up");
    case State::Down:
        return tr("down");
    }
    return {};
}

QString StatusIndicator::text() const
{
    if (m_endpoint.isEmpty())
        return tr("%1: %2").arg(m_service, stateText());
    return tr("%1 (%2): %3").arg(m_service, m_endpoint, stateText());
}

void StatusIndicator::setStatus(State state, const QString &endpoint, const QString &detail)
{
    m_state = state;
    m_endpoint = endpoint;
    m_detail = detail;

    // Standard style icons follow the platform theme, light or dark.
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxQuestion;
    switch (state) {
    case State::Unknown:
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    case State::Checking:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case State::Up:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case State::Down:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_label->setText(text());
    setToolTip(detail.isEmpty() ? text() : text() + QLatin1Char('\n') + detail);
}

} // namespace ws
