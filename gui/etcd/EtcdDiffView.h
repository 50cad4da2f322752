#pragma once

#include "etcd/TextDiff.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace ws {

// Shows the difference between two texts, coloured, as a unified diff or side by side. The diff
// is computed off the UI thread; ready() tells when it is shown.
class EtcdDiffView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Unified, SideBySide };
    Q_ENUM(Mode)

    explicit EtcdDiffView(QWidget *parent = nullptr);
    ~EtcdDiffView() override;

    void setTexts(const QString &oldText, const QString &newText, const QString &oldTitle,
                  const QString &newTitle);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    bool isReady() const { return m_ready; }
    const TextDiff &diff() const { return m_diff; }
    // What the view shows now, as text (the unified diff, or the left and right panes).
    QString shownText() const;

Q_SIGNALS:
    void ready();

private:
    void render();

    Mode m_mode = Mode::Unified;
    QString m_oldTitle;
    QString m_newTitle;
    TextDiff m_diff;
    bool m_ready = false;
    QFutureWatcher<TextDiff> m_watcher;
    QComboBox *m_modeBox;
    QLabel *m_summary;
    QPlainTextEdit *m_unified;
    QWidget *m_sides;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
};

} // namespace ws
