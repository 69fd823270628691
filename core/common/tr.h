#pragma once

#include <QCoreApplication>

namespace SchemaPilot::Core {

// The one translation context of the core library.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SchemaPilot::Core)
};

} // namespace SchemaPilot::Core
