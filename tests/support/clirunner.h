#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace SchemaPilot::Test {

// One run of the real build/bin/schemapilot-cli, with colour off.
struct CliRun {
    int exitCode = -1;   // -2: crashed, -1: did not finish in time
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
    QString describe() const;   // for QVERIFY2 messages
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 60000);
// The same with `input` written to its standard input (then closed): a pipe.
CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input);

} // namespace SchemaPilot::Test
