#include "sync/enrolment.h"

#include "store/central_store.h"
#include "wire/wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace linli::central {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return out;
}

} // namespace

QString newEnrolmentCodeText()
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i)
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return code;
}

std::optional<QString> issueEnrolmentCode(CentralStore &store, const QString &hallId, qint64 nowMs)
{
    if (!store.hallTimeZone(hallId))
        return std::nullopt;
    const QString code = newEnrolmentCodeText();
    store.begin(Durability::Durable);
    try {
        store.addEnrolmentCode(code, hallId, nowMs + kEnrolmentCodeLifetimeMs);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
    return code;
}

std::optional<v1::EnrolResponse> enrolKiosk(
    CentralStore &store, const v1::EnrolRequest &request, qint64 nowMs)
{
    KioskRow k;
    k.id = QStringLiteral("kiosk-") + QString::fromLatin1(randomBytes(6).toHex());
    k.secret = randomBytes(wire::kSecretBytes);
    k.ticketPublicKey = QByteArray::fromStdString(request.ticket_public_key());
    k.enrolledAtMs = nowMs;
    k.softwareVersion = QString::fromStdString(request.software_version()).left(64);
    store.begin(Durability::Durable);
    try {
        const auto hall
            = store.takeEnrolmentCode(QString::fromStdString(request.code()).toUpper(), k.id, nowMs);
        if (!hall) {
            store.rollback();
            return std::nullopt;
        }
        k.hallId = *hall;
        store.addKiosk(k);
        const QJsonObject key{ { QStringLiteral("id"), k.id },
            { QStringLiteral("public_key"), QString::fromLatin1(k.ticketPublicKey.toBase64()) } };
        store.putRecord(k.hallId,
            { QStringLiteral("kiosk_keys"), k.id, QJsonDocument(key).toJson(QJsonDocument::Compact) }, false);
        store.commit();
    } catch (...) {
        store.rollback();
        throw;
    }
    v1::EnrolResponse response;
    response.set_schema_version(wire::kSchemaVersion);
    response.set_kiosk_id(k.id.toStdString());
    response.set_secret(k.secret.toStdString());
    response.set_hall_id(k.hallId.toStdString());
    response.set_server_time_ms(nowMs);
    return response;
}

} // namespace linli::central
