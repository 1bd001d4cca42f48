// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace virtdeck {

using namespace Qt::StringLiterals;

namespace {
QStringList splitLines(const QString &text) {
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast(); // a final newline ends the last line; it does not start another
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    return lines;
}

// The lines between the two texts' common head and tail: where the edits are.
struct Middle {
    const QStringList &a;
    const QStringList &b;
    int head = 0; // common lines before
    int n = 0;    // lines of a in the middle
    int m = 0;    // lines of b in the middle

    bool same(int x, int y) const { return a[head + x] == b[head + y]; }
    int offset() const { return n + m + 1; } // of diagonal k in a V array
};

// Myers' O((N+M)D) shortest edit script, forward: the V array before each round, until the end
// is reached. Returns the edit distance, or -1 when the trace would outgrow its bound.
int forwardPass(const Middle &mid, std::vector<std::vector<int>> *trace) {
    const int max = mid.n + mid.m;
    const int offset = mid.offset();
    std::vector<int> v(size_t(2 * max + 3), 0);
    for (int d = 0; d <= max; ++d) {
        if (qint64(trace->size() + 1) * qint64(v.size()) > 32'000'000)
            return -1;
        trace->push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
            int y = x - k;
            while (x < mid.n && y < mid.m && mid.same(x, y)) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= mid.n && y >= mid.m)
                return d;
        }
    }
    return -1;
}

// Walks the trace back from the end: the middle's lines in order.
QList<DiffLine> backtrack(const Middle &mid, const std::vector<std::vector<int>> &trace,
                          int found) {
    const int offset = mid.offset();
    const int head = mid.head;
    QList<DiffLine> middle; // built backwards
    int x = mid.n, y = mid.m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        const int prevK =
            (k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1])) ? k + 1 : k - 1;
        const int prevX = pv[offset + prevK];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            middle.append({DiffLine::Op::Same, mid.a[head + x], head + x + 1, head + y + 1});
        }
        if (x == prevX)
            middle.append({DiffLine::Op::Added, mid.b[head + prevY], 0, head + prevY + 1});
        else
            middle.append({DiffLine::Op::Removed, mid.a[head + prevX], head + prevX + 1, 0});
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        middle.append({DiffLine::Op::Same, mid.a[head + x], head + x + 1, head + y + 1});
    }
    std::reverse(middle.begin(), middle.end());
    return middle;
}

// Within each changed run, removals first, then additions: easier to read.
void appendRemovalsFirst(const QList<DiffLine> &middle, QList<DiffLine> *out) {
    for (int i = 0; i < middle.size();) {
        if (middle[i].op == DiffLine::Op::Same) {
            out->append(middle[i++]);
            continue;
        }
        int j = i;
        while (j < middle.size() && middle[j].op != DiffLine::Op::Same)
            ++j;
        for (int t = i; t < j; ++t)
            if (middle[t].op == DiffLine::Op::Removed)
                out->append(middle[t]);
        for (int t = i; t < j; ++t)
            if (middle[t].op == DiffLine::Op::Added)
                out->append(middle[t]);
        i = j;
    }
}

// The middle as replaced whole: every old line removed, every new one added.
void appendReplaced(const Middle &mid, QList<DiffLine> *out) {
    for (int i = 0; i < mid.n; ++i)
        out->append({DiffLine::Op::Removed, mid.a[mid.head + i], mid.head + i + 1, 0});
    for (int j = 0; j < mid.m; ++j)
        out->append({DiffLine::Op::Added, mid.b[mid.head + j], 0, mid.head + j + 1});
}

// Where a hunk whose first change is at `i` ends: it takes in the changes that follow within
// 2*context unchanged lines.
int hunkEnd(const QList<DiffLine> &diff, int i, int context) {
    const int n = int(diff.size());
    int end = i;
    for (;;) {
        while (end < n && diff[end].op != DiffLine::Op::Same)
            ++end;
        int next = end;
        while (next < n && diff[next].op == DiffLine::Op::Same)
            ++next;
        if (next < n && next - end <= 2 * context)
            end = next;
        else
            return end;
    }
}

// "@@ -a,b +c,d @@" for the lines [start, stop).
QString hunkHeader(const QList<DiffLine> &diff, int start, int stop) {
    int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
    for (int k = start; k < stop; ++k) {
        const DiffLine &d = diff[k];
        if (d.op != DiffLine::Op::Added) {
            if (!oldStart)
                oldStart = d.oldLine;
            ++oldCount;
        }
        if (d.op != DiffLine::Op::Removed) {
            if (!newStart)
                newStart = d.newLine;
            ++newCount;
        }
    }
    return u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
}
} // namespace

QList<DiffLine> diffLines(const QString &oldText, const QString &newText) {
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    QList<DiffLine> out;
    // Common head and tail first: edits usually touch a few lines of a long definition.
    int head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    for (int i = 0; i < head; ++i)
        out.append({DiffLine::Op::Same, a[i], i + 1, i + 1});

    const Middle mid{a, b, head, int(a.size()) - head - tail, int(b.size()) - head - tail};
    // Myers over the middle: fast for the few edits a user makes in a long definition. Its trace
    // grows with D*(N+M); beyond a bound the middle is shown as replaced whole rather than
    // using unbounded memory.
    std::vector<std::vector<int>> trace;
    const int found = forwardPass(mid, &trace);
    if (found >= 0)
        appendRemovalsFirst(backtrack(mid, trace, found), &out);
    else
        appendReplaced(mid, &out);
    for (int k = 0; k < tail; ++k) {
        const int ai = int(a.size()) - tail + k, bi = int(b.size()) - tail + k;
        out.append({DiffLine::Op::Same, a[ai], ai + 1, bi + 1});
    }
    return out;
}

QString unifiedDiff(const QList<DiffLine> &diff, int context) {
    QString out;
    const int n = int(diff.size());
    int i = 0;
    while (i < n) {
        // Find the next change.
        while (i < n && diff[i].op == DiffLine::Op::Same)
            ++i;
        if (i >= n)
            break;
        const int start = std::max(0, i - context);
        const int stop = std::min(n, hunkEnd(diff, i, context) + context);
        out += hunkHeader(diff, start, stop);
        for (int k = start; k < stop; ++k) {
            const QChar prefix = diff[k].op == DiffLine::Op::Same    ? u' '
                                 : diff[k].op == DiffLine::Op::Added ? u'+'
                                                                     : u'-';
            out += prefix + diff[k].text + u'\n';
        }
        i = stop;
    }
    return out;
}

} // namespace virtdeck
