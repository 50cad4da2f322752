#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;

namespace ws {

// "Point at Built Image…": which image a unit's etcd key should name from now on. Shows the
// key and its value, offers the images the workspace builds for that component (the
// computed name, the latest successful build), and takes any other name typed in. Accepting
// only chooses; the view writes the key (compare-and-swap) and restarts the unit.
class DeployImageDialog : public QDialog
{
    Q_OBJECT

public:
    struct Candidate
    {
        QString image;
        QString note; // "latest successful build, 2026-12-03 18:02", "the workspace's name"
    };

    DeployImageDialog(const QString &unit, const QString &key, const QString &current,
                      QWidget *parent = nullptr);

    // Adds choices (the first one added is selected); called again when the history answers.
    void addCandidates(const QList<Candidate> &candidates);
    QString image() const;

private:
    QComboBox *m_image;
    QLabel *m_note;
    QList<Candidate> m_candidates;
};

} // namespace ws
