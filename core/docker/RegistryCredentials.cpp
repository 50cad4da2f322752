#include "RegistryCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

QByteArray RegistryCredentials::toRegistryAuthHeader() const
{
    QJsonObject o;
    if (!identityToken.isEmpty()) {
        o.insert(QLatin1String("identitytoken"), identityToken);
    } else if (!isAnonymous()) {
        o.insert(QLatin1String("username"), username);
        o.insert(QLatin1String("password"), password);
        o.insert(QLatin1String("serveraddress"), serverAddress);
    }
    // The engine decodes with Go's base64.URLEncoding: URL alphabet, with padding.
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace ws
