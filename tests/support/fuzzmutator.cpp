#include "support/fuzzmutator.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace SchemaPilot::Test {

FuzzBudget FuzzBudget::fromEnvironment(quint64 defaultSeed, int defaultIterations, qint64 capMs)
{
    FuzzBudget budget;
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("SCHEMAPILOT_FUZZ_SEED").toULongLong(&ok);
    budget.seed = ok ? seed : defaultSeed;
    budget.seconds = qMax(0, qEnvironmentVariableIntValue("SCHEMAPILOT_FUZZ_SECONDS"));
    budget.iterations = defaultIterations;
    budget.capMs = capMs;
    budget.m_clock.start();
    return budget;
}

bool FuzzBudget::next()
{
    const qint64 elapsed = m_clock.elapsed();
    const bool more = seconds > 0 ? elapsed < qint64(seconds) * 1000 : (m_done < iterations && elapsed < capMs);
    if (more)
        ++m_done;
    return more;
}

QString FuzzBudget::describe() const
{
    return QStringLiteral("seed %1, %2 inputs in %3 s").arg(seed).arg(m_done).arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1);
}

QByteArray FuzzMutator::randomBytes(int maxLength)
{
    QByteArray bytes(qsizetype(bounded(quint32(maxLength) + 1)), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(bounded(256));
    return bytes;
}

QByteArray FuzzMutator::nastyToken()
{
    static const QByteArray tokens[] = {
        "'", "\"", "`", "\\", QByteArray(1, '\0'), "%", "%00", "%zz", "%2F", "../", "/", "@", ":", "?", "#", "&", "=",
        ";", "--", "/*", "*/", "(", ")", ",", "[", "]", "\n", "\r\n", "\t", " ",
        "99999999999999999999999999", "-1", "0", "2147483648", "-9223372036854775809", "1e308", "NaN",
        "\xc3\xa4\xc3\xb6", "\xe2\x80\xae", "\xf0\x9f\x98\x80", "\xff\xfe", "\xc0\x80", "\xed\xa0\x80",
        "null", "true", "{", "}", "{}", "[]", "\"\":", "CREATE", "TABLE", "ATTACH", "PRAGMA", "VACUUM INTO 'x.db'",
    };
    const int choice = int(bounded(std::size(tokens) + 2));
    if (choice < int(std::size(tokens)))
        return tokens[choice];
    // A long run of one character or of a short pattern: length limits and quadratic behaviour.
    const int length = 1000 + int(bounded(60000));
    return choice == int(std::size(tokens)) ? QByteArray(length, "aZ9'(/%\x80"[bounded(8)])
                                            : QByteArray("ab(").repeated(length / 3);
}

QByteArray FuzzMutator::mutate(const QByteArray &valid)
{
    QByteArray data = valid;
    const int count = 1 + int(bounded(4));
    for (int i = 0; i < count; ++i) {
        const qsizetype size = data.size();
        const qsizetype at = qsizetype(bounded(quint32(size + 1)));
        switch (bounded(7)) {
        case 0: // truncate
            data.truncate(at);
            break;
        case 1: // flip bits of a byte
            if (size > 0)
                data[at % size] = char(data[at % size] ^ char(1 + bounded(255)));
            break;
        case 2: // insert a nasty token
        case 3:
            data.insert(at, nastyToken());
            break;
        case 4: // delete a range
            data.remove(at, qsizetype(bounded(32)));
            break;
        case 5: // duplicate a range
            data.insert(at, data.mid(qsizetype(bounded(quint32(size + 1))), qsizetype(bounded(64))));
            break;
        default: // overwrite with random bytes
            for (qsizetype j = 0, n = qsizetype(bounded(8)); j < n && at + j < data.size(); ++j)
                data[at + j] = char(bounded(256));
            break;
        }
    }
    return data;
}

FuzzWatchdog::FuzzWatchdog(int limitMs)
    : m_limitMs(limitMs)
{
    m_clock.start();
    m_thread = std::thread([this] { watch(); });
}

FuzzWatchdog::~FuzzWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void FuzzWatchdog::begin(const QByteArray &input)
{
    std::lock_guard lock(m_mutex);
    m_input = input;
    m_startedMs = m_clock.elapsed();
}

void FuzzWatchdog::end()
{
    std::lock_guard lock(m_mutex);
    m_startedMs = -1;
}

void FuzzWatchdog::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(200));
        if (m_startedMs >= 0 && m_clock.elapsed() - m_startedMs > m_limitMs) {
            std::fprintf(stderr, "FUZZ HANG: one input ran longer than %d ms: %s\n", m_limitMs,
                         qPrintable(fuzzInputText(m_input)));
            std::fflush(stderr);
            std::abort();
        }
    }
}

QString fuzzInputText(const QByteArray &input, int maxLength)
{
    QString text;
    for (qsizetype i = 0; i < input.size() && text.size() < maxLength; ++i) {
        const uchar c = uchar(input[i]);
        if (c >= 0x20 && c < 0x7f && c != '\\')
            text += QChar(c);
        else
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (text.size() >= maxLength)
        text += QStringLiteral("… (%1 bytes)").arg(input.size());
    return text;
}

} // namespace SchemaPilot::Test
