#include "Dockerfile.h"

namespace ws {

namespace {

bool isScratch(const QString &base)
{
    return base.compare(QLatin1String("scratch"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString Dockerfile::finalBase() const
{
    if (stages.isEmpty())
        return {};
    qsizetype index = stages.size() - 1;
    // baseStage always points to an earlier stage, but a hand-built value might not: the step
    // count bounds the walk either way.
    for (qsizetype steps = 0; steps <= stages.size(); ++steps) {
        const DockerfileStage &stage = stages.at(index);
        if (stage.baseStage < 0 || stage.baseStage >= stages.size())
            return isScratch(stage.base) ? QString() : stage.base;
        index = stage.baseStage;
    }
    return {};
}

QStringList Dockerfile::externalReferences() const
{
    QStringList result;
    const auto add = [&result](const QString &reference) {
        if (!reference.isEmpty() && !isScratch(reference) && !result.contains(reference))
            result.append(reference);
    };
    for (const DockerfileStage &stage : stages) {
        if (stage.baseStage < 0)
            add(stage.base);
        for (const QString &image : stage.copyFromImages)
            add(image);
    }
    return result;
}

} // namespace ws
