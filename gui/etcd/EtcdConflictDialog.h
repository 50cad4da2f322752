#pragma once

#include "etcd/EtcdKeyValue.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace ws {

class EtcdDiffView;

// Someone else changed a key while the user edited it: shows theirs, mine and the difference,
// and lets the user choose. Nothing is decided until a button is pressed; open() it (non-modal
// to the event loop) and read choice() in finished().
class EtcdConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        None, // closed without choosing: keep editing, nothing written
        KeepMine, // overwrite theirs, on purpose (compare-and-swap against their revision)
        TakeTheirs, // drop my edit and take their value
        Edit, // continue editing from a merge of both
    };
    Q_ENUM(Choice)

    EtcdConflictDialog(const QByteArray &key, const QByteArray &base, const QByteArray &mine,
                       const EtcdKeyValue &theirs, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    const EtcdKeyValue &theirs() const { return m_theirs; }
    QByteArray mine() const { return m_mine; }
    // What "Edit" continues from: a three-way merge of base, mine and theirs when the changes
    // do not overlap; otherwise mine and theirs between conflict markers.
    QByteArray merged() const;

    EtcdDiffView *diffView() const { return m_diff; }

private:
    void choose(Choice choice);

    QByteArray m_base;
    QByteArray m_mine;
    EtcdKeyValue m_theirs;
    Choice m_choice = Choice::None;
    EtcdDiffView *m_diff;
};

} // namespace ws
