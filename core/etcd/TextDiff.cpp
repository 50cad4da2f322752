#include "TextDiff.h"

#include <QHash>
#include <QtConcurrent>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace ws {

namespace {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        lines.removeLast(); // a final line break ends the last line, it does not start one
    return lines;
}

// One step of the edit script, in the order of the new text.
struct Step
{
    TextDiff::Line::Type type;
    int oldIndex; // 0-based, -1 when added
    int newIndex; // 0-based, -1 when removed
};

} // namespace

QString TextDiff::Hunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
        .arg(oldStart)
        .arg(oldCount)
        .arg(newStart)
        .arg(newCount);
}

QString TextDiff::unified(const QString &oldName, const QString &newName) const
{
    QString out;
    if (hunks.isEmpty())
        return out;
    out += QLatin1String("--- ") + oldName + QLatin1Char('\n');
    out += QLatin1String("+++ ") + newName + QLatin1Char('\n');
    for (const Hunk &hunk : hunks) {
        out += hunk.header() + QLatin1Char('\n');
        for (const Line &line : hunk.lines) {
            switch (line.type) {
            case Line::Type::Context:
                out += QLatin1Char(' ');
                break;
            case Line::Type::Removed:
                out += QLatin1Char('-');
                break;
            case Line::Type::Added:
                out += QLatin1Char('+');
                break;
            }
            out += line.text + QLatin1Char('\n');
        }
    }
    return out;
}

TextDiff TextDiff::compute(const QString &oldText, const QString &newText, int context)
{
    context = std::max(0, context);
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);

    // Common head and tail need no search; dtl (O(ND)) only sees the middle, and sees it as
    // line numbers of distinct texts so it compares integers, not strings.
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }

    std::vector<Step> steps;
    steps.reserve(size_t(std::max(a.size(), b.size())));
    for (int i = 0; i < head; ++i)
        steps.push_back({Line::Type::Context, i, i});

    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &line) {
        const auto it = ids.constFind(line);
        if (it != ids.constEnd())
            return *it;
        const int id = int(ids.size());
        ids.insert(line, id);
        return id;
    };
    std::vector<int> midA;
    std::vector<int> midB;
    for (int i = head; i < a.size() - tail; ++i)
        midA.push_back(idOf(a.at(i)));
    for (int i = head; i < b.size() - tail; ++i)
        midB.push_back(idOf(b.at(i)));

    if (midA.empty() || midB.empty()) {
        for (int i = 0; i < int(midA.size()); ++i)
            steps.push_back({Line::Type::Removed, head + i, -1});
        for (int i = 0; i < int(midB.size()); ++i)
            steps.push_back({Line::Type::Added, -1, head + i});
    } else {
        dtl::Diff<int, std::vector<int>> diff(midA, midB);
        if (midA.size() + midB.size() > 20000)
            diff.onHuge(); // bounds dtl's memory on long texts at some cost in minimality
        diff.compose();
        for (const auto &[elem, info] : diff.getSes().getSequence()) {
            Q_UNUSED(elem);
            switch (info.type) {
            case dtl::SES_COMMON:
                steps.push_back({Line::Type::Context, head + int(info.beforeIdx) - 1,
                                 head + int(info.afterIdx) - 1});
                break;
            case dtl::SES_DELETE:
                steps.push_back({Line::Type::Removed, head + int(info.beforeIdx) - 1, -1});
                break;
            case dtl::SES_ADD:
                steps.push_back({Line::Type::Added, -1, head + int(info.afterIdx) - 1});
                break;
            }
        }
    }
    for (int i = 0; i < tail; ++i)
        steps.push_back({Line::Type::Context, int(a.size()) - tail + i, int(b.size()) - tail + i});
    // Within each run of changes, removed lines first, as diff -u shows them.
    for (auto run = steps.begin(); run != steps.end();) {
        if (run->type == Line::Type::Context) {
            ++run;
            continue;
        }
        auto end = std::find_if(run, steps.end(),
                                [](const Step &s) { return s.type == Line::Type::Context; });
        std::stable_partition(run, end,
                              [](const Step &s) { return s.type == Line::Type::Removed; });
        run = end;
    }

    TextDiff result;
    // Group changes into hunks: a change plus `context` lines around it; hunks whose context
    // would touch merge.
    const int n = int(steps.size());
    int i = 0;
    int oldSeen = 0; // lines of each text before steps[i]
    int newSeen = 0;
    std::vector<int> oldBefore(size_t(n) + 1);
    std::vector<int> newBefore(size_t(n) + 1);
    for (int k = 0; k < n; ++k) {
        oldBefore[size_t(k)] = oldSeen;
        newBefore[size_t(k)] = newSeen;
        if (steps[size_t(k)].type != Line::Type::Added)
            ++oldSeen;
        if (steps[size_t(k)].type != Line::Type::Removed)
            ++newSeen;
    }
    oldBefore[size_t(n)] = oldSeen;
    newBefore[size_t(n)] = newSeen;

    while (i < n) {
        while (i < n && steps[size_t(i)].type == Line::Type::Context)
            ++i;
        if (i >= n)
            break;
        const int start = std::max(0, i - context);
        int end = i; // one past the last change of the hunk
        int k = i;
        while (k < n) {
            if (steps[size_t(k)].type != Line::Type::Context) {
                end = k + 1;
                ++k;
                continue;
            }
            int run = k;
            while (run < n && steps[size_t(run)].type == Line::Type::Context)
                ++run;
            if (run < n && run - k <= 2 * context) {
                k = run;
                continue;
            }
            break;
        }
        const int stop = std::min(n, end + context);
        Hunk hunk;
        hunk.oldStart = oldBefore[size_t(start)] + 1;
        hunk.newStart = newBefore[size_t(start)] + 1;
        hunk.oldCount = oldBefore[size_t(stop)] - oldBefore[size_t(start)];
        hunk.newCount = newBefore[size_t(stop)] - newBefore[size_t(start)];
        // diff -u names the line before an empty side.
        if (hunk.oldCount == 0)
            --hunk.oldStart;
        if (hunk.newCount == 0)
            --hunk.newStart;
        for (int s = start; s < stop; ++s) {
            const Step &step = steps[size_t(s)];
            Line line;
            line.type = step.type;
            line.oldLine = step.oldIndex >= 0 ? step.oldIndex + 1 : 0;
            line.newLine = step.newIndex >= 0 ? step.newIndex + 1 : 0;
            line.text = step.oldIndex >= 0 ? a.at(step.oldIndex) : b.at(step.newIndex);
            if (step.type == Line::Type::Added)
                ++result.added;
            else if (step.type == Line::Type::Removed)
                ++result.removed;
            hunk.lines.append(std::move(line));
        }
        result.hunks.append(std::move(hunk));
        i = stop;
    }
    return result;
}

QFuture<TextDiff> TextDiff::computeAsync(const QString &oldText, const QString &newText,
                                         int context)
{
    return QtConcurrent::run(
        [oldText, newText, context]() { return compute(oldText, newText, context); });
}

} // namespace ws
