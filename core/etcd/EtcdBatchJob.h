#pragma once

#include "EtcdKvResults.h"
#include "http/ApiJob.h"

namespace ws {

// A batch of writes applied as a sequence of transactions. result() tells how far it got, also
// when the job ends with an error (a request refused or an endpoint unreachable mid-batch).
class EtcdBatchJob : public ApiJob
{
    Q_OBJECT

public:
    using ApiJob::ApiJob;

    const EtcdBatchResult &result() const { return m_result; }

Q_SIGNALS:
    // After each applied transaction.
    void progress(int appliedTxns, int txns);

private:
    friend class EtcdKv;
    friend class EtcdV2Store;
    void finishWithResult(const QString &endpoint)
    {
        setEndpoint(endpoint);
        finish();
    }
    EtcdBatchResult m_result;
};

} // namespace ws
