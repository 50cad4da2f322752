#pragma once

#include "common/Problem.h"
#include "etcd/EtcdDraftStore.h"
#include "etcd/EtcdKeyValue.h"
#include "etcd/EtcdValueFormat.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ws {

class EtcdConflictDialog;
class EtcdDiffView;
class EtcdHistoryDialog;
class EtcdStore;

// Edits the value of one etcd key: recognises and validates its format (off the UI thread),
// masks secret-looking keys until revealed, shows binary values as such (read-only, so they are
// never corrupted), keeps unsaved edits as drafts on disk and offers them back, and saves through
// a diff with a compare-and-swap on the mod revision the edit started from. A conflict opens
// EtcdConflictDialog; nothing is overwritten silently.
class EtcdValueEditor : public QWidget
{
    Q_OBJECT

public:
    // Values past this size load without highlighting or live validation.
    static constexpr qsizetype LargeValueBytes = 1024 * 1024;

    EtcdValueEditor(EtcdStore *store, EtcdDraftStore *drafts, QWidget *parent = nullptr);
    ~EtcdValueEditor() override;

    // Shows `key` (its draft first keeps being saved when the editor was dirty).
    void openKey(const QByteArray &key);
    QByteArray key() const { return m_key; }
    bool isDirty() const { return m_dirty; }
    bool isLoading() const { return m_loading; }
    // The key as it was read (or last saved); version 0 when it does not exist.
    const EtcdKeyValue &base() const { return m_base; }
    // What the editor holds now, as bytes.
    QByteArray currentValue() const;
    // The format in use: detected (Auto) or chosen.
    EtcdValueFormat::Kind format() const { return m_format; }
    const Problems &problems() const { return m_problems; }
    bool isMasked() const { return m_masked; }

    // A watch saw `event`. For the open key: reloads quietly when not dirty, else shows a
    // banner ("changed by someone else at revision N") and keeps the edit.
    void keyChangedOnServer(const EtcdEvent &event);

    // Milliseconds between the last keystroke and the draft being written (default 1000).
    void setDraftDelay(int milliseconds);

    // Starts saving: diff dialog first, then the compare-and-swap.
    void save();
    void revert();
    void reveal();
    void showHistory();
    void restoreDraft();
    void discardDraft();

    // The dialogs of the save in progress, for tests and for the view.
    QDialog *diffDialog() const { return m_diffDialog; }
    EtcdDiffView *diffView() const;
    EtcdConflictDialog *conflictDialog() const;
    EtcdHistoryDialog *historyDialog() const;

Q_SIGNALS:
    void saved(const QByteArray &key, qint64 modRevision);
    void dirtyChanged(bool dirty);
    void loaded(const QByteArray &key);
    void validated();
    // A save or load failed; the message says why (also shown in the editor).
    void failed(const QString &message);

private:
    struct Validation
    {
        EtcdValueFormat::Kind kind = EtcdValueFormat::Kind::Plain;
        Problems problems;
    };

    void load();
    void showValue(const EtcdKeyValue &kv);
    void updateButtons();
    void setEditorText(const QByteArray &value);
    void updateInfo();
    void updateDirty();
    void scheduleValidation();
    void validateNow();
    void writeDraft();
    void offerDraft(const EtcdDraft &draft);
    void putWithCas(const QByteArray &value, qint64 expectedModRevision);
    void onConflict(const QByteArray &mine, const EtcdKeyValue &theirs);
    void showMessage(const QString &message, bool error);
    void fetchLease();

    EtcdStore *m_store;
    EtcdDraftStore *m_drafts;
    QByteArray m_key;
    EtcdKeyValue m_base;
    bool m_binary = false;
    bool m_masked = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_settingText = false;
    EtcdValueFormat::Kind m_format = EtcdValueFormat::Kind::Plain;
    Problems m_problems;
    std::optional<EtcdDraft> m_offeredDraft;
    qint64 m_leaseTtl = -1;
    int m_loadGeneration = 0;

    QLabel *m_keyLabel;
    QLabel *m_info;
    QLabel *m_lease;
    QComboBox *m_formatBox;
    QLabel *m_problemsLabel;
    QWidget *m_draftBar;
    QLabel *m_draftLabel;
    QWidget *m_changedBanner;
    QLabel *m_changedLabel;
    QLabel *m_message;
    QPlainTextEdit *m_edit;
    QWidget *m_maskedPane;
    QLabel *m_maskedLabel;
    QPushButton *m_revealButton;
    QPushButton *m_saveButton;
    bool m_saving = false; // a compare-and-swap is on its way
    QPushButton *m_revertButton;
    QPushButton *m_historyButton;
    QTimer *m_draftTimer;
    QTimer *m_validateTimer;
    QFutureWatcher<Validation> m_validation;

    QPointer<QDialog> m_diffDialog;
    QPointer<EtcdDiffView> m_diffView;
    QPointer<EtcdConflictDialog> m_conflictDialog;
    QPointer<EtcdHistoryDialog> m_historyDialog;
};

} // namespace ws
