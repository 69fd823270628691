#pragma once

#include <QFileInfo>

namespace SchemaPilot::Core {

// The file this core library was loaded from (libschemapilot-core.so.N, in the build tree or
// installed); an empty QFileInfo when the loader cannot say. Its directory holds the keychain
// module; its size and time identify the build for the desired-schema cache.
QFileInfo coreLibraryFile();

} // namespace SchemaPilot::Core
