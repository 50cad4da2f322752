#include "BuildRunner.h"

namespace ws {

BuildRunner::~BuildRunner() = default;

void BuildRunner::prepare(const BuildPlan &plan)
{
    Q_UNUSED(plan)
}

} // namespace ws
