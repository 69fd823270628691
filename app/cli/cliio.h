#pragma once

#include "common/error.h"
#include "common/result.h"
#include "db/connectionurl.h"
#include "plan/plan.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace SchemaPilot::Cli {

enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2, ExitRefused = 3 };

// Where a command writes: one JSON object on stdout with --json, logs and diagnostics on stderr.
// Colour only on a terminal, and never when NO_COLOR is set.
class Io final
{
public:
    Io();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool color() const { return m_color; }
    bool stdinIsTerminal() const;

    // ANSI styling that degrades to plain text.
    QString bold(const QString &text) const { return style(text, "1"); }
    QString dim(const QString &text) const { return style(text, "2"); }
    QString red(const QString &text) const { return style(text, "31"); }
    QString green(const QString &text) const { return style(text, "32"); }
    QString yellow(const QString &text) const { return style(text, "33"); }
    QString cyan(const QString &text) const { return style(text, "36"); }
    QString severity(Core::Severity severity, const QString &text) const;
    QString complexity(Core::Complexity complexity, const QString &text) const;

    void printJson(const QJsonObject &object);

private:
    QString style(const QString &text, const char *code) const;
    QTextStream m_out;
    QTextStream m_err;
    bool m_color = false;
};

int exitCodeFor(const Core::Error &error);

// Reports an error in the contract's shape (JSON on stdout with --json, else text on stderr)
// and returns the exit code that goes with it.
int reportError(Io &io, bool json, const Core::Error &error, const QJsonObject &extra = {});
int usageError(Io &io, bool json, const QString &message, const QString &usage);

// Parses the arguments after the subcommand; on error prints usage and returns false.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, Io &io, int *exitCode);
// Adds --db (and --json) to a parser; every command takes them.
void addCommonOptions(QCommandLineParser &parser);
// --db as a URL, with --pg-schema (PostgreSQL) as its `schema` parameter.
Core::Result<Core::ConnectionUrl> urlFromOptions(const QCommandLineParser &parser);

QJsonObject warningToJson(const Core::Warning &warning);
QJsonArray warningsToJson(const QList<Core::Warning> &warnings);
QString isoUtc(const QDateTime &time);

} // namespace SchemaPilot::Cli
