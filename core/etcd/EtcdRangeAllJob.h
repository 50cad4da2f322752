#pragma once

#include "EtcdKvResults.h"
#include "http/ApiJob.h"

namespace ws {

// Reads a whole prefix page by page, every page at the revision of the first one, so the
// listing is one consistent snapshot however long it takes. Reports the keys read so far.
class EtcdRangeAllJob : public ResultJob<EtcdRange>
{
    Q_OBJECT

public:
    using ResultJob<EtcdRange>::ResultJob;

    // Keys gathered so far; the final listing once finished without error.
    const EtcdRange &partial() const { return m_partial; }

Q_SIGNALS:
    // After each page: keys read so far, and how many the prefix holds at the snapshot.
    void progress(qint64 keysSoFar, qint64 total);

private:
    friend class EtcdKv;
    friend class EtcdV2Store;
    EtcdRange m_partial;
};

} // namespace ws
