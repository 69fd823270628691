#pragma once

// Shared by the GUI tests (header only: tests/ui/tst_*.cpp each build one executable).
#include "common/session.h"
#include "support/sqlitefixture.h"

#include "db/connectionurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace SchemaPilot::Test {

// Tests never read or write the user's settings, nor each other's: ctest runs them in parallel, and
// one executable clearing a shared settings file while another checks it made the suite flaky.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SchemaPilotTests"));
    QCoreApplication::setApplicationName(QStringLiteral("%1-%2").arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName())
                                             .arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    static QString settingsFile;
    if (settingsFile.isEmpty()) {
        settingsFile = QSettings().fileName();
        qAddPostRoutine([] { QFile::remove(settingsFile); });
    }
}

inline bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// Points the session at a SQLite file and a desired schema and waits for the first check.
inline bool connectAndCheck(Gui::Session &session, const QString &dbPath, const QString &schemaPath, int timeoutMs = 15000)
{
    auto url = Core::ConnectionUrl::parse(dbPath);
    if (!url)
        return false;
    QSignalSpy spy(&session, &Gui::Session::reportChanged);
    session.setTarget(*url, schemaPath);
    return spy.wait(timeoutMs) || spy.count() > 0;
}

// Waits for a signal that may already have fired (spy created before the trigger).
inline bool waitFor(QSignalSpy &spy, int count = 1, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < timeoutMs)
        spy.wait(qMax(1, int(timeoutMs - timer.elapsed())));
    return spy.count() >= count;
}

} // namespace SchemaPilot::Test
