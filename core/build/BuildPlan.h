#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

class Workspace;

// What one build queue builds: the images, their parents inside the plan, a topological order and
// the length of the longest path below each image (from estimated durations). A plan with a
// cycle, a parent that is missing, or an image whose Dockerfile did not parse is refused: it has
// problems() and isValid() is false, and nothing of it may be started.
class BuildPlan
{
    Q_DECLARE_TR_FUNCTIONS(BuildPlan)

public:
    // Which images of a workspace a plan takes. "Stale only" is not a scope: the up-to-date check
    // decides it per image when it runs, so it is the per-image flag Image::onlyIfStale.
    enum class Scope {
        Everything, // every buildable image
        Images, // exactly the named images
        ImagesAndDescendants, // the named images and everything that builds on them
    };

    // One image as the caller describes it (fromNodes).
    struct Node
    {
        QString name;
        QStringList parents; // must be other nodes of the same plan
        QStringList externalParents; // built elsewhere: only recorded
        double estimate = 1.0; // expected duration, any unit, > 0
    };

    // One image of a resolved plan.
    struct Image
    {
        QString name;
        QStringList parents; // inside the plan, sorted
        QStringList externalParents; // outside the plan (engine, registry, unbuildable), sorted
        QStringList children; // inside the plan, sorted
        double estimate = 1.0;
        double remainingPath = 0; // estimate + longest remainingPath of a child
        bool onlyIfStale = true; // false: rebuild even when the engine has it up to date
        QString file; // Dockerfile, for problems; may be empty
    };

    BuildPlan() = default;

    // The images of `workspace` that `scope` and `names` (full names or workspace ids) select.
    // Images without a Dockerfile are left out; their children depend on them as external.
    // Parents are the final stage's base and COPY --from images of the workspace.
    static BuildPlan fromWorkspace(const Workspace &workspace, Scope scope,
                                   const QStringList &names = {});
    // A plan from a graph the caller makes (tests, benchmarks, other front ends).
    static BuildPlan fromNodes(const QList<Node> &nodes);

    bool isValid() const; // no error among problems()
    const Problems &problems() const { return m_problems; }

    bool isEmpty() const { return m_order.isEmpty(); }
    int size() const { return int(m_order.size()); }
    bool contains(const QString &name) const { return m_index.contains(name); }
    QStringList order() const { return m_order; } // parents before children, stable
    const Image *image(const QString &name) const; // nullptr when not in the plan
    const QList<Image> &images() const { return m_images; } // in order()

    // Every image below `name` in the plan, in order().
    QStringList descendants(const QString &name) const;

    // Estimated durations, for example from build history; recomputes the path lengths.
    void setEstimate(const QString &name, double estimate);
    void setEstimates(const QHash<QString, double> &estimates);
    void setOnlyIfStale(const QString &name, bool onlyIfStale);
    void setAllOnlyIfStale(bool onlyIfStale);

    // The longest chain of estimates from a root to a leaf, and its images root first.
    double criticalPathLength() const;
    QStringList criticalPath() const;
    double totalWork() const; // the sum of the estimates

private:
    static BuildPlan resolve(const QList<Node> &nodes, const QHash<QString, QString> &files,
                             Problems problems);
    void computePaths();

    QList<Image> m_images; // in m_order
    QStringList m_order;
    QHash<QString, int> m_index;
    Problems m_problems;
};

} // namespace ws
