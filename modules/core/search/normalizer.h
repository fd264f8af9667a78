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
// Tokens for the short-fragment index, which answers searches of one or two
// characters: every CJK character and every pair of neighbouring CJK characters,
// so that they are found anywhere in a Chinese name, and the first one and the
// first two characters of every other run of letters, so that they find the
// words they start. Runs of digits are left out (the trigram index has them).
QString shortIndexText(const QString &normalizedText);

} // namespace Crm::Normalizer
