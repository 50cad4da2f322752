#include "BuildLogPane.h"

#include "build/BuildLog.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace ws {

namespace {
// Lines arriving faster than this are appended together: one layout pass per batch.
constexpr int flushDelayMs = 100;
} // namespace

BuildLogPane::BuildLogPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_open(new QPushButton(tr("Open Full Log"), this)), m_flushTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("buildLogPane"));
    m_title->setObjectName(QStringLiteral("buildLogTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setObjectName(QStringLiteral("buildLogText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(BuildLog::kDefaultMemoryLines);
    m_text->setPlaceholderText(tr("Select an image to see its build log."));
    m_open->setObjectName(QStringLiteral("openFullLogButton"));
    m_open->setToolTip(tr("Open the whole log file with the desktop's text viewer"));
    m_open->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);

    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &BuildLogPane::flush);
    connect(m_open, &QPushButton::clicked, this, &BuildLogPane::openFullLog);
    updateHeader();
}

BuildLogPane::~BuildLogPane() = default;

void BuildLogPane::showImage(const QString &image, BuildLog *log)
{
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    m_image = image;
    m_pending.clear();
    m_flushTimer->stop();
    m_text->clear();
    if (log) {
        m_text->setMaximumBlockCount(log->memoryLines());
        if (!image.isEmpty()) {
            m_text->setPlainText(log->tail(image).join(QLatin1Char('\n')));
            m_text->moveCursor(QTextCursor::End);
            m_text->horizontalScrollBar()->setValue(0); // the end, but from the first column
        }
        connect(log, &BuildLog::lineAppended, this, &BuildLogPane::onLine);
    }
    updateHeader();
}

void BuildLogPane::clear()
{
    showImage({}, nullptr);
    setEmptyText(tr("Select an image to see its build log."));
}

void BuildLogPane::setEmptyText(const QString &text)
{
    m_text->setPlaceholderText(text);
}

QString BuildLogPane::text() const
{
    QString text = m_text->toPlainText();
    if (!m_pending.isEmpty()) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += m_pending.join(QLatin1Char('\n'));
    }
    return text;
}

QString BuildLogPane::fullLogPath() const
{
    return m_log && !m_image.isEmpty() ? m_log->filePath(m_image) : QString();
}

void BuildLogPane::openFullLog()
{
    const QString path = fullLogPath();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void BuildLogPane::onLine(const QString &image, const QString &line)
{
    if (image != m_image)
        return;
    m_pending.append(line);
    // Never more waiting than the editor would keep.
    const int keep = m_text->maximumBlockCount();
    if (keep > 0 && m_pending.size() > keep)
        m_pending.erase(m_pending.begin(), m_pending.begin() + (m_pending.size() - keep));
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void BuildLogPane::flush()
{
    if (m_pending.isEmpty())
        return;
    const bool atEnd
        = m_text->verticalScrollBar()->value() >= m_text->verticalScrollBar()->maximum() - 2;
    // Following the end must not scroll sideways to the end of the last long line (a digest):
    // the reader keeps the columns they were reading.
    const int column = m_text->horizontalScrollBar()->value();
    m_text->appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (atEnd)
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    m_text->horizontalScrollBar()->setValue(column);
    updateHeader();
}

void BuildLogPane::updateHeader()
{
    const QString path = fullLogPath();
    m_open->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    if (m_image.isEmpty()) {
        m_title->setText(tr("Build log"));
        return;
    }
    const qint64 total = m_log ? m_log->lineCount(m_image) : 0;
    const int kept = m_text->maximumBlockCount();
    if (total > kept)
        m_title->setText(tr("Log of %1 — the last %2 of %3 lines; the full log has them all")
                             .arg(m_image)
                             .arg(kept)
                             .arg(total));
    else
        m_title->setText(tr("Log of %1").arg(m_image));
}

} // namespace ws
