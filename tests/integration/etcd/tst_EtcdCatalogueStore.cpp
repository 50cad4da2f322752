// The template catalogue against a real etcd: a store filled with part of the bundled demo
// workspace's keys (plus registrator-like keys with a lease, and keys no template reads) gives
// the right missing count, pattern matches, unused and cluster-owned keys; the "fill missing"
// skeleton, filled in and imported through EtcdKv's batch puts, brings the missing count to 0.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdRangeAllJob.h"
#include "etcd/EtcdTemplateCoverage.h"
#include "etcd/EtcdYamlDocument.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

class tst_EtcdCatalogueStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
        m_client
            = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
        m_kv = std::make_unique<EtcdKv>(m_client.get());
        const QString root = BundledWorkspaces::path(QStringLiteral("demo"));
        QVERIFY2(!root.isEmpty(), "the bundled demo workspace is not found");
        m_workspace = WorkspaceLoader::load(root);
        QVERIFY(m_workspace.keyCatalogue.size() > 10);
    }

    void missingThenFilled()
    {
        // Every other plain catalogue key is stored; the rest are missing.
        QStringList plain;
        for (const KeyUse &use : m_workspace.keyCatalogue)
            if (!use.pattern)
                plain << use.key;
        QList<EtcdBatchOp> ops;
        QStringList expectedMissing;
        for (qsizetype i = 0; i < plain.size(); ++i) {
            if (i % 2 == 0)
                ops << EtcdBatchOp::put(plain.at(i).toUtf8(), "stored");
            else
                expectedMissing << plain.at(i);
        }
        // Pattern matches, and a key no template reads.
        ops << EtcdBatchOp::put("/services/cache/hosts/10.0.0.1:11211", "10.0.0.1:11211")
            << EtcdBatchOp::put("/services/cache/hosts/10.0.0.2:11211", "10.0.0.2:11211")
            << EtcdBatchOp::put("/scratch/notes", "by hand");
        EtcdBatchJob *batch = m_kv->applyBatch(ops);
        WAIT_OK(batch);
        QVERIFY(batch->result().complete());

        // Registrator-like keys, written with a lease: one a template reads, one it does not.
        QByteArray body;
        QCOMPARE(m_etcd.post("/v3/lease/grant", R"({"TTL":"600"})", &body), 200);
        const QString lease
            = QJsonDocument::fromJson(body).object().value(QLatin1String("ID")).toString();
        QVERIFY2(!lease.isEmpty(), body.constData());
        for (const QByteArray &key : {QByteArray("/services/syslog/hosts/node1:514"),
                                      QByteArray("/services/registrator/node1:demo-web:8080")}) {
            const QByteArray put
                = QJsonDocument(QJsonObject {
                                    {QStringLiteral("key"), QString::fromLatin1(key.toBase64())},
                                    {QStringLiteral("value"),
                                     QString::fromLatin1(QByteArray("x").toBase64())},
                                    {QStringLiteral("lease"), lease},
                                })
                      .toJson(QJsonDocument::Compact);
            QCOMPARE(m_etcd.post("/v3/kv/put", put), 200);
        }

        EtcdCoverage coverage;
        QVERIFY(computeFromStore(&coverage));
        QCOMPARE(coverage.missingCount(), int(expectedMissing.size()));
        QCOMPARE(coverage.missingKeys(), expectedMissing);
        QCOMPARE(coverage.entry(QStringLiteral("/services/cache/hosts/*"))->matchCount, 2);
        const EtcdCoverageEntry *syslog
            = coverage.entry(QStringLiteral("/services/syslog/hosts/*"));
        QVERIFY(syslog);
        QCOMPARE(syslog->matchCount, 1);
        QCOMPARE(syslog->leasedCount, 1);
        QCOMPARE(coverage.unused, QList<QByteArray> {"/scratch/notes"});
        QCOMPARE(coverage.clusterOwned,
                 QList<QByteArray> {"/services/registrator/node1:demo-web:8080"});

        // Fill the skeleton in as a user would, and import it through batch puts.
        const EtcdYamlParseResult skeleton
            = EtcdYamlDocument::parse(coverage.skeletonYaml(m_workspace.name));
        QVERIFY2(skeleton.ok(), qPrintable(skeleton.errorString()));
        QCOMPARE(skeleton.entries.size(), expectedMissing.size());
        QList<EtcdBatchOp> import;
        for (const EtcdYamlEntry &entry : skeleton.entries) {
            QVERIFY(entry.value.isEmpty());
            import << EtcdBatchOp::put(entry.key, "filled in");
        }
        EtcdBatchJob *imported = m_kv->applyBatch(import);
        WAIT_OK(imported);
        QVERIFY(imported->result().complete());

        EtcdCoverage after;
        QVERIFY(computeFromStore(&after));
        QCOMPARE(after.missingCount(), 0);
        QVERIFY(after.skeleton().isEmpty());
        QCOMPARE(after.storedCount, coverage.storedCount + int(expectedMissing.size()));

        EtcdRangeJob *check = m_kv->range(expectedMissing.first().toUtf8());
        WAIT_OK(check);
        QCOMPARE(check->result().kvs.size(), 1);
        QCOMPARE(check->result().kvs.first().value, QByteArray("filled in"));
    }

private:
    // Lists every key (keys only, one revision) and computes the coverage with the leases seen.
    bool computeFromStore(EtcdCoverage *coverage)
    {
        EtcdRangeAllJob *all = m_kv->rangeAll(QByteArray(), true);
        if (!waitJob(all) || all->hasError()) {
            qWarning("listing failed: %s", qPrintable(all->errorString()));
            return false;
        }
        QList<QByteArray> keys;
        QSet<QByteArray> leased;
        for (const EtcdKeyValue &kv : all->result().kvs) {
            keys << kv.key;
            if (kv.lease != 0)
                leased.insert(kv.key);
        }
        all->deleteLater();
        *coverage = EtcdTemplateCoverage::compute(m_workspace, keys, leased);
        return true;
    }

    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
    Workspace m_workspace;
};

QTEST_GUILESS_MAIN(tst_EtcdCatalogueStore)
#include "tst_EtcdCatalogueStore.moc"
