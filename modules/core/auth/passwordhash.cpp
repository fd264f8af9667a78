#include "passwordhash.h"

#include "db/error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace Crm::PasswordHash {

namespace {
void ensureInit()
{
    static const int rc = sodium_init();
    if (rc < 0)
        throw Error(QCoreApplication::translate("Crm::PasswordHash", "The cryptography library failed to start."));
}
} // namespace

QString hash(const QString &password)
{
    ensureInit();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(QCoreApplication::translate("Crm::PasswordHash", "Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString &encoded, const QString &password)
{
    ensureInit();
    const QByteArray e = encoded.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(e.constData(), pw.constData(), quint64(pw.size())) == 0;
}

} // namespace Crm::PasswordHash
