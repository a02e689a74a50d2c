#include "HttpRange.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace Bootcast {

namespace {

constexpr qint64 Infinity = std::numeric_limits<qint64>::max();

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

// 1*DIGIT, saturating at the largest qint64 (a position no file reaches).
std::optional<qint64> number(QByteArrayView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const int digit = c - '0';
        if (value > (Infinity - digit) / 10)
            value = Infinity;
        else
            value = value * 10 + digit;
    }
    return value;
}

// A parsed range-spec: [first, last] with last Infinity for "N-", or a suffix length for "-N".
struct Spec
{
    qint64 first = 0;
    qint64 last = Infinity;
    qint64 suffix = -1; // >= 0 for "-N"
};

std::optional<Spec> parseSpec(QByteArrayView text)
{
    const qsizetype dash = text.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArrayView left = text.first(dash);
    const QByteArrayView right = text.sliced(dash + 1);
    Spec spec;
    if (left.isEmpty()) {
        const std::optional<qint64> suffix = number(right);
        if (!suffix)
            return std::nullopt;
        spec.suffix = *suffix;
        return spec;
    }
    const std::optional<qint64> first = number(left);
    if (!first)
        return std::nullopt;
    spec.first = *first;
    if (!right.isEmpty()) {
        const std::optional<qint64> last = number(right);
        if (!last || *last < *first) // RFC 9110 14.1.1: last-pos < first-pos is invalid
            return std::nullopt;
        spec.last = *last;
    }
    return spec;
}

} // namespace

HttpRange::Result HttpRange::evaluate(QByteArrayView value, qint64 size)
{
    Result full;
    const QByteArrayView text = trimmed(value);
    if (text.isEmpty() || size <= 0)
        return full;
    const qsizetype eq = text.indexOf('=');
    if (eq < 0 || QByteArrayView(text.first(eq)).compare("bytes", Qt::CaseInsensitive) != 0)
        return full;

    // range-set = 1#range-spec; empty list elements are allowed (RFC 9110 5.6.1).
    QList<Spec> specs;
    const QByteArrayView set = text.sliced(eq + 1);
    qsizetype start = 0;
    while (start <= set.size()) {
        qsizetype end = set.indexOf(',', start);
        if (end < 0)
            end = set.size();
        const QByteArrayView element = trimmed(set.sliced(start, end - start));
        start = end + 1;
        if (element.isEmpty())
            continue;
        const std::optional<Spec> spec = parseSpec(element);
        if (!spec)
            return full;
        if (specs.size() >= MaxRanges)
            return full;
        specs.append(*spec);
    }
    if (specs.isEmpty())
        return full;

    QList<Span> spans;
    for (const Spec &spec : specs) {
        if (spec.suffix >= 0) {
            if (spec.suffix == 0)
                continue;
            spans.append({std::max<qint64>(0, size - spec.suffix), size - 1});
        } else {
            if (spec.first >= size)
                continue;
            spans.append({spec.first, std::min(spec.last, size - 1)});
        }
    }
    if (spans.isEmpty())
        return Result{Outcome::Unsatisfiable, {}};

    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.first < b.first || (a.first == b.first && a.last < b.last);
    });
    QList<Span> merged;
    for (const Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first <= merged.back().last + 1)
            merged.back().last = std::max(merged.back().last, span.last);
        else
            merged.append(span);
    }
    return Result{Outcome::Partial, merged};
}

QByteArray HttpRange::contentRange(const Span &span, qint64 size)
{
    return "bytes " + QByteArray::number(span.first) + '-' + QByteArray::number(span.last) + '/'
        + QByteArray::number(size);
}

QByteArray HttpRange::unsatisfiedContentRange(qint64 size)
{
    return "bytes */" + QByteArray::number(size);
}

} // namespace Bootcast
