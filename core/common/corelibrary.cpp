#include "common/corelibrary.h"

#include <dlfcn.h>

namespace SchemaPilot::Core {

QFileInfo coreLibraryFile()
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void *>(&coreLibraryFile), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname));
}

} // namespace SchemaPilot::Core
