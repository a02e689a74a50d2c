#include "HttpRequestParser.h"

#include <QStringDecoder>

#include <limits>

namespace Bootcast {

namespace {

// RFC 9110 5.6.2 tchar
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '.':
    case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && isOws(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isOws(text.back()))
        text.chop(1);
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isControl(uchar c)
{
    return c < 0x20 || c == 0x7f;
}

std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The comma-separated tokens of a field such as Connection, lower-cased.
QList<QByteArray> tokenList(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &part : value.split(',')) {
        const QByteArrayView token = trimmedOws(part);
        if (!token.isEmpty())
            tokens.append(token.toByteArray().toLower());
    }
    return tokens;
}

} // namespace

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    if (m_state == State::NeedMore)
        parse();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::next()
{
    if (m_state != State::Complete)
        return m_state;
    m_buffer.remove(0, m_end);
    const QByteArray rest = std::move(m_buffer);
    reset();
    m_buffer = rest;
    if (!m_buffer.isEmpty())
        parse();
    return m_state;
}

void HttpRequestParser::reset()
{
    m_buffer.clear();
    m_phase = Phase::RequestLine;
    m_state = State::NeedMore;
    m_scan = m_lineStart = m_headerStart = m_bodyStart = m_end = 0;
    m_emptyLines = 0;
    m_headerCount = 0;
    m_hostSeen = false;
    m_request = HttpRequest();
    m_failure = Failure();
}

void HttpRequestParser::fail(int status, QString message)
{
    m_state = State::Error;
    m_phase = Phase::Done;
    m_failure.status = status;
    m_failure.message = std::move(message);
}

void HttpRequestParser::parse()
{
    while (m_state == State::NeedMore) {
        if (m_phase == Phase::Body) {
            if (m_buffer.size() - m_bodyStart < m_request.contentLength)
                return;
            m_end = m_bodyStart + qsizetype(m_request.contentLength);
            m_phase = Phase::Done;
            m_state = State::Complete;
            return;
        }

        const qsizetype newline = m_buffer.indexOf('\n', m_scan);
        if (newline < 0) {
            // The size limits are checked before the content of a line, and a partial line counts its
            // possible CR, so bytes fed at once or one by one give the same answer.
            m_scan = m_buffer.size();
            if (m_phase == Phase::RequestLine && m_buffer.size() - m_lineStart > MaxRequestLineBytes + 1)
                fail(414, tr("the request line is longer than %1 bytes").arg(MaxRequestLineBytes));
            else if (m_phase == Phase::Headers && m_buffer.size() - m_headerStart > MaxHeaderBytes)
                fail(431, tr("the request headers are larger than %1 bytes").arg(MaxHeaderBytes));
            return;
        }
        QByteArrayView line(m_buffer.constData() + m_lineStart, newline - m_lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        m_lineStart = m_scan = newline + 1;
        if (m_phase == Phase::RequestLine && line.size() > MaxRequestLineBytes) {
            fail(414, tr("the request line is longer than %1 bytes").arg(MaxRequestLineBytes));
            return;
        }
        if (m_phase == Phase::Headers && m_lineStart - m_headerStart > MaxHeaderBytes) {
            fail(431, tr("the request headers are larger than %1 bytes").arg(MaxHeaderBytes));
            return;
        }
        if (line.contains('\r')) {
            fail(400, tr("bare carriage return in the request"));
            return;
        }

        if (m_phase == Phase::RequestLine) {
            if (line.isEmpty()) {
                if (++m_emptyLines > MaxLeadingEmptyLines)
                    fail(400, tr("too many empty lines before the request"));
                continue;
            }
            if (!parseRequestLine(line))
                return;
            m_phase = Phase::Headers;
            m_headerStart = m_lineStart;
            continue;
        }

        // Phase::Headers
        if (line.isEmpty()) {
            if (!finishHeaders())
                return;
            m_bodyStart = m_lineStart;
            m_phase = Phase::Body;
            continue;
        }
        if (!parseHeaderLine(line))
            return;
    }
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace < 0 || secondSpace == firstSpace + 1 || secondSpace + 1 >= line.size()
        || line.indexOf(' ', secondSpace + 1) >= 0) {
        fail(400, tr("malformed request line"));
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(secondSpace + 1);
    if (!isToken(method)) {
        fail(400, tr("malformed request line"));
        return false;
    }
    const bool versionShape = version.size() == 8 && version.startsWith("HTTP/") && version[5] >= '0'
        && version[5] <= '9' && version[6] == '.' && version[7] >= '0' && version[7] <= '9';
    if (!versionShape) {
        fail(400, tr("malformed request line"));
        return false;
    }
    if (version[5] != '1') {
        fail(505, tr("unsupported HTTP version \"%1\"").arg(QLatin1StringView(version)));
        return false;
    }
    m_request.minorVersion = version[7] == '0' ? 0 : 1; // HTTP/1.2 and later speak at least 1.1

    if (method == "GET") {
        m_request.method = HttpRequest::Method::Get;
    } else if (method == "HEAD") {
        m_request.method = HttpRequest::Method::Head;
    } else {
        m_failure.method = method.toByteArray();
        fail(405, tr("method %1 is not allowed: only GET and HEAD").arg(QLatin1StringView(method)));
        return false;
    }
    return parseTarget(target);
}

bool HttpRequestParser::parseTarget(QByteArrayView target)
{
    for (char c : target) {
        const auto u = uchar(c);
        if (u <= 0x20 || u >= 0x7f) {
            fail(400, tr("malformed request target"));
            return false;
        }
    }
    m_request.target = target.toByteArray();

    QByteArrayView rest = target;
    if (const qsizetype hash = rest.indexOf('#'); hash >= 0)
        rest = rest.first(hash);
    if (!rest.startsWith('/')) {
        // absolute-form (RFC 9112 3.2.2): "http://host[:port]/path?query"; the authority is ignored
        qsizetype schemeEnd = -1;
        if (rest.size() >= 7 && QByteArrayView(rest.first(7)).compare("http://", Qt::CaseInsensitive) == 0)
            schemeEnd = 7;
        else if (rest.size() >= 8 && QByteArrayView(rest.first(8)).compare("https://", Qt::CaseInsensitive) == 0)
            schemeEnd = 8;
        if (schemeEnd < 0) {
            fail(400, tr("malformed request target"));
            return false;
        }
        rest = rest.sliced(schemeEnd);
        qsizetype authorityEnd = rest.size();
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == '/' || rest[i] == '?') {
                authorityEnd = i;
                break;
            }
        }
        if (authorityEnd == 0) {
            fail(400, tr("malformed request target"));
            return false;
        }
        rest = rest.sliced(authorityEnd);
    }

    QByteArrayView rawPath = rest;
    if (const qsizetype question = rest.indexOf('?'); question >= 0) {
        rawPath = rest.first(question);
        m_request.rawQuery = rest.sliced(question + 1).toByteArray();
        m_request.query = parseQuery(m_request.rawQuery);
    }
    const std::optional<QByteArray> decoded = percentDecode(rawPath);
    if (!decoded) {
        fail(400, tr("the request target has a bad percent escape"));
        return false;
    }
    for (char c : *decoded) {
        if (isControl(uchar(c))) {
            fail(400, tr("the request target contains an encoded NUL or control character"));
            return false;
        }
    }
    std::optional<QString> path = strictUtf8(*decoded);
    if (!path) {
        fail(400, tr("the request target is not valid UTF-8"));
        return false;
    }
    m_request.path = path->isEmpty() ? QStringLiteral("/") : *path;
    if (!m_request.path.startsWith(u'/'))
        m_request.path.prepend(u'/');
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (isOws(line.front())) {
        fail(400, tr("obsolete header line folding"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        fail(400, tr("malformed header line"));
        return false;
    }
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if (isControl(uchar(c)) && c != '\t') {
            fail(400, tr("malformed header line"));
            return false;
        }
    }
    if (++m_headerCount > MaxHeaderCount) {
        fail(431, tr("more than %1 header fields").arg(MaxHeaderCount));
        return false;
    }
    const QByteArray name = line.first(colon).toByteArray().toLower();
    if (name == "host") {
        if (m_hostSeen) {
            fail(400, tr("the request has more than one Host header"));
            return false;
        }
        m_hostSeen = true;
    }
    for (auto &[existing, existingValue] : m_request.headers) {
        if (existing == name) {
            existingValue += ", ";
            existingValue += value;
            return true;
        }
    }
    m_request.headers.append({name, value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHeaders()
{
    if (m_request.minorVersion >= 1 && !m_hostSeen) {
        fail(400, tr("an HTTP/1.1 request without a Host header"));
        return false;
    }
    const QByteArray contentLength = m_request.header("content-length");
    if (!m_request.header("transfer-encoding").isNull()) {
        if (!contentLength.isNull())
            fail(400, tr("both Transfer-Encoding and Content-Length"));
        else
            fail(501, tr("request bodies with Transfer-Encoding (chunked) are not supported"));
        return false;
    }
    if (!contentLength.isNull()) {
        // Repeated fields arrive folded ("5, 5"): allowed when every value is the same (RFC 9110 8.6).
        QByteArray first;
        for (const QByteArray &part : contentLength.split(',')) {
            const QByteArrayView digits = trimmedOws(part);
            bool allDigits = !digits.isEmpty();
            for (char c : digits)
                allDigits = allDigits && c >= '0' && c <= '9';
            if (!allDigits || (!first.isNull() && digits != first)) {
                fail(400, tr("invalid Content-Length"));
                return false;
            }
            if (first.isNull())
                first = digits.toByteArray();
        }
        QByteArrayView significant = first;
        while (significant.size() > 1 && significant.front() == '0')
            significant = significant.sliced(1);
        constexpr qsizetype MaxDigits = 18; // fits a qint64
        qint64 length = 0;
        if (significant.size() > MaxDigits) {
            length = std::numeric_limits<qint64>::max();
        } else {
            for (char c : significant)
                length = length * 10 + (c - '0');
        }
        if (length > MaxBodyBytes) {
            const QString given = significant.size() > MaxDigits
                ? QString::fromLatin1(significant.first(MaxDigits)) + QStringLiteral("...")
                : QString::number(length);
            fail(413, tr("a request body of %1 bytes is larger than the %2 allowed").arg(given).arg(MaxBodyBytes));
            return false;
        }
        m_request.contentLength = length;
    }

    const QList<QByteArray> connection = tokenList(m_request.header("connection"));
    if (m_request.minorVersion >= 1)
        m_request.keepAlive = !connection.contains("close");
    else
        m_request.keepAlive = connection.contains("keep-alive") && !connection.contains("close");
    return true;
}

std::optional<QByteArray> HttpRequestParser::percentDecode(QByteArrayView text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out.append(char(high * 16 + low));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

QList<std::pair<QString, QString>> HttpRequestParser::parseQuery(QByteArrayView query)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const std::optional<QByteArray> key = percentDecode(eq < 0 ? pair : pair.first(eq), true);
        const std::optional<QByteArray> value = percentDecode(eq < 0 ? QByteArrayView() : pair.sliced(eq + 1), true);
        if (!key || !value || key->isEmpty() || key->contains('\0') || value->contains('\0'))
            continue;
        std::optional<QString> keyText = strictUtf8(*key);
        std::optional<QString> valueText = strictUtf8(*value);
        if (!keyText || !valueText)
            continue;
        pairs.append({*keyText, valueText->isNull() ? QStringLiteral("") : *valueText});
    }
    return pairs;
}

} // namespace Bootcast
