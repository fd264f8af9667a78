// crmsuite-cli import: dry run, commit of the good rows, strict mode, duplicate
// policies, saved mappings, .xlsx, and refused files — each with its exit status.

#include "importfiles.h"
#include "cli.h"
#include "shell.h"

#include <QProcess>

using namespace Crm;
using namespace Crm::Test;

namespace {

qint64 count(const Database &db, const QString &where)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM core_party WHERE ") + where).toLongLong();
}
} // namespace

TEST_CASE("crmsuite-cli import: dry run, good rows, strict mode and duplicate policies", "[app][cli][import]")
{
    Shell shell(10);
    const Database &db = shell.db();
    const QString dbPath = db.path();
    // GB18030 with tabs, as older Chinese Excel saves "text".
    const QString file = writeFile(shell.dir.filePath(QStringLiteral("suppliers.txt")),
                                   gb18030(QStringLiteral("供应商名称\t电话\t邮箱\t税号\n"
                                                          "广州供应一号有限公司\t020-1111\tone@sup.example\t91440000A\n"
                                                          "坏邮箱贸易\t\tbad@\t\n"
                                                          "广州供应一号有限公司\t\t\t\n")));
    const qint64 before = count(db, QStringLiteral("is_supplier = 1"));
    auto import = [&](QStringList extra) {
        return cli(
            QStringList{QStringLiteral("import"), QStringLiteral("suppliers"), file, QStringLiteral("--db"), dbPath} +
            extra);
    };

    const CliRun dry = import({QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.status == 3);
    CHECK(dry.out.contains(QStringLiteral("GB18030, separator tab, 3 records")));
    CHECK(dry.out.contains(QStringLiteral("line 3, 邮箱: Error — \"bad@\" is not a valid e-mail address.")));
    CHECK(dry.out.contains(QStringLiteral("line 4, 供应商名称: Error — Same Name as line 2.")));
    CHECK(dry.out.contains(QStringLiteral("Dry run, nothing was changed: 1 to create")));
    CHECK(count(db, QStringLiteral("is_supplier = 1")) == before);

    const CliRun strict = import({QStringLiteral("--strict")});
    CHECK(strict.status == 1);
    CHECK(strict.out.contains(QStringLiteral("Nothing was imported: 2 rows have errors")));
    CHECK(count(db, QStringLiteral("is_supplier = 1")) == before);

    const QString report = shell.dir.filePath(QStringLiteral("report.csv"));
    const CliRun good =
        import({QStringLiteral("--report"), report, QStringLiteral("--save-mapping"), QStringLiteral("Canton list")});
    CHECK(good.status == 3);
    CHECK(good.out.contains(QStringLiteral("Imported: 1 created, 0 updated, 0 skipped as duplicates, 2 left out")));
    CHECK(count(db, QStringLiteral("is_supplier = 1")) == before + 1);
    CHECK(count(db, QStringLiteral("name = '广州供应一号有限公司' AND tax_id = '91440000A' AND is_customer = 0")) == 1);
    CHECK(QFile::exists(report));

    // Again, updating: the saved mapping is picked by the titles; the row with the
    // same name updates the supplier, the one after it repeats it in the file.
    const CliRun update = import({QStringLiteral("--duplicates"), QStringLiteral("update")});
    CHECK(update.status == 3);
    CHECK(update.out.contains(QStringLiteral("Using the mapping \"Canton list\" saved for these columns.")));
    CHECK(update.out.contains(QStringLiteral("0 created, 1 updated")));
    CHECK(count(db, QStringLiteral("is_supplier = 1")) == before + 1);

    const CliRun named = import({QStringLiteral("--mapping"), QStringLiteral("nope")});
    CHECK(named.status == 1);
    CHECK(named.err.contains(QStringLiteral("There is no saved mapping \"nope\" for suppliers; saved: Canton list")));

    const CliRun unknown =
        cli({QStringLiteral("import"), QStringLiteral("invoices"), file, QStringLiteral("--db"), dbPath});
    CHECK(unknown.status == 2);
    for (const QString &name : {QStringLiteral("customers"), QStringLiteral("suppliers"), QStringLiteral("products")})
        CHECK(unknown.err.contains(name));
}

TEST_CASE("crmsuite-cli import: products from .xlsx, remapped columns, and malformed files change nothing",
          "[app][cli][import]")
{
    Shell shell(10);
    const Database &db = shell.db();
    const qint64 before = db.scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong();
    const QString book = writeXlsx(
        shell.dir.filePath(QStringLiteral("products.xlsx")),
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Item code</t></is></c><c r=\"B1\" "
        "t=\"inlineStr\"><is><t>品名</t>"
        "</is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Price</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Memo</t></is>"
        "</c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>00123</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>螺丝</t>"
        "</is></c><c r=\"C2\"><v>12.5</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>not imported</t></is></c></row>");
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("products"), book, QStringLiteral("--db"),
                            db.path(), QStringLiteral("--map"), QStringLiteral("Memo=-")});
    INFO(run.err.toStdString());
    CHECK(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("Memo → (not imported)")));
    CHECK(db.scalar(QStringLiteral("SELECT sale_price_minor FROM core_product WHERE code = '00123' AND name = '螺丝' "
                                   "AND notes = ''"))
              .toLongLong() == 1250);

    const QString binary = writeFile(shell.dir.filePath(QStringLiteral("photo.csv")), QByteArray("\x89PNG\r\n\0\0", 8));
    const QString empty = writeFile(shell.dir.filePath(QStringLiteral("empty.csv")), QByteArray());
    const QString header = writeFile(shell.dir.filePath(QStringLiteral("header.csv")), QByteArray("Code,Name\r\n"));
    for (const auto &[path, message] :
         {std::pair{binary, QStringLiteral("binary data")}, std::pair{empty, QStringLiteral("is empty")},
          std::pair{header, QStringLiteral("header row but no records")}}) {
        const CliRun bad =
            cli({QStringLiteral("import"), QStringLiteral("products"), path, QStringLiteral("--db"), db.path()});
        CHECK(bad.status == 1);
        CHECK(bad.err.contains(message));
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM core_product")).toLongLong() == before + 1);
}
