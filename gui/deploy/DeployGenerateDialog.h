#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace ws {

// Writes a unit file for a workspace image that has none (FleetUnitGenerator, the original's
// pattern): pick the image and the kind (Global, or an instance template), read the text, and
// save it into the workspace's unit folder. An existing file is only overwritten after a
// confirm. saved() says where it went.
class DeployGenerateDialog : public QDialog
{
    Q_OBJECT

public:
    using Confirm = std::function<void(const QString &title, const QString &question,
                                       std::function<void(bool)> answer)>;

    DeployGenerateDialog(const Workspace &workspace, Confirm confirm, QWidget *parent = nullptr);

    // The file the current choice would be written to, and its text.
    QString targetPath() const { return m_path; }
    QByteArray text() const { return m_text; }
    // Selects an image by full name or id; false when the workspace has none such.
    bool selectImage(const QString &nameOrId);
    void save();

Q_SIGNALS:
    void saved(const QString &path);

private:
    void regenerate();
    void write();

    Workspace m_workspace;
    Confirm m_confirm;
    QString m_path;
    QByteArray m_text;
    QComboBox *m_image;
    QRadioButton *m_global;
    QRadioButton *m_template;
    QPlainTextEdit *m_preview;
    QLabel *m_target;
    QLabel *m_error;
};

} // namespace ws
