#include "storage/storage_reasons.h"

namespace linli::storage {

LocalizedText busyReason()
{
    return { QStringLiteral("系统正忙，没有做任何更改，请再试一次。"),
        QStringLiteral("The kiosk is busy; nothing was changed. Please try again.") };
}

LocalizedText cannotSaveReason()
{
    return { QStringLiteral("系统暂时无法保存，请找工作人员。"),
        QStringLiteral("The kiosk cannot save right now. Please ask the staff.") };
}

LocalizedText refusalFor(const StorageError &error)
{
    return error.kind() == ErrorKind::Locked ? busyReason() : cannotSaveReason();
}

} // namespace linli::storage
