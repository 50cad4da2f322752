#pragma once

#include <QFuture>
#include <QList>
#include <QString>

namespace ws {

// A line diff of two texts (through dtl), grouped into hunks with context lines like
// `diff -u`. compute() is plain CPU work with no Qt object in sight: run it through
// computeAsync() (QtConcurrent) for big texts so the UI thread never waits for it.
class TextDiff
{
public:
    struct Line
    {
        enum class Type { Context, Removed, Added };
        Type type = Type::Context;
        QString text; // without the line break
        int oldLine = 0; // 1-based in the old text; 0 for an added line
        int newLine = 0; // 1-based in the new text; 0 for a removed line
    };

    struct Hunk
    {
        int oldStart = 0; // as in "@@ -oldStart,oldCount +newStart,newCount @@"
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        QList<Line> lines;
        QString header() const;
    };

    QList<Hunk> hunks;
    int added = 0;
    int removed = 0;

    bool isIdentical() const { return hunks.isEmpty(); }
    // The diff as `diff -u` prints it, with "--- oldName" / "+++ newName" headers.
    QString unified(const QString &oldName, const QString &newName) const;

    // Lines are split on "\n" (a "\r" before it stays part of the line). `context` lines of
    // unchanged text surround each change; changes closer than twice that share a hunk.
    static TextDiff compute(const QString &oldText, const QString &newText, int context = 3);
    static QFuture<TextDiff> computeAsync(const QString &oldText, const QString &newText,
                                          int context = 3);
};

} // namespace ws
