#include "support/temp_dir.h"

#include <stdexcept>

namespace linli::test {

TempDir::TempDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

} // namespace linli::test
