#include "dialects/postgres/libpqsymbols.h"

#ifdef SCHEMAPILOT_HAVE_LIBPQ
#include <dlfcn.h>

namespace SchemaPilot::Core {

namespace {

template <typename Function>
bool resolve(void *library, const char *name, Function *out)
{
    *out = reinterpret_cast<Function>(dlsym(library, name));
    return *out != nullptr;
}

LibPq load()
{
    LibPq pq;
    // The same soname the QPSQL plugin links: once a PostgreSQL connection is open it is loaded
    // already and dlopen only returns it. The handle is kept for the life of the process.
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return pq;
    const bool ok = resolve(library, "PQexec", &pq.exec) && resolve(library, "PQresultStatus", &pq.resultStatus)
                    && resolve(library, "PQresultErrorField", &pq.resultErrorField)
                    && resolve(library, "PQerrorMessage", &pq.errorMessage) && resolve(library, "PQclear", &pq.clear)
                    && resolve(library, "PQbackendPID", &pq.backendPid);
    return ok ? pq : LibPq{};
}

} // namespace

const LibPq *LibPq::instance()
{
    static const LibPq pq = load();
    return pq.exec ? &pq : nullptr;
}

} // namespace SchemaPilot::Core
#endif
