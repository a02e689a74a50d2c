#pragma once

#include <QByteArray>
#include <QList>

namespace Bootcast {

// The Range header (RFC 9110 14.1-14.2) evaluated against a representation of a given size. Pure.
//
// - Only the "bytes" unit; "bytes=N-M", "bytes=N-", "bytes=-N" and lists of them; 64-bit sizes.
// - Syntactically invalid headers (other units, "bytes=5-2", garbage) are ignored: the whole
//   representation is served with 200, as RFC 9110 14.2 allows.
// - More than MaxRanges range-specs: ignored the same way (RFC 9110 14.2 lets a server ignore a
//   ranges-specifier that looks like a denial-of-service attempt).
// - Range-specs that cannot be satisfied (first byte at or beyond the end, "bytes=-0") are dropped;
//   when none is left the answer is 416 with "Content-Range: bytes */SIZE".
// - What is left is sorted and coalesced: overlapping and adjacent spans become one (RFC 9110 14.6
//   allows coalescing "regardless of the order in which the corresponding range-spec appeared"). So
//   the parts of a multipart/byteranges answer are ascending and disjoint; a set that coalesces into
//   one span is answered as a single-part 206.
// - A zero-length representation has no byte that a range could name: the Range header is ignored
//   and the empty representation is served with 200.
class HttpRange
{
public:
    // One satisfiable span, both ends inclusive, first <= last < size.
    struct Span
    {
        qint64 first = 0;
        qint64 last = -1;
        qint64 length() const { return last - first + 1; }
        friend bool operator==(const Span &, const Span &) = default;
    };

    enum class Outcome : quint8 {
        Full,          // no (usable) Range header: 200 with everything
        Partial,       // 206 with spans
        Unsatisfiable, // 416
    };

    struct Result
    {
        Outcome outcome = Outcome::Full;
        QList<Span> spans; // Partial: ascending, disjoint, non-adjacent, within the size
        friend bool operator==(const Result &, const Result &) = default;
    };

    static constexpr int MaxRanges = 64;

    // value: the Range field value (null or empty: no Range header).
    static Result evaluate(QByteArrayView value, qint64 size);

    // "bytes 0-499/1234"
    static QByteArray contentRange(const Span &span, qint64 size);
    // "bytes */1234" (for 416)
    static QByteArray unsatisfiedContentRange(qint64 size);
};

} // namespace Bootcast
