#include "DnsMessage.h"

#include <QCoreApplication>
#include <QtEndian>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::DnsMessage", text);
}

bool need(QByteArrayView data, qsizetype pos, qsizetype count, QString *error)
{
    if (pos < 0 || count < 0 || pos > data.size() || data.size() - pos < count) {
        *error = tr("the DNS message ends early: %1 bytes needed at offset %2 of %3")
                     .arg(count)
                     .arg(pos)
                     .arg(data.size());
        return false;
    }
    return true;
}

quint16 u16(QByteArrayView data, qsizetype pos)
{
    return qFromBigEndian<quint16>(data.data() + pos);
}

quint32 u32(QByteArrayView data, qsizetype pos)
{
    return qFromBigEndian<quint32>(data.data() + pos);
}

// Reads a (possibly compressed) name at *pos; *pos moves past its bytes in place, not past
// what the pointers lead to.
bool readName(QByteArrayView data, qsizetype *pos, QString *out, QString *error)
{
    QByteArray name;
    qsizetype at = *pos;
    qsizetype end = -1; // where *pos goes once the first pointer is taken
    int pointers = 0;
    qsizetype wireLength = 0;
    for (;;) {
        if (!need(data, at, 1, error))
            return false;
        const quint8 length = quint8(data[at]);
        if ((length & 0xC0) == 0xC0) {
            if (!need(data, at, 2, error))
                return false;
            const qsizetype target = u16(data, at) & 0x3FFF;
            // Pointers go back to an earlier name; one that does not can only be a loop or
            // garbage. The count bounds it anyway.
            if (target >= at || ++pointers > DnsMessage::kMaxPointers) {
                *error = tr("a name at offset %1 has a compression pointer that loops or "
                            "points forward (to %2)")
                             .arg(at)
                             .arg(target);
                return false;
            }
            if (end < 0)
                end = at + 2;
            at = target;
            continue;
        }
        if ((length & 0xC0) != 0) {
            *error = tr("a name at offset %1 uses the reserved label type 0x%2")
                         .arg(at)
                         .arg(length & 0xC0, 2, 16, QLatin1Char('0'));
            return false;
        }
        ++at;
        if (length == 0)
            break;
        wireLength += length + 1;
        if (wireLength > 255) {
            *error = tr("a name at offset %1 is longer than 255 bytes").arg(*pos);
            return false;
        }
        if (!need(data, at, length, error))
            return false;
        if (!name.isEmpty())
            name.append('.');
        name.append(data.sliced(at, length));
        at += length;
    }
    *pos = end >= 0 ? end : at;
    *out = QString::fromLatin1(name);
    return true;
}

bool readRecord(QByteArrayView data, qsizetype *pos, DnsRecord *out, QString *error)
{
    DnsRecord record;
    if (!readName(data, pos, &record.name, error) || !need(data, *pos, 10, error))
        return false;
    record.type = u16(data, *pos);
    record.rclass = u16(data, *pos + 2);
    record.ttl = u32(data, *pos + 4);
    record.rdataLength = u16(data, *pos + 8);
    *pos += 10;
    if (!need(data, *pos, record.rdataLength, error))
        return false;
    const qsizetype rdataEnd = *pos + record.rdataLength;
    // Names inside the data may point anywhere before them, so they are read from the whole
    // message; they must still end inside the record.
    qsizetype at = *pos;
    if (record.type == 6) {
        DnsSoa soa;
        if (!readName(data, &at, &soa.mname, error) || !readName(data, &at, &soa.rname, error))
            return false;
        if (at + 20 > rdataEnd) {
            *error = tr("the SOA record at offset %1 is shorter than its fields").arg(*pos);
            return false;
        }
        soa.serial = u32(data, at);
        soa.refresh = u32(data, at + 4);
        soa.retry = u32(data, at + 8);
        soa.expire = u32(data, at + 12);
        soa.minimum = u32(data, at + 16);
        record.soa = soa;
        record.hasSoa = true;
    } else if (record.type == 2) {
        if (!readName(data, &at, &record.nsName, error))
            return false;
        if (at > rdataEnd) {
            *error = tr("the NS record at offset %1 runs past its length").arg(*pos);
            return false;
        }
    }
    *pos = rdataEnd;
    *out = std::move(record);
    return true;
}

} // namespace

const DnsRecord *DnsMessage::soaAnswer() const
{
    for (const DnsRecord &record : answers)
        if (record.hasSoa)
            return &record;
    return nullptr;
}

QString DnsMessage::rcodeName(int rcode)
{
    switch (rcode) {
    case NoError:
        return QStringLiteral("NOERROR");
    case FormErr:
        return QStringLiteral("FORMERR");
    case ServFail:
        return QStringLiteral("SERVFAIL");
    case NxDomain:
        return QStringLiteral("NXDOMAIN");
    case NotImp:
        return QStringLiteral("NOTIMP");
    case Refused:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

bool DnsMessage::parse(QByteArrayView data, DnsMessage *out, QString *error)
{
    if (data.size() < 12) {
        *error
            = tr("the DNS message is %1 bytes, shorter than its 12-byte header").arg(data.size());
        return false;
    }
    DnsMessage m;
    m.id = u16(data, 0);
    const quint16 flags = u16(data, 2);
    m.qr = flags & 0x8000;
    m.opcode = (flags >> 11) & 0xF;
    m.aa = flags & 0x0400;
    m.tc = flags & 0x0200;
    m.rd = flags & 0x0100;
    m.ra = flags & 0x0080;
    m.rcode = flags & 0xF;
    m.questionCount = u16(data, 4);
    m.answerCount = u16(data, 6);
    m.authorityCount = u16(data, 8);
    m.additionalCount = u16(data, 10);
    qsizetype pos = 12;
    for (int i = 0; i < m.questionCount; ++i) {
        QString name;
        if (!readName(data, &pos, &name, error) || !need(data, pos, 4, error)) {
            if (m.tc)
                break;
            return false;
        }
        if (i == 0) {
            m.questionName = name;
            m.questionType = u16(data, pos);
        }
        pos += 4;
    }
    if (!m.tc) {
        for (int i = 0; i < m.answerCount + m.authorityCount; ++i) {
            DnsRecord record;
            if (!readRecord(data, &pos, &record, error))
                return false;
            (i < m.answerCount ? m.answers : m.authority).append(record);
        }
    }
    *out = std::move(m);
    return true;
}

} // namespace ws
