#include "canteen/reasons.h"

#include "storage/storage_reasons.h"

namespace linli::canteen::reasons {

namespace {
LocalizedText t(const char *zh, const char *en)
{
    return { QString::fromUtf8(zh), QString::fromUtf8(en) };
}
QString zhWhen(const QDateTime &t)
{
    return QStringLiteral("%1月%2日 %3").arg(t.date().month()).arg(t.date().day()).arg(t.toString(u"HH:mm"));
}
QString enWhen(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm 'on' d MMMM"));
}
} // namespace

QString yuan(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1¥%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

LocalizedText notIdentified()
{
    return t("请先刷卡或输入手机号和密码，再订餐。",
        "Please tap your card or sign in with your phone number first.");
}
LocalizedText canteenUnavailable()
{
    return t("食堂现在不能订餐，请问服务台。",
        "The canteen is not taking orders just now. Please ask at the service desk.");
}
LocalizedText itemRemoved()
{
    return t("这道菜已经从菜单上撤下了，没有扣费。请回去重新选择。",
        "This dish has been taken off the menu; nothing was charged. Please go back and choose again.");
}
LocalizedText itemRepriced(qint64 newPriceFen)
{
    return {
        QStringLiteral("这道菜的价格刚刚改成了%1，没有扣费。请看一下新价格再确认。").arg(yuan(newPriceFen)),
        QStringLiteral(
            "The price of this dish has just changed to %1; nothing was charged. Please check the new "
            "price and confirm again.")
            .arg(yuan(newPriceFen))
    };
}
LocalizedText badQuantity(int maxPortions)
{
    return { QStringLiteral("每次可以订1到%1份，请重新选择份数。").arg(maxPortions),
        QStringLiteral("You can order 1 to %1 portions at a time. Please choose the number again.")
            .arg(maxPortions) };
}
LocalizedText orderClosed(const QDateTime &closedLocal)
{
    return { QStringLiteral("这一餐已在%1截止订餐了，请选择以后的餐次。").arg(zhWhen(closedLocal)),
        QStringLiteral("Orders for this meal closed at %1. Please choose a later meal.")
            .arg(enWhen(closedLocal)) };
}
LocalizedText soldOut()
{
    return t("最后一份刚刚被别人订走了，没有扣费。请选择别的菜。",
        "The last serving has just been taken; nothing was charged. Please choose another dish.");
}
LocalizedText notEnoughServings(int left)
{
    return { QStringLiteral("这道菜只剩%1份了，请减少份数。").arg(left),
        QStringLiteral("Only %1 serving(s) of this dish are left. Please order fewer.").arg(left) };
}
LocalizedText deliveryNotOffered()
{
    return t("这道菜这一餐不送餐上门，请选择到食堂取餐。",
        "This dish is not delivered for this meal. Please choose to collect it at the canteen.");
}
LocalizedText deliveryNotEligible()
{
    return t("送餐上门只为登记了的独居、失能、残疾或80岁以上老人提供，请选择到食堂取餐，或问服务台。",
        "Home delivery is for registered residents who live alone, are disabled or are 80 or older. Please "
        "collect the meal at the canteen, or ask at the service desk.");
}
LocalizedText noDeliveryAddress()
{
    return t("还没有登记您的送餐地址，请选择到食堂取餐，或到服务台登记地址。",
        "No delivery address is registered for you. Please collect the meal at the canteen, or register "
        "your address at the service desk.");
}
LocalizedText voucherTooLow(qint64 balanceFen, qint64 dueFen)
{
    return { QStringLiteral("爱心券余额%1，不够支付%2，没有扣费。可以用爱心券付一部分，其余取餐时付。")
                 .arg(yuan(balanceFen), yuan(dueFen)),
        QStringLiteral(
            "Your voucher balance of %1 does not cover %2; nothing was charged. You can pay part with "
            "vouchers and the rest when you collect the meal.")
            .arg(yuan(balanceFen), yuan(dueFen)) };
}
LocalizedText orderNotFound()
{
    return t("找不到这份订餐，可能已经取消了。",
        "This order cannot be found; it may have been cancelled already.");
}
LocalizedText cancelClosed(const QDateTime &closedLocal)
{
    return { QStringLiteral("这一餐已在%1截止，不能在这里取消了，请问食堂。").arg(zhWhen(closedLocal)),
        QStringLiteral(
            "Orders for this meal closed at %1, so it can no longer be cancelled here. Please ask at the "
            "canteen.")
            .arg(enWhen(closedLocal)) };
}
LocalizedText badAmount()
{
    return t("金额不对，没有记账。", "That amount is not valid; nothing was recorded.");
}
LocalizedText busy()
{
    return storage::busyReason();
}
LocalizedText cannotSave()
{
    return storage::cannotSaveReason();
}

} // namespace linli::canteen::reasons
