#include "FleetClient.h"

#include "fleet/FleetPageToken.h"
#include "fleet/FleetUnitOptions.h"
#include "fleet/UnitFileParser.h"

#include <QHash>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace ws {

namespace {

// A server that hands out tokens forever would keep a list going for ever; no fleet cluster
// has this many pages (100 units a page by default).
constexpr int kMaxPages = 100'000;
// Pages of one list asked for at once. A page is a round trip to fleetd, which answers from
// memory: a refresh of 2,000 units is 20 of them per list, and waiting for each in turn made
// the wait, not the parse, the cost of the refresh. Two ahead keep the next page waiting
// while one is parsed; more only crowd the server and the parse onto the same cores
// (measured with 2,000 units: refresh ÷ parse 1.70–1.88 with 2, 1.86–1.94 with 4, 1.84–2.14
// with 8).
constexpr int kPagesAhead = 2;

QByteArray pageTarget(const QByteArray &path, const QByteArray &query, const QString &token)
{
    // The next page is the same request with nextPageToken added (fleet's own client does so).
    QByteArray params = query;
    if (!token.isEmpty())
        params += QByteArray(params.isEmpty() ? "" : "&")
            + "nextPageToken=" + QUrl::toPercentEncoding(token);
    return params.isEmpty() ? path : path + '?' + params;
}

} // namespace

FleetClient::FleetClient(const FleetEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_http(endpoint.endpoint, this)
{ }

QByteArray FleetClient::unitPath(const QString &name)
{
    return "/fleet/v1/units/" + QUrl::toPercentEncoding(name, "@:");
}

void FleetClient::failLater(ApiJob *job, HttpReply::Error error, const QString &message)
{
    QTimer::singleShot(0, job, [job, error, message, where = m_endpoint.toDisplayString()] {
        job->finishWithError(error, message, where);
    });
}

bool FleetClient::failIfInvalid(ApiJob *job)
{
    if (m_endpoint.isValid())
        return false;
    failLater(job, HttpReply::Error::NotFound,
              m_endpoint.error.isEmpty() ? tr("No fleet endpoint is set.") : m_endpoint.error);
    return true;
}

void FleetClient::call(HttpRequest request, const QString &what, const QString &unit,
                       QObject *context, Handler handler)
{
    request.firstByteTimeoutMs = m_requestTimeoutMs;
    request.idleTimeoutMs = m_requestTimeoutMs;
    // Over TCP the network access manager may not say when the request is sent, so the whole
    // wait can count as connecting: keep that bound no longer than the answer's.
    if (m_requestTimeoutMs > 0)
        request.connectTimeoutMs = std::min(request.connectTimeoutMs, m_requestTimeoutMs);
    HttpReply *reply = m_http.send(request);
    connect(reply, &HttpReply::finished, context, [reply, what, unit, handler] {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->isHeadersReceived() ? reply->status() : 0;
        answer.body = reply->readAll();
        answer.endpoint = reply->endpoint().toDisplayString();
        if (reply->hasError()) {
            answer.error = reply->error();
            // A cut answer is no answer: what came is not fleet's.
            const int status = reply->error() == HttpReply::Error::HttpStatus ? answer.status : 0;
            answer.errorString
                = FleetJson::errorMessage(what, answer.endpoint, status, answer.body,
                                          reply->error(), reply->errorString(), unit);
        }
        handler(answer);
    });
}

template<typename T>
void FleetClient::fetchPages(ResultJob<QList<T>> *job, const QByteArray &path,
                             const QByteArray &query, const QString &what, PageReader<T> read,
                             std::shared_ptr<QList<T>> items, const QString &token, int pages)
{
    call(HttpRequest::get(pageTarget(path, query, token)), what, QString(), job,
         [this, job, path, query, what, read, items, token, pages](const Answer &a) {
             if (!a.ok())
                 return job->finishWithError(a.error, a.errorString, a.endpoint);
             FleetJson::Page<T> page;
             Problems problems;
             if (!read(a.body, a.endpoint, &page, &problems))
                 return job->finishWithError(HttpReply::Error::ProtocolError,
                                             FleetJson::decodeMessage(what, a.endpoint, problems),
                                             a.endpoint);
             items->append(std::move(page.items));
             if (page.nextPageToken.isEmpty())
                 return job->finishWithResult(*items, a.endpoint);
             if (page.nextPageToken == token || pages + 1 >= kMaxPages)
                 return job->finishWithError(
                     HttpReply::Error::ProtocolError,
                     tr("%1 failed: %2 keeps sending more pages (the same page token, or more "
                        "than %3 pages). Is the endpoint fleet's API?")
                         .arg(what, a.endpoint)
                         .arg(kMaxPages),
                     a.endpoint);
             const auto next = FleetPageToken::decode(page.nextPageToken);
             if (token.isEmpty() && next && next->page == 2)
                 return fetchAhead<T>(job, path, query, what, read, items, next->limit);
             fetchPages<T>(job, path, query, what, read, items, page.nextPageToken, pages + 1);
         });
}

template<typename T>
void FleetClient::fetchAhead(ResultJob<QList<T>> *job, const QByteArray &path,
                             const QByteArray &query, const QString &what, PageReader<T> read,
                             std::shared_ptr<QList<T>> items, quint16 limit)
{
    struct Run
    {
        QHash<int, Answer> arrived; // by page number, until their turn
        int nextToTake = 2;
        int nextToAsk = 2;
        bool over = false; // finished, or handed over to fetchPages
    };
    auto run = std::make_shared<Run>();
    auto ask = std::make_shared<std::function<void()>>();
    // The function refers to itself through `ask`; the last reply handler to run drops it.
    *ask = [this, job, path, query, what, read, items, limit, run, weakAsk = std::weak_ptr(ask)] {
        while (!run->over && run->nextToAsk < run->nextToTake + kPagesAhead
               && run->nextToAsk < kMaxPages) {
            const int number = run->nextToAsk++;
            const QString token = FleetPageToken {limit, quint16(number)}.encode();
            call(HttpRequest::get(pageTarget(path, query, token)), what, QString(), job,
                 [this, job, path, query, what, read, items, limit, run, number,
                  askAgain = weakAsk.lock()](const Answer &answer) {
                     if (run->over)
                         return;
                     run->arrived.insert(number, answer);
                     while (!run->over && run->arrived.contains(run->nextToTake)) {
                         const Answer a = run->arrived.take(run->nextToTake);
                         if (!a.ok()) {
                             run->over = true;
                             return job->finishWithError(a.error, a.errorString, a.endpoint);
                         }
                         FleetJson::Page<T> page;
                         Problems problems;
                         if (!read(a.body, a.endpoint, &page, &problems)) {
                             run->over = true;
                             return job->finishWithError(
                                 HttpReply::Error::ProtocolError,
                                 FleetJson::decodeMessage(what, a.endpoint, problems), a.endpoint);
                         }
                         items->append(std::move(page.items));
                         ++run->nextToTake;
                         if (page.nextPageToken.isEmpty()) {
                             run->over = true;
                             return job->finishWithResult(*items, a.endpoint);
                         }
                         const QString predicted
                             = FleetPageToken {limit, quint16(run->nextToTake)}.encode();
                         if (page.nextPageToken != predicted
                             || run->nextToTake >= std::min(kMaxPages, 0xffff)) {
                             // Not the token foreseen: the pages asked for ahead may not be
                             // the ones the server means; follow its tokens from here.
                             run->over = true;
                             return fetchPages<T>(job, path, query, what, read, items,
                                                  page.nextPageToken, run->nextToTake);
                         }
                     }
                     if (askAgain && !run->over)
                         (*askAgain)();
                 });
        }
    };
    (*ask)();
}

FleetUnitsJob *FleetClient::units()
{
    auto *job = new FleetUnitsJob(this);
    if (failIfInvalid(job))
        return job;
    fetchPages<FleetUnit>(job, "/fleet/v1/units", {}, tr("Listing fleet's units"),
                          &FleetJson::readUnitPage, std::make_shared<QList<FleetUnit>>(), QString(),
                          0);
    return job;
}

FleetStatesJob *FleetClient::states(const QString &machineId, const QString &unitName)
{
    auto *job = new FleetStatesJob(this);
    if (failIfInvalid(job))
        return job;
    QByteArray query;
    if (!machineId.isEmpty())
        query += "machineID=" + QUrl::toPercentEncoding(machineId);
    if (!unitName.isEmpty())
        query += QByteArray(query.isEmpty() ? "" : "&")
            + "unitName=" + QUrl::toPercentEncoding(unitName, "@:");
    const QString what = unitName.isEmpty() ? tr("Listing the units' states")
                                            : tr("Reading the states of %1").arg(unitName);
    fetchPages<FleetUnitState>(job, "/fleet/v1/state", query, what, &FleetJson::readStatePage,
                               std::make_shared<QList<FleetUnitState>>(), QString(), 0);
    return job;
}

FleetMachinesJob *FleetClient::machines()
{
    auto *job = new FleetMachinesJob(this);
    if (failIfInvalid(job))
        return job;
    fetchPages<FleetMachine>(job, "/fleet/v1/machines", {}, tr("Listing fleet's machines"),
                             &FleetJson::readMachinePage, std::make_shared<QList<FleetMachine>>(),
                             QString(), 0);
    return job;
}

FleetUnitJob *FleetClient::unit(const QString &name)
{
    auto *job = new FleetUnitJob(this);
    if (failIfInvalid(job))
        return job;
    const QString what = tr("Reading unit %1").arg(name);
    call(HttpRequest::get(unitPath(name)), what, name, job, [job, what](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        FleetUnit unit;
        Problems problems;
        if (!FleetJson::readUnit(a.body, a.endpoint, &unit, &problems))
            return job->finishWithError(HttpReply::Error::ProtocolError,
                                        FleetJson::decodeMessage(what, a.endpoint, problems),
                                        a.endpoint);
        job->finishWithResult(unit, a.endpoint);
    });
    return job;
}

FleetSubmitJob *FleetClient::submit(const QString &name, const QList<UnitOption> &options,
                                    FleetUnit::State desiredState)
{
    auto *job = new FleetSubmitJob(this);
    if (failIfInvalid(job))
        return job;
    const QString what = tr("Submitting %1").arg(name);
    UnitFile parsed;
    if (!UnitFileParser::parseName(name, &parsed)) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: \"%2\" is not a unit name fleet accepts (name.service, "
                     "name@.service or name@instance.service, with letters, digits and :-_.\\ "
                     "only). Rename the unit file.")
                      .arg(what, name));
        return job;
    }
    if (desiredState == FleetUnit::State::Unknown) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: no desired state was given.").arg(what));
        return job;
    }
    if (parsed.kind == UnitFile::Kind::Template && desiredState != FleetUnit::State::Inactive) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: %2 is a template, which cannot run. Submit it inactive, then "
                     "submit and start an instance of it (%3).")
                      .arg(what, name, parsed.prefix + QLatin1String("@1.") + parsed.type));
        return job;
    }
    if (options.isEmpty()) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: the unit has no options; fleet needs its contents (a unit "
                     "file with at least one [Section] and option).")
                      .arg(what));
        return job;
    }

    // Read first: fleet takes other options for an existing unit as a new unit, answers 201
    // and is then broken for that unit (fixtures/fleet/README.md). Refuse that here.
    call(HttpRequest::get(unitPath(name)), what, name, job,
         [this, job, name, options, desiredState, what](const Answer &a) {
             if (!a.ok() && a.status != 404)
                 return job->finishWithError(a.error, a.errorString, a.endpoint);
             if (a.status == 404)
                 return put(job, name, options, desiredState, what);
             FleetUnit existing;
             Problems problems;
             if (!FleetJson::readUnit(a.body, a.endpoint, &existing, &problems))
                 return job->finishWithError(HttpReply::Error::ProtocolError,
                                             FleetJson::decodeMessage(what, a.endpoint, problems),
                                             a.endpoint);
             if (!FleetUnitOptions::same(existing.options, options)) {
                 job->setOptionsDiffer(true);
                 return job->finishWithError(
                     HttpReply::Error::ProtocolError,
                     tr("%1 was not sent: fleet at %2 already has %3 with other contents, and "
                        "fleet cannot change a unit in place (it would break the unit). Destroy "
                        "%3, then submit it again.")
                         .arg(what, a.endpoint, name),
                     a.endpoint);
             }
             put(job, name, {}, desiredState, what);
         });
    return job;
}

void FleetClient::put(FleetSubmitJob *job, const QString &name, const QList<UnitOption> &options,
                      FleetUnit::State state, const QString &what)
{
    HttpRequest request("PUT", unitPath(name));
    request.body = FleetJson::unitBody(options, state);
    request.setHeader("Content-Type", "application/json");
    // Setting a desired state twice does no harm; creating does not repeat blindly.
    request.idempotent = options.isEmpty();
    const bool create = !options.isEmpty();
    call(request, what, name, job, [job, create, what](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        if (a.status != 201 && a.status != 204)
            return job->finishWithError(
                HttpReply::Error::ProtocolError,
                tr("%1: fleet at %2 answered %3, where fleet answers 201 or 204. Is the endpoint "
                   "fleet's API?")
                    .arg(what, a.endpoint)
                    .arg(a.status),
                a.endpoint);
        job->finishWithResult(create ? FleetSubmitResult::Created : FleetSubmitResult::AlreadyThere,
                              a.endpoint);
    });
}

FleetActionJob *FleetClient::setDesiredState(const QString &name, FleetUnit::State state)
{
    auto *job = new FleetActionJob(this);
    if (failIfInvalid(job))
        return job;
    const QString what = tr("Setting %1 to %2").arg(name, FleetUnit::displayState(state));
    UnitFile parsed;
    if (state == FleetUnit::State::Unknown) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: that is not a state fleet knows (inactive, loaded or launched).")
                      .arg(what));
        return job;
    }
    if (UnitFileParser::parseName(name, &parsed) && parsed.kind == UnitFile::Kind::Template
        && state != FleetUnit::State::Inactive) {
        failLater(job, HttpReply::Error::ProtocolError,
                  tr("%1 failed: %2 is a template, which cannot run. Submit and start an "
                     "instance of it (%3).")
                      .arg(what, name, parsed.prefix + QLatin1String("@1.") + parsed.type));
        return job;
    }
    HttpRequest request("PUT", unitPath(name));
    request.body = FleetJson::unitBody({}, state);
    request.setHeader("Content-Type", "application/json");
    request.idempotent = true;
    call(request, what, name, job, [job](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        job->finishWithResult(true, a.endpoint);
    });
    return job;
}

FleetActionJob *FleetClient::destroy(const QString &name)
{
    auto *job = new FleetActionJob(this);
    if (failIfInvalid(job))
        return job;
    const QString what = tr("Destroying %1").arg(name);
    call(HttpRequest("DELETE", unitPath(name)), what, name, job, [job](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        job->finishWithResult(true, a.endpoint);
    });
    return job;
}

} // namespace ws
