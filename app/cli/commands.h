#pragma once

#include "cliio.h"

#include "common/result.h"
#include "dialects/dialectregistry.h"
#include "exec/applyoptions.h"
#include "service/checkservice.h"

#include <QCommandLineParser>

namespace SchemaPilot::Cli {

// What every command gets from main(): the dialects and the output streams.
struct CliContext {
    const Core::DialectRegistry &dialects;
    Io &io;
};

// status / plan (checkcommand.cpp)
int runCheckCommand(const QString &command, const QStringList &arguments, CliContext &context);
// Shared by every command that compares with a desired schema (status, plan, apply, health).
void addCheckOptions(QCommandLineParser &parser);
Core::Result<Core::CheckRequest> checkRequestFrom(const QCommandLineParser &parser);
QJsonObject checkReportToJson(const Core::CheckReport &report, bool withOperations);
void printCheckSummary(Io &io, const Core::CheckReport &report, const QString &where);

// backup create|list|verify ID|restore ID|cleanup|stats (backupcommand.cpp)
int runBackupCommand(const QStringList &arguments, CliContext &context);
// history [verify] (historycommand.cpp)
int runHistoryCommand(const QStringList &arguments, CliContext &context);
// health (healthcommand.cpp)
int runHealthCommand(const QStringList &arguments, CliContext &context);

// keys generate (keyscommand.cpp)
int runKeysCommand(const QStringList &arguments, CliContext &context);

// demo (democommand.cpp)
int runDemoCommand(const QStringList &arguments, CliContext &context);

// apply (applycommand.cpp)
int runApplyCommand(const QStringList &arguments, CliContext &context);
void addApplyOptions(QCommandLineParser &parser);
Core::Result<Core::ApplyOptions> applyOptionsFrom(const QCommandLineParser &parser);
// rollback (rollbackcommand.cpp)
int runRollbackCommand(const QStringList &arguments, CliContext &context);

} // namespace SchemaPilot::Cli
