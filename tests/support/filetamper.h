#pragma once

#include <QString>

namespace SchemaPilot::Test {

// Tampering with a file the way a bad disk or an attacker would: XORs the byte at `offset`
// (negative: from the end) with `mask`. False when the file cannot be changed there.
bool flipByte(const QString &path, qint64 offset, char mask = char(0x5a));

} // namespace SchemaPilot::Test
