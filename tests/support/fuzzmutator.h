#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QRandomGenerator64>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace SchemaPilot::Test {

// How long a fuzz test runs. The suite uses a fixed seed and a small iteration budget capped by
// time; developers run longer with SCHEMAPILOT_FUZZ_SECONDS=N and another SCHEMAPILOT_FUZZ_SEED=S.
struct FuzzBudget {
    quint64 seed = 0;
    int iterations = 0;        // the suite's count; ignored when seconds > 0
    int seconds = 0;           // from SCHEMAPILOT_FUZZ_SECONDS: run this long instead
    qint64 capMs = 0;          // the suite's time cap, so a slow (sanitizer) build stays bounded

    static FuzzBudget fromEnvironment(quint64 defaultSeed, int defaultIterations, qint64 capMs = 3000);
    // True while another input should be tried (counts the iteration).
    bool next();
    int done() const { return m_done; }
    QString describe() const;   // "seed 42, 1234 inputs in 2.1 s", for logs and failure messages

private:
    int m_done = 0;
    QElapsedTimer m_clock;
};

// Produces random and malformed inputs from a seed: random bytes, and mutations of valid inputs
// (truncation, byte flips, insertion of quotes, NULs, huge numbers, non-ASCII text, long runs).
class FuzzMutator final
{
public:
    explicit FuzzMutator(quint64 seed) : m_random(seed) {}

    quint32 bounded(quint32 limit) { return limit == 0 ? 0 : quint32(m_random.bounded(quint64(limit))); }
    bool chance(int percent) { return bounded(100) < quint32(percent); }
    QByteArray randomBytes(int maxLength);
    // One to four mutations of `valid`.
    QByteArray mutate(const QByteArray &valid);
    // A token that tends to break parsers: quotes, NUL, huge or negative numbers, unicode, long runs.
    QByteArray nastyToken();

private:
    QRandomGenerator64 m_random;
};

// Aborts the process with the input that is running when one input takes longer than the limit,
// so a hang shows the input instead of a ctest timeout.
class FuzzWatchdog final
{
public:
    explicit FuzzWatchdog(int limitMs = 10000);
    ~FuzzWatchdog();
    FuzzWatchdog(const FuzzWatchdog &) = delete;
    FuzzWatchdog &operator=(const FuzzWatchdog &) = delete;

    void begin(const QByteArray &input);
    void end();

private:
    void watch();

    int m_limitMs = 10000;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QByteArray m_input;
    qint64 m_startedMs = -1;   // -1: idle
    bool m_stop = false;
    QElapsedTimer m_clock;
    std::thread m_thread;
};

// Printable form of a fuzz input for failure messages: C-style escapes, shortened.
QString fuzzInputText(const QByteArray &input, int maxLength = 300);

} // namespace SchemaPilot::Test
