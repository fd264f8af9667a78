<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Crm::AppContext</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of CRM Suite (once; a large database takes a while)…</source>
        <translation>正在将数据库升级到此版本的 CRM Suite（仅此一次；大型数据库需要一些时间）…</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database: it is empty. Nothing was changed; crmsuite-cli init or demo creates a database.</source>
        <translation>%1 不是 CRM Suite 数据库：它是空的。未做任何更改；crmsuite-cli init 或 demo 可创建数据库。</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database: it belongs to another program. Nothing was changed.</source>
        <translation>%1 不是 CRM Suite 数据库：它属于另一个程序。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 was written by an earlier version of CRM Suite and has to be upgraded before it can be read: open it once in CRM Suite, or run crmsuite-cli upgrade. Nothing was changed.</source>
        <translation>数据库 %1 由较早版本的 CRM Suite 写入，读取前需要升级：请在 CRM Suite 中打开一次，或运行 crmsuite-cli upgrade。未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2
Nothing was written. Restore it from a backup (crmsuite-cli restore, or File → Restore from a backup… in CRM Suite).</source>
        <translation>数据库 %1 已损坏：%2
未写入任何内容。请从备份恢复（crmsuite-cli restore，或在 CRM Suite 中选择 文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <source>The demo database %1 could not be closed cleanly.</source>
        <translation>无法正常关闭演示数据库 %1。</translation>
    </message>
    <message>
        <source>The demo database %1 cannot be flushed to disk.</source>
        <translation>无法将演示数据库 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot put the demo database in place of %1: %2</source>
        <translation>无法用演示数据库替换 %1：%2</translation>
    </message>
</context>
<context>
    <name>Crm::ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>经理登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>登录名不存在或密码错误。</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 无权批准此项。</translation>
    </message>
</context>
<context>
    <name>Crm::Backup</name>
    <message>
        <source>Backups need an SQLite database.</source>
        <translation>备份需要 SQLite 数据库。</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot close the copy</source>
        <translation>无法关闭副本</translation>
    </message>
    <message>
        <source>cannot flush the copy to disk</source>
        <translation>无法将副本写入磁盘</translation>
    </message>
    <message>
        <source>A backup cannot be made inside a write transaction.</source>
        <translation>不能在写事务中进行备份。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 是文件夹；请为备份指定文件名。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>无法为备份创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies (%1).</source>
        <translation>备份不能替换其所复制的数据库（%1）。</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>无法将 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <source>The backup of %1 failed its check and was deleted: %2</source>
        <translation>%1 的备份未通过检查，已被删除：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database.</source>
        <translation>%1 不是 CRM Suite 数据库。</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <source>%1 holds no company: it has no users or company settings, so it is not a backup to restore. Nothing was changed.</source>
        <translation>%1 不包含任何公司：没有用户或公司设置，因此不是可恢复的备份。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>Crm::BackupActions</name>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>CRM Suite databases (*.db)</source>
        <translation>CRM Suite 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>正在备份并检查副本…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MB, checked).</source>
        <translation>已备份到 %1（%2 MB，已检查）。</translation>
    </message>
</context>
<context>
    <name>Crm::BackupSettingsSection</name>
    <message>
        <source>Back up &amp;automatically once a day, at the first start</source>
        <translation>每天首次启动时自动备份(&amp;A)</translation>
    </message>
    <message>
        <source>Each backup is checked before it counts; the oldest beyond this number are deleted. File → Back up to… puts a copy elsewhere, e.g. on a USB stick.</source>
        <translation>每个备份都须先通过检查才算数；超出此数量的最旧备份将被删除。“文件 → 备份到…”可将副本保存到其他位置，例如 U 盘。</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新备份数(&amp;K)：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
</context>
<context>
    <name>Crm::Cli</name>
    <message>
        <source>Customers to generate when the database does not exist (default 1000000).</source>
        <translation>数据库不存在时要生成的客户数（默认 1000000）。</translation>
    </message>
    <message>
        <source>Search fragments per kind (default 200).</source>
        <translation>每类搜索片段数（默认 200）。</translation>
    </message>
    <message>
        <source>%1 has no admin user; run demo first.</source>
        <translation>%1 中没有 admin 用户；请先运行 demo。</translation>
    </message>
    <message>
        <source>The sales module is not loaded.</source>
        <translation>销售模块未加载。</translation>
    </message>
    <message>
        <source>Database %1: %2 customers
</source>
        <translation>数据库 %1：%2 个客户
</translation>
    </message>
    <message>
        <source>baseline: bare SQL of a first screen (p50)</source>
        <translation>基线：首屏纯 SQL 查询（p50）</translation>
    </message>
    <message>
        <source>customers page first screen (p50)</source>
        <translation>客户页面首屏（p50）</translation>
    </message>
    <message>
        <source>customers page first screen (max)</source>
        <translation>客户页面首屏（最大值）</translation>
    </message>
    <message>
        <source>3+ characters</source>
        <translation>3 个及以上字符</translation>
    </message>
    <message>
        <source>1-2 characters</source>
        <translation>1-2 个字符</translation>
    </message>
    <message>
        <source>search %1 p50 (%2 fragments)</source>
        <translation>搜索 %1 p50（%2 个片段）</translation>
    </message>
    <message>
        <source>search %1 p95</source>
        <translation>搜索 %1 p95</translation>
    </message>
    <message>
        <source>search %1 p95 with repaint</source>
        <translation>搜索 %1 p95（含重绘）</translation>
    </message>
    <message>
        <source>resident memory with the page open</source>
        <translation>页面打开时的常驻内存</translation>
    </message>
    <message>
        <source>demo generation (%1 customers)</source>
        <translation>生成演示数据（%1 个客户）</translation>
    </message>
    <message>
        <source>bench: %1
</source>
        <translation>bench: %1
</translation>
    </message>
    <message>
        <source>Full integrity check (slower; default is the quick check).</source>
        <translation>完整的完整性检查（较慢；默认为快速检查）。</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… 另有 %1 个问题</translation>
    </message>
    <message>
        <source>%1 check of %2: %3
</source>
        <translation>%2 的%1检查：%3
</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Foreign keys: %1
</source>
        <translation>外键：%1
</translation>
    </message>
    <message>
        <source>The database is damaged: restore it from a backup.
</source>
        <translation>数据库已损坏：请从备份中恢复。
</translation>
    </message>
    <message>
        <source>check: %1
</source>
        <translation>check: %1
</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>客户数量（默认 2000）。</translation>
    </message>
    <message>
        <source>Number of suppliers (default: a twentieth of the customers).</source>
        <translation>供应商数量（默认：客户数量的二十分之一）。</translation>
    </message>
    <message>
        <source>Number of products (default 500).</source>
        <translation>产品数量（默认 500）。</translation>
    </message>
    <message>
        <source>Random seed (default 1); the same seed gives the same data.</source>
        <translation>随机种子（默认 1）；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>如果文件已存在则替换。</translation>
    </message>
    <message>
        <source>demo: --%1 must be a whole number of at least %2, not &quot;%3&quot;.
</source>
        <translation>demo: --%1 必须是不小于 %2 的整数，而不是“%3”。
</translation>
    </message>
    <message>
        <source>demo: %1 already exists; use --replace or choose another --db.
</source>
        <translation>demo: %1 已存在；请使用 --replace 或选择其他 --db。
</translation>
    </message>
    <message>
        <source>demo: %1
</source>
        <translation>demo: %1
</translation>
    </message>
    <message>
        <source>Created demo database %1: %2 customers, %3 products in %4 s.
Log in as admin (or li.na, wang.fang, chen.jie, zhao.lei, liu.yang) with password %5.
</source>
        <translation>已创建演示数据库 %1：%2 个客户、%3 个产品，用时 %4 秒。
请以 admin（或 li.na、wang.fang、chen.jie、zhao.lei、liu.yang）身份登录，密码为 %5。
</translation>
    </message>
    <message>
        <source>Company name (required).</source>
        <translation>公司名称（必填）。</translation>
    </message>
    <message>
        <source>Base currency (default CNY).</source>
        <translation>本位币（默认 CNY）。</translation>
    </message>
    <message>
        <source>Document-number prefix of this installation (default A).</source>
        <translation>本安装的单据编号前缀（默认 A）。</translation>
    </message>
    <message>
        <source>Administrator login (default admin).</source>
        <translation>管理员登录名（默认 admin）。</translation>
    </message>
    <message>
        <source>Administrator name.</source>
        <translation>管理员姓名。</translation>
    </message>
    <message>
        <source>Start as the administrator without asking for a login.</source>
        <translation>以管理员身份启动，不要求登录。</translation>
    </message>
    <message>
        <source>init: %1
</source>
        <translation>init: %1
</translation>
    </message>
    <message>
        <source>Created %1 for %2 (base currency %3, administrator %4).
</source>
        <translation>已为 %2 创建 %1（本位币 %3，管理员 %4）。
</translation>
    </message>
    <message>
        <source>Create and set up a new database</source>
        <translation>创建并设置新数据库</translation>
    </message>
    <message>
        <source>Create a database filled with demo data</source>
        <translation>创建包含演示数据的数据库</translation>
    </message>
    <message>
        <source>Check the integrity of a database</source>
        <translation>检查数据库的完整性</translation>
    </message>
    <message>
        <source>Measure list, search and memory figures</source>
        <translation>测量列表、搜索和内存指标</translation>
    </message>
    <message>
        <source>List loaded and skipped modules</source>
        <translation>列出已加载和已跳过的模块</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>用法：crmsuite-cli &lt;命令&gt; [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;crmsuite-cli &lt;command&gt; --help&quot; for its options.
</source>
        <translation>
运行“crmsuite-cli &lt;命令&gt; --help”查看其选项。
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>意外的参数：%1
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.
</source>
        <translation>未知命令“%1”。
</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3)
</source>
        <translation>已加载   %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>skipped  %1 (%2): %3
</source>
        <translation>已跳过   %1 (%2)：%3
</translation>
    </message>
    <message>
        <source>Print a document to PDF</source>
        <translation>将单据打印为 PDF</translation>
    </message>
    <message>
        <source>Print document, e.g. sales.quotation.</source>
        <translation>打印单据，例如 sales.quotation。</translation>
    </message>
    <message>
        <source>Document number.</source>
        <translation>单据编号。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE (required).</source>
        <translation>将 PDF 写入 FILE（必填）。</translation>
    </message>
    <message>
        <source>Number of copies, each with its mark (default: every mark the document has).</source>
        <translation>份数，每份带有其标记（默认：单据的全部标记）。</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli print DOCUMENT NUMBER --pdf FILE [--copies N]
</source>
        <translation>用法：crmsuite-cli print DOCUMENT NUMBER --pdf FILE [--copies N]
</translation>
    </message>
    <message>
        <source>print: unknown document &quot;%1&quot;; known: %2
</source>
        <translation>print: 未知单据“%1”；可用：%2
</translation>
    </message>
    <message>
        <source>print: --copies must be between 1 and 20.
</source>
        <translation>print: --copies 必须在 1 到 20 之间。
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 page(s) × %3 copies.
</source>
        <translation>已写入 %1：%2 页 × %3 份。
</translation>
    </message>
    <message>
        <source>print: %1
</source>
        <translation>print: %1
</translation>
    </message>
    <message>
        <source>sort by a column, first screen (max of %1)</source>
        <translation>按列排序的首屏（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>bench: no benchmark &quot;%1&quot;; known: %2
</source>
        <translation>bench: 没有基准测试“%1”；可用：%2
</translation>
    </message>
    <message>
        <source>Scratch demo database: %1 customers
</source>
        <translation>临时演示数据库：%1 个客户
</translation>
    </message>
    <message>
        <source>
figure                                                          value unit target        ratio
</source>
        <translation>
指标                                                             数值 单位 目标          倍率
</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>键次</translation>
    </message>
    <message>
        <source>baseline: as many keys into a bare line edit (p50)</source>
        <translation>基线：在空白单行输入框中输入同样多的按键（p50）</translation>
    </message>
    <message>
        <source>keyboard entry: program time, whole order (p50 of %1)</source>
        <translation>键盘录入：整张订单的程序耗时（%1 次的 p50）</translation>
    </message>
    <message>
        <source>keyboard entry: program time, whole order (max)</source>
        <translation>键盘录入：整张订单的程序耗时（最大值）</translation>
    </message>
    <message>
        <source>%1: skipped (this version has not opened the file yet)
</source>
        <translation>%1：已跳过（此版本尚未打开过该文件）
</translation>
    </message>
    <message>
        <source>There is no page %1.</source>
        <translation>没有页面 %1。</translation>
    </message>
    <message>
        <source>The keyboard entry of a document for %1 did not end saved, confirmed and whole.</source>
        <translation>为 %1 键盘录入的单据未能完整保存并确认。</translation>
    </message>
    <message>
        <source>keyboard entry: keystrokes per document of %1 lines</source>
        <translation>键盘录入：每张 %1 行单据的按键数</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Scratch demo database: %1 customers, made in %2 s
</source>
        <translation>临时演示数据库：%1 个客户，生成用时 %2 秒
</translation>
    </message>
    <message>
        <source>Database %1: %2 MB
</source>
        <translation>数据库 %1：%2 MB
</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>baseline: file copy with flush (max of %1)</source>
        <translation>基线：复制文件并刷新到磁盘（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>backup, checked and in place (max of %1)</source>
        <translation>备份，已检查并就位（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>  of which the copy: backup API, flush, rename (max)</source>
        <translation>  其中复制：备份 API、刷新到磁盘、重命名（最大值）</translation>
    </message>
    <message>
        <source>  of which the quick check of the copy (max)</source>
        <translation>  其中副本的快速检查（最大值）</translation>
    </message>
    <message>
        <source>for comparison: VACUUM INTO with flush, unchecked (max)</source>
        <translation>对比：VACUUM INTO 并刷新到磁盘，未检查（最大值）</translation>
    </message>
    <message>
        <source>Backup file (default: a new file in the backups folder beside the database, which keeps the newest N).</source>
        <translation>备份文件（默认：在数据库旁的备份文件夹中新建文件，该文件夹保留最新的 N 个备份）。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB; copied in %4 s, checked in %5 s).
</source>
        <translation>已将 %1 备份到 %2（%3 MB；复制用时 %4 秒，检查用时 %5 秒）。
</translation>
    </message>
    <message>
        <source>backup: %1
</source>
        <translation>backup: %1
</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>restore: name one backup file.
</source>
        <translation>restore: 请指定一个备份文件。
</translation>
    </message>
    <message>
        <source>Restored %1 from %2.
</source>
        <translation>已从 %2 恢复 %1。
</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.
</source>
        <translation>原文件已保留为 %1。
</translation>
    </message>
    <message>
        <source>restore: %1
</source>
        <translation>restore: %1
</translation>
    </message>
    <message>
        <source>A module&apos;s benchmark, e.g. sales, or several run in turn on one scratch demo database (inventory sales: shipments over the big ledger; --db is not used); backup or export (on --db, else a scratch database).</source>
        <translation>某个模块的基准测试，例如 sales，或在同一个临时演示数据库上依次运行多个（inventory sales：在大型台账上过账发货单；不使用 --db）；也可为 backup 或 export（在 --db 上运行，否则使用临时数据库）。</translation>
    </message>
    <message>
        <source>Generating a scratch demo database with %1 customers…
</source>
        <translation>正在生成包含 %1 个客户的临时演示数据库…
</translation>
    </message>
    <message>
        <source>Generated in %1 s.
</source>
        <translation>生成用时 %1 秒。
</translation>
    </message>
    <message>
        <source>baseline: bare SQL of the export, all values (%1 rows)</source>
        <translation>基线：导出所用的纯 SQL 查询，读取所有值（%1 行）</translation>
    </message>
    <message>
        <source>CSV export (%1 rows, %2 MB)</source>
        <translation>CSV 导出（%1 行，%2 MB）</translation>
    </message>
    <message>
        <source>CSV export: resident memory after 100,000 rows</source>
        <translation>CSV 导出：100,000 行后的常驻内存</translation>
    </message>
    <message>
        <source>CSV export: resident memory at the end</source>
        <translation>CSV 导出：结束时的常驻内存</translation>
    </message>
    <message>
        <source>CSV export: peak resident memory of the process</source>
        <translation>CSV 导出：进程的常驻内存峰值</translation>
    </message>
    <message>
        <source>.xlsx export (%1 rows, %2 MB)</source>
        <translation>.xlsx 导出（%1 行，%2 MB）</translation>
    </message>
    <message>
        <source>.xlsx export: peak resident memory of the process</source>
        <translation>.xlsx 导出：进程的常驻内存峰值</translation>
    </message>
    <message>
        <source>bare query: peak resident memory of the process</source>
        <translation>纯查询：进程的常驻内存峰值</translation>
    </message>
    <message>
        <source>resident memory before the export (modules, open file)</source>
        <translation>导出前的常驻内存（模块、已打开的文件）</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>filters:</source>
        <translation>筛选条件：</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format 必须为 csv 或 xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>an .xlsx export needs --out FILE.</source>
        <translation>导出 .xlsx 需要 --out FILE。</translation>
    </message>
    <message>
        <source>--encoding must be utf8-bom, utf8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 必须为 utf8-bom、utf8 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>--separator must be , ; or tab, not &quot;%1&quot;.</source>
        <translation>--separator 必须为 , ; 或 tab，而不是“%1”。</translation>
    </message>
    <message>
        <source>--decimal-mark must be . or , not &quot;%1&quot;.</source>
        <translation>--decimal-mark 必须为 . 或 , 而不是“%1”。</translation>
    </message>
    <message>
        <source>--filter must be KEY=VALUE with KEY one of: %1.</source>
        <translation>--filter 必须为 KEY=VALUE 形式，KEY 为以下之一：%1。</translation>
    </message>
    <message>
        <source>(this list has no filters)</source>
        <translation>（此列表没有筛选条件）</translation>
    </message>
    <message>
        <source>--sort must be one of: %1.</source>
        <translation>--sort 必须为以下之一：%1。</translation>
    </message>
    <message>
        <source>--columns: no column &quot;%1&quot;; columns: %2.</source>
        <translation>--columns：没有列“%1”；可用列：%2。</translation>
    </message>
    <message>
        <source>The list to export, e.g. sales.customers (--list shows them all).</source>
        <translation>要导出的列表，例如 sales.customers（--list 可列出全部列表）。</translation>
    </message>
    <message>
        <source>Show the lists that can be exported, their columns and filters.</source>
        <translation>显示可导出的列表及其列和筛选条件。</translation>
    </message>
    <message>
        <source>Only the rows the list&apos;s search finds for TEXT.</source>
        <translation>仅导出列表搜索 TEXT 所找到的行。</translation>
    </message>
    <message>
        <source>A filter of the list, as on its page (repeatable).</source>
        <translation>列表的筛选条件，与其页面上的相同（可重复）。</translation>
    </message>
    <message>
        <source>Sort by this column (default: as the page opens).</source>
        <translation>按此列排序（默认：与页面打开时相同）。</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>按降序排序。</translation>
    </message>
    <message>
        <source>Only these columns, in this order (default: all).</source>
        <translation>仅导出这些列，并按此顺序（默认：全部）。</translation>
    </message>
    <message>
        <source>csv (default; .xlsx when FILE ends so) or xlsx.</source>
        <translation>csv（默认；FILE 以 .xlsx 结尾时为 .xlsx）或 xlsx。</translation>
    </message>
    <message>
        <source>Write to FILE (CSV goes to standard output without it).</source>
        <translation>写入 FILE（未指定时，CSV 输出到标准输出）。</translation>
    </message>
    <message>
        <source>CSV encoding: utf8-bom (default, for Excel), utf8 or gb18030.</source>
        <translation>CSV 编码：utf8-bom（默认，适用于 Excel）、utf8 或 gb18030。</translation>
    </message>
    <message>
        <source>CSV separator: , ; or tab (default: by the locale).</source>
        <translation>CSV 分隔符：, ; 或 tab（默认：按区域设置）。</translation>
    </message>
    <message>
        <source>Decimal mark of CSV numbers: . (default) or ,.</source>
        <translation>CSV 数字的小数点：.（默认）或 ,。</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli export &lt;list-id&gt; [--search TEXT] [--filter KEY=VALUE] [--sort KEY] [--format csv|xlsx] [--out FILE]
       crmsuite-cli export --list
</source>
        <translation>用法：crmsuite-cli export &lt;list-id&gt; [--search TEXT] [--filter KEY=VALUE] [--sort KEY] [--format csv|xlsx] [--out FILE]
      crmsuite-cli export --list
</translation>
    </message>
    <message>
        <source>export: unknown list &quot;%1&quot;; known: %2
</source>
        <translation>export: 未知列表“%1”；可用：%2
</translation>
    </message>
    <message>
        <source>export: %1
</source>
        <translation>export: %1
</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3.
</source>
        <translation>已将 %2 的 %1 行写入 %3。
</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot; for %2; saved: %3</source>
        <translation>%2 没有名为“%1”的已保存映射；已保存的映射：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Using the mapping &quot;%1&quot; saved for these columns.
</source>
        <translation>使用为这些列保存的映射“%1”。
</translation>
    </message>
    <message>
        <source>--map %1: no column titled &quot;%2&quot; in the file.</source>
        <translation>--map %1：文件中没有标题为“%2”的列。</translation>
    </message>
    <message>
        <source>What to import: customers, suppliers or products.</source>
        <translation>要导入的对象：customers（客户）、suppliers（供应商）或 products（产品）。</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx).</source>
        <translation>CSV 文件或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>检查每一行并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>Use the saved column mapping NAME.</source>
        <translation>使用名为 NAME 的已保存列映射。</translation>
    </message>
    <message>
        <source>Import column COLUMN (its title) as FIELD, or not at all with &quot;-&quot;; may be repeated.</source>
        <translation>将列 COLUMN（按其标题）导入为字段 FIELD，或用“-”表示不导入；可重复。</translation>
    </message>
    <message>
        <source>Save the mapping used as NAME (not on a dry run).</source>
        <translation>将所用映射保存为 NAME（试运行时不保存）。</translation>
    </message>
    <message>
        <source>A row that duplicates a saved record: skip (default), update or create.</source>
        <translation>与已保存记录重复的行：skip（跳过，默认）、update（更新）或 create（仍然新建）。</translation>
    </message>
    <message>
        <source>Import nothing when any row has an error.</source>
        <translation>只要有任何一行出错，就不导入任何内容。</translation>
    </message>
    <message>
        <source>Write the whole report to FILE (CSV).</source>
        <translation>将完整报告写入 FILE（CSV）。</translation>
    </message>
    <message>
        <source>List the fields of the target and exit.</source>
        <translation>列出目标的字段并退出。</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli import TARGET FILE [--dry-run] [--mapping NAME] [--map COLUMN=FIELD] [--duplicates skip|update|create] [--strict] [--report FILE]
</source>
        <translation>用法：crmsuite-cli import TARGET FILE [--dry-run] [--mapping NAME] [--map COLUMN=FIELD] [--duplicates skip|update|create] [--strict] [--report FILE]
</translation>
    </message>
    <message>
        <source>import: --duplicates must be skip, update or create.
</source>
        <translation>import: --duplicates 必须为 skip、update 或 create。
</translation>
    </message>
    <message>
        <source>import: nothing called &quot;%1&quot; can be imported; known: %2
</source>
        <translation>import: 没有可导入的“%1”；可用：%2
</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> （必填）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n record(s)
</source>
        <translation>
            <numerusform>%1：%2，%n 条记录
</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>line %1, %2: %3 — %4
</source>
        <translation>第 %1 行，%2：%3 — %4
</translation>
    </message>
    <message>
        <source>row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>import: %1
</source>
        <translation>import: %1
</translation>
    </message>
    <message>
        <source>Make a checked copy of a database</source>
        <translation>为数据库创建经过检查的副本</translation>
    </message>
    <message>
        <source>Put a backup in place of a database</source>
        <translation>用备份替换数据库</translation>
    </message>
    <message>
        <source>Export a list to CSV or .xlsx</source>
        <translation>将列表导出为 CSV 或 .xlsx</translation>
    </message>
    <message>
        <source>Import customers, suppliers or products from CSV or .xlsx</source>
        <translation>从 CSV 或 .xlsx 导入客户、供应商或产品</translation>
    </message>
    <message>
        <source>check: %1 is an unfinished copy left by a demo, backup or restore that was stopped: it is not a database to use, and the next run removes it.
</source>
        <translation>check：%1 是被中断的演示、备份或恢复留下的未完成副本：它不是可用的数据库，下次运行会将其删除。
</translation>
    </message>
    <message>
        <source>Run as this user (default: admin); the password comes from $CRM_PASSWORD or is asked on the terminal.</source>
        <translation>以此用户身份运行（默认：admin）；密码取自 $CRM_PASSWORD，或在终端中询问。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>This command needs the password of %1: set the environment variable CRM_PASSWORD, or run it in a terminal to be asked.</source>
        <translation>此命令需要 %1 的密码：请设置环境变量 CRM_PASSWORD，或在终端中运行以便询问。</translation>
    </message>
    <message>
        <source>Wrong login or password for %1.</source>
        <translation>%1 的登录名或密码错误。</translation>
    </message>
    <message>
        <source>%1 may not do this (the permission %2 is missing).</source>
        <translation>%1 无权执行此操作（缺少权限 %2）。</translation>
    </message>
    <message>
        <source>Administrator password (at least 6 characters). Discouraged: other users of this computer see it in the process list (ps). Set $CRM_ADMIN_PASSWORD instead, or leave both out to be asked on the terminal.</source>
        <translation>管理员密码（至少 6 个字符）。不建议使用：本机的其他用户可在进程列表（ps）中看到它。请改用 $CRM_ADMIN_PASSWORD，或两者都不提供，以便在终端中询问。</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>管理员 %1 的密码： </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入相同的密码： </translation>
    </message>
    <message>
        <source>init: the two passwords differ; nothing was created.
</source>
        <translation>init：两次输入的密码不一致；未创建任何内容。
</translation>
    </message>
    <message>
        <source>Bring a database of an earlier version up to this one</source>
        <translation>将较早版本的数据库升级到当前版本</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).
</source>
        <translation>%1 已是最新（架构版本 %2）。
</translation>
    </message>
    <message>
        <source>upgrade: %1
</source>
        <translation>upgrade：%1
</translation>
    </message>
</context>
<context>
    <name>Crm::Cli::ExportStats</name>
    <message>
        <source>the export child failed: %1</source>
        <translation>导出子进程失败：%1</translation>
    </message>
</context>
<context>
    <name>Crm::ContactsGrid</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>删除联系人(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>设为主要联系人(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Crm::CsvReader</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not: it may be damaged.</source>
        <translation>文件开头看似 UTF-16 文本，但实际不是：文件可能已损坏。</translation>
    </message>
    <message>
        <source>This is not a CSV text file or an .xlsx workbook: it holds binary data.</source>
        <translation>这不是 CSV 文本文件或 .xlsx 工作簿：其中包含二进制数据。</translation>
    </message>
    <message>
        <source>This system cannot read the GB18030 encoding; save the file as CSV UTF-8.</source>
        <translation>本系统无法读取 GB18030 编码；请将文件另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text: line %1 holds characters in another encoding. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 文本：第 %1 行包含其他编码的字符。请在电子表格软件中将其另存为“CSV UTF-8”，然后重新导入。</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed (a closing &quot; is missing); the file may be cut short.</source>
        <translation>从第 %1 行开始的带引号的值没有结束（缺少结尾的 &quot;）；文件可能被截断。</translation>
    </message>
    <message>
        <source>CSV, %1, separator %2</source>
        <translation>CSV，%1，分隔符 %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
</context>
<context>
    <name>Crm::CsvWriter</name>
    <message>
        <source>This system cannot write the GB18030 encoding.</source>
        <translation>本系统无法以 GB18030 编码写入文件。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>Crm::Database</name>
    <message>
        <source>Bulk loading needs an SQLite database.</source>
        <translation>批量加载需要 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: the database cannot be created there.</source>
        <translation>无法写入文件夹 %1：无法在此位置创建数据库。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permission denied).</source>
        <translation>无法读取数据库 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database (it is not an SQLite file).</source>
        <translation>%1 不是 CRM Suite 数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2. It may be damaged; restore it from a backup.</source>
        <translation>无法读取数据库 %1：%2。数据库可能已损坏，请从备份中恢复。</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row in %3</source>
        <translation>表 %1 的第 %2 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CRM Suite (module &quot;%2&quot; schema version %3; this program knows up to %4). Nothing was changed; please update the program.</source>
        <translation>数据库 %1 由更新版本的 CRM Suite 写入（模块“%2”的架构版本为 %3；本程序最高支持到 %4）。未做任何更改；请更新程序。</translation>
    </message>
    <message>
        <source>Migration %1/%2 (%3) failed: %4</source>
        <translation>迁移 %1/%2（%3）失败：%4</translation>
    </message>
    <message>
        <source>Cannot start a write transaction: %1</source>
        <translation>无法启动写事务：%1</translation>
    </message>
    <message>
        <source>Badly named migration file %1 in module %2</source>
        <translation>模块 %2 中的迁移文件 %1 命名不正确</translation>
    </message>
    <message>
        <source>The database %1 is open read-only: nothing can be saved.</source>
        <translation>数据库 %1 以只读方式打开：无法保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the search functions cannot be added.</source>
        <translation>无法打开数据库 %1：无法添加搜索函数。</translation>
    </message>
    <message>
        <source>Cannot start reading: %1</source>
        <translation>无法开始读取：%1</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>数据库错误：%1。</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>无法创建数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file or its folder cannot be written): reading commands such as export and check work, but nothing can be saved.</source>
        <translation>数据库 %1 为只读（无法写入该文件或其文件夹）：export、check 等读取命令可用，但无法保存任何内容。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2.</source>
        <translation>无法读取数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>无法打开数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 safely: SQLite did not take the setting %2 = %3 (it reads %4).</source>
        <translation>无法安全地打开数据库 %1：SQLite 未接受设置 %2 = %3（读出为 %4）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1 safely: it cannot use a write-ahead log (journal mode %2; a network drive does not support it). Nothing was changed.</source>
        <translation>无法安全地打开数据库 %1：无法使用预写日志（日志模式 %2；网络驱动器不支持）。未做任何更改。</translation>
    </message>
    <message>
        <source>Another program is writing to the database %1 (an import, a restore or another CRM Suite): nothing was changed. Try again when it has finished.</source>
        <translation>另一个程序正在写入数据库 %1（导入、恢复或另一个 CRM Suite）：未做任何更改。请在其完成后重试。</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>无法保存：%1。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>another program is writing to the database (an import, a restore or another CRM Suite); try again when it has finished</source>
        <translation>另一个程序正在写入数据库（导入、恢复或另一个 CRM Suite）；请在其完成后重试</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>无法读写磁盘</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup</source>
        <translation>数据库已损坏；请从备份恢复</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>无法打开数据库文件</translation>
    </message>
</context>
<context>
    <name>Crm::DemoGenerator</name>
    <message>
        <source>The number of customers and products cannot be negative.</source>
        <translation>客户和产品数量不能为负数。</translation>
    </message>
</context>
<context>
    <name>Crm::DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>税号相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
</context>
<context>
    <name>Crm::DuplicatePanel</name>
    <message>
        <source>Open &amp;existing</source>
        <translation>打开已有记录(&amp;E)</translation>
    </message>
    <message>
        <source>%1  %2  — %3</source>
        <translation>%1  %2  — %3</translation>
    </message>
    <message>
        <source>Possible duplicates (%1): check before saving.</source>
        <translation>可能重复（%1）：保存前请检查。</translation>
    </message>
</context>
<context>
    <name>Crm::ExportOptionsDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>适用于 Excel 的 CSV 文件 (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 for Excel (with BOM)</source>
        <translation>UTF-8，适用于 Excel（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8（不带 BOM）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030（旧版中文 Excel）</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Point (1234.50)</source>
        <translation>句点 (1234.50)</translation>
    </message>
    <message>
        <source>Comma (1234,50)</source>
        <translation>逗号 (1234,50)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>小数点(&amp;D)：</translation>
    </message>
    <message>
        <source>Dates are written as yyyy-mm-dd and numbers without thousands separators; text starting with = + - or @ gets an apostrophe so that Excel does not run it.</source>
        <translation>日期写为 yyyy-mm-dd，数字不带千位分隔符；以 = + - 或 @ 开头的文本会加上撇号，以免 Excel 将其当作公式执行。</translation>
    </message>
    <message>
        <source>Codes and phone numbers stay text (leading zeros kept), amounts are numbers, dates are dates.</source>
        <translation>编码和电话号码保持为文本（保留前导零），金额为数字，日期为日期。</translation>
    </message>
</context>
<context>
    <name>Crm::ExportRun</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting to %1: %2 of %3 rows…</source>
        <translation>正在导出到 %1：%2 / %3 行…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Crm::FileSync</name>
    <message>
        <source>%1 cannot be flushed to disk</source>
        <translation>无法将 %1 写入磁盘</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>the disk is full (%1 has no space left)</source>
        <translation>磁盘已满（%1 没有剩余空间）</translation>
    </message>
    <message>
        <source>the disk of %1 is read-only</source>
        <translation>%1 所在的磁盘为只读</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission denied)</source>
        <translation>无法写入文件夹 %1（权限被拒绝）</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>无法写入磁盘</translation>
    </message>
</context>
<context>
    <name>Crm::Finance</name>
    <message>
        <source>Currencies</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>See currencies, tax rates and payment terms</source>
        <translation>查看币种、税率和付款条件</translation>
    </message>
    <message>
        <source>Edit currencies, tax rates and payment terms</source>
        <translation>编辑币种、税率和付款条件</translation>
    </message>
</context>
<context>
    <name>Crm::ImportBench</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The customers import target is not registered.</source>
        <translation>客户导入目标未注册。</translation>
    </message>
    <message>
        <source>The bench file has %1 rows instead of %2.</source>
        <translation>基准测试文件有 %1 行，而不是 %2 行。</translation>
    </message>
    <message>
        <source>The import created %1 customers instead of %2: %3</source>
        <translation>导入创建了 %1 个客户，而不是 %2 个：%3</translation>
    </message>
    <message>
        <source>baseline: read and parse the %1-row CSV</source>
        <translation>基线：读取并解析 %1 行的 CSV</translation>
    </message>
    <message>
        <source>baseline: plain INSERT of the same rows into a bare table</source>
        <translation>基线：用普通 INSERT 将相同的行写入空白表</translation>
    </message>
    <message>
        <source>dry run of %1 customers (parsed file)</source>
        <translation>试运行 %1 个客户（已解析的文件）</translation>
    </message>
    <message>
        <source>import %1 customers, fastest of %2</source>
        <translation>导入 %1 个客户，%2 次中最快</translation>
    </message>
    <message>
        <source>import %1 customers, slowest of %2</source>
        <translation>导入 %1 个客户，%2 次中最慢</translation>
    </message>
    <message>
        <source>import %1 customers: read, check, write (median of %2)</source>
        <translation>导入 %1 个客户：读取、检查、写入（%2 次的中位数）</translation>
    </message>
    <message>
        <source>then, on a thread of its own: copying the log into the file (median)</source>
        <translation>随后在独立线程中：将日志写入文件（中位数）</translation>
    </message>
</context>
<context>
    <name>Crm::ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>A dry run: nothing has been written yet. Rows with errors are listed by line and column; Import writes the other rows, all in one go.</source>
        <translation>这是试运行：尚未写入任何内容。有错误的行按行号和列列出；“导入”会一次性写入其余各行。</translation>
    </message>
    <message>
        <source>A row that duplicates a saved record</source>
        <translation>与已保存记录重复的行</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>跳过该行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the saved record with the row&apos;s values</source>
        <translation>用该行的值更新已保存的记录(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>仍然新建记录(&amp;C)</translation>
    </message>
    <message>
        <source>Import only when &amp;every row is good</source>
        <translation>仅当每一行都正确时才导入(&amp;E)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Every row must be good: correct the file, or clear the check box to import the good rows only.</source>
        <translation>每一行都必须正确：请更正文件，或取消勾选此复选框以仅导入正确的行。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>Crm::ImportFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>文件 %1 为空：没有可导入的内容。</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls). Save it as .xlsx or CSV UTF-8 and import that.</source>
        <translation>这是旧版 Excel 工作簿 (.xls)。请将其另存为 .xlsx 或 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>This file is named .xlsx but is not an Excel workbook: it may be damaged.</source>
        <translation>此文件扩展名为 .xlsx，但不是 Excel 工作簿：文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 holds no data: there is nothing to import.</source>
        <translation>%1 中没有数据：没有可导入的内容。</translation>
    </message>
    <message>
        <source>%1 has a header row but no records under it: there is nothing to import.</source>
        <translation>%1 有标题行，但下面没有记录：没有可导入的内容。</translation>
    </message>
</context>
<context>
    <name>Crm::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030; separated by commas, semicolons or tabs) or an Excel workbook (.xlsx, first sheet). The first row holds the column titles.</source>
        <translation>CSV 文件（UTF-8 或 GB18030；以逗号、分号或制表符分隔）或 Excel 工作簿（.xlsx，第一个工作表）。第一行为列标题。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>CSV 或 Excel 文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>Crm::ImportMapping</name>
    <message>
        <source>There is no field &quot;%1&quot; to import.</source>
        <translation>没有可导入的字段“%1”。</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation>多个列都选择了 %1。</translation>
    </message>
    <message>
        <source>Choose the column that holds %1 (required).</source>
        <translation>请选择包含 %1 的列（必填）。</translation>
    </message>
</context>
<context>
    <name>Crm::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Fields marked * are required; columns left at &quot;not imported&quot; are ignored.</source>
        <translation>选择文件中每一列包含的内容。标有 * 的字段为必填；保留为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>已保存的映射(&amp;M)：</translation>
    </message>
    <message>
        <source>Save this mapping &amp;as:</source>
        <translation>将此映射另存为(&amp;A)：</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s) under the header.</source>
        <translation>
            <numerusform>%1 — 标题行下有 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>(guessed from the column titles)</source>
        <translation>（根据列标题推测）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;列&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation>&lt;b&gt;值&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import as&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入为&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>Crm::ImportReport</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors, and every row must be good.</source>
        <translation>
            <numerusform>未导入任何内容：有 %n 行存在错误，而要求每一行都正确。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped as duplicates, %4 with errors.</source>
        <translation>将新建 %1 条，更新 %2 条，%3 条因重复而跳过，%4 条有错误。</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 left out with errors.</source>
        <translation>已新建 %1 条，已更新 %2 条，%3 条因重复而跳过，%4 条因错误未导入。</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1</source>
        <translation>试运行，未做任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Crm::ImportReportView</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Crm::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>Crm::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Crm::Importer</name>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>更新现有记录</translation>
    </message>
    <message>
        <source>Create a new record anyway</source>
        <translation>仍然新建记录</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <source>Same %1 as line %2.</source>
        <translation>%1 与第 %2 行相同。</translation>
    </message>
    <message>
        <source>Duplicate of %1 (same %2): skipped.</source>
        <translation>与 %1 重复（%2 相同）：已跳过。</translation>
    </message>
    <message>
        <source>Updates the same record as line %1 (%2).</source>
        <translation>与第 %1 行更新的是同一条记录（%2）。</translation>
    </message>
    <message>
        <source>Updates %1 (same %2).</source>
        <translation>更新 %1（%2 相同）。</translation>
    </message>
    <message>
        <source>Already used by %1: the %2 must be unique.</source>
        <translation>已被 %1 使用：%2 必须唯一。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory</name>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>查看产品</translation>
    </message>
    <message>
        <source>Create, edit and delete products, units and categories</source>
        <translation>新建、编辑和删除产品、单位及类别</translation>
    </message>
    <message>
        <source>See warehouses</source>
        <translation>查看仓库</translation>
    </message>
    <message>
        <source>Create, edit and delete warehouses</source>
        <translation>新建、编辑和删除仓库</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨单</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>领用单</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>销售退货单</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借出单</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>采购入库单</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>采购退货单</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>已预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用量</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Last in</source>
        <translation>最近入库</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>最近出库</translation>
    </message>
    <message>
        <source>Search product code or name (Ctrl+F)</source>
        <translation>搜索产品编码或名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Search document number (Ctrl+F)</source>
        <translation>搜索单据编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口数量</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>库存(&amp;I)</translation>
    </message>
    <message>
        <source>Stock ledger: %1</source>
        <translation>库存流水：%1</translation>
    </message>
    <message>
        <source>Nothing gone out for:</source>
        <translation>连续无出库：</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>See stock, the stock ledger and alerts</source>
        <translation>查看库存、库存流水和预警</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>库存流水</translation>
    </message>
    <message>
        <source>Safety-stock alerts</source>
        <translation>安全库存预警</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>呆滞库存</translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation>调出仓库</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>调入仓库</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Search number, warehouse or purpose (Ctrl+F)</source>
        <translation>搜索单号、仓库或用途 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>调拨单</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>领料单</translation>
    </message>
    <message>
        <source>Stocktake count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>Loan return</source>
        <translation>借出归还单</translation>
    </message>
    <message>
        <source>Search product code or name, or a document number (Ctrl+F)</source>
        <translation>搜索产品编码或名称，或单据编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>已盘行数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Search number, warehouse or notes (Ctrl+F)</source>
        <translation>搜索单号、仓库或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>Export count sheet</source>
        <translation>导出盘点表</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Post and reverse transfers, requisitions and stocktakes</source>
        <translation>过账和冲销调拨单、领料单及盘点单</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>打印盘点表(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport count sheet…</source>
        <translation>导出盘点表(&amp;X)…</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>Stock reservations</source>
        <translation>库存预留</translation>
    </message>
    <message>
        <source>Transfers and requisitions</source>
        <translation>调拨单和领料单</translation>
    </message>
    <message>
        <source>Transfer and requisition lines</source>
        <translation>调拨单和领料单明细</translation>
    </message>
    <message>
        <source>Stocktake lines</source>
        <translation>盘点单明细</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::CountSheet</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation>账面数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>该盘点单已不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::InventoryBench</name>
    <message>
        <source>Bench warehouse %1</source>
        <translation>基准测试仓库 %1</translation>
    </message>
    <message>
        <source>The page %1 is not registered.</source>
        <translation>页面 %1 未注册。</translation>
    </message>
    <message>
        <source>The inventory module is not loaded.</source>
        <translation>库存模块未加载。</translation>
    </message>
    <message>
        <source>generate 100,000 products, 5 warehouses, 5,000,000 moves</source>
        <translation>生成 100,000 个产品、5 个仓库、5,000,000 条库存变动</translation>
    </message>
    <message>
        <source>baseline: on-hand first screen in bare SQL (p50)</source>
        <translation>基线：纯 SQL 查询现存量首屏（p50）</translation>
    </message>
    <message>
        <source>Stock on hand page, first screen (p50 of %1)</source>
        <translation>现存量页面首屏（%1 次的 p50）</translation>
    </message>
    <message>
        <source>Stock on hand page, first screen (max)</source>
        <translation>现存量页面首屏（最大值）</translation>
    </message>
    <message>
        <source>Stock ledger page, first screen (max of %1)</source>
        <translation>库存流水页面首屏（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>Safety-stock alerts page, first screen (max of %1)</source>
        <translation>安全库存预警页面首屏（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>Slow movers page, first screen (max of %1)</source>
        <translation>呆滞库存页面首屏（%1 次中的最大值）</translation>
    </message>
    <message>
        <source>on-hand of a product through StockService (p50 of %1)</source>
        <translation>通过 StockService 查询单个产品的现存量（%1 次的 p50）</translation>
    </message>
    <message>
        <source>on-hand of a product through StockService (p99)</source>
        <translation>通过 StockService 查询单个产品的现存量（p99）</translation>
    </message>
    <message>
        <source>baseline: one write transaction (p50)</source>
        <translation>基线：一次写事务（p50）</translation>
    </message>
    <message>
        <source>post a 20-line issue through StockService (p50 of %1)</source>
        <translation>通过 StockService 过账一张 20 行的出库单（%1 次的 p50）</translation>
    </message>
    <message>
        <source>post a 20-line issue through StockService (p99)</source>
        <translation>通过 StockService 过账一张 20 行的出库单（p99）</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::InventorySettingsSection</name>
    <message>
        <source>Refuse: a document that takes stock below zero is not posted</source>
        <translation>拒绝：使库存低于零的单据不予过账</translation>
    </message>
    <message>
        <source>Allow, with a warning naming the products</source>
        <translation>允许，但提示涉及的产品</translation>
    </message>
    <message>
        <source>Shipments, transfers and issues check the stock of each warehouse.</source>
        <translation>发货单、调拨单和出库单会检查各仓库的库存。</translation>
    </message>
    <message>
        <source>&amp;Negative stock:</source>
        <translation>负库存(&amp;N)：</translation>
    </message>
    <message>
        <source>Print and export the &amp;book quantity on count sheets</source>
        <translation>在盘点表上打印和导出账面数量(&amp;B)</translation>
    </message>
    <message>
        <source>Off, the counters write down what they find without seeing what the books say (a blind count).</source>
        <translation>关闭时，盘点人员只记录实际盘得的数量，看不到账面数量（盲盘）。</translation>
    </message>
    <message>
        <source>Stocktakes:</source>
        <translation>盘点：</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockDocumentForm</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;From warehouse:</source>
        <translation>调出仓库(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o warehouse:</source>
        <translation>调入仓库(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>过账(&amp;T)</translation>
    </message>
    <message>
        <source>Post the stock moves (Ctrl+Enter)</source>
        <translation>过账库存移动 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开单据</translation>
    </message>
    <message>
        <source>(no such code)</source>
        <translation>（无此编码）</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>库存低于零</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Why is %1 reversed?</source>
        <translation>为什么冲销 %1？</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>新建调拨单</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>新建领料单</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>调拨单 %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>领料单 %1</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockDocumentRepository</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>已过账</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods leave.</source>
        <translation>请选择货物调出的仓库。</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>请选择货物调入的仓库。</translation>
    </message>
    <message>
        <source>A transfer goes to another warehouse.</source>
        <translation>调拨必须调入另一个仓库。</translation>
    </message>
    <message>
        <source>Say what the goods are for.</source>
        <translation>请说明货物的用途。</translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation>请至少添加一个产品。</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>第 %1 行没有产品。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>该单据已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 为%2，不能再修改。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 已经是%2。</translation>
    </message>
    <message>
        <source>Only a posted document can be reversed; %1 is %2.</source>
        <translation>只有已过账的单据可以冲销；%1 为%2。</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>请说明冲销 %1 的原因。</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockLedger</name>
    <message>
        <source>A stock movement needs its document (type, number, uuid and date).</source>
        <translation>库存变动必须关联其单据（类型、编号、uuid 和日期）。</translation>
    </message>
    <message>
        <source>%1, line %2: the product no longer exists.</source>
        <translation>%1 第 %2 行：该产品已不存在。</translation>
    </message>
    <message>
        <source>%1, line %2: choose a warehouse.</source>
        <translation>%1 第 %2 行：请选择仓库。</translation>
    </message>
    <message>
        <source>Not enough %1 in %2: %3 on hand, %4 asked for.</source>
        <translation>%2 中的 %1 库存不足：现存 %3，需要 %4。</translation>
    </message>
    <message>
        <source>The document has no stock movements left to reverse.</source>
        <translation>该单据没有可冲销的库存变动。</translation>
    </message>
    <message>
        <source>%1 in %2: on hand %3, but the moves add up to %4.</source>
        <translation>%2 中的 %1：现存量为 %3，但流水合计为 %4。</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeForm</name>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>该盘点单已不存在。</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>过账(&amp;T)</translation>
    </message>
    <message>
        <source>Post the variances as stock moves (Ctrl+Enter)</source>
        <translation>将差异过账为库存变动（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the count sheet (Ctrl+P)</source>
        <translation>打印盘点表（Ctrl+P）</translation>
    </message>
    <message>
        <source>E&amp;xport count sheet…</source>
        <translation>导出盘点表(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot open the stocktake</source>
        <translation>无法打开盘点单</translation>
    </message>
    <message>
        <source>Added to the count sheet: %1.</source>
        <translation>已添加到盘点表：%1。</translation>
    </message>
    <message>
        <source>Post %1 for %2?</source>
        <translation>要过账 %1（仓库：%2）吗？</translation>
    </message>
    <message>
        <source>Lines counted: %1. With a variance: %2 (%3 more and %4 less than on hand, net %5).</source>
        <translation>已盘点行数：%1。有差异的行数：%2（盘盈 %3，盘亏 %4，净差 %5）。</translation>
    </message>
    <message>
        <source>The stock on hand becomes the counted quantities.</source>
        <translation>现存量将更新为实盘数量。</translation>
    </message>
    <message>
        <source>Post stocktake</source>
        <translation>过账盘点单</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Why is %1 reversed?</source>
        <translation>为什么冲销 %1？</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点单</translation>
    </message>
    <message>
        <source>Save the changes to the stocktake?</source>
        <translation>是否保存对盘点单的更改？</translation>
    </message>
    <message>
        <source>Lines: %1 · counted: %2</source>
        <translation>行数：%1 · 已盘点：%2</translation>
    </message>
    <message>
        <source>with a variance: %1 (+%2 / −%3)</source>
        <translation>有差异：%1（+%2 / −%3）</translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation>新建盘点单</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>盘点单 %1</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeLinesModel</name>
    <message>
        <source>Stock moved since this line was added to the sheet (book %1, on hand now %2); the variance is measured against the on-hand when the stocktake is posted.</source>
        <translation>此行加入盘点表后库存已有变动（账面 %1，当前现存量 %2）；过账盘点单时，差异按过账时的现存量计算。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a quantity.</source>
        <translation>%1：“%2”不是有效数量。</translation>
    </message>
    <message>
        <source>%1: a counted quantity cannot be below zero.</source>
        <translation>%1：实盘数量不能小于零。</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakePrintData</name>
    <message>
        <source>There is no stocktake %1.</source>
        <translation>不存在盘点单 %1。</translation>
    </message>
    <message>
        <source>Stocktake count sheet</source>
        <translation>盘点表</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Book qty</source>
        <translation>账面数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘数</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Counted by (signature, date)</source>
        <translation>盘点人（签字、日期）</translation>
    </message>
    <message>
        <source>Checked by (signature, date)</source>
        <translation>复核人（签字、日期）</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeRepository</name>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>Choose the warehouse to count.</source>
        <translation>请选择要盘点的仓库。</translation>
    </message>
    <message>
        <source>%1: a counted quantity cannot be below zero.</source>
        <translation>%1：实盘数量不能小于零。</translation>
    </message>
    <message>
        <source>The stocktake was deleted by someone else; it cannot be saved.</source>
        <translation>该盘点单已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 为%2，不能再修改。</translation>
    </message>
    <message>
        <source>The count sheet of %1 lists the stock of another warehouse; start a new stocktake to count this one.</source>
        <translation>%1 的盘点表列出的是另一个仓库的库存；要盘点此仓库，请新建盘点单。</translation>
    </message>
    <message>
        <source>%1 is not on the count sheet of %2.</source>
        <translation>%1 不在 %2 的盘点表上。</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>该盘点单已不存在。</translation>
    </message>
    <message>
        <source>There is no product with the code %1.</source>
        <translation>没有编码为 %1 的产品。</translation>
    </message>
    <message>
        <source>No product matches the selection.</source>
        <translation>没有符合所选条件的产品。</translation>
    </message>
    <message>
        <source>Every product of the selection is on the count sheet already.</source>
        <translation>所选产品均已在盘点表上。</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 已经是%2。</translation>
    </message>
    <message>
        <source>%1 has no products to count; add them first.</source>
        <translation>%1 没有要盘点的产品；请先添加产品。</translation>
    </message>
    <message>
        <source>Lines not counted yet (%1): %2. Type what was found (0 when there was none).</source>
        <translation>尚未盘点的行（%1）：%2。请输入实际盘得的数量（没有则填 0）。</translation>
    </message>
    <message>
        <source>Only a posted stocktake can be reversed; %1 is %2.</source>
        <translation>只有已过账的盘点单才能冲销；%1 为%2。</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>请说明冲销 %1 的原因。</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeSelectionBox</name>
    <message>
        <source>Products to count</source>
        <translation>要盘点的产品</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Only products with stock or moves in this warehouse</source>
        <translation>仅限在此仓库有库存或有库存变动的产品(&amp;O)</translation>
    </message>
    <message>
        <source>Product codes, separated by spaces (instead of the category)</source>
        <translation>产品编码，以空格分隔（代替类别）</translation>
    </message>
    <message>
        <source>A&amp;dd to count sheet</source>
        <translation>添加到盘点表(&amp;D)</translation>
    </message>
    <message>
        <source>Adds the chosen products that are not on the sheet yet, with their stock now as the book quantity</source>
        <translation>添加尚未在盘点表上的所选产品，并以其当前库存作为账面数量</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Crm::LineInput</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>第 %1 行：“%2”不是有效的数量。</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the code &quot;%2&quot;.</source>
        <translation>第 %1 行：没有编码为“%2”的产品。</translation>
    </message>
</context>
<context>
    <name>Crm::ListExporter</name>
    <message>
        <source>Could not read the list: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Crm::ListPage</name>
    <message>
        <source>Search code or name (Ctrl+F)</source>
        <translation>搜索编码或名称（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>打开所选记录（Enter）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>删除所选记录（Del）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source> — many matches: shown in the order they were entered; type more to narrow and sort</source>
        <translation> — 匹配项很多：按录入顺序显示；请继续输入以缩小范围并排序</translation>
    </message>
    <message>
        <source>counting records…</source>
        <translation>正在统计记录…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>确定删除 %1 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import records from a CSV or Excel file (Ctrl+I)</source>
        <translation>从 CSV 或 Excel 文件导入记录（Ctrl+I）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what the list shows to CSV or Excel (Ctrl+E)</source>
        <translation>将列表中显示的内容导出为 CSV 或 Excel（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>适用于 Excel 的 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::LoginDialog</name>
    <message>
        <source>Log in — %1</source>
        <translation>登录 — %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is inactive.</source>
        <translation>登录名或密码错误，或账户已停用。</translation>
    </message>
</context>
<context>
    <name>Crm::MainWindow</name>
    <message>
        <source>%1 — CRM Suite</source>
        <translation>%1 — CRM Suite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>导航窗格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Modules…</source>
        <translation>模块(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About CRM Suite</source>
        <translation>关于 CRM Suite(&amp;A)</translation>
    </message>
    <message>
        <source>About CRM Suite</source>
        <translation>关于 CRM Suite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Suite %1&lt;/h3&gt;&lt;p&gt;Customers, quotations, orders, stock, money and service for small and medium businesses — offline, on one file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Suite %1&lt;/h3&gt;&lt;p&gt;面向中小企业的客户、报价、订单、库存、资金和售后服务管理——无需联网，所有数据保存在一个文件中。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved</source>
        <translation>只读：无法保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>备份到(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 (read-only) — CRM Suite</source>
        <translation>%1（只读）— CRM Suite</translation>
    </message>
</context>
<context>
    <name>Crm::ModuleManager</name>
    <message>
        <source>not a Qt plugin, or its metadata cannot be read</source>
        <translation>不是 Qt 插件，或无法读取其元数据</translation>
    </message>
    <message>
        <source>not a CRM Suite module (interface &quot;%1&quot;)</source>
        <translation>不是 CRM Suite 模块（接口“%1”）</translation>
    </message>
    <message>
        <source>malformed metadata: no module description</source>
        <translation>元数据格式错误：缺少模块描述</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;id&quot; is missing or not a lowercase identifier</source>
        <translation>元数据格式错误：缺少“id”或其不是小写标识符</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;name&quot; or &quot;version&quot; is missing</source>
        <translation>元数据格式错误：缺少“name”或“version”</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;interfaceVersion&quot; is missing or not a number</source>
        <translation>元数据格式错误：缺少“interfaceVersion”或其不是数字</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;%1&quot; is not a list</source>
        <translation>元数据格式错误：“%1”不是列表</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;%1&quot; holds something that is not a module id</source>
        <translation>元数据格式错误：“%1”包含不是模块 ID 的内容</translation>
    </message>
    <message>
        <source>built for module interface version %1; this program needs version %2</source>
        <translation>针对模块接口版本 %1 构建；本程序需要版本 %2</translation>
    </message>
    <message>
        <source>another plugin (%1) already provides module &quot;%2&quot;</source>
        <translation>另一个插件（%1）已提供模块“%2”</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which was skipped</source>
        <translation>依赖模块“%1”，但该模块已被跳过</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which is not installed</source>
        <translation>依赖模块“%1”，但该模块未安装</translation>
    </message>
    <message>
        <source>dependency cycle among modules %1</source>
        <translation>模块 %1 之间存在循环依赖</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which failed to load</source>
        <translation>依赖模块“%1”，但该模块加载失败</translation>
    </message>
    <message>
        <source>the library failed to load: %1</source>
        <translation>库加载失败：%1</translation>
    </message>
    <message>
        <source>the plugin does not provide a CRM Suite module</source>
        <translation>该插件未提供 CRM Suite 模块</translation>
    </message>
</context>
<context>
    <name>Crm::ModulesDialog</name>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>Loaded; needs %1</source>
        <translation>已加载；依赖 %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>%1 loaded, %2 skipped.</source>
        <translation>已加载 %1 个，已跳过 %2 个。</translation>
    </message>
</context>
<context>
    <name>Crm::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>无法合并以 %1 和 %2 计价的金额。</translation>
    </message>
</context>
<context>
    <name>Crm::Numbering</name>
    <message>
        <source>No numbering is defined for %1.</source>
        <translation>未为 %1 定义编号规则。</translation>
    </message>
</context>
<context>
    <name>Crm::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Crm::Party</name>
    <message>
        <source>Prospect</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>Crm::PartyBulkInsert</name>
    <message>
        <source>The import stopped before every row was written.</source>
        <translation>导入在写入所有行之前已停止。</translation>
    </message>
</context>
<context>
    <name>Crm::PartyForm</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation>法定全称</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>简称(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编码(&amp;D)：</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Su&amp;pplier</source>
        <translation>供应商(&amp;P)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>trade fair, referral, website…</source>
        <translation>展会、转介绍、网站…</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>传真(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>province, state or sales region</source>
        <translation>省份、州或销售区域</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>邮政编码(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;hip-to address:</source>
        <translation>收货地址(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;redit limit:</source>
        <translation>信用额度(&amp;R)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>付款条件(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;1 General</source>
        <translation>&amp;1 常规</translation>
    </message>
    <message>
        <source>&amp;2 Address and phones</source>
        <translation>&amp;2 地址和电话</translation>
    </message>
    <message>
        <source>&amp;3 Commercial</source>
        <translation>&amp;3 商务</translation>
    </message>
    <message>
        <source>&amp;4 Contacts</source>
        <translation>&amp;4 联系人</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The credit limit &quot;%1&quot; is not an amount.</source>
        <translation>信用额度“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>%1 %2 has the same name. Save this record anyway?</source>
        <translation>%1 %2 的名称与此相同。仍要保存此记录吗？</translation>
    </message>
</context>
<context>
    <name>Crm::PartyImport</name>
    <message>
        <source>Record %1 was deleted during the import.</source>
        <translation>记录 %1 在导入过程中被删除。</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use %2 or %3.</source>
        <translation>未知类型“%1”：请使用 %2 或 %3。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use one of %2.</source>
        <translation>未知状态“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;: use a log-in or a user&apos;s name.</source>
        <translation>未知用户“%1”：请使用登录名或用户姓名。</translation>
    </message>
    <message>
        <source>Unknown payment terms &quot;%1&quot;.</source>
        <translation>未知付款条件“%1”。</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>未知币种“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The contact&apos;s details are given but not the name.</source>
        <translation>填写了联系人的详细信息，但未填写联系人姓名。</translation>
    </message>
    <message>
        <source>The record to update no longer exists.</source>
        <translation>要更新的记录已不存在。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact&apos;s department</source>
        <translation>联系人部门</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact&apos;s mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>联系人电子邮件</translation>
    </message>
</context>
<context>
    <name>Crm::PartyRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>A party must be a customer, a supplier or both.</source>
        <translation>往来单位必须是客户、供应商或两者兼是。</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>电子邮件地址“%1”无效。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <source>Contact %1 has no name.</source>
        <translation>联系人 %1 没有姓名。</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; of contact %2 is not valid.</source>
        <translation>联系人 %2 的电子邮件地址“%1”无效。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>只能有一个主要联系人。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>该记录已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation>无法删除 %1：其他记录引用了它（%2）。</translation>
    </message>
</context>
<context>
    <name>Crm::PasswordHash</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>加密库启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>Crm::Pricing</name>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>A discount must be between 0% and 100%, and a tax rate cannot be negative.</source>
        <translation>折扣必须在 0% 到 100% 之间，税率不能为负数。</translation>
    </message>
    <message>
        <source>A discount must be between 0% and 100%.</source>
        <translation>折扣必须在 0% 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>Crm::PrintActions</name>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将 %1 另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Crm::PrintJob</name>
    <message>
        <source>Copy %1 of %2</source>
        <translation>第 %1 联，共 %2 联</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>Crm::PrintRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>没有可打印的内容。</translation>
    </message>
</context>
<context>
    <name>Crm::PrintSettings</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 mm）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter 信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Continuous form, half (241 × 140 mm)</source>
        <translation>连续纸，二等分（241 × 140 mm）</translation>
    </message>
    <message>
        <source>Continuous form, third (241 × 93 mm)</source>
        <translation>连续纸，三等分（241 × 93 mm）</translation>
    </message>
    <message>
        <source>Copies with prices: &quot;%1&quot; is not a copy number from 1 to %2.</source>
        <translation>显示价格的联次：“%1”不是 1 到 %2 之间的联次编号。</translation>
    </message>
</context>
<context>
    <name>Crm::PrintTemplate</name>
    <message>
        <source>Template error on line %1: %2</source>
        <translation>模板第 %1 行有错误：%2</translation>
    </message>
</context>
<context>
    <name>Crm::PrintTemplatesDialog</name>
    <message>
        <source>Print templates</source>
        <translation>打印模板</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>单据(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Crm::ProductForm</name>
    <message>
        <source>Co&amp;de:</source>
        <translation>编码(&amp;D)：</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>规格(&amp;S)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>条形码(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>成本（%1）(&amp;O)：</translation>
    </message>
    <message>
        <source>Sale &amp;price (%1):</source>
        <translation>售价（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation>税率(&amp;X)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>保修期(&amp;W)：</translation>
    </message>
    <message>
        <source>Safety stoc&amp;k:</source>
        <translation>安全库存(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>产品 %1 — %2</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效数量。</translation>
    </message>
    <message>
        <source>Existing products with this code or this name and specification:
%1</source>
        <translation>已存在使用此编码或此名称和规格的产品：
%1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Crm::ProductImport</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>保修月数</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>After the update it would duplicate %1.</source>
        <translation>更新后将与 %1 重复。</translation>
    </message>
    <message>
        <source>Record %1 was deleted during the import.</source>
        <translation>记录 %1 在导入过程中被删除。</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;.</source>
        <translation>未知单位“%1”。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知类别“%1”。</translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;.</source>
        <translation>未知税率“%1”。</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>未知币种“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of months.</source>
        <translation>“%1”不是整数月数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>The record to update no longer exists.</source>
        <translation>要更新的记录已不存在。</translation>
    </message>
</context>
<context>
    <name>Crm::ProductRepository</name>
    <message>
        <source>The product name is required.</source>
        <translation>产品名称为必填项。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <source>The sale price cannot be negative.</source>
        <translation>售价不能为负数。</translation>
    </message>
    <message>
        <source>The warranty must be between 0 and 600 months.</source>
        <translation>保修期必须在 0 到 600 个月之间。</translation>
    </message>
    <message>
        <source>The safety stock cannot be negative.</source>
        <translation>安全库存不能为负数。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>编码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>Product %1 already has this name and specification.</source>
        <translation>产品 %1 已使用此名称和规格。</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>该记录已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation>无法删除 %1：其他记录引用了它（%2）。</translation>
    </message>
</context>
<context>
    <name>Crm::Purchasing</name>
    <message>
        <source>See suppliers</source>
        <translation>查看供应商</translation>
    </message>
    <message>
        <source>Create, edit and delete suppliers</source>
        <translation>新建、编辑和删除供应商</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>采购</translation>
    </message>
</context>
<context>
    <name>Crm::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>“%1”不是有效百分比。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>Crm::RecordRepository</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1必须是数字。</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>%1超出允许范围。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by another %3.</source>
        <translation>%1“%2”已被另一个%3使用。</translation>
    </message>
    <message>
        <source>A category cannot be placed under itself.</source>
        <translation>类别不能放在其自身之下。</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>该记录已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 %2 cannot be deleted: other records refer to it (%3).</source>
        <translation>无法删除%1 %2：其他记录引用了它（%3）。</translation>
    </message>
</context>
<context>
    <name>Crm::Restore</name>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3</source>
        <translation>无法将 %1 的副本保留为 %2：%3</translation>
    </message>
    <message>
        <source>Cannot put the restored copy %1 in place of %2: %3. The database is kept as %4.</source>
        <translation>无法用恢复的副本 %1 替换 %2：%3。数据库保留为 %4。</translation>
    </message>
    <message>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>无法从 %2 恢复 %1：%3</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted while the backup was being copied; the database was not changed and the partial copy was removed.</source>
        <translation>%1 的恢复在复制备份时被中断；数据库未被更改，不完整的副本已删除。</translation>
    </message>
    <message>
        <source>it is not a CRM Suite database</source>
        <translation>它不是 CRM Suite 数据库</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted before its copy was whole; the database was not changed and the copy was removed.</source>
        <translation>%1 的恢复在副本完整之前被中断；数据库未被更改，副本已删除。</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted; it has now been completed.</source>
        <translation>%1 的恢复曾被中断；现已完成。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>Crm::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup is checked first; one that is damaged or was written by a newer version is refused. The data in %1 is then replaced by the backup&apos;s; the current file is kept beside it as %2.before-restore-&lt;date&gt;.</source>
        <translation>会先检查备份；已损坏或由更新版本写入的备份将被拒绝。随后 %1 中的数据将被替换为备份中的数据；当前文件会保留在其旁边，名为 %2.before-restore-&lt;date&gt;。</translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>&amp;Backups in %1:</source>
        <translation>%1 中的备份(&amp;B)：</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>此文件夹中还没有备份。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <source>CRM Suite databases (*.db);;All files (*)</source>
        <translation>CRM Suite 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Crm::Sales</name>
    <message>
        <source>See customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Create and edit customers</source>
        <translation>新建和编辑客户</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已丢单</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交货日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Search number or customer (Ctrl+F)</source>
        <translation>搜索编号或客户 (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>See quotations</source>
        <translation>查看报价单</translation>
    </message>
    <message>
        <source>See sales orders</source>
        <translation>查看销售订单</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交货</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>Search number (Ctrl+F)</source>
        <translation>搜索编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <source>Valid until / delivery</source>
        <translation>有效期至 / 交货日期</translation>
    </message>
    <message>
        <source>Create and edit quotations</source>
        <translation>新建和编辑报价单</translation>
    </message>
    <message>
        <source>Create, edit and confirm sales orders</source>
        <translation>新建、编辑和确认销售订单</translation>
    </message>
    <message>
        <source>Overdue deliveries</source>
        <translation>逾期交货</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <source>Quotations and orders</source>
        <translation>报价单和订单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>部分发货</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>要货日期</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Search number, customer or tracking number (Ctrl+F)</source>
        <translation>搜索编号、客户或运单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>发货通知单</translation>
    </message>
    <message>
        <source>Shipping order</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Search number or tracking number (Ctrl+F)</source>
        <translation>搜索编号或运单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数量</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>待发数量</translation>
    </message>
    <message>
        <source>Delivery month</source>
        <translation>交货月份</translation>
    </message>
    <message>
        <source>Search order, customer or product (Ctrl+F)</source>
        <translation>搜索订单、客户或产品（Ctrl+F）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已下达</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>发货(&amp;H)…</translation>
    </message>
    <message>
        <source>Shipping &amp;notice…</source>
        <translation>发货通知单(&amp;N)…</translation>
    </message>
    <message>
        <source>New shipping notice</source>
        <translation>新建发货通知单</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Number of the confirmed order to ship:</source>
        <translation>要发货的已确认订单编号：</translation>
    </message>
    <message>
        <source>Cannot ship</source>
        <translation>无法发货</translation>
    </message>
    <message>
        <source>There is no sales order %1.</source>
        <translation>不存在销售订单 %1。</translation>
    </message>
    <message>
        <source>See shipments and notices</source>
        <translation>查看发货单和发货通知单</translation>
    </message>
    <message>
        <source>Ship orders and reverse shipments</source>
        <translation>订单发货及冲销发货单</translation>
    </message>
    <message>
        <source>Shipping notices</source>
        <translation>发货通知单</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Unshipped quantities</source>
        <translation>未发货数量</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tracking link ({tracking} = number)</source>
        <translation>运单查询链接（{tracking} = 运单号）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结数量</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation>未逾期</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样品</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>See loans and samples</source>
        <translation>查看借出和样品</translation>
    </message>
    <message>
        <source>Lend goods and samples, take them back, sell them</source>
        <translation>借出货物和样品、办理归还及转为销售</translation>
    </message>
    <message>
        <source>Loans and samples</source>
        <translation>借出和样品</translation>
    </message>
    <message>
        <source>Loans past due</source>
        <translation>逾期借出</translation>
    </message>
    <message>
        <source>Quotation and order lines</source>
        <translation>报价单和订单明细</translation>
    </message>
    <message>
        <source>Shipments and shipping notices</source>
        <translation>发货单和发货通知单</translation>
    </message>
    <message>
        <source>Shipment lines</source>
        <translation>发货单明细</translation>
    </message>
    <message>
        <source>Loan lines</source>
        <translation>借出单明细</translation>
    </message>
    <message>
        <source>Loan returns</source>
        <translation>借出归还单</translation>
    </message>
    <message>
        <source>Loan return lines</source>
        <translation>借出归还单明细</translation>
    </message>
    <message>
        <source>Loan sales</source>
        <translation>借出转销售</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ChooseLinesDialog</name>
    <message>
        <source>Order from %1</source>
        <translation>由 %1 生成订单</translation>
    </message>
    <message>
        <source>%1. %2 × %3</source>
        <translation>%1. %2 × %3</translation>
    </message>
    <message>
        <source>Create the &amp;order</source>
        <translation>生成订单(&amp;O)</translation>
    </message>
    <message>
        <source>Lines that go into the order (Space checks or unchecks):</source>
        <translation>转入订单的行（空格键勾选或取消）：</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::DocumentEditor</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>%1 was in %2; this document is in %3.</source>
        <translation>%1 的币种为 %2；本单据的币种为 %3。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::DocumentHeader</name>
    <message>
        <source>Type a name, code, phone or contact</source>
        <translation>输入名称、编码、电话或联系人</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The rate must be a number greater than zero.</source>
        <translation>汇率必须是大于零的数字。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>业务员(&amp;P)：</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>交货日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>付款条件(&amp;Y)：</translation>
    </message>
    <message>
        <source>Currenc&amp;y, rate:</source>
        <translation>币种、汇率(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>计税方式(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::Guardrails</name>
    <message>
        <source>Line %1: a discount of %2 is more than the %3 you may give.</source>
        <translation>第 %1 行：折扣 %2 超过了您可给予的 %3。</translation>
    </message>
    <message>
        <source>Line %1 is priced below cost.</source>
        <translation>第 %1 行的价格低于成本。</translation>
    </message>
    <message>
        <source>A document discount of %1 is more than the %2 you may give.</source>
        <translation>整单折扣 %1 超过了您可给予的 %2。</translation>
    </message>
    <message>
        <source>Open receivables plus this document exceed the customer&apos;s credit limit.</source>
        <translation>未收应收款加上本单据超过了客户的信用额度。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LastPricesDialog</name>
    <message>
        <source>Last prices — %1</source>
        <translation>最近价格 — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>计税</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>含税</translation>
    </message>
    <message>
        <source>excl.</source>
        <translation>不含税</translation>
    </message>
    <message>
        <source>This customer has not bought this product yet.</source>
        <translation>该客户尚未购买过此产品。</translation>
    </message>
    <message>
        <source>Enter takes the highlighted price; Escape keeps the line as it is.</source>
        <translation>按 Enter 采用所选价格；按 Escape 保持该行不变。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanForm</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>Type a name, code, phone or contact</source>
        <translation>输入名称、编码、电话或联系人</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Due &amp;back:</source>
        <translation>应还日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现存量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结数量</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>过账(&amp;T)</translation>
    </message>
    <message>
        <source>The goods leave the warehouses (Ctrl+Enter)</source>
        <translation>货物从仓库出库（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>归还(&amp;R)…</translation>
    </message>
    <message>
        <source>Goods come back from the customer</source>
        <translation>客户归还货物</translation>
    </message>
    <message>
        <source>Convert to &amp;order…</source>
        <translation>转为订单(&amp;O)…</translation>
    </message>
    <message>
        <source>What the customer keeps becomes a sales order</source>
        <translation>客户留下的货物转为销售订单</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开单据</translation>
    </message>
    <message>
        <source>%1 on %2: %3 sold</source>
        <translation>%1（%2）：售出 %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 back</source>
        <translation>%1（%2）：归还 %3</translation>
    </message>
    <message>
        <source>Returns and sales: %1</source>
        <translation>归还和销售：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(no such code)</source>
        <translation>（无此编码）</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>库存低于零</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve it yourself?</source>
        <translation>由您本人批准吗？</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <source>Why is %1 reversed? The goods go back into their warehouses.</source>
        <translation>%1 为何冲销？货物将退回原仓库。</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>新建样品单</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>新建借出单</translation>
    </message>
    <message>
        <source>past due since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Samples %1</source>
        <translation>样品单 %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>借出单 %1</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanQuantitiesDialog</name>
    <message>
        <source>Sell from %1</source>
        <translation>从 %1 转为销售</translation>
    </message>
    <message>
        <source>Return to %1</source>
        <translation>归还 %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未结数量</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation>售出数量</translation>
    </message>
    <message>
        <source>Quantity back</source>
        <translation>归还数量</translation>
    </message>
    <message>
        <source>Unit price (%1, without tax)</source>
        <translation>单价（%1，不含税）</translation>
    </message>
    <message>
        <source>Create the &amp;order</source>
        <translation>生成订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Return the goods</source>
        <translation>归还货物(&amp;R)</translation>
    </message>
    <message>
        <source>What %1 keeps becomes a confirmed sales order, already delivered: the goods do not leave the warehouse again.</source>
        <translation>%1 留下的货物将转为已确认且已交货的销售订单：货物不会再次从仓库出库。</translation>
    </message>
    <message>
        <source>Returned &amp;on:</source>
        <translation>归还日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>第 %1 行：“%2”不是有效价格。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanRepository</name>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>The chosen party is not a customer.</source>
        <translation>所选往来单位不是客户。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>Say when the goods are due back.</source>
        <translation>请填写应还日期。</translation>
    </message>
    <message>
        <source>The goods cannot be due back before they leave.</source>
        <translation>应还日期不能早于出库日期。</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>%1 没有明细行。</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>该单据</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>第 %1 行没有产品。</translation>
    </message>
    <message>
        <source>Line %1: choose the warehouse the goods leave from.</source>
        <translation>第 %1 行：请选择发货仓库。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>该单据已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 的状态为“%2”，不能再修改。</translation>
    </message>
    <message>
        <source>%1 is %2: only a draft is deleted; reverse it instead.</source>
        <translation>%1 的状态为“%2”：只能删除草稿，请改为冲销。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 的状态已是“%2”。</translation>
    </message>
    <message>
        <source>%1 has returns or sales already; only a loan with neither is reversed.</source>
        <translation>%1 已有归还或销售记录；只有两者皆无的借出单才能冲销。</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>请说明冲销 %1 的原因。</translation>
    </message>
    <message>
        <source>%1 is %2: nothing of it is out with the customer.</source>
        <translation>%1 的状态为“%2”：客户处没有该单据的未结货物。</translation>
    </message>
    <message>
        <source>A line is no longer part of %1.</source>
        <translation>有一行已不属于 %1。</translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot be below zero.</source>
        <translation>第 %1 行：数量不能小于零。</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>第 %1 行的价格为负数。</translation>
    </message>
    <message>
        <source>Line %1, %2 %3: %4 outstanding, %5 asked for.</source>
        <translation>第 %1 行，%2 %3：未结数量为 %4，但填写了 %5。</translation>
    </message>
    <message>
        <source>Type a quantity on at least one line.</source>
        <translation>请至少在一行中输入数量。</translation>
    </message>
    <message>
        <source>The date of the return is missing.</source>
        <translation>缺少归还日期。</translation>
    </message>
    <message>
        <source>A return cannot be dated before %1 went out (%2).</source>
        <translation>归还日期不能早于 %1 的出库日期（%2）。</translation>
    </message>
    <message>
        <source>Sold from %1 %2.</source>
        <translation>由%1单 %2 转为销售。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesBench</name>
    <message>
        <source>The database has no products; run the demo first.</source>
        <translation>数据库中没有产品；请先运行 demo。</translation>
    </message>
    <message>
        <source>baseline: one write transaction (p50)</source>
        <translation>基线：一次写事务（p50）</translation>
    </message>
    <message>
        <source>confirm a 20-line order (p50 of %1)</source>
        <translation>确认一张 20 行的订单（%1 次的 p50）</translation>
    </message>
    <message>
        <source>confirm a 20-line order (p99)</source>
        <translation>确认一张 20 行的订单（p99）</translation>
    </message>
    <message>
        <source>baseline: lay out the 200-line quotation&apos;s HTML (p50)</source>
        <translation>基线：排版 200 行报价单的 HTML（p50）</translation>
    </message>
    <message>
        <source>200-line quotation to PDF, %1 pages (max of %2)</source>
        <translation>200 行报价单输出为 PDF，%1 页（%2 次中的最大值）</translation>
    </message>
    <message>
        <source>post a 20-line shipment (p50 of %1)</source>
        <translation>过账一张 20 行的发货单（%1 次的 p50）</translation>
    </message>
    <message>
        <source>post a 20-line shipment (p99)</source>
        <translation>过账一张 20 行的发货单（p99）</translation>
    </message>
    <message>
        <source>The database needs 5 customers and 5 products; run the demo first.</source>
        <translation>数据库需要 5 个客户和 5 个产品；请先运行 demo。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesDocumentForm</name>
    <message>
        <source>Enter: next field · Ctrl+L: last prices · Ctrl+Del: remove line · Ctrl+S: save · Ctrl+Enter: %1 · Ctrl+P: print</source>
        <translation>Enter：下一字段 · Ctrl+L：最近价格 · Ctrl+Del：删除行 · Ctrl+S：保存 · Ctrl+Enter：%1 · Ctrl+P：打印</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>The document discount must be between 0% and 100%.</source>
        <translation>整单折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Terms and notes printed on the document</source>
        <translation>打印在单据上的条款和备注</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Document &amp;discount:</source>
        <translation>整单折扣(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>标记为已发送(&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>取消订单(&amp;N)…</translation>
    </message>
    <message>
        <source>To &amp;order</source>
        <translation>转为订单(&amp;O)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>修订(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>丢单(&amp;L)…</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>无法打开单据</translation>
    </message>
    <message>
        <source>Nothing on this document needs an approval.</source>
        <translation>本单据没有需要批准的内容。</translation>
    </message>
    <message>
        <source>This document needs a manager&apos;s approval:
%1</source>
        <translation>本单据需要经理批准：
%1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve it yourself?</source>
        <translation>由您本人批准吗？</translation>
    </message>
    <message>
        <source>Choose a line with a product to see its last prices.</source>
        <translation>请选择含产品的行以查看其最近价格。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Quotation lost</source>
        <translation>报价单丢单</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>%1 为何取消？</translation>
    </message>
    <message>
        <source>Why was %1 lost (price, delivery time, competitor…)?</source>
        <translation>%1 为何丢单（价格、交期、竞争对手…）？</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to this document?</source>
        <translation>保存对本单据的更改吗？</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣额</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>税额 %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>折合 %1</translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation>新建销售订单</translation>
    </message>
    <message>
        <source>New quotation</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>已由 %1 批准</translation>
    </message>
    <message>
        <source>needs a manager&apos;s approval: %1</source>
        <translation>需要经理批准：%1</translation>
    </message>
    <message>
        <source>from quotation %1 (%2)</source>
        <translation>来自报价单 %1（%2）</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>订单 %1（%2）</translation>
    </message>
    <message>
        <source>revision %1 (%2)</source>
        <translation>修订版 %1（%2）</translation>
    </message>
    <message>
        <source>Sales order %1</source>
        <translation>销售订单 %1</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>修改(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose at least one line for the order.</source>
        <translation>请至少选择一行转入订单。</translation>
    </message>
    <message>
        <source>Amend the order</source>
        <translation>修改订单</translation>
    </message>
    <message>
        <source>%1 is confirmed. Amending it cancels it and opens a new revision with the same lines to change and confirm again. Amend it?</source>
        <translation>%1 已确认。修改会取消该订单，并打开一个包含相同行的新版本，供修改后再次确认。要修改吗？</translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation>发货单 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesDocumentRepository</name>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>The chosen party is not a customer.</source>
        <translation>所选往来单位不是客户。</translation>
    </message>
    <message>
        <source>The document date is missing.</source>
        <translation>缺少单据日期。</translation>
    </message>
    <message>
        <source>The quotation cannot expire before its date.</source>
        <translation>报价单的有效期不能早于报价日期。</translation>
    </message>
    <message>
        <source>The delivery date cannot be before the order date.</source>
        <translation>交货日期不能早于订单日期。</translation>
    </message>
    <message>
        <source>The currency is missing.</source>
        <translation>缺少币种。</translation>
    </message>
    <message>
        <source>The exchange rate must be greater than zero.</source>
        <translation>汇率必须大于零。</translation>
    </message>
    <message>
        <source>Line %1 has neither a product nor a description.</source>
        <translation>第 %1 行既没有产品也没有描述。</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>第 %1 行没有数量。</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>第 %1 行的价格为负数。</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation>第 %1 行：折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The document discount must be between 0% and 100%.</source>
        <translation>整单折扣必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>该单据已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 的状态为“%2”，不能再修改。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become %3.</source>
        <translation>%1 的状态为“%2”，不能改为“%3”。</translation>
    </message>
    <message>
        <source>Say why %1 is %2.</source>
        <translation>请说明 %1 为何“%2”。</translation>
    </message>
    <message>
        <source>%1 has no lines to confirm.</source>
        <translation>%1 没有可确认的明细行。</translation>
    </message>
    <message>
        <source>Only a quotation can be copied to a new quotation.</source>
        <translation>只有报价单可以复制为新报价单。</translation>
    </message>
    <message>
        <source>Only a quotation can be revised.</source>
        <translation>只有报价单可以修订。</translation>
    </message>
    <message>
        <source>Only a quotation can become a sales order.</source>
        <translation>只有报价单可以转为销售订单。</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become an order.</source>
        <translation>%1 的状态为“%2”，不能转为订单。</translation>
    </message>
    <message>
        <source>Choose at least one line of %1 for the order.</source>
        <translation>请从 %1 中至少选择一行生成订单。</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval before it is confirmed:
%2</source>
        <translation>%1 需经经理批准后才能确认：
%2</translation>
    </message>
    <message>
        <source>%1 may not approve discounts and prices.</source>
        <translation>%1 无权批准折扣和价格。</translation>
    </message>
    <message>
        <source>Only a sales order can be amended.</source>
        <translation>只有销售订单可以修改。</translation>
    </message>
    <message>
        <source>%1 is %2; only a confirmed order is amended (a draft is simply changed).</source>
        <translation>%1 为%2；只有已确认的订单才需修改（草稿直接更改即可）。</translation>
    </message>
    <message>
        <source>Amended by %1</source>
        <translation>已由 %1 修改</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesLinesModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>含税单价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity greater than zero.</source>
        <translation>第 %1 行：“%2”不是大于零的数量。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>第 %1 行：“%2”不是有效价格。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a percentage between 0 and 100.</source>
        <translation>第 %1 行：“%2”不是 0 到 100 之间的百分比。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesPrintData</name>
    <message>
        <source>Customer copy</source>
        <translation>客户联</translation>
    </message>
    <message>
        <source>File copy</source>
        <translation>存根联</translation>
    </message>
    <message>
        <source>Warehouse copy</source>
        <translation>仓库联</translation>
    </message>
    <message>
        <source>Accounting copy</source>
        <translation>财务联</translation>
    </message>
    <message>
        <source>There is no quotation or sales order %1.</source>
        <translation>没有编号为 %1 的报价单或销售订单。</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交货日期</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣额</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>不含税合计</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>折合 %1</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>客户签收</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesSettings</name>
    <message>
        <source>A quotation&apos;s validity must be between 1 and 3650 days.</source>
        <translation>报价单有效期必须在 1 到 3650 天之间。</translation>
    </message>
    <message>
        <source>The delivery time must be between 0 and 3650 days.</source>
        <translation>交货期必须在 0 到 3650 天之间。</translation>
    </message>
    <message>
        <source>The warehouse for orders is not an active warehouse.</source>
        <translation>订单所用的仓库不是启用中的仓库。</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesSettingsSection</name>
    <message>
        <source>Each line&apos;s tax rounded to the cent, then added up</source>
        <translation>每行税额先舍入到分，再汇总</translation>
    </message>
    <message>
        <source>Tax computed once per rate on the document&apos;s total</source>
        <translation>按税率对单据合计一次性计算税额</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>价格不含税</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>价格含税</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A price below cost needs a manager&apos;s &amp;approval</source>
        <translation>低于成本的价格需要经理批准(&amp;A)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>最大折扣</translation>
    </message>
    <message>
        <source>Tax &amp;rounding:</source>
        <translation>税额舍入(&amp;R)：</translation>
    </message>
    <message>
        <source>New documents&apos; &amp;prices:</source>
        <translation>新单据的价格(&amp;P)：</translation>
    </message>
    <message>
        <source>Quotations &amp;valid for:</source>
        <translation>报价单有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Delivery after:</source>
        <translation>交货期(&amp;D)：</translation>
    </message>
    <message>
        <source>Deepest discount each role gives without a manager&apos;s approval (users who may approve have no limit):</source>
        <translation>各角色无需经理批准即可给予的最大折扣（有批准权限的用户不受限制）：</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a discount between 0% and 100%.</source>
        <translation>%1：“%2”不是 0% 到 100% 之间的折扣。</translation>
    </message>
    <message>
        <source>Orders reserve and ship &amp;from:</source>
        <translation>订单预留和发货仓库(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ShipmentForm</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>收货地址(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ontact, phone:</source>
        <translation>联系人、电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Wanted by:</source>
        <translation>要货日期(&amp;W)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>跟踪(&amp;K)</translation>
    </message>
    <message>
        <source>Open the courier&apos;s tracking page</source>
        <translation>打开承运商的运单查询页面</translation>
    </message>
    <message>
        <source>Save a courier with a tracking address and a tracking number first.</source>
        <translation>请先保存带有查询网址的承运商以及运单号。</translation>
    </message>
    <message>
        <source>Cou&amp;rier:</source>
        <translation>承运商(&amp;R)：</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>运单号(&amp;N)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>待发数量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>&amp;Add order…</source>
        <translation>添加订单(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>下达(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;hip</source>
        <translation>发货(&amp;H)</translation>
    </message>
    <message>
        <source>Issue the notice to the warehouse (Ctrl+Enter)</source>
        <translation>将通知单下达给仓库（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Post the shipment: the goods leave the warehouses (Ctrl+Enter)</source>
        <translation>过账发货单：货物从仓库出库（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>冲销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>库存低于零</translation>
    </message>
    <message>
        <source>Reverse the shipment</source>
        <translation>冲销发货单</translation>
    </message>
    <message>
        <source>Why is %1 reversed? The goods go back into their warehouses and the orders wait for them again.</source>
        <translation>%1 为何冲销？货物将退回原仓库，相关订单将重新等待发货。</translation>
    </message>
    <message>
        <source>The customer has no other order waiting for goods.</source>
        <translation>该客户没有其他待发货的订单。</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>添加订单</translation>
    </message>
    <message>
        <source>Order of the same customer:</source>
        <translation>同一客户的订单：</translation>
    </message>
    <message>
        <source>New shipping notice</source>
        <translation>新建发货通知单</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>新建发货单</translation>
    </message>
    <message>
        <source>Shipping notice %1</source>
        <translation>发货通知单 %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>发货单 %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ShipmentPrintData</name>
    <message>
        <source>Customer copy</source>
        <translation>客户联</translation>
    </message>
    <message>
        <source>Warehouse copy</source>
        <translation>仓库联</translation>
    </message>
    <message>
        <source>Accounting copy</source>
        <translation>财务联</translation>
    </message>
    <message>
        <source>There is no shipment or shipping notice %1.</source>
        <translation>不存在发货单或发货通知单 %1。</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>发货通知单</translation>
    </message>
    <message>
        <source>Shipping order</source>
        <translation>发货单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>要货日期</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>数量合计</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>REVERSED</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>制单人</translation>
    </message>
    <message>
        <source>Received by (signature, date)</source>
        <translation>收货人（签字、日期）</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total incl. tax</source>
        <translation>含税合计</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a quantity and its unit</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ShipmentRepository</name>
    <message>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>%1 没有明细行。</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>该单据</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>第 %1 行没有产品。</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>第 %1 行：数量必须大于零。</translation>
    </message>
    <message>
        <source>Line %1: choose the warehouse the goods leave from.</source>
        <translation>第 %1 行：请选择发货仓库。</translation>
    </message>
    <message>
        <source>Line %1: its order line no longer exists.</source>
        <translation>第 %1 行：对应的订单行已不存在。</translation>
    </message>
    <message>
        <source>Line %1: %2 is another customer&apos;s order.</source>
        <translation>第 %1 行：%2 是其他客户的订单。</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a confirmed order waiting for goods.</source>
        <translation>第 %1 行：%2 不是待发货的已确认订单。</translation>
    </message>
    <message>
        <source>Line %1: the product differs from line %2 of %3.</source>
        <translation>第 %1 行：产品与 %3 第 %2 行的产品不一致。</translation>
    </message>
    <message>
        <source>Line %1: %2 line %3 has %4 left to ship (ordered %5, shipped %6); %7 is too many.</source>
        <translation>第 %1 行：%2 第 %3 行的待发数量为 %4（订购 %5，已发 %6）；%7 超出待发数量。</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>该单据已被他人删除，无法保存。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 的状态为“%2”，不能再修改。</translation>
    </message>
    <message>
        <source>Choose at least one confirmed order.</source>
        <translation>请至少选择一张已确认的订单。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>%1 is not a confirmed order waiting for goods.</source>
        <translation>%1 不是待发货的已确认订单。</translation>
    </message>
    <message>
        <source>%1 is another customer&apos;s order: one document ships to one customer.</source>
        <translation>%1 是其他客户的订单：一张单据只能发给一个客户。</translation>
    </message>
    <message>
        <source>Everything on these orders has shipped already.</source>
        <translation>这些订单已全部发货。</translation>
    </message>
    <message>
        <source>The shipping notice no longer exists.</source>
        <translation>该发货通知单已不存在。</translation>
    </message>
    <message>
        <source>Everything on %1 has shipped already.</source>
        <translation>%1 已全部发货。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该单据已不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 的状态已是“%2”。</translation>
    </message>
    <message>
        <source>Only a posted shipment can be reversed; %1 is %2.</source>
        <translation>只有已过账的发货单才能冲销；%1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>请说明 %1 冲销的原因。</translation>
    </message>
</context>
<context>
    <name>Crm::Schemas</name>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <source>Rate to base currency</source>
        <translation>对本位币汇率</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>上级类别</translation>
    </message>
</context>
<context>
    <name>Crm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Company (this database)</source>
        <translation>公司（当前数据库）</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>税号(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>银行账户(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>徽标文件(&amp;O)：</translation>
    </message>
    <message>
        <source>Document-number &amp;prefix:</source>
        <translation>单据编号前缀(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>公司徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The base currency is chosen when the database is created.</source>
        <translation>本位币在创建数据库时选定。</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>本位币：</translation>
    </message>
    <message>
        <source>&amp;Single-user mode: start as %1 without asking for a log-in</source>
        <translation>单用户模式(&amp;S)：以 %1 身份启动，不要求登录</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>公司名称为必填项。</translation>
    </message>
    <message>
        <source>The document-number prefix must be 1 to 4 capital letters or digits.</source>
        <translation>单据编号前缀必须由 1 到 4 个大写字母或数字组成。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Paper, copy marks and template of each printed document.</source>
        <translation>各打印单据的纸张、联次标记和模板。</translation>
    </message>
    <message>
        <source>Print te&amp;mplates…</source>
        <translation>打印模板(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Crm::Setup</name>
    <message>
        <source>The company name is required.</source>
        <translation>公司名称为必填项。</translation>
    </message>
    <message>
        <source>The base currency must be a three-letter ISO code such as CNY, EUR or USD.</source>
        <translation>本位币必须是三个字母的 ISO 代码，例如 CNY、EUR 或 USD。</translation>
    </message>
    <message>
        <source>The document-number prefix must be 1 to 4 capital letters or digits.</source>
        <translation>单据编号前缀必须由 1 到 4 个大写字母或数字组成。</translation>
    </message>
    <message>
        <source>The administrator password must have at least 6 characters.</source>
        <translation>管理员密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <source>The database %1 is already set up.</source>
        <translation>数据库 %1 已完成设置。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Sales assistant</source>
        <translation>销售助理</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购员</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库管理员</translation>
    </message>
    <message>
        <source>Finance supervisor</source>
        <translation>财务主管</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>件</translation>
    </message>
    <message>
        <source>box</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>千克</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>米</translation>
    </message>
    <message>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <source>Net %1 days</source>
        <translation>账期 %1 天</translation>
    </message>
</context>
<context>
    <name>Crm::SetupDialog</name>
    <message>
        <source>Welcome to CRM Suite</source>
        <translation>欢迎使用 CRM Suite</translation>
    </message>
    <message>
        <source>Set up your company. Everything stays in one file on this computer; you can change these details later in Settings.</source>
        <translation>请设置您的公司信息。所有数据都保存在本机的一个文件中；以后可以在“设置”中修改这些信息。</translation>
    </message>
    <message>
        <source>&amp;Single-user mode: start without asking for a log-in</source>
        <translation>单用户模式(&amp;S)：启动时不要求登录</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>本位币(&amp;B)：</translation>
    </message>
    <message>
        <source>Document-number &amp;prefix:</source>
        <translation>单据编号前缀(&amp;X)：</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>管理员登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Administrator na&amp;me:</source>
        <translation>管理员姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Crm::Shell</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <source>CRM Suite for small and medium businesses</source>
        <translation>面向中小企业的 CRM Suite</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation>打开一个全新的演示数据库。</translation>
    </message>
    <message>
        <source>Page to show first, e.g. sales.page.customers.</source>
        <translation>首先显示的页面，例如 sales.page.customers。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit (for documentation).</source>
        <translation>将窗口截图保存到 FILE 并退出（用于文档）。</translation>
    </message>
    <message>
        <source>Demo company: every user&apos;s password is %1.</source>
        <translation>演示公司：所有用户的密码均为 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>管理用户和角色</translation>
    </message>
    <message>
        <source>Change company settings</source>
        <translation>更改公司设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>CRM Suite</source>
        <translation>CRM Suite</translation>
    </message>
</context>
<context>
    <name>Crm::ShellController</name>
    <message>
        <source>The daily backup failed</source>
        <translation>每日备份失败</translation>
    </message>
    <message>
        <source>Daily backup: %1 (checked).</source>
        <translation>每日备份：%1（已检查）。</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The check of %1 found problems:
%2</source>
        <translation>对 %1 的检查发现问题：
%2</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

The database is open read-only: nothing can be saved. No backup beside it passes its check; File → Restore from a backup… can take a backup from elsewhere.</source>
        <translation>%1

数据库以只读方式打开：无法保存任何内容。旁边没有通过检查的备份；可通过“文件 → 从备份恢复…”使用其他位置的备份。</translation>
    </message>
    <message>
        <source>%1

The database is open read-only: nothing can be saved. Restore the newest good backup, of %2? The damaged file is kept beside it.</source>
        <translation>%1

数据库以只读方式打开：无法保存任何内容。是否恢复最新的完好备份（%2）？已损坏的文件会保留在其旁边。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep it read-only</source>
        <translation>保持只读(&amp;K)</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The database %1 now holds the data of the backup %2.</source>
        <translation>数据库 %1 现在包含备份 %2 中的数据。</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, of %2? The damaged file is kept beside it.</source>
        <translation>%1

是否恢复最新的完好备份（%2）？已损坏的文件会保留在其旁边。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Crm::StandardLists</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Search code, name, phone, city or contact (Ctrl+F)</source>
        <translation>搜索编码、名称、电话、城市或联系人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Search code, name, specification or barcode (Ctrl+F)</source>
        <translation>搜索编码、名称、规格或条形码（Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>Crm::TemplateEditor</name>
    <message>
        <source>One copy per line, printed at the top right of each of its pages; no line: a single copy without a mark.</source>
        <translation>每行一联，标记打印在该联每页的右上角；不填任何行：只打印一份，不带标记。</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy &amp;marks:</source>
        <translation>联次标记(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Template (HTML with {{mustache}} fields):</source>
        <translation>模板（HTML，含 {{mustache}} 字段）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Restore installed…</source>
        <translation>恢复内置模板(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the template as your copy and the print settings (%1)</source>
        <translation>将模板保存为您的副本，并保存打印设置（%1）</translation>
    </message>
    <message>
        <source>No document of this kind yet: the preview shows the template without data.</source>
        <translation>尚无此类单据：预览显示不含数据的模板。</translation>
    </message>
    <message>
        <source>Preview with the newest document, %1.</source>
        <translation>使用最新单据 %1 预览。</translation>
    </message>
    <message>
        <source>Changing the paper and copy marks needs the permission to manage settings.</source>
        <translation>更改纸张和联次标记需要管理设置的权限。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to the %1 print?</source>
        <translation>放弃对“%1”打印格式所做的未保存更改吗？</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Your copy: %1</source>
        <translation>您的副本：%1</translation>
    </message>
    <message>
        <source>The installed template; saving makes it your copy.</source>
        <translation>内置模板；保存后将成为您的副本。</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1（有未保存的更改）</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The template does not print and was not saved.
%1</source>
        <translation>该模板无法打印，未保存。
%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Restore installed template</source>
        <translation>恢复内置模板</translation>
    </message>
    <message>
        <source>Remove your copy of the %1 template and print with the installed one? Your changes to the template are lost.</source>
        <translation>删除您的“%1”模板副本并改用内置模板打印吗？您对模板所做的更改将丢失。</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>none: no copy shows prices</source>
        <translation>留空：各联均不显示价格</translation>
    </message>
    <message>
        <source>The numbers of the copies that show prices, e.g. 3 for the third mark above, or 1, 3.</source>
        <translation>显示价格的联次编号，例如 3 表示上面的第三个标记，或填 1, 3。</translation>
    </message>
    <message>
        <source>Copies &amp;with prices:</source>
        <translation>显示价格的联次(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>Crm::TemplateStore</name>
    <message>
        <source>The print template %1/%2.html is missing (looked in %3).</source>
        <translation>缺少打印模板 %1/%2.html（已查找 %3）。</translation>
    </message>
</context>
<context>
    <name>Crm::UserDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>启用（可登录）(&amp;A)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>至少 6 个字符</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>上级(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
</context>
<context>
    <name>Crm::UserRepository</name>
    <message>
        <source>The login must be 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名必须由 2 到 32 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>A new user needs a password.</source>
        <translation>新用户必须设置密码。</translation>
    </message>
    <message>
        <source>The password must have at least 6 characters.</source>
        <translation>密码至少需要 6 个字符。</translation>
    </message>
    <message>
        <source>A user cannot be their own manager.</source>
        <translation>用户不能是自己的上级。</translation>
    </message>
    <message>
        <source>The login %1 is already used by %2.</source>
        <translation>登录名 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>A role needs a code and a name.</source>
        <translation>角色必须有编码和名称。</translation>
    </message>
    <message>
        <source>A maximum discount must be between 0% and 100%.</source>
        <translation>最大折扣必须在 0% 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>Crm::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Crm::XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook that can be read: it may be damaged or in another format.</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：文件可能已损坏或为其他格式。</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it may be damaged.</source>
        <translation>工作簿缺少部件 %1：文件可能已损坏。</translation>
    </message>
    <message>
        <source>The worksheet is too large to import (over 1 GB of data).</source>
        <translation>工作表过大，无法导入（数据超过 1 GB）。</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be read: it may be damaged.</source>
        <translation>无法读取工作簿部件 %1：文件可能已损坏。</translation>
    </message>
    <message>
        <source>The workbook part %1 is not valid XML (%2, line %3): it may be damaged.</source>
        <translation>工作簿部件 %1 不是有效的 XML（%2，第 %3 行）：文件可能已损坏。</translation>
    </message>
    <message>
        <source>This .zip file is not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>此 .zip 文件不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook&apos;s first worksheet cannot be found: it may be damaged.</source>
        <translation>找不到工作簿的第一个工作表：文件可能已损坏。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), first sheet</source>
        <translation>Excel 工作簿 (.xlsx)，第一个工作表</translation>
    </message>
</context>
<context>
    <name>Crm::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the list needs more than %2 sheets.</source>
        <translation>无法写入 %1：列表需要超过 %2 个工作表。</translation>
    </message>
</context>
<context>
    <name>Crm::ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1 does not fit in its place.</source>
        <translation>%1 超出了为其预留的空间。</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>压缩失败</translation>
    </message>
    <message>
        <source>%1 would be larger than 4 GB.</source>
        <translation>%1 将超过 4 GB。</translation>
    </message>
    <message>
        <source>the file would be larger than 4 GB.</source>
        <translation>文件将超过 4 GB。</translation>
    </message>
</context>
</TS>
