// enroll, import and revoke: the administrator's commands.
#include "commands/command_line.h"
#include "commands/commands.h"
#include "commands/terminal_qr.h"
#include "store/central_store.h"
#include "sync/catalog_import.h"
#include "sync/enrolment.h"

#include <QDateTime>

namespace linli::central::commands {

int enroll(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption hall(
        QStringLiteral("hall"), QStringLiteral("The hall the kiosk serves."), QStringLiteral("id"));
    const QCommandLineOption noQr(QStringLiteral("no-qr"), QStringLiteral("Print only the code."));
    parser.addOptions({ hall, noQr });
    if (!parseCommand(
            parser, args, QStringLiteral("linli-central enroll --hall <hall id> [--db FILE] [--no-qr]")))
        return 2;
    if (parser.value(hall).isEmpty()) {
        complain(QStringLiteral("请用 --hall 指定服务中心 / name the hall with --hall <id>"));
        return 2;
    }
    auto store = openStore(parser);
    if (!store)
        return 1;
    const auto code = issueEnrolmentCode(*store, parser.value(hall), QDateTime::currentMSecsSinceEpoch());
    if (!code) {
        complain(
            QStringLiteral("没有这个服务中心“%1”，请先导入其内容 / no hall \"%1\": import its content first")
                .arg(parser.value(hall)));
        return 1;
    }
    say(*code);
    if (!parser.isSet(noQr))
        say(terminalQr(*code));
    say(QStringLiteral("一次性登记码，24小时内有效：在终端上运行 linli-kiosk --enroll URL %1").arg(*code));
    say(QStringLiteral("One-time code, valid 24 hours: on the kiosk run linli-kiosk --enroll URL %1")
            .arg(*code));
    return 0;
}

int importContent(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("dir"), QStringLiteral("A folder of content JSON (as deploy/demo)."));
    if (!parseCommand(parser, args, QStringLiteral("linli-central import <dir> [--db FILE]")))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        complain(QStringLiteral("请给出一个内容目录 / give one content folder: linli-central import <dir>"));
        return 2;
    }
    auto store = openStore(parser);
    if (!store)
        return 1;
    try {
        const ImportReport r
            = importCatalog(*store, parser.positionalArguments().first(), QDateTime::currentDateTimeUtc());
        say(QStringLiteral("已导入 %1：新增 %2，修改 %3，删除 %4，未变 %5")
                .arg(r.hallId)
                .arg(r.added)
                .arg(r.changed)
                .arg(r.removed)
                .arg(r.unchanged));
        say(QStringLiteral("imported %1: %2 added, %3 changed, %4 removed, %5 unchanged")
                .arg(r.hallId)
                .arg(r.added)
                .arg(r.changed)
                .arg(r.removed)
                .arg(r.unchanged));
        return 0;
    } catch (const ImportRefused &e) {
        complain(e.words().zh);
        complain(e.words().en);
        return 1;
    } catch (const std::exception &e) {
        complain(QStringLiteral("导入失败，没有任何改动 / import failed, nothing changed: %1")
                     .arg(QString::fromUtf8(e.what())));
        return 1;
    }
}

int revoke(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kiosk"), QStringLiteral("The kiosk id."));
    if (!parseCommand(parser, args, QStringLiteral("linli-central revoke <kiosk id> [--db FILE]")))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        complain(QStringLiteral("请给出一个终端编号 / give one kiosk id"));
        return 2;
    }
    auto store = openStore(parser);
    if (!store)
        return 1;
    const QString id = parser.positionalArguments().first();
    store->begin(Durability::Durable);
    const bool done = store->revokeKiosk(id, QDateTime::currentMSecsSinceEpoch());
    store->commit();
    if (!done) {
        complain(QStringLiteral("没有这台终端或它已停用 / no such kiosk, or already revoked: %1").arg(id));
        return 1;
    }
    say(QStringLiteral(
        "已停用 %1：它下次同步时会清除居民资料 / revoked %1: it wipes its residents' data at its next sync")
            .arg(id));
    return 0;
}

} // namespace linli::central::commands
