#include "sync/enrolment.h"

#include "linli/v1/sync.pb.h"
#include "storage/storage_error.h"
#include "sync/http_post.h"
#include "sync/secret_file.h"
#include "sync/server_address.h"
#include "sync/sync_log.h"
#include "sync/sync_state.h"
#include "wire/wire.h"

#include <QDir>
#include <QRegularExpression>

namespace linli::sync {

namespace {

EnrolOutcome refused(LocalizedText why)
{
    qCWarning(lcSync).noquote() << "enrolment failed:" << why.en;
    EnrolOutcome outcome;
    outcome.message = std::move(why);
    return outcome;
}

} // namespace

EnrolOutcome enrol(storage::Database &db, const EnrolRequestData &data)
{
    const QString code = data.code.trimmed().toUpper();
    static const QRegularExpression codeForm(QStringLiteral("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}$"));
    if (!codeForm.match(code).hasMatch())
        return refused(
            { QStringLiteral("登记码“%1”格式不对：应为 12 个字符（不含 0、O、1、I）。").arg(data.code),
                QStringLiteral("The code \"%1\" is not an enrolment code: 12 characters, no 0, O, 1 or I.")
                    .arg(data.code) });
    const AddressCheck address = checkServerAddress(data.url, data.caFile);
    if (!address.address)
        return refused(address.problem);
    v1::EnrolRequest request;
    request.set_schema_version(wire::kSchemaVersion);
    request.set_code(code.toStdString());
    request.set_ticket_public_key(data.ticketPublicKey.toStdString());
    request.set_software_version(data.softwareVersion.toStdString());
    const HttpReply reply = postAndWait(*address.address, QStringLiteral("/v1/enrol"),
        QByteArray::fromStdString(request.SerializeAsString()), {}, 15'000);
    if (reply.status == 0)
        return refused({ QStringLiteral("无法连接中心服务器 %1：%2").arg(data.url, reply.networkError),
            QStringLiteral("Cannot reach the central server %1: %2").arg(data.url, reply.networkError) });
    if (reply.tooLarge || reply.body.size() > 64 * 1024)
        return refused({ QStringLiteral("中心服务器的回复过大，已拒收。"),
            QStringLiteral("The central server's reply is too large; refused.") });
    const int size = static_cast<int>(reply.body.size());
    if (reply.status != 200) {
        v1::ErrorResponse error;
        if (error.ParseFromArray(reply.body.constData(), size) && !error.code().empty())
            return refused({ QStringLiteral("中心服务器拒绝登记（%1）：%2")
                                 .arg(QString::fromStdString(error.code()),
                                     QString::fromStdString(error.message_zh())),
                QStringLiteral("The central server refused the enrolment (%1): %2")
                    .arg(QString::fromStdString(error.code()), QString::fromStdString(error.message_en())) });
        return refused({ QStringLiteral("中心服务器拒绝登记（HTTP %1）。").arg(reply.status),
            QStringLiteral("The central server refused the enrolment (HTTP %1).").arg(reply.status) });
    }
    v1::EnrolResponse response;
    if (!response.ParseFromArray(reply.body.constData(), size)
        || response.schema_version() != wire::kSchemaVersion || response.kiosk_id().empty()
        || response.secret().size() != static_cast<size_t>(wire::kSecretBytes))
        return refused({ QStringLiteral("中心服务器的登记回复无效（版本、终端编号或密钥不对）。"),
            QStringLiteral(
                "The central server's enrolment reply is not valid (version, kiosk id or secret).") });
    const QString secretPath = QDir(data.dataDir).filePath(secretFileName());
    const LocalizedText notStored = writeSecretFile(secretPath, QByteArray::fromStdString(response.secret()));
    if (!notStored.isEmpty())
        return refused(notStored);
    EnrolOutcome outcome;
    outcome.kioskId = QString::fromStdString(response.kiosk_id());
    outcome.hallId = QString::fromStdString(response.hall_id());
    try {
        saveEnrolment(db, outcome.kioskId, outcome.hallId, data.url);
    } catch (const storage::StorageError &e) {
        return refused({ QStringLiteral("无法保存登记结果：%1").arg(QString::fromUtf8(e.what())),
            QStringLiteral("Cannot store the enrolment: %1").arg(QString::fromUtf8(e.what())) });
    }
    outcome.ok = true;
    outcome.message = { QStringLiteral("已登记：终端 %1，服务大厅 %2。").arg(outcome.kioskId, outcome.hallId),
        QStringLiteral("Enrolled: kiosk %1 of hall %2.").arg(outcome.kioskId, outcome.hallId) };
    qCInfo(lcSync).noquote() << outcome.message.en;
    return outcome;
}

} // namespace linli::sync
