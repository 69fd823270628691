#pragma once

#include <dlfcn.h>

namespace SchemaPilot::Core {

// Looks `name` up in a library opened with dlopen() and stores it, typed, in `out`; false when the
// library has no such symbol. For the C libraries the core opens only when it needs them (libpq,
// libcrypto) rather than linking them into every process.
template <typename Function>
bool resolveSymbol(void *library, const char *name, Function *out)
{
    *out = reinterpret_cast<Function>(dlsym(library, name));
    return *out != nullptr;
}

} // namespace SchemaPilot::Core
