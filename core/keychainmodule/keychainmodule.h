#pragma once

// The interface between the core library and its keychain module (libschemapilot-keychain.so).
// QtKeychain pulls in QtDBus, libdbus, libsystemd and libgcrypt; loading them only when a user
// actually asks for the keychain keeps them out of every other start-up (`status` included).
// Both sides are built together from this tree, so Qt types may cross the boundary.

class QString;

namespace SchemaPilot::Core::KeychainModule {

enum class Operation : int { Read = 0, Store = 1, Forget = 2 };
enum class Outcome : int { Done = 0, NotFound = 1, Failed = 2 };

// `data`: read fills it, store takes it. `errorText`: the keychain's own message on Failed.
using EntryPoint = Outcome (*)(Operation operation, const QString &service, const QString &account, QString &data,
                               QString &errorText);

inline constexpr char EntryPointName[] = "schemapilot_keychain_v1";
inline constexpr char FileBaseName[] = "schemapilot-keychain";

} // namespace SchemaPilot::Core::KeychainModule
