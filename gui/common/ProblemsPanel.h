#pragma once

#include "common/Problem.h"

#include <QWidget>

class QTableView;

namespace ws {

class ProblemsModel;

// The problems list: one row a problem. Double-clicking a row opens the file with the desktop's
// handler when it exists, and always copies "file:line:column" to the clipboard, so the spot can
// be pasted into an editor that jumps to it.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const Problems &problems, const QString &root = {});
    int count() const;
    ProblemsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Whether activating a row hands the file to the desktop (on by default; tests turn it off).
    void setOpensFiles(bool opens) { m_opensFiles = opens; }

signals:
    void countChanged(int count);
    // A row was activated; the location was copied and, if the file exists, opened.
    void problemActivated(const ws::Problem &problem);

private:
    void activate(const QModelIndex &index);

    ProblemsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    bool m_opensFiles = true;
};

} // namespace ws
