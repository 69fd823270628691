#include "dialects/postgres/libpqsymbols.h"

#ifdef SCHEMAPILOT_HAVE_LIBPQ
#include "common/librarysymbols.h"

namespace SchemaPilot::Core {

namespace {

LibPq load()
{
    LibPq pq;
    // The same soname the QPSQL plugin links: once a PostgreSQL connection is open it is loaded
    // already and dlopen only returns it. The handle is kept for the life of the process.
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return pq;
    const bool ok = resolveSymbol(library, "PQexec", &pq.exec) && resolveSymbol(library, "PQresultStatus", &pq.resultStatus)
                    && resolveSymbol(library, "PQresultErrorField", &pq.resultErrorField)
                    && resolveSymbol(library, "PQerrorMessage", &pq.errorMessage) && resolveSymbol(library, "PQclear", &pq.clear)
                    && resolveSymbol(library, "PQbackendPID", &pq.backendPid);
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
