// BuildHistoryModel shows each build's cells as words a person reads (result, duration, size,
// short image ID) and gives a proxy raw values to sort by.
#include "history/BuildHistoryModel.h"

#include <QSortFilterProxyModel>
#include <QtTest>

using ws::BuildHistoryEntry;
using ws::BuildHistoryModel;
using ws::BuildState;

namespace {

BuildHistoryEntry entry(const QString &image, BuildState state, qint64 sizeBytes, qint64 ms)
{
    BuildHistoryEntry e;
    e.queueId = 1;
    e.image = image;
    e.state = state;
    e.durationMs = ms;
    e.sizeBytes = sizeBytes;
    e.imageId = QStringLiteral("sha256:0123456789abcdef0123456789abcdef");
    e.cacheHits = 4;
    e.finishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    return e;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class BuildHistoryModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cellsSayWhatHappened();
    void shortImageId_data();
    void shortImageId();
    void failedRowsHaveAnIconBesideTheWord();
    void sortsSizesAndDurationsAsNumbers();
    void headersNameEveryColumn();
};

void BuildHistoryModelTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void BuildHistoryModelTest::cellsSayWhatHappened()
{
    BuildHistoryModel model;
    BuildHistoryEntry failed
        = entry(QStringLiteral("demo/web:1"), BuildState::Failed, 1'500'000, 83'000);
    failed.pushed = false;
    BuildHistoryEntry built
        = entry(QStringLiteral("demo/base:1"), BuildState::Built, -1, 3'723'000);
    built.pushed = true;
    model.setEntries({failed, built});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(BuildHistoryModel::ColumnCount));

    QCOMPARE(cell(model, 0, BuildHistoryModel::FinishedColumn),
             QLocale().toString(failed.finishedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(model, 0, BuildHistoryModel::ImageColumn), QStringLiteral("demo/web:1"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::ResultColumn),
             ws::buildStateText(BuildState::Failed));
    QCOMPARE(cell(model, 0, BuildHistoryModel::DurationColumn), QStringLiteral("1:23"));
    QCOMPARE(cell(model, 1, BuildHistoryModel::DurationColumn), QStringLiteral("1:02:03"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::CacheHitsColumn), QStringLiteral("4"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::SizeColumn), QStringLiteral("1.5 MB"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::SizeColumn, Qt::ToolTipRole),
             QStringLiteral("1,500,000 bytes"));
    // An unknown size is blank, not "0 bytes"; the tooltip says why.
    QCOMPARE(cell(model, 1, BuildHistoryModel::SizeColumn), QString());
    QCOMPARE(cell(model, 1, BuildHistoryModel::SizeColumn, Qt::ToolTipRole),
             QStringLiteral("Size unknown"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::PushedColumn), QStringLiteral("no"));
    QCOMPARE(cell(model, 1, BuildHistoryModel::PushedColumn), QStringLiteral("yes"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::ImageIdColumn), QStringLiteral("0123456789ab"));
    QCOMPARE(cell(model, 0, BuildHistoryModel::ImageIdColumn, Qt::ToolTipRole), failed.imageId);
    QCOMPARE(model.entry(1).image, QStringLiteral("demo/base:1"));
    QVERIFY(model.entry(7).image.isEmpty());
}

void BuildHistoryModelTest::shortImageId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("digest") << QStringLiteral("sha256:fedcba9876543210ffff")
                            << QStringLiteral("fedcba987654");
    QTest::newRow("bare") << QStringLiteral("fedcba9876543210ffff")
                          << QStringLiteral("fedcba987654");
    QTest::newRow("short") << QStringLiteral("sha256:abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
}

void BuildHistoryModelTest::shortImageId()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(BuildHistoryModel::shortImageId(id), expected);
}

void BuildHistoryModelTest::failedRowsHaveAnIconBesideTheWord()
{
    BuildHistoryModel model;
    model.setEntries({entry(QStringLiteral("a"), BuildState::Failed, 1, 1),
                      entry(QStringLiteral("b"), BuildState::Built, 1, 1)});
    const QModelIndex failed = model.index(0, BuildHistoryModel::ResultColumn);
    const QModelIndex built = model.index(1, BuildHistoryModel::ResultColumn);
    QVERIFY(!failed.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!failed.data().toString().isEmpty()); // the word, not only the icon
    QVERIFY(!built.data(Qt::DecorationRole).isValid());
}

void BuildHistoryModelTest::sortsSizesAndDurationsAsNumbers()
{
    BuildHistoryModel model;
    model.setEntries({entry(QStringLiteral("small"), BuildState::Built, 900, 9'000),
                      entry(QStringLiteral("big"), BuildState::Built, 10'000'000, 61'000),
                      entry(QStringLiteral("unknown"), BuildState::Built, -1, 100)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(BuildHistoryModel::SortRole);
    // As text "900 bytes" would sort after "10.0 MB"; as numbers it comes before.
    proxy.sort(BuildHistoryModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, BuildHistoryModel::ImageColumn), QStringLiteral("unknown"));
    QCOMPARE(cell(proxy, 1, BuildHistoryModel::ImageColumn), QStringLiteral("small"));
    QCOMPARE(cell(proxy, 2, BuildHistoryModel::ImageColumn), QStringLiteral("big"));
    // "1:01" against "0:09": as text the same order by luck, so compare 9 s with 0.1 s too.
    proxy.sort(BuildHistoryModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, BuildHistoryModel::ImageColumn), QStringLiteral("big"));
    QCOMPARE(cell(proxy, 2, BuildHistoryModel::ImageColumn), QStringLiteral("unknown"));
}

void BuildHistoryModelTest::headersNameEveryColumn()
{
    BuildHistoryModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             QStringList({QStringLiteral("Finished"), QStringLiteral("Image"),
                          QStringLiteral("Result"), QStringLiteral("Duration"),
                          QStringLiteral("Cache hits"), QStringLiteral("Size"),
                          QStringLiteral("Pushed"), QStringLiteral("Image ID")}));
}

QTEST_MAIN(BuildHistoryModelTest)
#include "BuildHistoryModelTest.moc"
