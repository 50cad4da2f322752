#include "BuildSummary.h"

#include <algorithm>

namespace ws {

int BuildSummary::count(BuildState state) const
{
    return int(std::count_if(images.cbegin(), images.cend(),
                             [state](const ImageResult &result) { return result.state == state; }));
}

const BuildSummary::ImageResult *BuildSummary::image(const QString &name) const
{
    for (const ImageResult &result : images)
        if (result.name == name)
            return &result;
    return nullptr;
}

bool BuildSummary::succeeded() const
{
    return std::all_of(images.cbegin(), images.cend(),
                       [](const ImageResult &result) { return isSuccessState(result.state); });
}

} // namespace ws
