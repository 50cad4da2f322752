#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace ws {

class EtcdStore;

// Creating, renaming and deleting keys and whole folders, with a count and a confirmation
// before anything is written. Renames are copy + delete in transactions, each new key guarded
// to be absent and each old key to be unchanged since it was counted; a folder that needs more
// than one transaction says so in the confirmation. Questions go through hooks that answer
// asynchronously (by default non-modal dialogs opened on the parent widget), so nothing blocks
// the event loop and tests answer them directly.
class EtcdKeyActions : public QObject
{
    Q_OBJECT

public:
    // Asks `question`; calls `answer(true)` to go on. Must answer at most once.
    using Confirm = std::function<void(const QString &title, const QString &question,
                                       std::function<void(bool)> answer)>;
    // Asks for a key name; calls `answer` with it, or with nullopt when cancelled.
    using AskText
        = std::function<void(const QString &title, const QString &label, const QString &initial,
                             std::function<void(std::optional<QString>)> answer)>;

    EtcdKeyActions(EtcdStore *store, QWidget *parentWidget);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskText(AskText ask) { m_askText = std::move(ask); }

    // The key or folder the actions below act on (the browser's current item).
    void setCurrent(const QByteArray &key, bool isFolder);
    QAction *newKeyAction() const { return m_newKey; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

    // The work itself; each ends with done() or failed(). A folder is its name with or
    // without the trailing '/': the keys under "name/".
    void createKey(const QByteArray &key, const QByteArray &value = {});
    void renameKey(const QByteArray &from, const QByteArray &to);
    void renameFolder(const QByteArray &fromPrefix, const QByteArray &toPrefix);
    void deleteKey(const QByteArray &key);
    void deleteFolder(const QByteArray &prefix);

Q_SIGNALS:
    void done(const QString &message);
    void failed(const QString &message);
    // A key was created (for the editor to open).
    void created(const QByteArray &key);

private:
    void ask(const QString &title, const QString &question, std::function<void()> then);
    void fail(const QString &message);
    int maxTxnOps() const;

    EtcdStore *m_store;
    QPointer<QWidget> m_parentWidget;
    Confirm m_confirm;
    AskText m_askText;
    QByteArray m_current;
    bool m_currentIsFolder = false;
    QAction *m_newKey;
    QAction *m_rename;
    QAction *m_delete;
};

} // namespace ws
