#include "EtcdValueEditor.h"

#include "EtcdConflictDialog.h"
#include "EtcdDiffView.h"
#include "EtcdHistoryDialog.h"
#include "etcd/EtcdJson.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdSecretKeys.h"
#include "etcd/EtcdStore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ws {

namespace {

// Binary values are shown, never edited: offset, 16 bytes in hex, and their printable ASCII.
QString hexDump(const QByteArray &value)
{
    QString out;
    out.reserve(value.size() * 4 + 16);
    for (qsizetype offset = 0; offset < value.size(); offset += 16) {
        const QByteArray row = value.mid(offset, 16);
        out += QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
        out += QString::fromLatin1(row.toHex(' ')).leftJustified(48, QLatin1Char(' '));
        out += QLatin1String("  ");
        for (const char c : row)
            out += (uchar(c) >= 0x20 && uchar(c) < 0x7F) ? QLatin1Char(c) : QLatin1Char('.');
        out += QLatin1Char('\n');
    }
    return out;
}

QWidget *bar(const QString &name, QWidget *parent, const QString &colour)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(name);
    widget->setAutoFillBackground(true);
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, QColor(colour));
    widget->setPalette(palette);
    widget->hide();
    return widget;
}

} // namespace

EtcdValueEditor::EtcdValueEditor(EtcdStore *store, EtcdDraftStore *drafts, QWidget *parent)
    : QWidget(parent), m_store(store), m_drafts(drafts), m_keyLabel(new QLabel(this)),
      m_info(new QLabel(this)), m_lease(new QLabel(this)), m_formatBox(new QComboBox(this)),
      m_problemsLabel(new QLabel(this)),
      m_draftBar(bar(QStringLiteral("draftBar"), this, QStringLiteral("#fff4c2"))),
      m_draftLabel(new QLabel(m_draftBar)),
      m_changedBanner(bar(QStringLiteral("changedBanner"), this, QStringLiteral("#ffd9c2"))),
      m_changedLabel(new QLabel(m_changedBanner)), m_message(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)), m_maskedPane(new QWidget(this)),
      m_maskedLabel(new QLabel(m_maskedPane)),
      m_revealButton(new QPushButton(tr("Reveal"), m_maskedPane)),
      m_saveButton(new QPushButton(tr("Save…"), this)),
      m_revertButton(new QPushButton(tr("Revert"), this)),
      m_historyButton(new QPushButton(tr("History…"), this)), m_draftTimer(new QTimer(this)),
      m_validateTimer(new QTimer(this))
{
    m_keyLabel->setObjectName(QStringLiteral("keyLabel"));
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_keyLabel->font();
    bold.setBold(true);
    m_keyLabel->setFont(bold);
    m_info->setObjectName(QStringLiteral("keyInfo"));
    m_lease->setObjectName(QStringLiteral("leaseLabel"));
    m_lease->hide();
    m_formatBox->setObjectName(QStringLiteral("formatBox"));
    m_formatBox->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Auto (JSON)" grows
    m_formatBox->addItem(tr("Auto"), -1);
    for (EtcdValueFormat::Kind kind : EtcdValueFormat::textKinds())
        m_formatBox->addItem(EtcdValueFormat::name(kind), int(kind));
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("valueEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_maskedPane->setObjectName(QStringLiteral("maskedPane"));
    m_maskedLabel->setObjectName(QStringLiteral("maskedLabel"));
    m_revealButton->setObjectName(QStringLiteral("reveal"));
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_revertButton->setObjectName(QStringLiteral("revert"));
    m_historyButton->setObjectName(QStringLiteral("history"));
    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    m_draftLabel->setWordWrap(true);
    m_changedLabel->setObjectName(QStringLiteral("changedLabel"));
    m_changedLabel->setWordWrap(true);

    auto *restore = new QPushButton(tr("Restore draft"), m_draftBar);
    restore->setObjectName(QStringLiteral("restoreDraft"));
    auto *discard = new QPushButton(tr("Discard"), m_draftBar);
    discard->setObjectName(QStringLiteral("discardDraft"));
    auto *draftLayout = new QHBoxLayout(m_draftBar);
    draftLayout->addWidget(m_draftLabel, 1);
    draftLayout->addWidget(restore);
    draftLayout->addWidget(discard);
    auto *changedLayout = new QHBoxLayout(m_changedBanner);
    changedLayout->addWidget(m_changedLabel, 1);

    auto *maskedLayout = new QVBoxLayout(m_maskedPane);
    maskedLayout->addStretch();
    maskedLayout->addWidget(m_maskedLabel, 0, Qt::AlignHCenter);
    maskedLayout->addWidget(m_revealButton, 0, Qt::AlignHCenter);
    maskedLayout->addStretch();
    m_maskedPane->hide();

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Format:"), this));
    formatRow->addWidget(m_formatBox);
    formatRow->addWidget(m_problemsLabel, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_historyButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_info);
    layout->addWidget(m_lease);
    layout->addWidget(m_draftBar);
    layout->addWidget(m_changedBanner);
    layout->addLayout(formatRow);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_maskedPane, 1);
    layout->addLayout(buttons);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_settingText)
            return;
        updateDirty();
        scheduleValidation();
    });
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this]() { validateNow(); });
    connect(m_validateTimer, &QTimer::timeout, this, &EtcdValueEditor::validateNow);
    connect(m_draftTimer, &QTimer::timeout, this, &EtcdValueEditor::writeDraft);
    connect(&m_validation, &QFutureWatcher<Validation>::finished, this, [this]() {
        if (m_validation.isCanceled())
            return;
        const Validation v = m_validation.result();
        m_format = v.kind;
        m_problems = v.problems;
        if (m_formatBox->currentIndex() == 0)
            m_formatBox->setItemText(0, tr("Auto (%1)").arg(EtcdValueFormat::name(v.kind)));
        if (m_binary) {
            m_problemsLabel->setText(tr("Binary value: shown as hex, read-only."));
        } else if (v.problems.isEmpty()) {
            m_problemsLabel->setText(tr("Valid %1").arg(EtcdValueFormat::name(v.kind)));
        } else {
            const Problem &p = v.problems.constFirst();
            m_problemsLabel->setText(
                tr("Line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message));
        }
        Q_EMIT validated();
    });
    connect(m_revealButton, &QPushButton::clicked, this, &EtcdValueEditor::reveal);
    connect(m_saveButton, &QPushButton::clicked, this, &EtcdValueEditor::save);
    connect(this, &EtcdValueEditor::dirtyChanged, this, &EtcdValueEditor::updateButtons);
    connect(m_revertButton, &QPushButton::clicked, this, &EtcdValueEditor::revert);
    connect(m_historyButton, &QPushButton::clicked, this, &EtcdValueEditor::showHistory);
    connect(restore, &QPushButton::clicked, this, &EtcdValueEditor::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &EtcdValueEditor::discardDraft);

    setEnabled(false);
}

EtcdValueEditor::~EtcdValueEditor()
{
    // Closing the window or the connection must not lose the edit.
    if (m_dirty)
        writeDraft();
    m_validation.disconnect(this);
}

void EtcdValueEditor::setDraftDelay(int milliseconds)
{
    m_draftTimer->setInterval(milliseconds);
}

void EtcdValueEditor::openKey(const QByteArray &key)
{
    if (m_dirty)
        writeDraft();
    m_key = key;
    m_dirty = false;
    m_offeredDraft.reset();
    m_draftBar->hide();
    m_changedBanner->hide();
    m_message->clear();
    Q_EMIT dirtyChanged(false);
    load();
}

void EtcdValueEditor::load()
{
    m_loading = true;
    const int generation = ++m_loadGeneration;
    setEnabled(false);
    m_keyLabel->setText(EtcdJson::displayKey(m_key));
    m_info->setText(tr("Loading…"));
    EtcdRangeJob *job = m_store->range(m_key);
    connect(job, &ApiJob::finished, this, [this, job, generation]() {
        job->deleteLater();
        if (generation != m_loadGeneration)
            return; // another key was opened meanwhile
        m_loading = false;
        setEnabled(true);
        if (job->hasError()) {
            m_info->setText(QString());
            showMessage(job->errorString(), true);
            // A lost connection keeps what is on disk: offer the draft anyway.
            QString error;
            if (std::optional<EtcdDraft> draft = m_drafts->load(m_key, &error))
                offerDraft(*draft);
            Q_EMIT failed(job->errorString());
            return;
        }
        EtcdKeyValue kv;
        if (!job->result().kvs.isEmpty())
            kv = job->result().kvs.constFirst();
        else
            kv.key = m_key;
        showValue(kv);
        QString error;
        std::optional<EtcdDraft> draft = m_drafts->load(m_key, &error);
        if (!error.isEmpty())
            showMessage(error, true);
        if (draft && draft->text != kv.value)
            offerDraft(*draft);
        else if (draft)
            m_drafts->discard(m_key); // nothing left to restore
        Q_EMIT loaded(m_key);
    });
}

void EtcdValueEditor::showValue(const EtcdKeyValue &kv)
{
    m_base = kv;
    m_binary = !EtcdValueFormat::isText(kv.value);
    m_masked = EtcdSecretKeys::looksSecret(m_key) && !kv.value.isEmpty();
    m_changedBanner->hide();
    setEditorText(kv.value);
    if (!m_binary && m_edit->toPlainText().toUtf8() != kv.value) {
        // Text the editor would not give back byte for byte (a lone "\r", a paragraph
        // separator): edit it as text and the save would change bytes nobody touched.
        m_binary = true;
        setEditorText(kv.value);
    }
    m_edit->setReadOnly(m_binary);
    m_edit->setVisible(!m_masked);
    m_maskedPane->setVisible(m_masked);
    m_maskedLabel->setText(tr("This key looks secret: its value (%n byte(s)) is hidden.", nullptr,
                              int(kv.value.size())));
    m_formatBox->setEnabled(!m_binary);
    const bool wasDirty = m_dirty;
    m_dirty = false;
    if (wasDirty)
        Q_EMIT dirtyChanged(false);
    m_leaseTtl = kv.leaseTtl;
    updateButtons();
    updateInfo();
    fetchLease();
    validateNow();
}

void EtcdValueEditor::updateButtons()
{
    // Nothing to save or revert until the text differs from the stored value; a key that does
    // not exist yet can be saved as it is (an empty value is a value).
    const bool changed = m_dirty || (m_base.version == 0 && !m_key.isEmpty());
    m_saveButton->setEnabled(!m_binary && !m_saving && changed);
    m_revertButton->setEnabled(m_dirty && !m_saving);
}

void EtcdValueEditor::setEditorText(const QByteArray &value)
{
    m_settingText = true;
    // Long lines of a big value cost layout time on every change when wrapped.
    m_edit->setLineWrapMode(value.size() > LargeValueBytes ? QPlainTextEdit::NoWrap
                                                           : QPlainTextEdit::WidgetWidth);
    m_edit->setPlainText(m_binary ? hexDump(value) : QString::fromUtf8(value));
    m_edit->document()->setModified(false);
    m_settingText = false;
}

QByteArray EtcdValueEditor::currentValue() const
{
    if (m_binary)
        return m_base.value; // never through a text conversion
    return m_edit->toPlainText().toUtf8();
}

void EtcdValueEditor::updateInfo()
{
    m_keyLabel->setText(EtcdJson::displayKey(m_key));
    if (m_base.version == 0) {
        m_info->setText(tr("New key: it does not exist yet."));
    } else {
        m_info->setText(tr("Revision %1 · created at revision %2 · version %3 · %n byte(s)",
                           nullptr, int(m_base.value.size()))
                            .arg(m_base.modRevision)
                            .arg(m_base.createRevision)
                            .arg(m_base.version));
    }
    if (m_base.lease == 0) {
        m_lease->hide();
        return;
    }
    m_lease->show();
    const QString lease = QString::number(m_base.lease, 16);
    if (m_leaseTtl >= 0)
        m_lease->setText(tr("Owned by the cluster: lease %1, %n second(s) left. Edits last only "
                            "until the lease expires or its owner writes again.",
                            nullptr, int(m_leaseTtl))
                             .arg(lease));
    else
        m_lease->setText(tr("Owned by the cluster: lease %1.").arg(lease));
}

void EtcdValueEditor::fetchLease()
{
    auto *kv = qobject_cast<EtcdKv *>(m_store);
    if (!kv || m_base.lease == 0)
        return;
    const QByteArray key = m_key;
    const qint64 lease = m_base.lease;
    EtcdLeaseJob *job = kv->timeToLive(lease);
    connect(job, &ApiJob::finished, this, [this, job, key, lease]() {
        job->deleteLater();
        if (job->hasError() || key != m_key || lease != m_base.lease)
            return;
        m_leaseTtl = job->result().ttl;
        updateInfo();
    });
}

void EtcdValueEditor::updateDirty()
{
    bool dirty = false;
    if (!m_binary) {
        // Comparing megabytes on every keystroke is what "without freezing" rules out.
        dirty = m_base.value.size() > LargeValueBytes ? m_edit->document()->isModified()
                                                      : currentValue() != m_base.value;
    }
    if (dirty)
        m_draftTimer->start();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    if (!dirty) {
        m_draftTimer->stop();
        m_drafts->discard(m_key);
    }
    Q_EMIT dirtyChanged(dirty);
}

void EtcdValueEditor::scheduleValidation()
{
    m_validateTimer->setInterval(m_edit->document()->characterCount() > LargeValueBytes ? 1500
                                                                                        : 300);
    m_validateTimer->start();
}

void EtcdValueEditor::validateNow()
{
    m_validateTimer->stop();
    const QByteArray value = currentValue();
    const int chosen = m_formatBox->currentData().toInt();
    const QString file = EtcdJson::displayKey(m_key);
    // Parsing a megabyte of YAML takes long enough to be felt: off the UI thread.
    m_validation.setFuture(QtConcurrent::run([value, chosen, file]() {
        Validation v;
        v.kind = chosen < 0 ? EtcdValueFormat::detect(value) : EtcdValueFormat::Kind(chosen);
        v.problems = EtcdValueFormat::validate(value, v.kind, file);
        return v;
    }));
}

void EtcdValueEditor::writeDraft()
{
    m_draftTimer->stop();
    if (!m_dirty || m_key.isEmpty())
        return;
    EtcdDraft draft;
    draft.key = m_key;
    draft.baseModRevision = m_base.version == 0 ? 0 : m_base.modRevision;
    draft.baseValue = m_base.value;
    draft.text = currentValue();
    QString error;
    if (!m_drafts->save(draft, &error))
        showMessage(error, true);
}

void EtcdValueEditor::offerDraft(const EtcdDraft &draft)
{
    m_offeredDraft = draft;
    QString text = tr("An unsaved draft of this key from %1 is kept (started from revision %2).")
                       .arg(QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat))
                       .arg(draft.baseModRevision);
    if (draft.baseModRevision != (m_base.version == 0 ? 0 : m_base.modRevision))
        text += QLatin1Char(' ')
            + tr("The key has changed since: saving the draft will show both versions.");
    m_draftLabel->setText(text);
    m_draftBar->show();
}

void EtcdValueEditor::restoreDraft()
{
    if (!m_offeredDraft)
        return;
    const EtcdDraft draft = *m_offeredDraft;
    m_offeredDraft.reset();
    m_draftBar->hide();
    if (m_binary)
        return;
    // The edit continues from where it started: its compare-and-swap is against the draft's
    // base, so a change made since comes up as a conflict, not overwritten.
    const qint64 current = m_base.version == 0 ? 0 : m_base.modRevision;
    if (draft.baseModRevision != current) {
        m_changedLabel->setText(
            m_base.version == 0
                ? tr("Deleted by someone else since your draft started.")
                : tr("Changed by someone else at revision %1 since your draft started.")
                      .arg(m_base.modRevision));
        m_changedBanner->show();
        m_base.modRevision = draft.baseModRevision;
        m_base.value = draft.baseValue;
        if (draft.baseModRevision > 0 && m_base.version == 0)
            m_base.version = 1; // it existed when the draft started
    }
    m_settingText = true;
    m_edit->setPlainText(QString::fromUtf8(draft.text));
    m_settingText = false;
    updateDirty();
    validateNow();
}

void EtcdValueEditor::discardDraft()
{
    m_offeredDraft.reset();
    m_draftBar->hide();
    QString error;
    if (!m_drafts->discard(m_key, &error))
        showMessage(error, true);
}

void EtcdValueEditor::reveal()
{
    m_masked = false;
    m_maskedPane->hide();
    m_edit->show();
}

void EtcdValueEditor::revert()
{
    m_draftTimer->stop();
    m_drafts->discard(m_key);
    m_dirty = false;
    Q_EMIT dirtyChanged(false);
    load();
}

void EtcdValueEditor::save()
{
    if (m_binary || m_key.isEmpty() || m_loading)
        return;
    if (!m_dirty && m_base.version != 0) {
        showMessage(tr("Nothing to save: the value is as stored."), false);
        return;
    }
    writeDraft(); // whatever happens next, the edit is on disk
    const QByteArray mine = currentValue();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("saveDiffDialog"));
    dialog->setWindowTitle(tr("Save %1").arg(EtcdJson::displayKey(m_key)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new EtcdDiffView(dialog);
    view->setTexts(QString::fromUtf8(m_base.value), QString::fromUtf8(mine),
                   m_base.version == 0 ? tr("(new key)")
                                       : tr("stored (revision %1)").arg(m_base.modRevision),
                   tr("mine"));
    auto *layout = new QVBoxLayout(dialog);
    if (!m_problems.isEmpty()) {
        auto *warning = new QLabel(
            tr("The value is not valid %1: %2")
                .arg(EtcdValueFormat::name(m_format), m_problems.constFirst().toString()),
            dialog);
        warning->setObjectName(QStringLiteral("saveWarning"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(dialog);
    auto *confirm = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSave"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSave"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(800, 500);
    const qint64 expected = m_base.version == 0 ? 0 : m_base.modRevision;
    connect(dialog, &QDialog::accepted, this,
            [this, mine, expected]() { putWithCas(mine, expected); });
    m_diffDialog = dialog;
    m_diffView = view;
    dialog->open();
}

void EtcdValueEditor::putWithCas(const QByteArray &value, qint64 expectedModRevision)
{
    m_saving = true;
    updateButtons();
    showMessage(tr("Saving…"), false);
    const QByteArray key = m_key;
    EtcdCasJob *job = m_store->putIfUnchanged(key, value, expectedModRevision);
    connect(job, &ApiJob::finished, this, [this, job, key, value]() {
        job->deleteLater();
        if (key != m_key)
            return; // another key is open; its draft keeps the edit
        m_saving = false;
        updateButtons();
        if (job->hasError()) {
            showMessage(tr("Not saved (your edit is kept as a draft): %1").arg(job->errorString()),
                        true);
            Q_EMIT failed(job->errorString());
            return;
        }
        const EtcdCasResult &result = job->result();
        if (!result.succeeded) {
            showMessage(tr("Not saved: someone else changed the key."), true);
            onConflict(value, result.current);
            return;
        }
        EtcdKeyValue stored = m_base;
        stored.key = key;
        stored.value = value;
        if (stored.version == 0)
            stored.createRevision = result.revision;
        stored.modRevision = result.revision;
        stored.version += 1;
        m_base = stored;
        m_changedBanner->hide();
        m_drafts->discard(key);
        updateDirty();
        if (m_dirty) // typed on while saving: keep that as the next draft
            writeDraft();
        updateInfo();
        showMessage(tr("Saved as revision %1.").arg(result.revision), false);
        Q_EMIT saved(key, result.revision);
    });
}

void EtcdValueEditor::onConflict(const QByteArray &mine, const EtcdKeyValue &theirs)
{
    auto *dialog = new EtcdConflictDialog(m_key, m_base.value, mine, theirs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    const QByteArray key = m_key;
    connect(dialog, &QDialog::finished, this, [this, dialog, key, mine, theirs]() {
        if (key != m_key)
            return;
        switch (dialog->choice()) {
        case EtcdConflictDialog::Choice::KeepMine: {
            // Their value becomes the base: the save replaces exactly what the user saw.
            EtcdKeyValue kv = theirs;
            kv.key = m_key;
            m_base = kv;
            m_changedBanner->hide();
            updateInfo();
            putWithCas(mine, theirs.version == 0 ? 0 : theirs.modRevision);
            break;
        }
        case EtcdConflictDialog::Choice::TakeTheirs: {
            m_drafts->discard(m_key);
            EtcdKeyValue kv = theirs;
            kv.key = m_key;
            showValue(kv);
            showMessage(tr("Took their value (revision %1); your edit was dropped.")
                            .arg(theirs.modRevision),
                        false);
            break;
        }
        case EtcdConflictDialog::Choice::Edit: {
            const QByteArray merged = dialog->merged();
            EtcdKeyValue kv = theirs;
            kv.key = m_key;
            m_base = kv;
            m_changedBanner->hide();
            m_settingText = true;
            m_edit->setPlainText(QString::fromUtf8(merged));
            m_settingText = false;
            updateInfo();
            updateDirty();
            writeDraft();
            validateNow();
            showMessage(tr("Editing a merge of yours and theirs; saving replaces revision %1.")
                            .arg(theirs.modRevision),
                        false);
            break;
        }
        case EtcdConflictDialog::Choice::None:
            showMessage(tr("Not saved; your edit is kept."), false);
            break;
        }
    });
    dialog->open();
}

EtcdDiffView *EtcdValueEditor::diffView() const
{
    return m_diffView;
}

EtcdConflictDialog *EtcdValueEditor::conflictDialog() const
{
    return m_conflictDialog;
}

EtcdHistoryDialog *EtcdValueEditor::historyDialog() const
{
    return m_historyDialog;
}

void EtcdValueEditor::keyChangedOnServer(const EtcdEvent &event)
{
    if (event.kv.key != m_key || m_key.isEmpty() || m_loading)
        return;
    if (event.kv.modRevision <= m_base.modRevision)
        return; // known already (our own save, or an old event)
    const bool deleted = event.type == EtcdEvent::Type::Delete;
    if (!m_dirty) {
        EtcdKeyValue kv = deleted ? EtcdKeyValue {} : event.kv;
        kv.key = m_key;
        const bool revealed = !m_masked;
        showValue(kv);
        if (revealed && m_masked)
            reveal(); // what the user revealed stays revealed
        if (deleted)
            showMessage(tr("Deleted by someone else at revision %1.").arg(event.kv.modRevision),
                        false);
        return;
    }
    m_changedLabel->setText(
        deleted ? tr("Deleted by someone else at revision %1. Saving will show both versions.")
                      .arg(event.kv.modRevision)
                : tr("Changed by someone else at revision %1. Saving will show both versions.")
                      .arg(event.kv.modRevision));
    m_changedBanner->show();
}

void EtcdValueEditor::showHistory()
{
    if (m_key.isEmpty())
        return;
    auto *dialog = new EtcdHistoryDialog(m_store, m_key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_historyDialog = dialog;
    connect(dialog, &EtcdHistoryDialog::restored, this, [this](const QByteArray &key) {
        if (key == m_key && !m_dirty)
            load();
    });
    dialog->open();
}

void EtcdValueEditor::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x00, 0x20) : QColor());
    m_message->setPalette(error ? palette : QPalette());
}

} // namespace ws
