#include "graph/GraphLayout.h"

#include <QtConcurrent>
#include <QtTest>

using ws::GraphLayout;

class GraphLayoutTest : public QObject
{
    Q_OBJECT

private:
    static GraphLayout::Node node(const QString &id, double w = 100, double h = 40)
    {
        return {id, id.toUpper(), QSizeF(w, h)};
    }

private slots:
    void emptyGraph();
    void chainTopToBottom();
    void chainLeftToRight();
    void nodesKeepTheirSizeAndStayInsideTheBox();
    void edgesAreBezierChainsEndingAtTheHead();
    void cycleAndSelfLoopDoNotCrash();
    void oddIdsAreSafe();
    void ignoredInput_data();
    void ignoredInput();
    void concurrentLayoutsAgree();
};

void GraphLayoutTest::emptyGraph()
{
    const auto result = GraphLayout::compute({}, {});
    QVERIFY(result.ok());
    QVERIFY(result.nodes.isEmpty());
    QVERIFY(result.edges.isEmpty());
    QVERIFY(result.boundingBox.isEmpty());
}

void GraphLayoutTest::chainTopToBottom()
{
    const auto result
        = GraphLayout::compute({node("a"), node("b"), node("c")}, {{"a", "b"}, {"b", "c"}});
    QVERIFY(result.ok());
    QCOMPARE(result.nodes.size(), 3);
    QCOMPARE(result.nodes[0].id, QStringLiteral("a"));
    QCOMPARE(result.nodes[0].label, QStringLiteral("A"));
    // Parents above children: y grows downwards as in a QGraphicsScene.
    QVERIFY(result.node("a")->centre.y() < result.node("b")->centre.y());
    QVERIFY(result.node("b")->centre.y() < result.node("c")->centre.y());
    QCOMPARE(result.node("a")->centre.x(), result.node("c")->centre.x());
}

void GraphLayoutTest::chainLeftToRight()
{
    GraphLayout::Options options;
    options.direction = GraphLayout::Direction::LeftToRight;
    const auto result = GraphLayout::compute({node("a"), node("b")}, {{"a", "b"}}, options);
    QVERIFY(result.ok());
    QVERIFY(result.node("a")->centre.x() < result.node("b")->centre.x());
    QCOMPARE(result.node("a")->centre.y(), result.node("b")->centre.y());
}

void GraphLayoutTest::nodesKeepTheirSizeAndStayInsideTheBox()
{
    QList<GraphLayout::Node> nodes {node("root", 180, 50), node("x", 90, 30), node("y", 120, 44),
                                    node("z", 60, 60)};
    const auto result = GraphLayout::compute(nodes, {{"root", "x"}, {"root", "y"}, {"root", "z"}});
    QVERIFY(result.ok());
    QCOMPARE(result.nodes.size(), 4);
    for (int i = 0; i < nodes.size(); ++i) {
        QCOMPARE(qRound(result.nodes[i].size.width()), qRound(nodes[i].size.width()));
        QCOMPARE(qRound(result.nodes[i].size.height()), qRound(nodes[i].size.height()));
        QVERIFY2(result.boundingBox.adjusted(-1, -1, 1, 1).contains(result.nodes[i].rect()),
                 qPrintable(result.nodes[i].id));
    }
    // Siblings on one rank do not overlap.
    for (int i = 1; i < 4; ++i)
        for (int j = i + 1; j < 4; ++j)
            QVERIFY(!result.nodes[i].rect().intersects(result.nodes[j].rect()));
}

void GraphLayoutTest::edgesAreBezierChainsEndingAtTheHead()
{
    const auto result
        = GraphLayout::compute({node("a"), node("b"), node("c")}, {{"a", "b"}, {"a", "c"}});
    QCOMPARE(result.edges.size(), 2);
    for (const auto &edge : result.edges) {
        QVERIFY(edge.points.size() >= 4);
        QCOMPARE((edge.points.size() - 1) % 3, 0);
        QVERIFY(edge.hasArrow);
        const QRectF tail = result.node(edge.from)->rect().adjusted(-2, -2, 2, 2);
        const QRectF head = result.node(edge.to)->rect().adjusted(-2, -2, 2, 2);
        // The curve leaves the tail's border and the arrow touches the head's border.
        QVERIFY(tail.contains(edge.points.first()));
        QVERIFY(head.contains(edge.arrowTip));
        QVERIFY(edge.points.last().y() < edge.arrowTip.y());
    }
}

void GraphLayoutTest::cycleAndSelfLoopDoNotCrash()
{
    const auto result = GraphLayout::compute({node("a"), node("b"), node("c")},
                                             {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"b", "b"}});
    QVERIFY(result.ok());
    QCOMPARE(result.nodes.size(), 3);
    QCOMPARE(result.edges.size(), 4);
    for (const auto &edge : result.edges) {
        QVERIFY2(edge.points.size() >= 4, qPrintable(edge.from + "->" + edge.to));
        QVERIFY(edge.hasArrow);
        // Whatever way dot drew it, the edge reads from tail to head.
        const QRectF head = result.node(edge.to)->rect().adjusted(-3, -3, 3, 3);
        QVERIFY2(head.contains(edge.arrowTip), qPrintable(edge.from + "->" + edge.to));
    }
}

void GraphLayoutTest::oddIdsAreSafe()
{
    const QString quoted = QStringLiteral("reg\"istry\\:5000/a b:{x}");
    const QString unicode = QStringLiteral("образ:latest");
    const auto result = GraphLayout::compute({node(quoted), node(unicode)}, {{quoted, unicode}});
    QVERIFY(result.ok());
    QVERIFY(result.node(quoted));
    QVERIFY(result.node(unicode));
    QCOMPARE(result.edges.size(), 1);
}

void GraphLayoutTest::ignoredInput_data()
{
    QTest::addColumn<QList<GraphLayout::Node>>("nodes");
    QTest::addColumn<QList<GraphLayout::Edge>>("edges");
    QTest::addColumn<int>("placedNodes");
    QTest::addColumn<int>("placedEdges");
    QTest::addColumn<int>("warnings");

    QTest::newRow("duplicate node") << QList<GraphLayout::Node> {node("a"), node("a"), node("b")}
                                    << QList<GraphLayout::Edge> {{"a", "b"}} << 2 << 1 << 1;
    QTest::newRow("edge from unknown") << QList<GraphLayout::Node> {node("a")}
                                       << QList<GraphLayout::Edge> {{"ghost", "a"}} << 1 << 0 << 1;
    QTest::newRow("edge to unknown") << QList<GraphLayout::Node> {node("a")}
                                     << QList<GraphLayout::Edge> {{"a", "ghost"}} << 1 << 0 << 1;
    QTest::newRow("edges without nodes")
        << QList<GraphLayout::Node> {} << QList<GraphLayout::Edge> {{"a", "b"}} << 0 << 0 << 0;
    QTest::newRow("zero size") << QList<GraphLayout::Node> {node("a", 0, 0), node("b", -5, -5)}
                               << QList<GraphLayout::Edge> {{"a", "b"}} << 2 << 1 << 0;
    QTest::newRow("parallel edges")
        << QList<GraphLayout::Node> {node("a"), node("b")}
        << QList<GraphLayout::Edge> {{"a", "b"}, {"a", "b"}} << 2 << 2 << 0;
}

void GraphLayoutTest::ignoredInput()
{
    QFETCH(QList<GraphLayout::Node>, nodes);
    QFETCH(QList<GraphLayout::Edge>, edges);
    QFETCH(int, placedNodes);
    QFETCH(int, placedEdges);
    QFETCH(int, warnings);

    const auto result = GraphLayout::compute(nodes, edges);
    QVERIFY(result.ok());
    QCOMPARE(result.nodes.size(), placedNodes);
    QCOMPARE(result.edges.size(), placedEdges);
    QCOMPARE(result.problems.size(), warnings);
    for (const auto &problem : result.problems) {
        QCOMPARE(problem.severity, ws::Problem::Severity::Warning);
        QVERIFY(!problem.message.isEmpty());
    }
}

void GraphLayoutTest::concurrentLayoutsAgree()
{
    QList<GraphLayout::Node> nodes;
    QList<GraphLayout::Edge> edges;
    for (int i = 0; i < 30; ++i) {
        nodes.append(node(QStringLiteral("n%1").arg(i)));
        if (i > 0)
            edges.append({QStringLiteral("n%1").arg((i - 1) / 3), QStringLiteral("n%1").arg(i)});
    }
    const auto reference = GraphLayout::compute(nodes, edges);
    QVERIFY(reference.ok());

    QList<int> runs(8);
    const QList<GraphLayout::Result> results = QtConcurrent::blockingMapped(
        runs, [&](int) { return GraphLayout::compute(nodes, edges); });
    QCOMPARE(results.size(), 8);
    for (const auto &result : results) {
        QCOMPARE(result.nodes.size(), reference.nodes.size());
        for (int i = 0; i < result.nodes.size(); ++i)
            QCOMPARE(result.nodes[i].centre, reference.nodes[i].centre);
        QCOMPARE(result.boundingBox, reference.boundingBox);
    }
}

QTEST_GUILESS_MAIN(GraphLayoutTest)
#include "GraphLayoutTest.moc"
