#include "DeployImageDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws {

DeployImageDialog::DeployImageDialog(const QString &unit, const QString &key,
                                     const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deployImageDialog"));
    setWindowTitle(tr("Point at Built Image"));
    auto *intro = new QLabel(tr("%1 runs the image named by an etcd key. Write another image "
                                "name into the key, then restart the unit to run it.")
                                 .arg(unit),
                             this);
    intro->setWordWrap(true);
    auto *keyLabel = new QLabel(key, this);
    keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *currentLabel = new QLabel(current.isEmpty() ? tr("(not set)") : current, this);
    currentLabel->setObjectName(QStringLiteral("deployImageCurrent"));
    currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("deployImageChoice"));
    m_image->setEditable(true);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->setMinimumContentsLength(40);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("deployImageNote"));
    m_note->setWordWrap(true);
    connect(m_image, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_note->setText(index >= 0 && index < m_candidates.size() ? m_candidates[index].note
                                                                  : QString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Point and Restart…"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("deployImagePoint"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!image().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), keyLabel);
    form->addRow(tr("Now:"), currentLabel);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(QString(), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void DeployImageDialog::addCandidates(const QList<Candidate> &candidates)
{
    const bool wasEmpty = m_candidates.isEmpty();
    for (const Candidate &c : candidates) {
        bool known = false;
        for (const Candidate &k : std::as_const(m_candidates))
            known = known || k.image == c.image;
        if (known)
            continue;
        m_candidates.append(c);
        m_image->addItem(c.image);
    }
    if (wasEmpty && !m_candidates.isEmpty())
        m_image->setCurrentIndex(0);
}

QString DeployImageDialog::image() const
{
    return m_image->currentText().trimmed();
}

} // namespace ws
