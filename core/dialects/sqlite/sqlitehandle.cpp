#include "dialects/sqlite/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

namespace SchemaPilot::Core {

sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

} // namespace SchemaPilot::Core
