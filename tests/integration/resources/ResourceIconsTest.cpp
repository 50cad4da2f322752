// The icons the GUI takes from the whalestack-icons resource exist, are valid SVG that Qt Svg
// renders, and draw something; the application icon that is installed is valid too.

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

class ResourceIconsTest : public QObject
{
    Q_OBJECT

private slots:
    void icon_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("size");
        for (const char *name :
             {"folder-open", "refresh", "zoom-in", "zoom-out", "zoom-fit", "error", "warning",
              "image", "unit", "key", "build", "cancel", "pause", "push", "history"})
            QTest::newRow(name) << QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)) << 24;
        QTest::newRow("application (resource)") << QStringLiteral(":/icons/whalestack.svg") << 128;
        QTest::newRow("application (installed)") << qEnvironmentVariable("WHALESTACK_SOURCE_DIR")
                + QLatin1String("/resources/icons/org.whalestack.Whalestack.svg")
                                                 << 128;
    }
    void icon()
    {
        QFETCH(QString, path);
        QFETCH(int, size);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(path));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, size, size));

        // Drawn at its own size, the icon covers a fair part of its square, not nothing and not
        // everything: a check that every shape made it through Qt Svg's parser.
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        int opaque = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        const double cover = double(opaque) / (size * size);
        QVERIFY2(cover > 0.1 && cover < 0.95, qPrintable(QString::number(cover)));
    }
};

QTEST_MAIN(ResourceIconsTest)
#include "ResourceIconsTest.moc"
