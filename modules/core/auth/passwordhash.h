#pragma once

#include <QString>

namespace Crm::PasswordHash {

// Argon2id (libsodium) in its encoded string form, with interactive limits.
QString hash(const QString &password);
bool verify(const QString &encoded, const QString &password);

} // namespace Crm::PasswordHash
