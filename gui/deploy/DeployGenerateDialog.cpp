#include "DeployGenerateDialog.h"

#include "fleet/FleetUnitGenerator.h"
#include "fleet/UnitFileLocation.h"
#include "fleet/UnitImageLink.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace ws {

DeployGenerateDialog::DeployGenerateDialog(const Workspace &workspace, Confirm confirm,
                                           QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_confirm(std::move(confirm))
{
    setObjectName(QStringLiteral("deployGenerateDialog"));
    setWindowTitle(tr("Generate Unit File"));

    // Images that no unit runs yet come first; the others stay choosable (a second unit kind).
    QStringList linked;
    for (const UnitFile &unit : std::as_const(m_workspace.units))
        linked << UnitImageLink::fromOptions(unit.options).key;
    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("deployGenerateImage"));
    QList<const ImageDefinition *> without;
    QList<const ImageDefinition *> with;
    for (const ImageDefinition &image : std::as_const(m_workspace.images)) {
        if (!image.buildable())
            continue;
        const QString key = FleetUnitGenerator::imageNameKey(FleetUnitGenerator::imageOf(image));
        (linked.contains(key) ? with : without).append(&image);
    }
    for (const ImageDefinition *image : std::as_const(without))
        m_image->addItem(image->id, image->id);
    for (const ImageDefinition *image : std::as_const(with))
        m_image->addItem(tr("%1 (has a unit)").arg(image->id), image->id);

    m_template
        = new QRadioButton(tr("Instance &template (name@.service, instances conflict)"), this);
    m_template->setObjectName(QStringLiteral("deployGenerateTemplate"));
    m_template->setChecked(true);
    m_global = new QRadioButton(tr("&Global (one on every machine)"), this);
    m_global->setObjectName(QStringLiteral("deployGenerateGlobal"));
    auto *kind = new QVBoxLayout;
    kind->addWidget(m_template);
    kind->addWidget(m_global);

    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("deployGeneratePath"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("deployGeneratePreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("deployGenerateError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("deployGenerateSave"));
    saveButton->setEnabled(m_image->count() > 0);
    connect(saveButton, &QPushButton::clicked, this, &DeployGenerateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Saved as:"), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 520);

    connect(m_image, &QComboBox::currentIndexChanged, this, &DeployGenerateDialog::regenerate);
    connect(m_template, &QRadioButton::toggled, this, &DeployGenerateDialog::regenerate);
    if (m_image->count() == 0)
        m_preview->setPlaceholderText(tr("The workspace has no image to make a unit for."));
    regenerate();
}

bool DeployGenerateDialog::selectImage(const QString &nameOrId)
{
    for (int i = 0; i < m_image->count(); ++i) {
        const ImageDefinition *image = m_workspace.imageById(m_image->itemData(i).toString());
        if (image && (image->id == nameOrId || image->name == nameOrId)) {
            m_image->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void DeployGenerateDialog::regenerate()
{
    m_error->hide();
    const ImageDefinition *image = m_workspace.imageById(m_image->currentData().toString());
    if (!image) {
        m_path.clear();
        m_text.clear();
        m_preview->clear();
        m_target->clear();
        return;
    }
    FleetUnitGenerator::Options options;
    options.kind = m_global->isChecked() ? FleetUnitGenerator::Options::Kind::Global
                                         : FleetUnitGenerator::Options::Kind::Template;
    const FleetUnitGenerator::Result result = FleetUnitGenerator::generate(*image, options);
    QStringList paths;
    for (const UnitFile &unit : std::as_const(m_workspace.units))
        paths << unit.path;
    m_path = UnitFileLocation::path(m_workspace.root, m_workspace.manifest.unitsDir, paths,
                                    result.fileName);
    m_text = result.text;
    m_preview->setPlainText(QString::fromUtf8(m_text));
    m_target->setText(
        QFileInfo::exists(m_path)
            ? tr("%1 (exists: saving replaces it)").arg(QDir::toNativeSeparators(m_path))
            : QDir::toNativeSeparators(m_path));
}

void DeployGenerateDialog::save()
{
    if (m_path.isEmpty())
        return;
    if (!QFileInfo::exists(m_path)) {
        write();
        return;
    }
    const QString path = m_path;
    m_confirm(tr("Replace Unit File"),
              tr("%1 exists. Replace it with the generated unit? Its contents are lost.")
                  .arg(QDir::toNativeSeparators(path)),
              [this, path](bool yes) {
                  if (yes && path == m_path)
                      write();
              });
}

void DeployGenerateDialog::write()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_text) != m_text.size() || !file.commit()) {
        m_error->setText(tr("Cannot write %1: %2. Check that the folder exists and is writable.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        m_error->show();
        return;
    }
    Q_EMIT saved(m_path);
    accept();
}

} // namespace ws
