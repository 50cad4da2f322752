#include "MapView.h"

#include "MapCanvas.h"
#include "MapDetailsPanel.h"
#include "MapExporter.h"
#include "MapMinimap.h"
#include "MapScene.h"
#include "common/AppIcons.h"
#include "infra/InfraMonitor.h"
#include "infra/ProbeCredentialSource.h"
#include "infra/ProbeHistory.h"
#include "infra/ProbeScheduler.h"
#include "secrets/SecretStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace ws {

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_secrets(new SecretStore(this)),
      m_credentials(new ProbeCredentialSource(m_secrets, this))
{
    setObjectName(QStringLiteral("mapView"));
    m_scene = new MapScene(this);
    m_scene->setDark(MapPalette::isDark(palette()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolBar = new QToolBar(tr("Map"), this);
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mapSplitter"));
    m_canvas = new MapCanvas(m_scene, m_splitter);
    m_details = new MapDetailsPanel(m_splitter);
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    layout->addWidget(m_splitter, 1);
    m_minimap = new MapMinimap(m_canvas, m_canvas);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mapStatus"));
    m_status->setContentsMargins(8, 3, 8, 3);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_environmentBox = new QComboBox(m_toolBar);
    m_environmentBox->setObjectName(QStringLiteral("mapEnvironment"));
    m_environmentBox->setToolTip(tr("The environment of the workspace the map shows"));
    m_environmentBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environmentAction = m_toolBar->addWidget(m_environmentBox);
    m_environmentAction->setObjectName(QStringLiteral("mapEnvironmentAction"));
    m_environmentAction->setVisible(false); // only with more than one environment
    connect(m_environmentBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_environments.size())
            setEnvironment(m_environments[index].name);
    });
    m_rediscoverAction = m_toolBar->addAction(
        AppIcons::icon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("Rediscover"),
        this, &MapView::rediscover);
    m_rediscoverAction->setObjectName(QStringLiteral("mapRediscover"));
    m_rediscoverAction->setShortcut(QKeySequence::Refresh);
    m_rediscoverAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_rediscoverAction->setToolTip(
        tr("Ask fleet, the Docker engines and etcd again, and probe everything now (F5)"));
    m_rediscoverAction->setEnabled(false);
    m_toolBar->addSeparator();
    QAction *zoomIn
        = m_toolBar->addAction(AppIcons::icon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp),
                               tr("Zoom In"), m_canvas, &MapCanvas::zoomIn);
    zoomIn->setObjectName(QStringLiteral("mapZoomIn"));
    zoomIn->setToolTip(tr("Zoom in (+ or the wheel)"));
    QAction *zoomOut
        = m_toolBar->addAction(AppIcons::icon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown),
                               tr("Zoom Out"), m_canvas, &MapCanvas::zoomOut);
    zoomOut->setObjectName(QStringLiteral("mapZoomOut"));
    zoomOut->setToolTip(tr("Zoom out (- or the wheel)"));
    QAction *fit = m_toolBar->addAction(
        AppIcons::icon(QStringLiteral("zoom-fit"), QStyle::SP_TitleBarMaxButton), tr("Fit"),
        m_canvas, &MapCanvas::fitAll);
    fit->setObjectName(QStringLiteral("mapFit"));
    fit->setToolTip(tr("Show the whole map (F)"));
    m_toolBar->addSeparator();
    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find a host, container, service… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_toolBar->addWidget(m_search);
    auto *focusSearch = new QAction(tr("Find on Map"), this);
    focusSearch->setObjectName(QStringLiteral("mapFindAction"));
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(focusSearch);
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    m_toolBar->addSeparator();
    QAction *svg = m_toolBar->addAction(tr("Export SVG…"), this, [this] { chooseExport(true); });
    svg->setObjectName(QStringLiteral("mapExportSvg"));
    svg->setToolTip(tr("Save the whole map as an SVG drawing"));
    QAction *png = m_toolBar->addAction(tr("Export PNG…"), this, [this] { chooseExport(false); });
    png->setObjectName(QStringLiteral("mapExportPng"));
    png->setToolTip(tr("Save the whole map as a PNG picture"));

    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_details->showElement(m_scene, m_scene->selectedId()); });
    connect(m_canvas, &MapCanvas::elementActivated, this, [this](const QString &id) {
        m_details->show();
        m_details->showElement(m_scene, id);
        m_details->setFocus(Qt::OtherFocusReason);
    });
    connect(m_canvas, &MapCanvas::viewportChanged, this, &MapView::placeMinimap);
    connect(m_scene, &MapScene::contentChanged, this, &MapView::updateStatus);
    connect(m_details, &MapDetailsPanel::openEtcdKey, this, &MapView::openEtcdKey);
    connect(m_details, &MapDetailsPanel::openUnit, this, &MapView::openUnit);
    connect(m_details, &MapDetailsPanel::openImageBuild, this, &MapView::openImageBuild);
    m_details->showElement(m_scene, {});
    m_splitter->setSizes({1000, 320});
    updateStatus();
}

MapView::~MapView()
{
    delete m_monitor; // nothing it still has in flight may land on a view half taken apart
    m_monitor = nullptr; // (its scheduler wrote what it had to the history on the way out)
    // The scene goes first among the children; its items' deselection must not reach the
    // details panel or the minimap while they are being taken apart.
    disconnect(m_scene, nullptr, nullptr, nullptr);
    // And the scene is taken apart here, while this view is still whole: its destructor
    // detaches it from the canvas, which then reports a changed viewport; by QWidget's
    // destructor this object would no longer be a MapView (UBSan caught the slot call).
    disconnect(m_canvas, nullptr, nullptr, nullptr);
    delete m_scene;
}

void MapView::setWorkspace(const Workspace &workspace)
{
    const QString previous = environment();
    m_environments = workspace.manifest.environments;
    m_registry = workspace.manifest.registry;
    m_environmentBox->clear();
    for (const Environment &e : std::as_const(m_environments))
        m_environmentBox->addItem(e.name);
    m_environmentAction->setVisible(m_environments.size() > 1);
    int index = 0;
    for (int i = 0; i < m_environments.size(); ++i)
        if (m_environments[i].name == previous)
            index = i;
    m_environmentBox->setCurrentIndex(m_environments.isEmpty() ? -1 : index);
    if (m_environments.isEmpty()) {
        delete m_monitor;
        m_monitor = nullptr;
        m_rediscoverAction->setEnabled(false);
        if (m_scene->snapshot().hosts.isEmpty() && m_scene->snapshot().services.isEmpty())
            setMessage(tr("No environment to draw: describe one in whalestack.yaml "
                          "(environments: its etcd, fleet, Docker hosts and services)."));
        return;
    }
    // A workspace read again with the same environment keeps its monitor (and its probes'
    // backoff and history); a changed one is discovered afresh.
    if (m_shown && !(m_monitor && m_monitor->environment() == m_environments[index]))
        startMonitor();
}

void MapView::setEnvironment(const QString &name)
{
    for (int i = 0; i < m_environments.size(); ++i) {
        if (m_environments[i].name != name)
            continue;
        m_environmentBox->setCurrentIndex(i);
        if (m_monitor && m_monitor->environment().name == name)
            return;
        if (m_shown)
            startMonitor();
        return;
    }
}

QString MapView::environment() const
{
    const int index = m_environmentBox->currentIndex();
    return index >= 0 && index < m_environments.size() ? m_environments[index].name : QString();
}

void MapView::rediscover()
{
    if (!m_monitor) {
        startMonitor();
        return;
    }
    m_monitor->rediscover();
    m_monitor->scheduler()->probeNow();
}

void MapView::startMonitor()
{
    const int index = m_environmentBox->currentIndex();
    if (index < 0 || index >= m_environments.size())
        return;
    const Environment &chosen = m_environments[index];
    delete m_monitor;
    m_monitor = new InfraMonitor(chosen, this);
    m_monitor->setRegistry(m_registry);
    m_monitor->setCredentialSource(m_credentials);
    if (!m_history) {
        m_history = std::make_unique<ProbeHistory>();
        if (!m_history->open()) {
            setMessage(tr("Probe results are not kept: %1").arg(m_history->errorString()));
            m_history.reset();
        }
    }
    m_monitor->setHistory(m_history.get());
    connect(m_monitor, &InfraMonitor::snapshotChanged, this, &MapView::setSnapshot);
    connect(m_monitor, &InfraMonitor::resultReady, this, &MapView::applyResult);
    connect(m_monitor, &InfraMonitor::discoveryStarted, this, [this] {
        if (m_scene->snapshot().hosts.isEmpty() && m_scene->snapshot().services.isEmpty())
            setMessage(tr("Discovering %1…").arg(environment()));
    });
    m_rediscoverAction->setEnabled(true);
    m_monitor->start();
}

void MapView::setSnapshot(const InfraSnapshot &snapshot)
{
    const bool first
        = m_scene->snapshot().hosts.isEmpty() && m_scene->snapshot().services.isEmpty();
    m_scene->setSnapshot(snapshot);
    setMessage({});
    if (first)
        m_fitPending = true;
    if (m_fitPending && isVisible()) {
        m_fitPending = false;
        m_canvas->fitAll();
    }
    m_minimap->refreshNow();
    updateStatus();
}

void MapView::applyResult(const ProbeResult &result)
{
    m_scene->applyResult(result);
}

void MapView::applyStatus(const QString &elementId, ProbeStatus status, double latencyMs)
{
    m_scene->applyStatus(elementId, status, latencyMs);
}

bool MapView::search(const QString &text)
{
    const QString needle = text.trimmed();
    const QString after = needle == m_lastSearch ? m_lastFound : QString();
    const QString id = m_scene->find(needle, after);
    m_lastSearch = needle;
    m_lastFound = id;
    if (id.isEmpty()) {
        setMessage(needle.isEmpty() ? QString()
                                    : tr("Nothing on the map matches \"%1\".").arg(needle));
        return false;
    }
    setMessage({});
    m_canvas->focusElement(id);
    return true;
}

bool MapView::exportSvg(const QString &path, QString *error)
{
    return MapExporter::writeSvg(m_scene, path, error);
}

bool MapView::exportPng(const QString &path, QString *error)
{
    return MapExporter::writePng(m_scene, path, error);
}

void MapView::chooseExport(bool svg)
{
    // Non-modal: the map goes on updating while the dialog is open.
    auto *dialog = new QFileDialog(this, svg ? tr("Export Map as SVG") : tr("Export Map as PNG"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(svg ? tr("SVG drawings (*.svg)") : tr("PNG pictures (*.png)"));
    dialog->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    const QString environment = m_scene->snapshot().environment.isEmpty()
        ? QStringLiteral("map")
        : m_scene->snapshot().environment;
    dialog->selectFile(environment + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
    connect(dialog, &QFileDialog::fileSelected, this, [this, svg](const QString &path) {
        QString error;
        const bool ok = svg ? exportSvg(path, &error) : exportPng(path, &error);
        setMessage(ok ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
    });
    dialog->open();
}

void MapView::placeMinimap()
{
    const QRect area = m_canvas->viewport()->geometry();
    const int width = std::clamp(area.width() / 5, 120, 240);
    const QRectF bounds = m_scene->sceneRect();
    const double ratio = bounds.isEmpty() ? 0.6 : bounds.height() / bounds.width();
    const int height = std::clamp(int(width * ratio), 60, std::max(60, area.height() / 3));
    const QRect target(area.right() - width - 10, area.bottom() - height - 10, width, height);
    if (m_minimap->geometry() != target)
        m_minimap->setGeometry(target);
    m_minimap->setVisible(!bounds.isEmpty() && area.width() > 300 && area.height() > 200);
    m_minimap->raise();
}

void MapView::setMessage(const QString &text)
{
    m_message = text;
    updateStatus();
}

QString MapView::statusText() const
{
    return m_status->text();
}

void MapView::updateStatus()
{
    const InfraSnapshot &snapshot = m_scene->snapshot();
    QStringList parts;
    if (!snapshot.environment.isEmpty())
        parts.append(tr("Environment %1").arg(snapshot.environment));
    parts.append(tr("%n host(s)", "", m_scene->count(MapElement::Kind::Host)));
    parts.append(tr("%n container(s)", "", m_scene->count(MapElement::Kind::Container)));
    parts.append(tr("%n service(s)", "", m_scene->count(MapElement::Kind::Service)));
    parts.append(tr("%n route(s)", "", m_scene->count(MapElement::Kind::Route)));
    if (!snapshot.drift.isEmpty())
        parts.append(tr("%n drift warning(s)", "", int(snapshot.drift.size())));
    QString text = parts.join(QStringLiteral(" · "));
    if (!snapshot.problems.isEmpty())
        text += QStringLiteral(" · ") + snapshot.problems.join(QStringLiteral("; "));
    if (!m_message.isEmpty())
        text = m_message + QStringLiteral(" — ") + text;
    m_status->setText(text);
    placeMinimap();
}

void MapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        m_scene->setDark(MapPalette::isDark(palette()));
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        if (!m_monitor)
            startMonitor();
    }
    if (m_fitPending && !m_scene->sceneRect().isEmpty()) {
        m_fitPending = false;
        // After the layout has given the canvas its size.
        QTimer::singleShot(0, this, [this] {
            m_canvas->fitAll();
            m_minimap->refreshNow();
        });
    }
}

} // namespace ws
