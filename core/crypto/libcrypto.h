#pragma once

#include "common/result.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <QString>

namespace SchemaPilot::Core {

// The OpenSSL functions core/crypto calls. Only the headers are used at build time: the functions
// are looked up in libcrypto.so.3 the first time a checksum, a cipher or a signature is needed, so
// commands that need none (status, plan, apply without a backup) do not load OpenSSL's 4 MB
// library and its relocations at start-up (4 ms of every process on the development machine).
#define SCHEMAPILOT_LIBCRYPTO_FUNCTIONS(X)                                                                  \
    X(BIO_ctrl) X(BIO_free) X(BIO_new) X(BIO_new_mem_buf) X(BIO_s_mem) X(CRYPTO_memcmp) X(ERR_clear_error)  \
    X(ERR_error_string_n) X(ERR_get_error) X(EVP_CIPHER_CTX_ctrl) X(EVP_CIPHER_CTX_free)                    \
    X(EVP_CIPHER_CTX_new) X(EVP_DecryptFinal_ex) X(EVP_DecryptInit_ex) X(EVP_DecryptUpdate) X(EVP_Digest)   \
    X(EVP_DigestFinal_ex) X(EVP_DigestInit_ex) X(EVP_DigestSign) X(EVP_DigestSignInit_ex)                   \
    X(EVP_DigestUpdate) X(EVP_DigestVerify) X(EVP_DigestVerifyInit_ex) X(EVP_EncryptFinal_ex)               \
    X(EVP_EncryptInit_ex) X(EVP_EncryptUpdate) X(EVP_MD_CTX_free) X(EVP_MD_CTX_new) X(EVP_PBE_scrypt)       \
    X(EVP_PKEY_CTX_free) X(EVP_PKEY_CTX_new_from_name) X(EVP_PKEY_free) X(EVP_PKEY_is_a) X(EVP_PKEY_keygen) \
    X(EVP_PKEY_keygen_init) X(EVP_Q_mac) X(EVP_aes_256_gcm) X(EVP_md5) X(EVP_sha256) X(OPENSSL_cleanse)     \
    X(PEM_read_bio_PUBKEY) X(PEM_read_bio_PrivateKey) X(PEM_write_bio_PUBKEY) X(PEM_write_bio_PrivateKey)   \
    X(RAND_bytes)

struct OpenSslFunctions {
#define SCHEMAPILOT_LIBCRYPTO_POINTER(name) decltype(&::name) name = nullptr;
    SCHEMAPILOT_LIBCRYPTO_FUNCTIONS(SCHEMAPILOT_LIBCRYPTO_POINTER)
#undef SCHEMAPILOT_LIBCRYPTO_POINTER
};

// Loads libcrypto.so.3 once per process (thread-safe); an error that names the package when it
// cannot be loaded. Every entry point of core/crypto asks this first.
Result<void> requireOpenSsl();
// The functions, after requireOpenSsl() succeeded.
const OpenSslFunctions &openssl();
// OpenSSL's text for its most recent error on this thread (empty when there is none).
QString openSslError();

} // namespace SchemaPilot::Core
