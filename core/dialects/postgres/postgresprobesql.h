#pragma once

#include "plan/lint.h"

namespace SchemaPilot::Core {

// Probe SQL for PostgreSQL. Casts either succeed or fail the statement, so the type-change probe
// counts the values a safe check (a regular expression or a range test, never the cast itself)
// says will not convert; types it cannot check (json, arbitrary user types) get no probe.
class PostgresProbeSqlBuilder final : public ProbeSqlBuilder
{
public:
    explicit PostgresProbeSqlBuilder(const Schema &desired) : m_desired(desired) {}
    QString quote(const QString &identifier) const override;
    QString unconvertibleCount(const QString &table, const QString &column, const Column &from, const Column &to,
                               bool strictTarget) const override;

    // Fractions lost to an integer or a smaller scale, text cut to a shorter varchar (an explicit
    // cast truncates), doubles squeezed into real, time lost to a date or to fewer fractional digits.
    QString lossyCount(const QString &table, const QString &column, const Column &from, const Column &to) const override;

    // The WHERE condition alone (true for a value that will not convert), empty when unknown.
    QString unconvertibleCondition(const QString &column, const Column &from, const Column &to) const;
    // True for a value that converts but changes; empty when the change keeps every value.
    QString lossyCondition(const QString &column, const Column &from, const Column &to) const;

private:
    const Schema &m_desired;
};

} // namespace SchemaPilot::Core
