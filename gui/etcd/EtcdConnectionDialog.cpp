#include "EtcdConnectionDialog.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "settings/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws {

namespace {

// The environment as etcdctl reads it, shown as the first, unnamed choice.
ConnectionProfile environmentProfile(QByteArray *password)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Etcd;
    const QString list = env.value(QStringLiteral("ETCDCTL_ENDPOINTS")).trimmed();
    profile.endpoints = list.isEmpty() ? QStringList {QStringLiteral("http://127.0.0.1:2379")}
                                       : list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    profile.caFile = env.value(QStringLiteral("ETCDCTL_CACERT"));
    profile.certFile = env.value(QStringLiteral("ETCDCTL_CERT"));
    profile.keyFile = env.value(QStringLiteral("ETCDCTL_KEY"));
    // ETCDCTL_USER is "name" or "name:password", as for etcdctl --user.
    const QString user = env.value(QStringLiteral("ETCDCTL_USER"));
    const qsizetype colon = user.indexOf(QLatin1Char(':'));
    profile.username = colon < 0 ? user : user.left(colon);
    if (password) {
        *password = colon < 0 ? env.value(QStringLiteral("ETCDCTL_PASSWORD")).toUtf8()
                              : user.mid(colon + 1).toUtf8();
    }
    return profile;
}

QLineEdit *field(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

EtcdConnectionDialog::EtcdConnectionDialog(ProfileStore *profiles, SecretStore *secrets,
                                           QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_secrets(secrets)
{
    setObjectName(QStringLiteral("etcdConnectionDialog"));
    setWindowTitle(tr("Connect to etcd"));

    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("etcdProfileBox"));
    m_profileBox->addItem(tr("Environment (ETCDCTL_*)"), QString());
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        if (profile.kind == ConnectionProfile::Kind::Etcd)
            m_profileBox->addItem(profile.name, profile.name);
    }

    m_endpoints = field(QStringLiteral("etcdEndpointsEdit"), this);
    m_endpoints->setPlaceholderText(tr("https://10.0.0.1:2379, https://10.0.0.2:2379"));
    m_caFile = field(QStringLiteral("etcdCaFileEdit"), this);
    m_certFile = field(QStringLiteral("etcdCertFileEdit"), this);
    m_keyFile = field(QStringLiteral("etcdKeyFileEdit"), this);
    m_user = field(QStringLiteral("etcdUserEdit"), this);
    m_password = field(QStringLiteral("etcdPasswordEdit"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("etcdRememberBox"));
    m_remember->setEnabled(m_secrets != nullptr);
    m_api = new QComboBox(this);
    m_api->setObjectName(QStringLiteral("etcdApiBox"));
    m_api->addItem(tr("Automatic (v3 for etcd 3, v2 for etcd 2)"));
    m_api->addItem(tr("v3"));
    m_api->addItem(tr("v2 (legacy keyspace of confd and registrator)"));
    m_saveAs = field(QStringLiteral("etcdSaveAsEdit"), this);
    m_saveAs->setPlaceholderText(tr("Profile name (leave empty not to save)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("etcdConnectionStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profileBox);
    form->addRow(tr("&Endpoints:"), m_endpoints);
    form->addRow(tr("&CA certificate:"), m_caFile);
    form->addRow(tr("Client c&ertificate:"), m_certFile);
    form->addRow(tr("Client &key:"), m_keyFile);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&API:"), m_api);
    form->addRow(tr("&Save as:"), m_saveAs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = saveProfile();
        if (error.isEmpty()) {
            accept();
        } else {
            m_status->setText(error);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this,
            [this] { selectProfile(m_profileBox->currentData().toString()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    selectProfile(QString());
}

EtcdConnectionDialog::~EtcdConnectionDialog() = default;

ConnectionProfile EtcdConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::Etcd;
    profile.name = m_profileBox->currentData().toString();
    if (!m_saveAs->text().trimmed().isEmpty())
        profile.name = m_saveAs->text().trimmed();
    for (const QString &entry : m_endpoints->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!entry.trimmed().isEmpty())
            profile.endpoints.append(entry.trimmed());
    }
    profile.caFile = m_caFile->text().trimmed();
    profile.certFile = m_certFile->text().trimmed();
    profile.keyFile = m_keyFile->text().trimmed();
    profile.username = m_user->text().trimmed();
    profile.secretRef = m_secretRef;
    return profile;
}

QByteArray EtcdConnectionDialog::password() const
{
    return m_password->text().toUtf8();
}

EtcdConnectionDialog::Api EtcdConnectionDialog::api() const
{
    return static_cast<Api>(m_api->currentIndex());
}

void EtcdConnectionDialog::setApi(Api api)
{
    m_api->setCurrentIndex(static_cast<int>(api));
}

void EtcdConnectionDialog::selectProfile(const QString &name)
{
    const int index = m_profileBox->findData(name);
    if (index >= 0 && index != m_profileBox->currentIndex()) {
        m_profileBox->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_status->clear();
    if (name.isEmpty()) {
        QByteArray password;
        fillFrom(environmentProfile(&password));
        m_password->setText(QString::fromUtf8(password));
        m_saveAs->clear();
        return;
    }
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile)
        return;
    fillFrom(*profile);
    m_saveAs->setText(profile->name);
    m_password->clear();
    if (!profile->secretRef.isEmpty())
        readPassword(profile->secretRef);
}

void EtcdConnectionDialog::fillFrom(const ConnectionProfile &profile)
{
    m_endpoints->setText(profile.endpoints.join(QStringLiteral(", ")));
    m_caFile->setText(profile.caFile);
    m_certFile->setText(profile.certFile);
    m_keyFile->setText(profile.keyFile);
    m_user->setText(profile.username);
    m_secretRef = profile.secretRef;
    m_remember->setChecked(!profile.secretRef.isEmpty());
}

void EtcdConnectionDialog::readPassword(const QString &secretRef)
{
    if (!m_secrets) {
        m_status->setText(tr("No keychain is available: type the password."));
        return;
    }
    const int generation = ++m_readGeneration;
    SecretJob *job = m_secrets->read(secretRef);
    connect(job, &SecretJob::finished, this, [this, job, generation] {
        if (generation != m_readGeneration)
            return; // another profile was picked meanwhile
        if (job->error() == SecretJob::Error::None) {
            if (m_password->text().isEmpty())
                m_password->setText(QString::fromUtf8(job->secret()));
        } else if (job->error() != SecretJob::Error::NotFound) {
            m_status->setText(job->errorString());
        }
    });
}

QString EtcdConnectionDialog::saveProfile()
{
    const ConnectionProfile current = profile();
    if (current.endpoints.isEmpty())
        return tr("Enter at least one endpoint, for example http://127.0.0.1:2379.");
    const QString name = m_saveAs->text().trimmed();
    if (name.isEmpty())
        return {};
    ConnectionProfile saved = current;
    saved.name = name;
    if (const std::optional<ConnectionProfile> old = m_profiles->profile(name))
        saved.unknownFields = old->unknownFields;
    if (m_remember->isChecked() && m_secrets && !m_password->text().isEmpty()) {
        if (saved.secretRef.isEmpty())
            saved.secretRef = QStringLiteral("profiles/") + name;
        SecretJob *job = m_secrets->write(saved.secretRef, password());
        // The write may finish after the dialog has closed; its failure then goes to the log,
        // which never carries the secret (SecretJob::errorString() does not quote it).
        connect(job, &SecretJob::finished, m_secrets, [job] {
            if (job->error() != SecretJob::Error::None)
                qWarning("keychain: %s", qPrintable(job->errorString()));
        });
    } else if (!m_remember->isChecked()) {
        saved.secretRef.clear();
    }
    m_secretRef = saved.secretRef;
    m_profiles->setProfile(saved);
    if (const std::optional<Problem> problem = m_profiles->save())
        return problem->message;
    return {};
}

} // namespace ws
