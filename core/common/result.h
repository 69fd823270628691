#pragma once

#include "common/error.h"

#include <expected>

namespace SchemaPilot::Core {

// Errors are values: every fallible core function returns Result<T>.
template<typename T>
using Result = std::expected<T, Error>;

using Unexpected = std::unexpected<Error>;

inline Unexpected fail(ErrorCode code, const QString &message, const QString &driverText = {},
                       const QString &statement = {})
{
    return Unexpected(Error{code, message, statement, driverText, {}, 0});
}

inline Unexpected fail(Error error)
{
    return Unexpected(std::move(error));
}

} // namespace SchemaPilot::Core
