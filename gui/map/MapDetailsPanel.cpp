#include "MapDetailsPanel.h"

#include "LatencySparkline.h"
#include "MapDriftMarkerItem.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ws {

namespace {

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString factText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantList)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    return value.toString();
}

void addFacts(QTreeWidgetItem *parent, const QVariantMap &facts)
{
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        new QTreeWidgetItem(parent, {it.key(), factText(it.value())});
}

} // namespace

MapDetailsPanel::MapDetailsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapDetails"));
    auto *layout = new QVBoxLayout(this);
    m_title = valueLabel(this, "mapDetailsTitle");
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = valueLabel(this, "mapDetailsKind");
    m_probe = valueLabel(this, "mapDetailsProbe");
    m_status = valueLabel(this, "mapDetailsStatus");
    m_version = valueLabel(this, "mapDetailsVersion");
    m_checked = valueLabel(this, "mapDetailsChecked");
    m_detail = valueLabel(this, "mapDetailsDetail");
    m_error = valueLabel(this, "mapDetailsError");
    m_drift = valueLabel(this, "mapDetailsDrift");
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Probed:"), m_probe);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Checked:"), m_checked);
    form->addRow(tr("Answer:"), m_detail);
    form->addRow(tr("Last error:"), m_error);
    form->addRow(tr("Drift:"), m_drift);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Latency"), this));
    m_sparkline = new LatencySparkline(this);
    m_sparkline->setObjectName(QStringLiteral("mapLatencySparkline"));
    layout->addWidget(m_sparkline);

    m_facts = new QTreeWidget(this);
    m_facts->setObjectName(QStringLiteral("mapDetailsFacts"));
    m_facts->setHeaderLabels({tr("Property"), tr("Value")});
    m_facts->setRootIsDecorated(true);
    m_facts->setUniformRowHeights(true);
    m_facts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_facts, 1);

    auto *buttons = new QHBoxLayout;
    m_keyButton = new QPushButton(tr("etcd Keys"), this);
    m_keyButton->setObjectName(QStringLiteral("mapOpenEtcdKey"));
    m_keyButton->setToolTip(tr("Open the registrator key behind it in the Configuration tab"));
    m_unitButton = new QPushButton(tr("Fleet Unit"), this);
    m_unitButton->setObjectName(QStringLiteral("mapOpenUnit"));
    m_unitButton->setToolTip(tr("Show its fleet unit in the Deploy tab"));
    m_buildButton = new QPushButton(tr("Image Build"), this);
    m_buildButton->setObjectName(QStringLiteral("mapOpenBuild"));
    m_buildButton->setToolTip(tr("Show its image in the Builds tab"));
    buttons->addWidget(m_keyButton);
    buttons->addWidget(m_unitButton);
    buttons->addWidget(m_buildButton);
    layout->addLayout(buttons);

    connect(m_keyButton, &QPushButton::clicked, this, [this] {
        const MapElement *e = m_scene ? m_scene->element(m_id) : nullptr;
        if (!e || e->etcdKeys.isEmpty())
            return;
        if (e->etcdKeys.size() == 1) {
            emit openEtcdKey(e->etcdKeys.first().toUtf8());
            return;
        }
        // Several keys (a container publishing several ports): choose one.
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const QString &key : e->etcdKeys)
            menu->addAction(key, this, [this, key] { emit openEtcdKey(key.toUtf8()); });
        menu->popup(m_keyButton->mapToGlobal(QPoint(0, m_keyButton->height())));
    });
    connect(m_unitButton, &QPushButton::clicked, this, [this] {
        const MapElement *e = m_scene ? m_scene->element(m_id) : nullptr;
        if (e && !e->unitName.isEmpty())
            emit openUnit(e->unitName);
    });
    connect(m_buildButton, &QPushButton::clicked, this, [this] {
        const MapElement *e = m_scene ? m_scene->element(m_id) : nullptr;
        if (e && !e->imageName.isEmpty())
            emit openImageBuild(e->imageName);
    });
    showElement(nullptr, {});
}

void MapDetailsPanel::showElement(MapScene *scene, const QString &id)
{
    if (scene != m_scene) {
        if (m_scene)
            disconnect(m_scene, nullptr, this, nullptr);
        m_scene = scene;
        if (m_scene)
            connect(m_scene, &MapScene::elementChanged, this, [this](const QString &changed) {
                if (changed == m_id)
                    refresh();
            });
    }
    m_id = id;
    refresh();
}

void MapDetailsPanel::refresh()
{
    const MapElement *e = m_scene ? m_scene->element(m_id) : nullptr;
    m_facts->clear();
    if (!e) {
        m_title->setText(tr("Nothing selected"));
        for (QLabel *label :
             {m_kind, m_probe, m_status, m_version, m_checked, m_detail, m_error, m_drift})
            label->clear();
        m_sparkline->setSamples({});
        m_keyButton->setEnabled(false);
        m_unitButton->setEnabled(false);
        m_buildButton->setEnabled(false);
        return;
    }
    const MapScene::Health h = m_scene->health(m_id);
    m_title->setText(e->title);
    m_kind->setText(e->subtitle.isEmpty()
                        ? MapElement::kindName(e->kind)
                        : tr("%1 (%2)").arg(MapElement::kindName(e->kind), e->subtitle));
    QString probed;
    if (!h.probedKind.isEmpty())
        probed = tr("%1 at %2").arg(h.probedKind, h.probedEndpoint);
    else if (!e->probeKind.isEmpty())
        probed = tr("%1 at %2 (no answer yet)").arg(e->probeKind, e->endpoint);
    else
        probed = tr("nothing probes it directly");
    m_probe->setText(probed);
    const QColor colour = m_scene->look().palette.statusColour(h.status);
    m_status->setText(QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                          .arg(colour.name(), MapPalette::glyph(h.status),
                               MapPalette::statusLine(h.status, h.latencyMs).toHtmlEscaped()));
    m_version->setText(h.version);
    m_checked->setText(h.checkedAt.isValid()
                           ? QLocale().toString(h.checkedAt.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    m_detail->setText(h.detail);
    m_error->setText(h.lastError.isEmpty() ? tr("none") : h.lastError);
    QStringList drift;
    for (const InfraDrift &d : m_scene->drift(m_id))
        drift.append(tr("%1: %2").arg(MapDriftMarkerItem::kindName(d.kind), d.message));
    m_drift->setText(drift.isEmpty() ? tr("none") : drift.join(QLatin1Char('\n')));
    m_sparkline->setSamples(h.latencies);

    auto *properties = new QTreeWidgetItem(m_facts, {tr("Element")});
    for (const auto &[label, value] : e->properties)
        new QTreeWidgetItem(properties, {label, value});
    if (!h.facts.isEmpty()) {
        auto *facts = new QTreeWidgetItem(m_facts, {tr("Answer")});
        addFacts(facts, h.facts);
    }
    if (!h.elements.isEmpty()) {
        auto *parts = new QTreeWidgetItem(m_facts, {tr("Parts (%1)").arg(h.elements.size())});
        for (const ProbeElement &element : h.elements) {
            auto *part = new QTreeWidgetItem(parts,
                                             {element.name,
                                              MapPalette::glyph(element.status) + QLatin1Char(' ')
                                                  + probeStatusText(element.status)
                                                  + (element.role.isEmpty() ? QString()
                                                                            : QStringLiteral(" (")
                                                             + element.role + QLatin1Char(')'))});
            addFacts(part, element.facts);
        }
    }
    m_facts->expandToDepth(0);
    m_keyButton->setEnabled(!e->etcdKeys.isEmpty());
    m_unitButton->setEnabled(!e->unitName.isEmpty());
    m_buildButton->setEnabled(!e->imageName.isEmpty());
}

} // namespace ws
