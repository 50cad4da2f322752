#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ws {

// The SOA record's data (RFC 1035 3.3.13).
struct DnsSoa
{
    QString mname; // the primary name server
    QString rname; // the zone's contact, as a domain name
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};

// One resource record of an answer or authority section. The SOA and NS data are decoded;
// other types keep only their raw length.
struct DnsRecord
{
    QString name;
    quint16 type = 0;
    quint16 rclass = 0;
    quint32 ttl = 0;
    quint16 rdataLength = 0;
    bool hasSoa = false;
    DnsSoa soa;
    QString nsName; // type NS
};

// A DNS reply taken apart (RFC 1035 4.1): the header, the first question, and the answer and
// authority records. Names are followed through compression pointers, which must point back
// in the message and are followed at most kMaxPointers times, so a reply that loops cannot hang
// us. A reply with TC=1 is returned after the header and question, whatever follows: it is cut
// on purpose, and the caller asks again over TCP.
struct DnsMessage
{
    enum Rcode { NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5 };
    static constexpr int kMaxPointers = 64;

    quint16 id = 0;
    bool qr = false; // a response
    int opcode = 0;
    bool aa = false; // authoritative answer
    bool tc = false; // truncated
    bool rd = false;
    bool ra = false;
    int rcode = 0;
    quint16 questionCount = 0;
    quint16 answerCount = 0;
    quint16 authorityCount = 0;
    quint16 additionalCount = 0;
    QString questionName;
    quint16 questionType = 0;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;

    // The first SOA among the answers, or nullptr.
    const DnsRecord *soaAnswer() const;

    // "NOERROR", "SERVFAIL", "NXDOMAIN", "REFUSED", ... or "RCODE n".
    static QString rcodeName(int rcode);

    // False with *error (translated, naming the offset) for a message that is cut short (without
    // TC), a name that loops, points forward or runs past 255 bytes, or lengths past the end.
    static bool parse(QByteArrayView data, DnsMessage *out, QString *error);
};

} // namespace ws
