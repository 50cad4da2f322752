// EtcdValueEditor, EtcdDiffView, EtcdConflictDialog, EtcdHistoryDialog and EtcdKeyActions
// through their widgets against a real etcd: edit → diff → compare-and-swap save; a second
// client writing while the editor holds an edit (conflict dialog with both values, nothing
// overwritten until the user chooses: keep mine, take theirs, edit a merge); the server's change
// as a banner or a quiet reload; a draft surviving the editor and offered back; history restore;
// secret keys masked until revealed; binary values read-only; large values; folder rename and
// delete with a count and a confirmation.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdConflictDialog.h"
#include "etcd/EtcdDiffView.h"
#include "etcd/EtcdDraftStore.h"
#include "etcd/EtcdHistoryDialog.h"
#include "etcd/EtcdKeyActions.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdValueEditor.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

} // namespace

class tst_EtcdEditGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editSaveThroughDiff();
    void conflictKeepMine();
    void conflictTakeTheirs();
    void conflictEditMerge();
    void serverChangeWhileClean();
    void serverChangeWhileDirty();
    void draftSurvivesEditor();
    void historyRestore();
    void secretMaskedUntilRevealed();
    void binaryIsReadOnly();
    void largeValue();
    void validationMessage();
    void deleteFolderWithCount();
    void renameFolderAcrossTransactions();
    void renameAndCreateKey();

private:
    QByteArray stored(const QByteArray &key);
    qint64 put(const QByteArray &key, const QByteArray &value);
    bool open(const QByteArray &key);
    void setText(const QString &text);
    bool saveThroughDiff(QString *diffText = nullptr);

    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EtcdDraftStore> m_drafts;
    std::unique_ptr<EtcdValueEditor> m_editor;
};

void tst_EtcdEditGui::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

void tst_EtcdEditGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_drafts = std::make_unique<EtcdDraftStore>(EtcdDraftStore::clusterId(m_client->endpoints()),
                                                m_dir->path());
    m_editor = std::make_unique<EtcdValueEditor>(m_kv.get(), m_drafts.get());
    m_editor->setDraftDelay(10);
    m_editor->resize(800, 600);
    m_editor->show();
}

void tst_EtcdEditGui::cleanup()
{
    m_editor.reset();
    m_drafts.reset();
    m_dir.reset();
}

QByteArray tst_EtcdEditGui::stored(const QByteArray &key)
{
    EtcdRangeJob *job = m_kv->range(key);
    if (!waitJob(job) || job->hasError() || job->result().kvs.isEmpty())
        return "<missing>";
    job->deleteLater();
    return job->result().kvs.constFirst().value;
}

qint64 tst_EtcdEditGui::put(const QByteArray &key, const QByteArray &value)
{
    EtcdPutJob *job = m_kv->put(key, value);
    if (!waitJob(job) || job->hasError())
        return -1;
    job->deleteLater();
    return job->result();
}

bool tst_EtcdEditGui::open(const QByteArray &key)
{
    QSignalSpy loaded(m_editor.get(), &EtcdValueEditor::loaded);
    QSignalSpy validated(m_editor.get(), &EtcdValueEditor::validated);
    m_editor->openKey(key);
    return (loaded.size() > 0 || loaded.wait(30'000))
        && (validated.size() > 0 || validated.wait(30'000));
}

void tst_EtcdEditGui::setText(const QString &text)
{
    auto *edit = child<QPlainTextEdit>(m_editor.get(), "valueEdit");
    QVERIFY(edit);
    edit->setPlainText(text);
}

bool tst_EtcdEditGui::saveThroughDiff(QString *diffText)
{
    auto *save = child<QPushButton>(m_editor.get(), "save");
    if (!save || !save->isEnabled())
        return false;
    QTest::mouseClick(save, Qt::LeftButton);
    QDialog *dialog = m_editor->diffDialog();
    EtcdDiffView *view = m_editor->diffView();
    if (!dialog || !view || !dialog->isVisible())
        return false;
    if (!view->isReady()) {
        QSignalSpy ready(view, &EtcdDiffView::ready);
        if (!ready.wait(30'000))
            return false;
    }
    if (diffText)
        *diffText = view->shownText();
    auto *confirm = child<QPushButton>(dialog, "confirmSave");
    if (!confirm)
        return false;
    QTest::mouseClick(confirm, Qt::LeftButton);
    return true;
}

void tst_EtcdEditGui::editSaveThroughDiff()
{
    const qint64 revision = put("/edit/config", "name: web\nport: 80\n");
    QVERIFY(open("/edit/config"));
    QCOMPARE(m_editor->base().modRevision, revision);
    QCOMPARE(m_editor->format(), EtcdValueFormat::Kind::Yaml);
    QVERIFY(!m_editor->isDirty());
    QSignalSpy dirty(m_editor.get(), &EtcdValueEditor::dirtyChanged);
    setText(QStringLiteral("name: web\nport: 8080\n"));
    QVERIFY(m_editor->isDirty());
    QCOMPARE(dirty.size(), 1);

    QSignalSpy saved(m_editor.get(), &EtcdValueEditor::saved);
    QString diff;
    QVERIFY(saveThroughDiff(&diff));
    QVERIFY2(diff.contains(QLatin1String("-port: 80\n+port: 8080")), qPrintable(diff));
    QVERIFY(saved.wait(30'000));
    QCOMPARE(saved.constFirst().at(0).toByteArray(), QByteArray("/edit/config"));
    const qint64 newRevision = saved.constFirst().at(1).toLongLong();
    QVERIFY(newRevision > revision);
    QCOMPARE(stored("/edit/config"), QByteArray("name: web\nport: 8080\n"));
    QVERIFY(!m_editor->isDirty());
    QCOMPARE(m_editor->base().modRevision, newRevision);
    QCOMPARE(m_editor->base().version, 2);
    QVERIFY(!m_drafts->load("/edit/config")); // saved: no draft left
    QVERIFY(
        child<QLabel>(m_editor.get(), "keyInfo")->text().contains(QString::number(newRevision)));
}

void tst_EtcdEditGui::conflictKeepMine()
{
    put("/edit/conflict1", "base\n");
    QVERIFY(open("/edit/conflict1"));
    setText(QStringLiteral("mine\n"));
    QTRY_VERIFY_WITH_TIMEOUT(m_drafts->load("/edit/conflict1").has_value(), 10'000);
    const qint64 theirs = put("/edit/conflict1", "theirs\n"); // the second client

    QVERIFY(saveThroughDiff());
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->conflictDialog() && m_editor->conflictDialog()->isVisible(),
                             30'000);
    EtcdConflictDialog *dialog = m_editor->conflictDialog();
    QCOMPARE(child<QPlainTextEdit>(dialog, "theirs")->toPlainText(), QStringLiteral("theirs\n"));
    QCOMPARE(child<QPlainTextEdit>(dialog, "mine")->toPlainText(), QStringLiteral("mine\n"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->isReady(), 30'000);
    QVERIFY(dialog->diffView()->shownText().contains(QLatin1String("-theirs\n+mine")));
    QCOMPARE(dialog->theirs().modRevision, theirs);
    // Both kept until the user chooses.
    QCOMPARE(stored("/edit/conflict1"), QByteArray("theirs\n"));
    QCOMPARE(m_drafts->load("/edit/conflict1")->text, QByteArray("mine\n"));
    QVERIFY(m_editor->isDirty());

    QSignalSpy saved(m_editor.get(), &EtcdValueEditor::saved);
    QTest::mouseClick(child<QPushButton>(dialog, "keepMine"), Qt::LeftButton);
    QVERIFY(saved.wait(30'000));
    QCOMPARE(stored("/edit/conflict1"), QByteArray("mine\n"));
    QVERIFY(!m_editor->isDirty());
    QVERIFY(!m_drafts->load("/edit/conflict1"));
}

void tst_EtcdEditGui::conflictTakeTheirs()
{
    put("/edit/conflict2", "base\n");
    QVERIFY(open("/edit/conflict2"));
    setText(QStringLiteral("mine\n"));
    put("/edit/conflict2", "theirs\n");
    QVERIFY(saveThroughDiff());
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->conflictDialog() && m_editor->conflictDialog()->isVisible(),
                             30'000);
    QTest::mouseClick(child<QPushButton>(m_editor->conflictDialog(), "takeTheirs"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->isDirty(), 10'000);
    QCOMPARE(m_editor->currentValue(), QByteArray("theirs\n"));
    QCOMPARE(stored("/edit/conflict2"), QByteArray("theirs\n"));
    QVERIFY(!m_drafts->load("/edit/conflict2"));
}

void tst_EtcdEditGui::conflictEditMerge()
{
    put("/edit/conflict3", "a = 1\nb = 2\nc = 3\n");
    QVERIFY(open("/edit/conflict3"));
    setText(QStringLiteral("a = 10\nb = 2\nc = 3\n"));
    const qint64 theirs = put("/edit/conflict3", "a = 1\nb = 2\nc = 30\n");
    QVERIFY(saveThroughDiff());
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->conflictDialog() && m_editor->conflictDialog()->isVisible(),
                             30'000);
    QTest::mouseClick(child<QPushButton>(m_editor->conflictDialog(), "editMerge"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->currentValue(), QByteArray("a = 10\nb = 2\nc = 30\n"),
                              10'000);
    QVERIFY(m_editor->isDirty());
    QCOMPARE(m_editor->base().modRevision, theirs); // the next save replaces theirs on purpose
    QSignalSpy saved(m_editor.get(), &EtcdValueEditor::saved);
    QVERIFY(saveThroughDiff());
    QVERIFY(saved.wait(30'000));
    QCOMPARE(stored("/edit/conflict3"), QByteArray("a = 10\nb = 2\nc = 30\n"));
}

void tst_EtcdEditGui::serverChangeWhileClean()
{
    put("/edit/quiet", "one");
    QVERIFY(open("/edit/quiet"));
    const qint64 revision = put("/edit/quiet", "two");
    EtcdEvent event;
    event.kv = {"/edit/quiet", "two", m_editor->base().createRevision, revision, 2, 0, -1};
    m_editor->keyChangedOnServer(event);
    QCOMPARE(m_editor->currentValue(), QByteArray("two"));
    QCOMPARE(m_editor->base().modRevision, revision);
    QVERIFY(!m_editor->isDirty());
    QVERIFY(!child<QWidget>(m_editor.get(), "changedBanner")->isVisible());
    // Events for other keys and old events change nothing.
    event.kv.key = "/edit/other";
    event.kv.value = "x";
    m_editor->keyChangedOnServer(event);
    QCOMPARE(m_editor->currentValue(), QByteArray("two"));
}

void tst_EtcdEditGui::serverChangeWhileDirty()
{
    put("/edit/banner", "one");
    QVERIFY(open("/edit/banner"));
    setText(QStringLiteral("mine"));
    const qint64 revision = put("/edit/banner", "theirs");
    EtcdEvent event;
    event.kv = {"/edit/banner", "theirs", m_editor->base().createRevision, revision, 2, 0, -1};
    m_editor->keyChangedOnServer(event);
    QCOMPARE(m_editor->currentValue(), QByteArray("mine")); // the edit stays
    QVERIFY(m_editor->isDirty());
    QVERIFY(child<QWidget>(m_editor.get(), "changedBanner")->isVisible());
    QVERIFY(
        child<QLabel>(m_editor.get(), "changedLabel")->text().contains(QString::number(revision)));
}

void tst_EtcdEditGui::draftSurvivesEditor()
{
    const qint64 revision = put("/edit/draft", "stored");
    QVERIFY(open("/edit/draft"));
    m_editor->setDraftDelay(60'000); // the destructor writes it, not the timer
    setText(QStringLiteral("unsaved work"));
    m_editor.reset(); // a closed window, a crash after the autosave, a lost connection
    const std::optional<EtcdDraft> draft = m_drafts->load("/edit/draft");
    QVERIFY(draft);
    QCOMPARE(draft->text, QByteArray("unsaved work"));
    QCOMPARE(draft->baseModRevision, revision);

    m_editor = std::make_unique<EtcdValueEditor>(m_kv.get(), m_drafts.get());
    m_editor->show();
    QVERIFY(open("/edit/draft"));
    QCOMPARE(m_editor->currentValue(), QByteArray("stored"));
    QVERIFY(child<QWidget>(m_editor.get(), "draftBar")->isVisible());
    QTest::mouseClick(child<QPushButton>(m_editor.get(), "restoreDraft"), Qt::LeftButton);
    QCOMPARE(m_editor->currentValue(), QByteArray("unsaved work"));
    QVERIFY(m_editor->isDirty());
    QVERIFY(!child<QWidget>(m_editor.get(), "draftBar")->isVisible());
    QSignalSpy saved(m_editor.get(), &EtcdValueEditor::saved);
    QVERIFY(saveThroughDiff());
    QVERIFY(saved.wait(30'000));
    QCOMPARE(stored("/edit/draft"), QByteArray("unsaved work"));

    // Discard removes it from disk.
    setText(QStringLiteral("again"));
    QTRY_VERIFY_WITH_TIMEOUT(m_drafts->load("/edit/draft").has_value(), 10'000);
    m_editor.reset();
    m_editor = std::make_unique<EtcdValueEditor>(m_kv.get(), m_drafts.get());
    m_editor->show();
    QVERIFY(open("/edit/draft"));
    QTest::mouseClick(child<QPushButton>(m_editor.get(), "discardDraft"), Qt::LeftButton);
    QVERIFY(!m_drafts->load("/edit/draft"));
    QCOMPARE(m_editor->currentValue(), QByteArray("unsaved work"));
}

void tst_EtcdEditGui::historyRestore()
{
    const qint64 good = put("/edit/history", "good: 1\n");
    put("/edit/history", "bad: 2\n");
    QVERIFY(open("/edit/history"));
    m_editor->showHistory();
    EtcdHistoryDialog *dialog = m_editor->historyDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    if (!dialog->history()->isFinished()) {
        QSignalSpy finished(dialog->history(), &EtcdKeyHistory::finished);
        QVERIFY(finished.wait(30'000));
    }
    QCOMPARE(child<QListWidget>(dialog, "revisions")->count(), 2);
    QVERIFY(dialog->selectRevision(good));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->diffView()->isReady(), 30'000);
    QVERIFY(dialog->diffView()->shownText().contains(QLatin1String("-good: 1\n+bad: 2")));
    QSignalSpy restored(dialog, &EtcdHistoryDialog::restored);
    QSignalSpy loaded(m_editor.get(), &EtcdValueEditor::loaded);
    QTest::mouseClick(child<QPushButton>(dialog, "restore"), Qt::LeftButton);
    QVERIFY(restored.wait(30'000));
    QCOMPARE(stored("/edit/history"), QByteArray("good: 1\n"));
    // The editor reloads the restored value (perhaps already while stored() waited).
    QVERIFY(loaded.size() > 0 || loaded.wait(30'000));
    QCOMPARE(m_editor->currentValue(), QByteArray("good: 1\n"));
    QCOMPARE(m_editor->base().version, 3);
}

void tst_EtcdEditGui::secretMaskedUntilRevealed()
{
    put("/edit/db/password", "hunter2");
    QVERIFY(open("/edit/db/password"));
    QVERIFY(m_editor->isMasked());
    auto *edit = child<QPlainTextEdit>(m_editor.get(), "valueEdit");
    QVERIFY(!edit->isVisible());
    QVERIFY(child<QWidget>(m_editor.get(), "maskedPane")->isVisible());
    QVERIFY(
        !child<QLabel>(m_editor.get(), "maskedLabel")->text().contains(QLatin1String("hunter2")));
    QTest::mouseClick(child<QPushButton>(m_editor.get(), "reveal"), Qt::LeftButton);
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->toPlainText(), QStringLiteral("hunter2"));
    QVERIFY(!m_editor->isMasked());

    put("/edit/db/host", "db.local");
    QVERIFY(open("/edit/db/host"));
    QVERIFY(!m_editor->isMasked());
    QVERIFY(edit->isVisible());
}

void tst_EtcdEditGui::binaryIsReadOnly()
{
    const QByteArray binary("\x00\x01\xFFgz\x1F\x8B", 7);
    put("/edit/blob", binary);
    QVERIFY(open("/edit/blob"));
    QCOMPARE(m_editor->format(), EtcdValueFormat::Kind::Binary);
    auto *edit = child<QPlainTextEdit>(m_editor.get(), "valueEdit");
    QVERIFY(edit->isReadOnly());
    QVERIFY(edit->toPlainText().contains(QLatin1String("00 01 ff")));
    QVERIFY(!child<QPushButton>(m_editor.get(), "save")->isEnabled());
    QCOMPARE(m_editor->currentValue(), binary); // never through text

    // A lone carriage return would not survive the text editor: read-only as well.
    put("/edit/cr", "a\rb");
    QVERIFY(open("/edit/cr"));
    QVERIFY(edit->isReadOnly());
    QCOMPARE(m_editor->currentValue(), QByteArray("a\rb"));
}

void tst_EtcdEditGui::largeValue()
{
    QByteArray big;
    // Over 1 MiB, under etcd's default request limit of 1.5 MiB.
    big += "{\n";
    for (int i = 0; big.size() < 1'300'000; ++i)
        big += "  \"key" + QByteArray::number(i) + "\": \"a value of some length here\",\n";
    big += "  \"last\": true\n}\n";
    QVERIFY(big.size() > EtcdValueEditor::LargeValueBytes);
    QVERIFY(put("/edit/big", big) > 0);
    QVERIFY(open("/edit/big"));
    QCOMPARE(m_editor->currentValue().size(), big.size());
    QCOMPARE(m_editor->format(), EtcdValueFormat::Kind::Json);
    QVERIFY(m_editor->problems().isEmpty());
    QVERIFY(!m_editor->isDirty());
}

void tst_EtcdEditGui::validationMessage()
{
    put("/edit/broken.json", "{\"a\": 1,\n \"b\": }\n");
    QVERIFY(open("/edit/broken.json"));
    QCOMPARE(m_editor->format(), EtcdValueFormat::Kind::Json);
    QVERIFY(!m_editor->problems().isEmpty());
    QVERIFY(
        child<QLabel>(m_editor.get(), "problemsLabel")->text().contains(QLatin1String("Line 2")));
    QSignalSpy validated(m_editor.get(), &EtcdValueEditor::validated);
    setText(QStringLiteral("{\"a\": 1,\n \"b\": 2}\n"));
    QVERIFY(validated.wait(30'000));
    QVERIFY(m_editor->problems().isEmpty());
}

void tst_EtcdEditGui::deleteFolderWithCount()
{
    for (const char *key : {"/del/a", "/del/b/c", "/del/d"})
        put(key, "v");
    put("/delete-me-not", "v");
    EtcdKeyActions actions(m_kv.get(), m_editor.get());
    QString question;
    actions.setConfirm(
        [&question](const QString &, const QString &q, std::function<void(bool)> answer) {
            question = q;
            answer(true);
        });
    QSignalSpy done(&actions, &EtcdKeyActions::done);
    QSignalSpy failed(&actions, &EtcdKeyActions::failed);
    actions.setCurrent("/del", true);
    actions.deleteAction()->trigger();
    QVERIFY(done.wait(30'000));
    QVERIFY2(question.contains(QLatin1String("3 key")), qPrintable(question));
    QVERIFY2(done.constFirst().at(0).toString().contains(QLatin1String("3")),
             qPrintable(done.constFirst().at(0).toString()));
    QCOMPARE(stored("/del/a"), QByteArray("<missing>"));
    QCOMPARE(stored("/del/b/c"), QByteArray("<missing>"));
    QCOMPARE(stored("/delete-me-not"), QByteArray("v"));
    QCOMPARE(failed.size(), 0);

    // Declined: nothing deleted.
    put("/del2/a", "v");
    bool asked = false;
    actions.setConfirm(
        [&asked](const QString &, const QString &, std::function<void(bool)> answer) {
            asked = true;
            answer(false);
        });
    actions.deleteFolder("/del2/");
    QTRY_VERIFY_WITH_TIMEOUT(asked, 30'000);
    EtcdRangeJob *read = m_kv->range("/del2/", true);
    QVERIFY(waitJob(read));
    QCOMPARE(read->result().kvs.size(), 1);
}

void tst_EtcdEditGui::renameFolderAcrossTransactions()
{
    for (int i = 0; i < 5; ++i)
        put("/ren/from/k" + QByteArray::number(i), "v" + QByteArray::number(i));
    EtcdKv kv(m_client.get());
    kv.setMaxTxnOps(4); // two keys a transaction: three transactions
    EtcdKeyActions actions(&kv, m_editor.get());
    QString question;
    actions.setConfirm(
        [&question](const QString &, const QString &q, std::function<void(bool)> answer) {
            question = q;
            answer(true);
        });
    actions.setAskText([](const QString &, const QString &, const QString &initial,
                          std::function<void(std::optional<QString>)> answer) {
        QCOMPARE(initial, QStringLiteral("/ren/from/"));
        answer(QStringLiteral("/ren/to/"));
    });
    QSignalSpy done(&actions, &EtcdKeyActions::done);
    actions.setCurrent("/ren/from/", true);
    actions.renameAction()->trigger();
    QVERIFY(done.wait(30'000));
    QVERIFY2(question.contains(QLatin1String("5 key")), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("3 transaction")), qPrintable(question));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(stored("/ren/to/k" + QByteArray::number(i)), "v" + QByteArray::number(i));
        QCOMPARE(stored("/ren/from/k" + QByteArray::number(i)), QByteArray("<missing>"));
    }
    // Into itself: refused before anything is read.
    QSignalSpy failed(&actions, &EtcdKeyActions::failed);
    actions.renameFolder("/ren/to/", "/ren/to/sub/");
    QCOMPARE(failed.size(), 1);
}

void tst_EtcdEditGui::renameAndCreateKey()
{
    put("/rk/old", "value");
    put("/rk/taken", "other");
    EtcdKeyActions actions(m_kv.get(), m_editor.get());
    actions.setConfirm(
        [](const QString &, const QString &, std::function<void(bool)> answer) { answer(true); });
    QSignalSpy done(&actions, &EtcdKeyActions::done);
    QSignalSpy failed(&actions, &EtcdKeyActions::failed);
    actions.renameKey("/rk/old", "/rk/taken"); // guarded: the target exists
    QVERIFY(failed.wait(30'000));
    QCOMPARE(stored("/rk/old"), QByteArray("value"));
    QCOMPARE(stored("/rk/taken"), QByteArray("other"));
    actions.renameKey("/rk/old", "/rk/new");
    QVERIFY(done.wait(30'000));
    QCOMPARE(stored("/rk/new"), QByteArray("value"));
    QCOMPARE(stored("/rk/old"), QByteArray("<missing>"));

    QSignalSpy created(&actions, &EtcdKeyActions::created);
    actions.createKey("/rk/fresh", "x");
    QVERIFY(created.wait(30'000));
    QCOMPARE(stored("/rk/fresh"), QByteArray("x"));
    actions.createKey("/rk/fresh", "y");
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30'000);
    QCOMPARE(stored("/rk/fresh"), QByteArray("x"));
}

QTEST_MAIN(tst_EtcdEditGui)
#include "tst_EtcdEditGui.moc"
