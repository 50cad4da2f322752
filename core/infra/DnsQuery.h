#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

// Builds a DNS query message (RFC 1035 section 4.1) by hand: Qt's QDnsLookup does not expose
// the AA bit or the RCODE, and an authoritative server is healthy only when it answers AA=1,
// NOERROR for a zone it serves (PROTOCOLS.md 7.7).
class DnsQuery
{
public:
    enum Type : quint16 { A = 1, NS = 2, SOA = 6, AAAA = 28 };

    // One question (name, type, class IN), flags 0 (no recursion wanted). Names are written in
    // ASCII (IDNs through their ACE form); "example.org" and "example.org." are the same.
    // False with *error (translated) for an empty label, a label over 63 bytes or a name over
    // 255 bytes.
    static bool build(quint16 id, const QString &name, quint16 type, QByteArray *out,
                      QString *error);

    // The same message framed for TCP: a uint16 big-endian length first (RFC 1035 4.2.2).
    static QByteArray framedForTcp(const QByteArray &message);
};

} // namespace ws
