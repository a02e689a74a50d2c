#include "HttpRequest.h"

namespace Bootcast {

QByteArray HttpRequest::methodName() const
{
    return method == Method::Head ? QByteArrayLiteral("HEAD") : QByteArrayLiteral("GET");
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return QByteArray();
}

QString HttpRequest::queryValue(QStringView key) const
{
    for (const auto &[name, value] : query) {
        if (name == key)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return QString();
}

} // namespace Bootcast
