// How long WorkspaceLoader::load takes on a workspace of 300 images, against the I/O floor
// measured in the same run: reading every file of that workspace into memory with QFile.
// Prints the ratio; asserts only that the load found everything.
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

constexpr int groups = 10;
constexpr int imagesPerGroup = 30;
constexpr int runs = 3;

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A workspace in the original layout: globals.mk, group/image/{vars.mk,Dockerfile} with two
// confd resources and templates each, a unit file per image; images chain within each group.
bool generate(const QString &root)
{
    if (!writeFile(root + "/globals.mk",
                   "DGIS_IMAGE_PREFIX=bench\nDGIS_DISTR=kilo\nBUILD_TAG=latest\n"))
        return false;
    if (!writeFile(root + "/base/vars.mk",
                   "include ../globals.mk\nIMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)\nCOMPONENT=base\n")
        || !writeFile(root + "/base/Dockerfile", "FROM scratch\nADD busybox /bin/busybox\n"))
        return false;
    for (int g = 0; g < groups; ++g) {
        for (int i = 0; i < imagesPerGroup - (g == 0 ? 1 : 0); ++i) {
            const QString component = QStringLiteral("svc%1-%2").arg(g).arg(i);
            const QString dir = QStringLiteral("%1/group%2/%3").arg(root).arg(g).arg(component);
            const QString parent = i == 0 ? QStringLiteral("bench/base")
                                          : QStringLiteral("bench/kilo-svc%1-%2").arg(g).arg(i - 1);
            QByteArray vars
                = "include "
                  "../../globals.mk\n\nIMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)\nDISTR=$(DGIS_DISTR)\n"
                  "SERVICE=group"
                + QByteArray::number(g) + "\nCOMPONENT=" + component.toUtf8() + "\n";
            QByteArray docker = "ARG VERSION=1\nFROM " + parent.toUtf8()
                + "\nMAINTAINER bench\n"
                  "ENV A=1 \\\n    B=2 \\\n    C=3\nRUN apt-get update && \\\n    apt-get install "
                  "-y x && \\\n"
                  "    apt-get clean\nADD root/ /\nEXPOSE 80 443 "
                + QByteArray::number(8000 + i)
                + "\n"
                  "LABEL service="
                + component.toUtf8() + " version=\"$VERSION\"\nENTRYPOINT [\"/sbin/my_init\"]\n";
            if (!writeFile(dir + "/vars.mk", vars) || !writeFile(dir + "/Dockerfile", docker))
                return false;
            for (const char *name : {"service", "bootstrap"}) {
                QByteArray toml = "[template]\nprefix = \"/services/" + component.toUtf8()
                    + "\"\nsrc = \"" + name + ".conf.tmpl\"\ndest = \"/etc/" + name
                    + ".conf\"\nkeys = [\n  \"/config\",\n]\n"
                      "reload_cmd = \"sv restart x\"\n";
                QByteArray tmpl = "[DEFAULT]\n";
                for (int k = 0; k < 20; ++k)
                    tmpl += "option" + QByteArray::number(k) + " = {{getv \"/config/option-"
                        + QByteArray::number(k) + "\"}}\n";
                tmpl += "{{range gets \"/config/hosts/*\"}}\nhost = {{.Value}}\n{{end}}\n"
                        "{{if exists \"/config/debug\"}}debug = true{{end}}\n";
                if (!writeFile(dir + "/root/etc/confd/conf.d/" + name + ".toml", toml)
                    || !writeFile(dir + "/root/etc/confd/templates/" + name + ".conf.tmpl", tmpl))
                    return false;
            }
            const QByteArray unit = "[Unit]\nDescription=" + component.toUtf8()
                + " %i\nAfter=docker.service\n\n[Service]\n"
                  "ExecStart=/usr/bin/docker run --name "
                + component.toUtf8() + "-%i \\\n  bench/kilo-" + component.toUtf8()
                + "\n"
                  "ExecStop=/usr/bin/docker stop "
                + component.toUtf8() + "-%i\n\n[X-Fleet]\nConflicts=" + component.toUtf8()
                + "@*.service\n";
            if (!writeFile(QStringLiteral("%1/units/%2@.service").arg(root, component), unit))
                return false;
        }
    }
    return true;
}

qint64 readAll(const QString &root, qint64 *bytes)
{
    QElapsedTimer timer;
    timer.start();
    *bytes = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            *bytes += file.readAll().size();
    }
    return timer.nsecsElapsed();
}

} // namespace

class BenchWorkspaceLoader : public QObject
{
    Q_OBJECT

private slots:
    void generatedWorkspace();
    void bundledKilo();
};

void BenchWorkspaceLoader::generatedWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(generate(dir.path()));

    qint64 bestLoad = std::numeric_limits<qint64>::max();
    qint64 bestRead = std::numeric_limits<qint64>::max();
    qint64 bytes = 0;
    ws::Workspace workspace;
    for (int run = 0; run < runs; ++run) {
        bestRead = std::min(bestRead, readAll(dir.path(), &bytes));
        QElapsedTimer timer;
        timer.start();
        workspace = ws::WorkspaceLoader::load(dir.path());
        bestLoad = std::min(bestLoad, timer.nsecsElapsed());
    }
    const double loadMs = double(bestLoad) / 1e6;
    const double readMs = double(bestRead) / 1e6;
    qInfo("workspace load: %.1f ms, read-all reference: %.1f ms, ratio %.1f (%d images, %lld "
          "files' bytes, best of %d)",
          loadMs, readMs, readMs > 0 ? loadMs / readMs : 0.0, int(workspace.images.size()), bytes,
          runs);

    QCOMPARE(workspace.images.size(), qsizetype(groups * imagesPerGroup));
    QCOMPARE(workspace.units.size(), qsizetype(groups * imagesPerGroup - 1));
    QVERIFY2(workspace.problems.isEmpty(),
             qPrintable(workspace.problems.isEmpty() ? QString()
                                                     : workspace.problems.first().toString()));
    QCOMPARE(workspace.externalBases(), QStringList());
    QCOMPARE(workspace.topologicalOrder().size(), workspace.images.size());
}

void BenchWorkspaceLoader::bundledKilo()
{
    const QString root = ws::BundledWorkspaces::path(QStringLiteral("openstack-kilo"));
    if (root.isEmpty())
        QSKIP("the bundled openstack-kilo workspace is not there");
    qint64 bestLoad = std::numeric_limits<qint64>::max();
    qint64 bestRead = std::numeric_limits<qint64>::max();
    qint64 bytes = 0;
    ws::Workspace workspace;
    for (int run = 0; run < runs; ++run) {
        bestRead = std::min(bestRead, readAll(root, &bytes));
        QElapsedTimer timer;
        timer.start();
        workspace = ws::WorkspaceLoader::load(root);
        bestLoad = std::min(bestLoad, timer.nsecsElapsed());
    }
    qInfo("openstack-kilo load: %.1f ms, read-all reference: %.1f ms, ratio %.1f (%d images, best "
          "of %d)",
          double(bestLoad) / 1e6, double(bestRead) / 1e6,
          bestRead > 0 ? double(bestLoad) / double(bestRead) : 0.0, int(workspace.images.size()),
          runs);
    QVERIFY(!workspace.images.isEmpty());
}

QTEST_GUILESS_MAIN(BenchWorkspaceLoader)
#include "BenchWorkspaceLoader.moc"
