#pragma once

#include <QString>

#include <optional>

namespace SchemaPilot::Core {

enum class GeneratedKind { None, Virtual, Stored };

// One column as the engine itself reports it (never as a hand parser would guess it).
struct Column {
    QString name;
    QString type;                        // declared type; dialects normalise (SQLite keeps it as written)
    bool notNull = false;
    std::optional<QString> defaultExpr;  // SQL expression text, e.g. "0", "'x'", "CURRENT_TIMESTAMP"
    QString collation;                   // empty: the engine's default
    int primaryKeyOrdinal = 0;           // 1-based position in the primary key, 0 when not part of it
    bool autoIncrement = false;          // SQLite AUTOINCREMENT, MySQL AUTO_INCREMENT, PostgreSQL identity
    GeneratedKind generated = GeneratedKind::None;
    QString generatedExpr;
    QString charset;                     // MySQL only
    QString comment;
    QString identity;                    // PostgreSQL: "ALWAYS" or "BY DEFAULT" for identity columns
    QString identityOptions;             // PostgreSQL identity sequence, e.g. "INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647
                                         // START WITH 1 CACHE 1 NO CYCLE"; empty when not an identity column
    QString onUpdate;                    // MySQL ON UPDATE expression, e.g. "current_timestamp()"; empty: none
    bool invisible = false;              // MariaDB/MySQL INVISIBLE: left out of SELECT * and INSERT without a column list

    bool isPrimaryKey() const { return primaryKeyOrdinal > 0; }
    bool isGenerated() const { return generated != GeneratedKind::None; }
    friend bool operator==(const Column &, const Column &) = default;
};

} // namespace SchemaPilot::Core
