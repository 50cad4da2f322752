#include "EtcdConflictDialog.h"

#include "EtcdDiffView.h"
#include "etcd/EtcdJson.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <dtl/dtl.hpp>

#include <vector>

namespace ws {

namespace {

QPlainTextEdit *makeText(const QString &name, const QByteArray &value, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlainText(QString::fromUtf8(value));
    return edit;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content, 1);
    return box;
}

std::vector<std::string> lines(const QByteArray &text)
{
    std::vector<std::string> out;
    for (const QByteArray &line : text.split('\n'))
        out.emplace_back(line.constData(), size_t(line.size()));
    return out;
}

} // namespace

EtcdConflictDialog::EtcdConflictDialog(const QByteArray &key, const QByteArray &base,
                                       const QByteArray &mine, const EtcdKeyValue &theirs,
                                       QWidget *parent)
    : QDialog(parent), m_base(base), m_mine(mine), m_theirs(theirs), m_diff(new EtcdDiffView(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflict on %1").arg(EtcdJson::displayKey(key)));
    const QString theirTitle = theirs.version == 0
        ? tr("Theirs: the key was deleted")
        : tr("Theirs (revision %1, version %2)").arg(theirs.modRevision).arg(theirs.version);
    auto *explanation = new QLabel(
        tr("Someone else changed %1 while you edited it. Nothing has been written. Compare "
           "their value with yours and choose.")
            .arg(EtcdJson::displayKey(key)),
        this);
    explanation->setWordWrap(true);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(
        titled(theirTitle, makeText(QStringLiteral("theirs"), theirs.value, this), sides));
    sides->addWidget(
        titled(tr("Mine (unsaved)"), makeText(QStringLiteral("mine"), mine, this), sides));
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(sides);
    vertical->addWidget(titled(tr("Difference (theirs → mine)"), m_diff, vertical));
    m_diff->setTexts(QString::fromUtf8(theirs.value), QString::fromUtf8(mine), tr("theirs"),
                     tr("mine"));

    auto *buttons = new QDialogButtonBox(this);
    auto *keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName(QStringLiteral("keepMine"));
    keepMine->setToolTip(tr("Write your value over theirs"));
    auto *takeTheirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::DestructiveRole);
    takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    takeTheirs->setToolTip(tr("Drop your edit and show their value"));
    auto *edit = buttons->addButton(tr("Edit"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editMerge"));
    edit->setToolTip(tr("Continue editing from a merge of both; saving then replaces theirs"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelConflict"));
    connect(keepMine, &QPushButton::clicked, this, [this]() { choose(Choice::KeepMine); });
    connect(takeTheirs, &QPushButton::clicked, this, [this]() { choose(Choice::TakeTheirs); });
    connect(edit, &QPushButton::clicked, this, [this]() { choose(Choice::Edit); });
    connect(cancel, &QPushButton::clicked, this, [this]() { choose(Choice::None); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(vertical, 1);
    layout->addWidget(buttons);
    resize(900, 650);
}

void EtcdConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::None)
        reject();
    else
        accept();
}

QByteArray EtcdConflictDialog::merged() const
{
    if (m_theirs.version == 0)
        return m_mine;
    // dtl's three-way merge over lines: clean when mine and theirs changed different lines.
    dtl::Diff3<std::string, std::vector<std::string>> merge(lines(m_theirs.value), lines(m_base),
                                                            lines(m_mine));
    merge.compose();
    if (merge.merge()) {
        QByteArrayList out;
        for (const std::string &line : merge.getMergedSequence())
            out << QByteArray(line.data(), qsizetype(line.size()));
        return out.join('\n');
    }
    QByteArray text = "<<<<<<< mine\n" + m_mine;
    if (!text.endsWith('\n'))
        text += '\n';
    text += "=======\n" + m_theirs.value;
    if (!text.endsWith('\n'))
        text += '\n';
    text += ">>>>>>> theirs (revision " + QByteArray::number(m_theirs.modRevision) + ")\n";
    return text;
}

} // namespace ws
