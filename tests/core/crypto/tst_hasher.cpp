#include "crypto/hasher.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace SchemaPilot::Core;

class TestHasher final : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("md5");
        QTest::newRow("empty input") << QByteArray()
                                     << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                                     << "d41d8cd98f00b204e9800998ecf8427e";
        QTest::newRow("abc (FIPS 180-2 / RFC 1321)") << QByteArray("abc")
                                                     << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                                                     << "900150983cd24fb0d6963f7d28e17f72";
        QTest::newRow("quick brown fox") << QByteArray("The quick brown fox jumps over the lazy dog")
                                         << "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
                                         << "9e107d9d372bb6826bd81d3542a419d6";
        QTest::newRow("one million 'a'") << QByteArray(1000000, 'a')
                                         << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
                                         << "7707d6ae4e027c70eea2a935c2296f21";
    }

    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, sha256);
        QFETCH(QString, md5);
        Hasher hasher;
        hasher.update(input);
        auto digests = hasher.finish();
        QVERIFY2(digests, qPrintable(digests ? QString() : digests.error().toString()));
        QCOMPARE(digests->sha256, sha256);
        QCOMPARE(digests->md5, md5);
        QCOMPARE(digests->size, input.size());
        auto oneShot = sha256Hex(input);
        QVERIFY(oneShot);
        QCOMPARE(*oneShot, sha256);
    }

    void chunkedEqualsOneShot_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::newRow("1-byte chunks") << 1;
        QTest::newRow("odd 7-byte chunks") << 7;
        QTest::newRow("4 KiB chunks") << 4096;
        QTest::newRow("chunks larger than the input") << (1 << 20);
    }

    void chunkedEqualsOneShot()
    {
        QFETCH(int, chunkSize);
        QByteArray data(100003, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : data)
            c = char(generator.bounded(256));
        Hasher oneShot;
        oneShot.update(data);
        const auto expected = oneShot.finish();
        QVERIFY(expected);

        Hasher chunked;
        for (qsizetype offset = 0; offset < data.size(); offset += chunkSize)
            chunked.update(QByteArrayView(data).sliced(offset, qMin<qsizetype>(chunkSize, data.size() - offset)));
        QCOMPARE(chunked.bytesHashed(), data.size());
        const auto actual = chunked.finish();
        QVERIFY(actual);
        QCOMPARE(*actual, *expected);
    }

    // MD5 on a second thread, SHA-256 here, mixed with plain updates: the same digests as one shot.
    void overlappedEqualsOneShot()
    {
        QByteArray data(3 * 4096 + 17, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : data)
            c = char(generator.bounded(256));
        Hasher oneShot;
        oneShot.update(data);
        const auto expected = oneShot.finish();
        QVERIFY(expected);

        Hasher overlapped;
        const QByteArrayView view(data);
        overlapped.updateOverlapped(view.sliced(0, 4096));
        overlapped.updateOverlapped(view.sliced(4096, 4096));
        overlapped.update(view.sliced(8192, 100));   // waits for the pending MD5 before its own
        overlapped.updateOverlapped(view.sliced(8292));
        QCOMPARE(overlapped.bytesHashed(), data.size());
        const auto actual = overlapped.finish();
        QVERIFY(actual);
        QCOMPARE(*actual, *expected);
        // And again after finish(): the second thread left nothing behind.
        overlapped.updateOverlapped(view);
        QCOMPARE(*overlapped.finish(), *expected);
    }

    void finishResetsForTheNextStream()
    {
        Hasher hasher;
        hasher.update("first stream");
        QVERIFY(hasher.finish());
        hasher.update("abc");
        const auto digests = hasher.finish();
        QVERIFY(digests);
        QCOMPARE(digests->sha256, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(digests->size, 3);
    }

    void hashFileMatchesInMemoryHashAcrossChunkBoundaries()
    {
        // 3.5 MiB: several 1 MiB reads and a partial last one.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray data((3 << 20) + (1 << 19), Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : data)
            c = char(generator.bounded(256));
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
        file.close();

        Hasher hasher;
        hasher.update(data);
        const auto expected = hasher.finish();
        const auto actual = hashFile(path);
        QVERIFY2(actual, qPrintable(actual ? QString() : actual.error().toString()));
        QCOMPARE(*actual, *expected);
        QCOMPARE(actual->size, data.size());
    }

    void hashFileReportsMissingFile()
    {
        QTemporaryDir dir;
        const auto result = hashFile(dir.filePath(QStringLiteral("missing.bin")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::FileNotFound);
        QVERIFY(result.error().file.endsWith(QStringLiteral("missing.bin")));
    }
};

QTEST_GUILESS_MAIN(TestHasher)
#include "tst_hasher.moc"
