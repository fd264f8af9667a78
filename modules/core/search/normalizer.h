#pragma once

#include <QString>
#include <QStringList>

namespace Crm::Normalizer {

// NFKC (full width → half width), case folded, punctuation and symbols → space,
// spaces collapsed. Letters of every script and digits are kept.
QString text(const QString &s);
// The duplicate key of a company or person name: text() without legal-form
// suffixes (有限公司, Co., Ltd., Inc., S.A., S.L. …) and without spaces.
QString name(const QString &s);
// Digits only, without a leading international prefix / country code where it can
// be recognised (+86 138…, 0034 6…, +1 …).
QString phone(const QString &s);
QString email(const QString &s);
// Upper-case letters and digits only.
QString taxId(const QString &s);

bool isCjk(QChar c);
// Tokens for the short-fragment index: every word, and for runs of CJK characters
// every bigram plus each character alone, so that one- and two-character
// fragments anywhere in a Chinese name can be found. Numbers are left out.
QString shortIndexText(const QString &normalizedText);

} // namespace Crm::Normalizer
