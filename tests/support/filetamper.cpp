#include "support/filetamper.h"

#include <QFile>

namespace SchemaPilot::Test {

bool flipByte(const QString &path, qint64 offset, char mask)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    if (offset < 0)
        offset += file.size();
    if (offset < 0 || offset >= file.size() || !file.seek(offset))
        return false;
    char c = 0;
    if (file.read(&c, 1) != 1 || !file.seek(offset))
        return false;
    c = char(c ^ mask);
    return file.write(&c, 1) == 1;
}

} // namespace SchemaPilot::Test
