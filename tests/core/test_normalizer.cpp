#include "catchqt.h"

#include "search/normalizer.h"

#include <QRandomGenerator>

using namespace Crm;

namespace {
QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

TEST_CASE("Normalizer::text folds width and case, punctuation becomes space", "[core][normalizer]")
{
    CHECK(Normalizer::text(u("ＡＢＣ１２３")) == QStringLiteral("abc123"));
    CHECK(Normalizer::text(u("  Hello,   World!! ")) == QStringLiteral("hello world"));
    CHECK(Normalizer::text(u("García")) == u("garcía")); // NFKC keeps accents
    CHECK(Normalizer::text(u("上海（浦东）华为")) == u("上海 浦东 华为"));
    CHECK(Normalizer::text(u("a_b-c/d.e")) == QStringLiteral("a b c d e"));
    CHECK(Normalizer::text(u("１３８　００１３")) == QStringLiteral("138 0013"));
    CHECK(Normalizer::text(QString()).isEmpty());
    CHECK(Normalizer::text(u(" ,.;-- ")).isEmpty());
}

TEST_CASE("Normalizer::name drops Chinese legal forms", "[core][normalizer]")
{
    const QString key = Normalizer::name(u("上海华为技术有限公司"));
    CHECK(key == u("上海华为技术"));
    CHECK(Normalizer::name(u("上海华为技术 有限公司")) == key);
    CHECK(Normalizer::name(u("上海华为技术有限责任公司")) == key);
    CHECK(Normalizer::name(u("上海华为技术股份有限公司")) == key);
    CHECK(Normalizer::name(u("上海华为技术集团有限公司")) == key);
    CHECK(Normalizer::name(u("上海华为技术公司")) == key);
    CHECK(Normalizer::name(u("北京小米科技有限责任公司")) == u("北京小米科技"));
    CHECK(Normalizer::name(u("华为技术股份有限公司")) == u("华为技术"));
    // Qualifiers in brackets stay; a name never becomes empty.
    CHECK(Normalizer::name(u("华为技术（上海）有限公司")) == u("华为技术上海"));
    CHECK_FALSE(Normalizer::name(u("有限公司")).isEmpty());
    CHECK(Normalizer::name(u("上海华为技术有限公司")) != Normalizer::name(u("上海华为科技有限公司")));
}

TEST_CASE("Normalizer::name drops Latin legal forms", "[core][normalizer]")
{
    const QString huawei = QStringLiteral("huaweitechnologies");
    CHECK(Normalizer::name(u("Huawei Technologies Co., Ltd.")) == huawei);
    CHECK(Normalizer::name(u("HUAWEI TECHNOLOGIES CO LTD")) == huawei);
    CHECK(Normalizer::name(u("Huawei Technologies Co.,Ltd")) == huawei);
    CHECK(Normalizer::name(u("Huawei Technologies Limited")) == huawei);
    CHECK(Normalizer::name(u("ＨＵＡＷＥＩ　ＴＥＣＨＮＯＬＯＧＩＥＳ")) == huawei);

    CHECK(Normalizer::name(u("Acme Inc.")) == QStringLiteral("acme"));
    CHECK(Normalizer::name(u("ACME, INC")) == QStringLiteral("acme"));
    CHECK(Normalizer::name(u("Acme Corporation")) == QStringLiteral("acme"));
    CHECK(Normalizer::name(u("Acme GmbH")) == QStringLiteral("acme"));
    CHECK(Normalizer::name(u("Acme Pty Ltd")) == QStringLiteral("acme"));

    const QString garcia = Normalizer::name(u("Distribuciones García S.L."));
    CHECK(garcia == u("distribucionesgarcía"));
    CHECK(Normalizer::name(u("distribuciones garcía, s. l.")) == garcia);
    CHECK(Normalizer::name(u("DISTRIBUCIONES GARCÍA SL")) == garcia);
    CHECK(Normalizer::name(u("Distribuciones García, S.A.")) == garcia);
    CHECK(Normalizer::name(u("Distribuciones García S.A. de C.V.")) == garcia);
    CHECK(Normalizer::name(u("Distribuciones García Sociedad Limitada")) == garcia);

    // Only trailing legal forms go; a name that is only a legal form stays.
    CHECK(Normalizer::name(u("Co-op Market")) == QStringLiteral("coopmarket"));
    CHECK(Normalizer::name(u("Inc")) == QStringLiteral("inc"));
    CHECK(Normalizer::name(u("Acme Trading Co., Ltd.")) == QStringLiteral("acmetrading"));
    CHECK(Normalizer::name(u("Acme Trading")) != Normalizer::name(u("Acme Tradings")));
}

TEST_CASE("Normalizer::phone keeps the national number", "[core][normalizer]")
{
    const QString mobile = QStringLiteral("13800138000");
    CHECK(Normalizer::phone(u("+86 138-0013-8000")) == mobile);
    CHECK(Normalizer::phone(u("13800138000")) == mobile);
    CHECK(Normalizer::phone(u("0086 138 0013 8000")) == mobile);
    CHECK(Normalizer::phone(u("(+86) 138 0013 8000")) == mobile);
    CHECK(Normalizer::phone(u("８６１３８００１３８０００")) == mobile);
    CHECK(Normalizer::phone(u("+34 612 345 678")) == QStringLiteral("612345678"));
    CHECK(Normalizer::phone(u("0034 612 345 678")) == QStringLiteral("612345678"));
    CHECK(Normalizer::phone(u("+1 (415) 555-2671")) == QStringLiteral("4155552671"));
    CHECK(Normalizer::phone(u("021-6543 2100")) == QStringLiteral("02165432100"));
    CHECK(Normalizer::phone(u("ext. 12")) == QStringLiteral("12"));
    CHECK(Normalizer::phone(QString()).isEmpty());
}

TEST_CASE("Normalizer::email and taxId", "[core][normalizer]")
{
    CHECK(Normalizer::email(u("  John.Doe@Example.COM ")) == QStringLiteral("john.doe@example.com"));
    CHECK(Normalizer::email(QString()).isEmpty());
    CHECK(Normalizer::taxId(u("91310000-ma1fl4xq3x")) == QStringLiteral("91310000MA1FL4XQ3X"));
    CHECK(Normalizer::taxId(u("９１３１ ００００ ＭＡ１Ｆ")) == QStringLiteral("91310000MA1F"));
    CHECK(Normalizer::taxId(u("ES B-12345678")) == QStringLiteral("ESB12345678"));
    CHECK(Normalizer::taxId(u(" - ")).isEmpty());
}

TEST_CASE("Normalizer::shortIndexText holds word starts, CJK characters and pairs", "[core][normalizer]")
{
    const QStringList tokens =
        Normalizer::shortIndexText(Normalizer::text(u("上海华为 Acme 2024 x1 ab上海cd 7z 𠮷野家"))).split(u' ');
    for (const char *t : {"上", "海", "华", "为", "上海", "海华", "华为", "a", "ac", "x", "x1", "ab", "c", "cd", "7", "7z",
                          "𠮷", "野", "家", "野家"}) {
        INFO(t);
        CHECK(tokens.contains(u(t)));
    }
    // Whole words are not needed: fragments of three characters or more go to
    // the trigram index.
    CHECK_FALSE(tokens.contains(u("acme")));
    CHECK_FALSE(tokens.contains(u("2024"))); // numbers go through the trigram index
    CHECK_FALSE(tokens.contains(u("20")));
    CHECK_FALSE(tokens.contains(u("上海华")));
    CHECK_FALSE(tokens.contains(u("为a"))); // runs of CJK and other letters are apart
    CHECK(tokens.count(u("华")) == 1);
    CHECK(tokens.count(u("a")) == 1);
    // A character outside the basic plane is one character, never half of one.
    for (const QString &t : tokens) {
        INFO(t.toStdString());
        CHECK_FALSE(t.back().isHighSurrogate());
        CHECK_FALSE(t.front().isLowSurrogate());
    }
    CHECK(Normalizer::isCjk(u("华").at(0)));
    CHECK(Normalizer::isCjk(u("カ").at(0)));
    CHECK(Normalizer::isCjk(u("한").at(0)));
    CHECK_FALSE(Normalizer::isCjk(QLatin1Char('a')));
    CHECK_FALSE(Normalizer::isCjk(u("é").at(0)));
}

TEST_CASE("Normalizer: ASCII and CJK text gives what full normalisation gives", "[core][normalizer]")
{
    // The rules as stated, through NFKC and case folding every time.
    auto fullText = [](const QString &s) {
        QString out;
        bool space = true;
        for (QChar c : s.normalized(QString::NormalizationForm_KC).toCaseFolded()) {
            if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
                out += c;
                space = false;
            } else if (!space) {
                out += QLatin1Char(' ');
                space = true;
            }
        }
        return out.endsWith(QLatin1Char(' ')) ? out.chopped(1) : out;
    };
    auto fullTaxId = [](const QString &s) {
        QString out;
        for (QChar c : s.normalized(QString::NormalizationForm_KC))
            if (c.isLetterOrNumber())
                out += c.toUpper();
        return out;
    };
    // Mostly text that skips normalisation, with now and then a character that
    // does not (full width, accents, a combining mark, Hangul, a ligature).
    const QString plain = u("AZaz09 -.,@+()/_:;华为上海有限公司㐀䶿一龥");
    const QString other = u("ＡＺ１é\u0301한ﬁ\u3000·");
    QRandomGenerator random(20261123);
    for (int n = 0; n < 3000; ++n) {
        QString s;
        const int length = int(random.bounded(1, 24));
        for (int i = 0; i < length; ++i)
            s += random.bounded(20) == 0 ? other.at(random.bounded(int(other.size())))
                                         : plain.at(random.bounded(int(plain.size())));
        INFO(s.toStdString());
        CHECK(Normalizer::text(s) == fullText(s));
        CHECK(Normalizer::taxId(s) == fullTaxId(s));
    }
}

TEST_CASE("Normalizer::shortIndexText writes each token once, in the order first met", "[core][normalizer]")
{
    CHECK(Normalizer::shortIndexText(u("华为 华为 ab abc 𠮷a 𠮷a 华")) == u("华 华为 为 a ab 𠮷 𠮷a"));
    CHECK(Normalizer::shortIndexText(u("12 345")).isEmpty());
    CHECK(Normalizer::shortIndexText(QString()).isEmpty());
}
