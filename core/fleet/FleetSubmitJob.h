#pragma once

#include "http/ApiJob.h"

namespace ws {

// How a submit ended.
enum class FleetSubmitResult {
    Created, // fleet did not have the unit; it has it now, in the desired state
    AlreadyThere, // fleet had the same unit; only its desired state was set
};

// FleetClient::submit(). On top of the error it can say that fleet already has the unit with
// other contents: fleet cannot change a unit in place, so the caller asks the user whether to
// destroy it and submit again.
class FleetSubmitJob : public ResultJob<FleetSubmitResult>
{
public:
    using ResultJob::ResultJob;

    bool optionsDiffer() const { return m_optionsDiffer; }
    void setOptionsDiffer(bool differ) { m_optionsDiffer = differ; }

private:
    bool m_optionsDiffer = false;
};

} // namespace ws
