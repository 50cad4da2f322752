#include "EtcdDiffView.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace ws {

namespace {

// Colouring every line of a huge diff costs more than it helps: past this many changed lines
// the text stays plain.
constexpr int kMaxColouredLines = 5000;

const QColor kRemoved(255, 220, 220);
const QColor kAdded(220, 255, 220);
const QColor kHeader(225, 230, 245);

QPlainTextEdit *makePane(const QString &name, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return pane;
}

void colourLines(QPlainTextEdit *pane, const QList<QPair<int, QColor>> &lines)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[block, colour] : lines) {
        if (selections.size() >= kMaxColouredLines)
            break;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(pane->document()->findBlockByNumber(block));
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    pane->setExtraSelections(selections);
}

} // namespace

EtcdDiffView::EtcdDiffView(QWidget *parent)
    : QWidget(parent), m_modeBox(new QComboBox(this)), m_summary(new QLabel(this)),
      m_unified(makePane(QStringLiteral("unifiedDiff"), this)), m_sides(new QWidget(this)),
      m_left(makePane(QStringLiteral("oldSide"), m_sides)),
      m_right(makePane(QStringLiteral("newSide"), m_sides))
{
    m_modeBox->setObjectName(QStringLiteral("diffMode"));
    m_modeBox->addItem(tr("Unified"), int(Mode::Unified));
    m_modeBox->addItem(tr("Side by side"), int(Mode::SideBySide));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_modeBox);
    auto *sides = new QHBoxLayout(m_sides);
    sides->setContentsMargins(0, 0, 0, 0);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_unified, 1);
    layout->addWidget(m_sides, 1);
    m_sides->hide();
    m_summary->setText(tr("Comparing…"));

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this]() { setMode(Mode(m_modeBox->currentData().toInt())); });
    connect(&m_watcher, &QFutureWatcher<TextDiff>::finished, this, [this]() {
        if (m_watcher.isCanceled())
            return;
        m_diff = m_watcher.result();
        m_ready = true;
        render();
        Q_EMIT ready();
    });
}

EtcdDiffView::~EtcdDiffView()
{
    // The computation holds copies of the texts, not this view; let it run out.
    m_watcher.disconnect(this);
}

void EtcdDiffView::setTexts(const QString &oldText, const QString &newText, const QString &oldTitle,
                            const QString &newTitle)
{
    m_oldTitle = oldTitle;
    m_newTitle = newTitle;
    m_ready = false;
    m_summary->setText(tr("Comparing…"));
    m_watcher.setFuture(TextDiff::computeAsync(oldText, newText));
}

void EtcdDiffView::setMode(Mode mode)
{
    m_mode = mode;
    m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    if (m_ready)
        render();
}

QString EtcdDiffView::shownText() const
{
    if (m_mode == Mode::Unified)
        return m_unified->toPlainText();
    return m_left->toPlainText() + QLatin1Char('\n') + m_right->toPlainText();
}

void EtcdDiffView::render()
{
    m_unified->setVisible(m_mode == Mode::Unified);
    m_sides->setVisible(m_mode == Mode::SideBySide);
    if (m_diff.isIdentical()) {
        m_summary->setText(tr("No differences."));
        m_unified->setPlainText(QString());
        m_left->setPlainText(QString());
        m_right->setPlainText(QString());
        return;
    }
    m_summary->setText(
        tr("%1 → %2: %n line(s) removed", nullptr, m_diff.removed).arg(m_oldTitle, m_newTitle)
        + QLatin1String(", ") + tr("%n line(s) added", nullptr, m_diff.added));
    if (m_mode == Mode::Unified) {
        const QString text = m_diff.unified(m_oldTitle, m_newTitle);
        m_unified->setPlainText(text);
        QList<QPair<int, QColor>> colours;
        int block = 2; // after the two header lines
        for (const TextDiff::Hunk &hunk : m_diff.hunks) {
            colours.append({block++, kHeader});
            for (const TextDiff::Line &line : hunk.lines) {
                if (line.type == TextDiff::Line::Type::Removed)
                    colours.append({block, kRemoved});
                else if (line.type == TextDiff::Line::Type::Added)
                    colours.append({block, kAdded});
                ++block;
            }
        }
        colourLines(m_unified, colours);
        return;
    }
    // Side by side: removed lines on the left facing added lines on the right, padded so the
    // unchanged lines stay level.
    QStringList left;
    QStringList right;
    QList<QPair<int, QColor>> leftColours;
    QList<QPair<int, QColor>> rightColours;
    for (const TextDiff::Hunk &hunk : m_diff.hunks) {
        leftColours.append({int(left.size()), kHeader});
        rightColours.append({int(right.size()), kHeader});
        left << hunk.header();
        right << hunk.header();
        QStringList removed;
        QStringList added;
        auto flush = [&]() {
            const qsizetype rows = std::max(removed.size(), added.size());
            for (qsizetype r = 0; r < rows; ++r) {
                if (r < removed.size())
                    leftColours.append({int(left.size()), kRemoved});
                if (r < added.size())
                    rightColours.append({int(right.size()), kAdded});
                left << removed.value(r);
                right << added.value(r);
            }
            removed.clear();
            added.clear();
        };
        for (const TextDiff::Line &line : hunk.lines) {
            switch (line.type) {
            case TextDiff::Line::Type::Removed:
                removed << line.text;
                break;
            case TextDiff::Line::Type::Added:
                added << line.text;
                break;
            case TextDiff::Line::Type::Context:
                flush();
                left << line.text;
                right << line.text;
                break;
            }
        }
        flush();
    }
    m_left->setPlainText(left.join(QLatin1Char('\n')));
    m_right->setPlainText(right.join(QLatin1Char('\n')));
    colourLines(m_left, leftColours);
    colourLines(m_right, rightColours);
}

} // namespace ws
