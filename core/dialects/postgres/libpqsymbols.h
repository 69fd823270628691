#pragma once

#ifdef SCHEMAPILOT_HAVE_LIBPQ
#include <libpq-fe.h>

namespace SchemaPilot::Core {

// The libpq functions the PostgreSQL dialect calls on the QPSQL driver's own connection.
// They are looked up at run time in the libpq that the driver plugin loads, instead of linking
// libpq into the core library: a program that never talks to PostgreSQL then does not load
// libpq and its Kerberos, LDAP and TLS dependencies at start-up (`status` on SQLite is measured
// in milliseconds, and the dynamic loader was a third of it).
struct LibPq {
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorField) resultErrorField = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQbackendPID) backendPid = nullptr;

    // nullptr when libpq cannot be loaded (then QtSql is used, which reports less).
    static const LibPq *instance();
};

} // namespace SchemaPilot::Core
#endif
