#include "CephPrometheusText.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::CephPrometheusText", text);
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

void skipSpaces(QByteArrayView line, qsizetype *at)
{
    while (*at < line.size() && (line[*at] == ' ' || line[*at] == '\t'))
        ++*at;
}

bool parseValue(QByteArrayView word, double *out)
{
    if (word == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (word == "+Inf" || word == "Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (word == "-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *out = word.toByteArray().toDouble(&ok);
    return ok;
}

// Parses one sample line; *why says what is wrong.
bool parseSample(QByteArrayView line, CephMetricSample *sample, QString *why)
{
    qsizetype at = 0;
    if (at >= line.size() || !isNameStart(line[at])) {
        *why = tr("a metric name must start the line");
        return false;
    }
    while (at < line.size() && isNameChar(line[at]))
        ++at;
    sample->name = QString::fromLatin1(line.first(at));
    skipSpaces(line, &at);
    if (at < line.size() && line[at] == '{') {
        ++at;
        for (;;) {
            skipSpaces(line, &at);
            if (at < line.size() && line[at] == '}') {
                ++at;
                break;
            }
            const qsizetype nameStart = at;
            while (at < line.size() && isNameChar(line[at]))
                ++at;
            if (at == nameStart) {
                *why = tr("a label name is missing at column %1").arg(at + 1);
                return false;
            }
            const QString labelName = QString::fromLatin1(line.sliced(nameStart, at - nameStart));
            skipSpaces(line, &at);
            if (at + 1 >= line.size() || line[at] != '=' || line[at + 1] != '"') {
                *why = tr("label %1 has no =\"value\"").arg(labelName);
                return false;
            }
            at += 2;
            QByteArray value;
            bool closed = false;
            while (at < line.size()) {
                const char c = line[at++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && at < line.size()) {
                    const char e = line[at++];
                    value.append(e == 'n' ? '\n' : e);
                    continue;
                }
                value.append(c);
            }
            if (!closed) {
                *why = tr("the value of label %1 is not closed").arg(labelName);
                return false;
            }
            sample->labels.insert(labelName, QString::fromUtf8(value));
            skipSpaces(line, &at);
            if (at < line.size() && line[at] == ',')
                ++at;
            else if (at >= line.size() || line[at] != '}') {
                *why = tr("expected , or } after label %1").arg(labelName);
                return false;
            }
        }
    }
    skipSpaces(line, &at);
    qsizetype end = at;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t')
        ++end;
    if (end == at || !parseValue(line.sliced(at, end - at), &sample->value)) {
        *why = tr("metric %1 has no number as its value").arg(sample->name);
        return false;
    }
    // An optional timestamp may follow; the probe has no use for it.
    return true;
}

} // namespace

bool CephPrometheusText::parse(QByteArrayView text, QList<CephMetricSample> *out, QString *error)
{
    QList<CephMetricSample> samples;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        CephMetricSample sample;
        QString why;
        if (!parseSample(line, &sample, &why)) {
            *error = tr("line %1 is not a metric: %2").arg(lineNumber).arg(why);
            return false;
        }
        samples.append(std::move(sample));
    }
    *out = std::move(samples);
    return true;
}

QList<CephMetricSample> CephPrometheusText::find(const QList<CephMetricSample> &samples,
                                                 const QString &name)
{
    QList<CephMetricSample> found;
    for (const CephMetricSample &sample : samples)
        if (sample.name == name)
            found.append(sample);
    return found;
}

} // namespace ws
