#include "crypto/libcrypto.h"

#include "common/librarysymbols.h"
#include "common/tr.h"

#include <array>

namespace SchemaPilot::Core {

namespace {

struct Loaded {
    OpenSslFunctions functions;
    QString error;   // empty when every function was found
};

Loaded load()
{
    Loaded loaded;
    // The soname the headers belong to (OpenSSL 3); the handle is kept for the life of the process.
    void *library = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        loaded.error = QString::fromLocal8Bit(dlerror());
        return loaded;
    }
    QStringList missing;
#define SCHEMAPILOT_LIBCRYPTO_RESOLVE(name)                                                                   \
    if (!resolveSymbol(library, #name, &loaded.functions.name))                                               \
        missing << QStringLiteral(#name);
    SCHEMAPILOT_LIBCRYPTO_FUNCTIONS(SCHEMAPILOT_LIBCRYPTO_RESOLVE)
#undef SCHEMAPILOT_LIBCRYPTO_RESOLVE
    if (!missing.isEmpty())
        loaded.error = QStringLiteral("libcrypto.so.3 has no %1").arg(missing.join(QStringLiteral(", ")));
    return loaded;
}

const Loaded &loaded()
{
    static const Loaded once = load();
    return once;
}

} // namespace

Result<void> requireOpenSsl()
{
    if (loaded().error.isEmpty())
        return {};
    return fail(ErrorCode::Unsupported,
                Tr::tr("OpenSSL's libcrypto.so.3, which checksums, encrypted backups and signatures need, could not be "
                       "loaded; install it (Debian: apt-get install libssl3) and run the command again"),
                loaded().error);
}

const OpenSslFunctions &openssl()
{
    Q_ASSERT(loaded().error.isEmpty());
    return loaded().functions;
}

QString openSslError()
{
    if (!loaded().error.isEmpty())
        return loaded().error;
    const unsigned long code = openssl().ERR_get_error();
    openssl().ERR_clear_error();   // the rest of the queue belongs to the same failure
    if (code == 0)
        return {};
    std::array<char, 256> buffer{};
    openssl().ERR_error_string_n(code, buffer.data(), buffer.size());
    return QString::fromLatin1(buffer.data());
}

} // namespace SchemaPilot::Core
