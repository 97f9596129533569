#pragma once

#include "core/localized_text.h"

#include <stdexcept>

namespace linli::sync {

// Why an exchange with the central server changed nothing here: a response that is not what
// the contract promises (unsigned, forged, replayed, too large, unparseable, wrong version,
// results that do not match the request), or a change record the kiosk cannot apply.
class BadResponse : public std::runtime_error {
public:
    explicit BadResponse(LocalizedText why)
        : std::runtime_error(why.en.toStdString())
        , m_why(std::move(why))
    {
    }
    const LocalizedText &why() const { return m_why; }

private:
    LocalizedText m_why;
};

} // namespace linli::sync
