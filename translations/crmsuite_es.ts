<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Crm::AppContext</name>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of CRM Suite (once; a large database takes a while)…</source>
        <translation>Actualizando la base de datos a esta versión de CRM Suite (una sola vez; una base de datos grande tarda un poco)…</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database: it is empty. Nothing was changed; crmsuite-cli init or demo creates a database.</source>
        <translation>%1 no es una base de datos de CRM Suite: está vacía. No se ha cambiado nada; crmsuite-cli init o demo crea una base de datos.</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database: it belongs to another program. Nothing was changed.</source>
        <translation>%1 no es una base de datos de CRM Suite: pertenece a otro programa. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database %1 was written by an earlier version of CRM Suite and has to be upgraded before it can be read: open it once in CRM Suite, or run crmsuite-cli upgrade. Nothing was changed.</source>
        <translation>La base de datos %1 la escribió una versión anterior de CRM Suite y debe actualizarse antes de leerla: ábrala una vez en CRM Suite o ejecute crmsuite-cli upgrade. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2
Nothing was written. Restore it from a backup (crmsuite-cli restore, or File → Restore from a backup… in CRM Suite).</source>
        <translation>La base de datos %1 está dañada: %2
No se ha escrito nada. Restáurela desde una copia de seguridad (crmsuite-cli restore, o Archivo → Restaurar desde una copia… en CRM Suite).</translation>
    </message>
    <message>
        <source>The demo database %1 could not be closed cleanly.</source>
        <translation>La base de datos de demostración %1 no se pudo cerrar limpiamente.</translation>
    </message>
    <message>
        <source>The demo database %1 cannot be flushed to disk.</source>
        <translation>La base de datos de demostración %1 no se puede volcar al disco.</translation>
    </message>
    <message>
        <source>Cannot put the demo database in place of %1: %2</source>
        <translation>No se puede poner la base de datos de demostración en lugar de %1: %2</translation>
    </message>
</context>
<context>
    <name>Crm::ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>Aprobación de un responsable</translation>
    </message>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>&amp;Usuario del responsable:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation>Usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 no puede aprobar esto.</translation>
    </message>
</context>
<context>
    <name>Crm::Backup</name>
    <message>
        <source>Backups need an SQLite database.</source>
        <translation>Las copias de seguridad necesitan una base de datos SQLite.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>cannot close the copy</source>
        <translation>no se puede cerrar la copia</translation>
    </message>
    <message>
        <source>cannot flush the copy to disk</source>
        <translation>no se puede volcar la copia al disco</translation>
    </message>
    <message>
        <source>A backup cannot be made inside a write transaction.</source>
        <translation>No se puede hacer una copia de seguridad dentro de una transacción de escritura.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the backup a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>No se puede crear la carpeta %1 para la copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it copies (%1).</source>
        <translation>Una copia de seguridad no puede sustituir a la base de datos que copia (%1).</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2: %3</source>
        <translation>No se puede hacer la copia de seguridad de %1 en %2: %3</translation>
    </message>
    <message>
        <source>The backup of %1 failed its check and was deleted: %2</source>
        <translation>La copia de seguridad de %1 no superó la comprobación y se ha eliminado: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>La copia de seguridad %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia de seguridad %1 está dañada: %2</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database.</source>
        <translation>%1 no es una base de datos de CRM Suite.</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>no se puede crear el archivo</translation>
    </message>
    <message>
        <source>%1 holds no company: it has no users or company settings, so it is not a backup to restore. Nothing was changed.</source>
        <translation>%1 no contiene ninguna empresa: no tiene usuarios ni datos de empresa, así que no es una copia que se pueda restaurar. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Crm::BackupActions</name>
    <message>
        <source>Back up to</source>
        <translation>Hacer copia de seguridad en</translation>
    </message>
    <message>
        <source>CRM Suite databases (*.db)</source>
        <translation>Bases de datos de CRM Suite (*.db)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Haciendo la copia de seguridad y comprobando la copia…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 MB, checked).</source>
        <translation>Copia de seguridad hecha en %1 (%2 MB, comprobada).</translation>
    </message>
</context>
<context>
    <name>Crm::BackupSettingsSection</name>
    <message>
        <source>Back up &amp;automatically once a day, at the first start</source>
        <translation>&amp;Hacer automáticamente una copia de seguridad una vez al día, en el primer inicio</translation>
    </message>
    <message>
        <source>Each backup is checked before it counts; the oldest beyond this number are deleted. File → Back up to… puts a copy elsewhere, e.g. on a USB stick.</source>
        <translation>Cada copia de seguridad se comprueba antes de contar; las más antiguas que superen este número se eliminan. Archivo → Hacer copia de seguridad en… guarda una copia en otro lugar, p. ej. en una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>C&amp;onservar las más recientes:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
</context>
<context>
    <name>Crm::Cli</name>
    <message>
        <source>Customers to generate when the database does not exist (default 1000000).</source>
        <translation>Clientes que se generan si la base de datos no existe (predeterminado: 1000000).</translation>
    </message>
    <message>
        <source>Search fragments per kind (default 200).</source>
        <translation>Fragmentos de búsqueda por tipo (predeterminado: 200).</translation>
    </message>
    <message>
        <source>%1 has no admin user; run demo first.</source>
        <translation>%1 no tiene el usuario admin; ejecute primero demo.</translation>
    </message>
    <message>
        <source>The sales module is not loaded.</source>
        <translation>El módulo de ventas no está cargado.</translation>
    </message>
    <message>
        <source>Database %1: %2 customers
</source>
        <translation>Base de datos %1: %2 clientes
</translation>
    </message>
    <message>
        <source>baseline: bare SQL of a first screen (p50)</source>
        <translation>base: SQL puro de la primera pantalla (p50)</translation>
    </message>
    <message>
        <source>customers page first screen (p50)</source>
        <translation>primera pantalla de clientes (p50)</translation>
    </message>
    <message>
        <source>customers page first screen (max)</source>
        <translation>primera pantalla de clientes (máx.)</translation>
    </message>
    <message>
        <source>3+ characters</source>
        <translation>3+ caracteres</translation>
    </message>
    <message>
        <source>1-2 characters</source>
        <translation>1-2 caracteres</translation>
    </message>
    <message>
        <source>search %1 p50 (%2 fragments)</source>
        <translation>búsqueda %1 p50 (%2 fragmentos)</translation>
    </message>
    <message>
        <source>search %1 p95</source>
        <translation>búsqueda %1 p95</translation>
    </message>
    <message>
        <source>search %1 p95 with repaint</source>
        <translation>búsqueda %1 p95 con repintado</translation>
    </message>
    <message>
        <source>resident memory with the page open</source>
        <translation>memoria residente con la página abierta</translation>
    </message>
    <message>
        <source>demo generation (%1 customers)</source>
        <translation>generación de demo (%1 clientes)</translation>
    </message>
    <message>
        <source>bench: %1
</source>
        <translation>bench: %1
</translation>
    </message>
    <message>
        <source>Full integrity check (slower; default is the quick check).</source>
        <translation>Comprobación de integridad completa (más lenta; de forma predeterminada se hace la rápida).</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… y %1 problemas más</translation>
    </message>
    <message>
        <source>%1 check of %2: %3
</source>
        <translation>Comprobación %1 de %2: %3
</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>rápida</translation>
    </message>
    <message>
        <source>Foreign keys: %1
</source>
        <translation>Claves externas: %1
</translation>
    </message>
    <message>
        <source>The database is damaged: restore it from a backup.
</source>
        <translation>La base de datos está dañada: restáurela desde una copia de seguridad.
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
        <translation>Archivo de base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Number of customers (default 2000).</source>
        <translation>Número de clientes (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>Number of suppliers (default: a twentieth of the customers).</source>
        <translation>Número de proveedores (predeterminado: la vigésima parte de los clientes).</translation>
    </message>
    <message>
        <source>Number of products (default 500).</source>
        <translation>Número de productos (predeterminado: 500).</translation>
    </message>
    <message>
        <source>Random seed (default 1); the same seed gives the same data.</source>
        <translation>Semilla aleatoria (predeterminada: 1); la misma semilla genera los mismos datos.</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Reemplazar el archivo si ya existe.</translation>
    </message>
    <message>
        <source>demo: --%1 must be a whole number of at least %2, not &quot;%3&quot;.
</source>
        <translation>demo: --%1 debe ser un número entero mayor o igual que %2, no &quot;%3&quot;.
</translation>
    </message>
    <message>
        <source>demo: %1 already exists; use --replace or choose another --db.
</source>
        <translation>demo: %1 ya existe; use --replace o elija otra --db.
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
        <translation>Base de datos de demostración %1 creada: %2 clientes y %3 productos en %4 s.
Inicie sesión como admin (o li.na, wang.fang, chen.jie, zhao.lei, liu.yang) con la contraseña %5.
</translation>
    </message>
    <message>
        <source>Company name (required).</source>
        <translation>Nombre de la empresa (obligatorio).</translation>
    </message>
    <message>
        <source>Base currency (default CNY).</source>
        <translation>Moneda base (predeterminada: CNY).</translation>
    </message>
    <message>
        <source>Document-number prefix of this installation (default A).</source>
        <translation>Prefijo de numeración de documentos de esta instalación (predeterminado: A).</translation>
    </message>
    <message>
        <source>Administrator login (default admin).</source>
        <translation>Usuario del administrador (predeterminado: admin).</translation>
    </message>
    <message>
        <source>Administrator name.</source>
        <translation>Nombre del administrador.</translation>
    </message>
    <message>
        <source>Start as the administrator without asking for a login.</source>
        <translation>Iniciar como administrador sin pedir inicio de sesión.</translation>
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
        <translation>Se creó %1 para %2 (moneda base %3, administrador %4).
</translation>
    </message>
    <message>
        <source>Create and set up a new database</source>
        <translation>Crear y configurar una base de datos nueva</translation>
    </message>
    <message>
        <source>Create a database filled with demo data</source>
        <translation>Crear una base de datos con datos de demostración</translation>
    </message>
    <message>
        <source>Check the integrity of a database</source>
        <translation>Comprobar la integridad de una base de datos</translation>
    </message>
    <message>
        <source>Measure list, search and memory figures</source>
        <translation>Medir los indicadores de listas, búsqueda y memoria</translation>
    </message>
    <message>
        <source>List loaded and skipped modules</source>
        <translation>Listar los módulos cargados y omitidos</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli &lt;command&gt; [options]

Commands:
</source>
        <translation>Uso: crmsuite-cli &lt;comando&gt; [opciones]

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &quot;crmsuite-cli &lt;command&gt; --help&quot; for its options.
</source>
        <translation>
Ejecute &quot;crmsuite-cli &lt;comando&gt; --help&quot; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argumento inesperado: %1
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.
</source>
        <translation>Comando desconocido &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>loaded   %1 %2 (%3)
</source>
        <translation>cargado  %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>skipped  %1 (%2): %3
</source>
        <translation>omitido  %1 (%2): %3
</translation>
    </message>
    <message>
        <source>Print a document to PDF</source>
        <translation>Imprimir un documento en PDF</translation>
    </message>
    <message>
        <source>Print document, e.g. sales.quotation.</source>
        <translation>Documento que imprimir, p. ej. sales.quotation.</translation>
    </message>
    <message>
        <source>Document number.</source>
        <translation>Número del documento.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE (required).</source>
        <translation>Escribir el PDF en FILE (obligatorio).</translation>
    </message>
    <message>
        <source>Number of copies, each with its mark (default: every mark the document has).</source>
        <translation>Número de copias, cada una con su marca (predeterminado: todas las marcas del documento).</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli print DOCUMENT NUMBER --pdf FILE [--copies N]
</source>
        <translation>Uso: crmsuite-cli print DOCUMENT NUMBER --pdf FILE [--copies N]
</translation>
    </message>
    <message>
        <source>print: unknown document &quot;%1&quot;; known: %2
</source>
        <translation>print: documento desconocido «%1»; disponibles: %2
</translation>
    </message>
    <message>
        <source>print: --copies must be between 1 and 20.
</source>
        <translation>print: --copies debe estar entre 1 y 20.
</translation>
    </message>
    <message>
        <source>Wrote %1: %2 page(s) × %3 copies.
</source>
        <translation>Escrito %1: %2 página(s) × %3 copias.
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
        <translation>ordenar por una columna, primera pantalla (máx. de %1)</translation>
    </message>
    <message>
        <source>bench: no benchmark &quot;%1&quot;; known: %2
</source>
        <translation>bench: no existe la prueba «%1»; disponibles: %2
</translation>
    </message>
    <message>
        <source>Scratch demo database: %1 customers
</source>
        <translation>Base de datos de demostración temporal: %1 clientes
</translation>
    </message>
    <message>
        <source>
figure                                                          value unit target        ratio
</source>
        <translation>
indicador                                                       valor ud.  objetivo      ratio
</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>teclas</translation>
    </message>
    <message>
        <source>baseline: as many keys into a bare line edit (p50)</source>
        <translation>base: las mismas teclas en un campo de texto simple (p50)</translation>
    </message>
    <message>
        <source>keyboard entry: program time, whole order (p50 of %1)</source>
        <translation>entrada por teclado: tiempo del programa, pedido completo (p50 de %1)</translation>
    </message>
    <message>
        <source>keyboard entry: program time, whole order (max)</source>
        <translation>entrada por teclado: tiempo del programa, pedido completo (máx.)</translation>
    </message>
    <message>
        <source>%1: skipped (this version has not opened the file yet)
</source>
        <translation>%1: omitido (esta versión aún no ha abierto el archivo)
</translation>
    </message>
    <message>
        <source>There is no page %1.</source>
        <translation>No existe la página %1.</translation>
    </message>
    <message>
        <source>The keyboard entry of a document for %1 did not end saved, confirmed and whole.</source>
        <translation>La entrada por teclado de un documento para %1 no terminó guardada, confirmada y completa.</translation>
    </message>
    <message>
        <source>keyboard entry: keystrokes per document of %1 lines</source>
        <translation>entrada por teclado: pulsaciones por documento de %1 líneas</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>No se puede crear una carpeta temporal.</translation>
    </message>
    <message>
        <source>Scratch demo database: %1 customers, made in %2 s
</source>
        <translation>Base de datos de demostración temporal: %1 clientes, creada en %2 s
</translation>
    </message>
    <message>
        <source>Database %1: %2 MB
</source>
        <translation>Base de datos %1: %2 MB
</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>No se puede copiar %1 en %2.</translation>
    </message>
    <message>
        <source>baseline: file copy with flush (max of %1)</source>
        <translation>referencia: copia de archivo con volcado a disco (máx. de %1)</translation>
    </message>
    <message>
        <source>backup, checked and in place (max of %1)</source>
        <translation>copia de seguridad, comprobada y colocada (máx. de %1)</translation>
    </message>
    <message>
        <source>  of which the copy: backup API, flush, rename (max)</source>
        <translation>  de ello, la copia: API de copia de seguridad, volcado, cambio de nombre (máx.)</translation>
    </message>
    <message>
        <source>  of which the quick check of the copy (max)</source>
        <translation>  de ello, la comprobación rápida de la copia (máx.)</translation>
    </message>
    <message>
        <source>for comparison: VACUUM INTO with flush, unchecked (max)</source>
        <translation>para comparar: VACUUM INTO con volcado, sin comprobar (máx.)</translation>
    </message>
    <message>
        <source>Backup file (default: a new file in the backups folder beside the database, which keeps the newest N).</source>
        <translation>Archivo de la copia de seguridad (predeterminado: un archivo nuevo en la carpeta de copias de seguridad junto a la base de datos, que conserva las N más recientes).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB; copied in %4 s, checked in %5 s).
</source>
        <translation>Copia de seguridad de %1 hecha en %2 (%3 MB; copiada en %4 s, comprobada en %5 s).
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
        <translation>La copia de seguridad que se va a restaurar.</translation>
    </message>
    <message>
        <source>restore: name one backup file.
</source>
        <translation>restore: indique un único archivo de copia de seguridad.
</translation>
    </message>
    <message>
        <source>Restored %1 from %2.
</source>
        <translation>%1 restaurada desde %2.
</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.
</source>
        <translation>El archivo anterior se conserva como %1.
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
        <translation>La prueba de rendimiento de un módulo, p. ej. sales, o de varios ejecutados por turnos sobre una misma base de datos de demostración temporal (inventory sales: envíos sobre el libro grande; no se usa --db); backup o export (sobre --db o, si no, sobre una base de datos temporal).</translation>
    </message>
    <message>
        <source>Generating a scratch demo database with %1 customers…
</source>
        <translation>Generando una base de datos de demostración temporal con %1 clientes…
</translation>
    </message>
    <message>
        <source>Generated in %1 s.
</source>
        <translation>Generada en %1 s.
</translation>
    </message>
    <message>
        <source>baseline: bare SQL of the export, all values (%1 rows)</source>
        <translation>referencia: SQL directo de la exportación, todos los valores (%1 filas)</translation>
    </message>
    <message>
        <source>CSV export (%1 rows, %2 MB)</source>
        <translation>exportación CSV (%1 filas, %2 MB)</translation>
    </message>
    <message>
        <source>CSV export: resident memory after 100,000 rows</source>
        <translation>exportación CSV: memoria residente tras 100.000 filas</translation>
    </message>
    <message>
        <source>CSV export: resident memory at the end</source>
        <translation>exportación CSV: memoria residente al final</translation>
    </message>
    <message>
        <source>CSV export: peak resident memory of the process</source>
        <translation>exportación CSV: pico de memoria residente del proceso</translation>
    </message>
    <message>
        <source>.xlsx export (%1 rows, %2 MB)</source>
        <translation>exportación .xlsx (%1 filas, %2 MB)</translation>
    </message>
    <message>
        <source>.xlsx export: peak resident memory of the process</source>
        <translation>exportación .xlsx: pico de memoria residente del proceso</translation>
    </message>
    <message>
        <source>bare query: peak resident memory of the process</source>
        <translation>consulta directa: pico de memoria residente del proceso</translation>
    </message>
    <message>
        <source>resident memory before the export (modules, open file)</source>
        <translation>memoria residente antes de la exportación (módulos, archivo abierto)</translation>
    </message>
    <message>
        <source>columns:</source>
        <translation>columnas:</translation>
    </message>
    <message>
        <source>filters:</source>
        <translation>filtros:</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;.</source>
        <translation>--format debe ser csv o xlsx, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>an .xlsx export needs --out FILE.</source>
        <translation>una exportación .xlsx necesita --out FILE.</translation>
    </message>
    <message>
        <source>--encoding must be utf8-bom, utf8 or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding debe ser utf8-bom, utf8 o gb18030, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--separator must be , ; or tab, not &quot;%1&quot;.</source>
        <translation>--separator debe ser , ; o tab, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--decimal-mark must be . or , not &quot;%1&quot;.</source>
        <translation>--decimal-mark debe ser . o , no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--filter must be KEY=VALUE with KEY one of: %1.</source>
        <translation>--filter debe ser KEY=VALUE, con KEY uno de: %1.</translation>
    </message>
    <message>
        <source>(this list has no filters)</source>
        <translation>(esta lista no tiene filtros)</translation>
    </message>
    <message>
        <source>--sort must be one of: %1.</source>
        <translation>--sort debe ser uno de: %1.</translation>
    </message>
    <message>
        <source>--columns: no column &quot;%1&quot;; columns: %2.</source>
        <translation>--columns: no existe la columna &quot;%1&quot;; columnas: %2.</translation>
    </message>
    <message>
        <source>The list to export, e.g. sales.customers (--list shows them all).</source>
        <translation>La lista que se exporta, p. ej. sales.customers (--list las muestra todas).</translation>
    </message>
    <message>
        <source>Show the lists that can be exported, their columns and filters.</source>
        <translation>Mostrar las listas que se pueden exportar, con sus columnas y filtros.</translation>
    </message>
    <message>
        <source>Only the rows the list&apos;s search finds for TEXT.</source>
        <translation>Solo las filas que la búsqueda de la lista encuentra para TEXT.</translation>
    </message>
    <message>
        <source>A filter of the list, as on its page (repeatable).</source>
        <translation>Un filtro de la lista, como en su página (se puede repetir).</translation>
    </message>
    <message>
        <source>Sort by this column (default: as the page opens).</source>
        <translation>Ordenar por esta columna (predeterminado: como se abre la página).</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Ordenar de forma descendente.</translation>
    </message>
    <message>
        <source>Only these columns, in this order (default: all).</source>
        <translation>Solo estas columnas, en este orden (predeterminado: todas).</translation>
    </message>
    <message>
        <source>csv (default; .xlsx when FILE ends so) or xlsx.</source>
        <translation>csv (predeterminado; .xlsx si FILE termina así) o xlsx.</translation>
    </message>
    <message>
        <source>Write to FILE (CSV goes to standard output without it).</source>
        <translation>Escribir en FILE (sin esta opción, el CSV va a la salida estándar).</translation>
    </message>
    <message>
        <source>CSV encoding: utf8-bom (default, for Excel), utf8 or gb18030.</source>
        <translation>Codificación del CSV: utf8-bom (predeterminada, para Excel), utf8 o gb18030.</translation>
    </message>
    <message>
        <source>CSV separator: , ; or tab (default: by the locale).</source>
        <translation>Separador del CSV: , ; o tab (predeterminado: según la configuración regional).</translation>
    </message>
    <message>
        <source>Decimal mark of CSV numbers: . (default) or ,.</source>
        <translation>Marca decimal de los números del CSV: . (predeterminada) o ,.</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli export &lt;list-id&gt; [--search TEXT] [--filter KEY=VALUE] [--sort KEY] [--format csv|xlsx] [--out FILE]
       crmsuite-cli export --list
</source>
        <translation>Uso: crmsuite-cli export &lt;list-id&gt; [--search TEXT] [--filter KEY=VALUE] [--sort KEY] [--format csv|xlsx] [--out FILE]
     crmsuite-cli export --list
</translation>
    </message>
    <message>
        <source>export: unknown list &quot;%1&quot;; known: %2
</source>
        <translation>export: lista desconocida &quot;%1&quot;; conocidas: %2
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
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3.
</source>
        <translation>Se han escrito %1 filas de %2 en %3.
</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot; for %2; saved: %3</source>
        <translation>No hay ninguna correspondencia de columnas guardada &quot;%1&quot; para %2; guardadas: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Using the mapping &quot;%1&quot; saved for these columns.
</source>
        <translation>Usando la correspondencia de columnas &quot;%1&quot; guardada para estas columnas.
</translation>
    </message>
    <message>
        <source>--map %1: no column titled &quot;%2&quot; in the file.</source>
        <translation>--map %1: el archivo no tiene ninguna columna titulada &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>What to import: customers, suppliers or products.</source>
        <translation>Qué importar: customers, suppliers o products.</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx).</source>
        <translation>Un archivo CSV o un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>Comprobar cada fila e informar; no escribir nada.</translation>
    </message>
    <message>
        <source>Use the saved column mapping NAME.</source>
        <translation>Usar la correspondencia de columnas guardada NAME.</translation>
    </message>
    <message>
        <source>Import column COLUMN (its title) as FIELD, or not at all with &quot;-&quot;; may be repeated.</source>
        <translation>Importar la columna COLUMN (su título) como FIELD, o no importarla con &quot;-&quot;; se puede repetir.</translation>
    </message>
    <message>
        <source>Save the mapping used as NAME (not on a dry run).</source>
        <translation>Guardar la correspondencia usada como NAME (no en una simulación).</translation>
    </message>
    <message>
        <source>A row that duplicates a saved record: skip (default), update or create.</source>
        <translation>Una fila que duplica un registro guardado: skip (omitir, predeterminado), update (actualizar) o create (crear).</translation>
    </message>
    <message>
        <source>Import nothing when any row has an error.</source>
        <translation>No importar nada si alguna fila tiene un error.</translation>
    </message>
    <message>
        <source>Write the whole report to FILE (CSV).</source>
        <translation>Escribir el informe completo en FILE (CSV).</translation>
    </message>
    <message>
        <source>List the fields of the target and exit.</source>
        <translation>Mostrar los campos del destino y salir.</translation>
    </message>
    <message>
        <source>Usage: crmsuite-cli import TARGET FILE [--dry-run] [--mapping NAME] [--map COLUMN=FIELD] [--duplicates skip|update|create] [--strict] [--report FILE]
</source>
        <translation>Uso: crmsuite-cli import TARGET FILE [--dry-run] [--mapping NAME] [--map COLUMN=FIELD] [--duplicates skip|update|create] [--strict] [--report FILE]
</translation>
    </message>
    <message>
        <source>import: --duplicates must be skip, update or create.
</source>
        <translation>import: --duplicates debe ser skip, update o create.
</translation>
    </message>
    <message>
        <source>import: nothing called &quot;%1&quot; can be imported; known: %2
</source>
        <translation>import: no se puede importar nada llamado &quot;%1&quot;; conocidos: %2
</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n record(s)
</source>
        <translation>
            <numerusform>%1: %2, %n registro
</numerusform>
            <numerusform>%1: %2, %n registros
</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
    <message>
        <source>line %1, %2: %3 — %4
</source>
        <translation>línea %1, %2: %3 — %4
</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>import: %1
</source>
        <translation>import: %1
</translation>
    </message>
    <message>
        <source>Make a checked copy of a database</source>
        <translation>Hacer una copia comprobada de una base de datos</translation>
    </message>
    <message>
        <source>Put a backup in place of a database</source>
        <translation>Poner una copia de seguridad en lugar de una base de datos</translation>
    </message>
    <message>
        <source>Export a list to CSV or .xlsx</source>
        <translation>Exportar una lista a CSV o .xlsx</translation>
    </message>
    <message>
        <source>Import customers, suppliers or products from CSV or .xlsx</source>
        <translation>Importar clientes, proveedores o productos desde CSV o .xlsx</translation>
    </message>
    <message>
        <source>check: %1 is an unfinished copy left by a demo, backup or restore that was stopped: it is not a database to use, and the next run removes it.
</source>
        <translation>check: %1 es una copia sin terminar que dejó una demo, copia de seguridad o restauración interrumpida: no es una base de datos para usar, y la próxima ejecución la elimina.
</translation>
    </message>
    <message>
        <source>Run as this user (default: admin); the password comes from $CRM_PASSWORD or is asked on the terminal.</source>
        <translation>Ejecutar como este usuario (por defecto: admin); la contraseña se toma de $CRM_PASSWORD o se pide en el terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>This command needs the password of %1: set the environment variable CRM_PASSWORD, or run it in a terminal to be asked.</source>
        <translation>Este comando necesita la contraseña de %1: defina la variable de entorno CRM_PASSWORD o ejecútelo en un terminal para que se la pida.</translation>
    </message>
    <message>
        <source>Wrong login or password for %1.</source>
        <translation>Usuario o contraseña incorrectos para %1.</translation>
    </message>
    <message>
        <source>%1 may not do this (the permission %2 is missing).</source>
        <translation>%1 no puede hacer esto (le falta el permiso %2).</translation>
    </message>
    <message>
        <source>Administrator password (at least 6 characters). Discouraged: other users of this computer see it in the process list (ps). Set $CRM_ADMIN_PASSWORD instead, or leave both out to be asked on the terminal.</source>
        <translation>Contraseña del administrador (al menos 6 caracteres). Desaconsejado: los demás usuarios de este equipo la ven en la lista de procesos (ps). Use $CRM_ADMIN_PASSWORD, u omita ambos para que se pida en el terminal.</translation>
    </message>
    <message>
        <source>Password for the administrator %1: </source>
        <translation>Contraseña del administrador %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>init: the two passwords differ; nothing was created.
</source>
        <translation>init: las dos contraseñas no coinciden; no se ha creado nada.
</translation>
    </message>
    <message>
        <source>Bring a database of an earlier version up to this one</source>
        <translation>Actualizar una base de datos de una versión anterior a esta</translation>
    </message>
    <message>
        <source>%1 is up to date (schema version %2).
</source>
        <translation>%1 está al día (versión del esquema %2).
</translation>
    </message>
    <message>
        <source>upgrade: %1
</source>
        <translation>upgrade: %1
</translation>
    </message>
</context>
<context>
    <name>Crm::Cli::ExportStats</name>
    <message>
        <source>the export child failed: %1</source>
        <translation>el proceso hijo de la exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>Crm::ContactsGrid</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>&amp;Remove contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>Marcar como &amp;principal</translation>
    </message>
</context>
<context>
    <name>Crm::CsvReader</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not: it may be damaged.</source>
        <translation>El archivo empieza como texto UTF-16 pero no lo es: puede estar dañado.</translation>
    </message>
    <message>
        <source>This is not a CSV text file or an .xlsx workbook: it holds binary data.</source>
        <translation>No es un archivo de texto CSV ni un libro .xlsx: contiene datos binarios.</translation>
    </message>
    <message>
        <source>This system cannot read the GB18030 encoding; save the file as CSV UTF-8.</source>
        <translation>Este sistema no puede leer la codificación GB18030; guarde el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text: line %1 holds characters in another encoding. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>El archivo no es texto UTF-8 ni GB18030: la línea %1 contiene caracteres en otra codificación. Guárdelo desde la hoja de cálculo como &quot;CSV UTF-8&quot; e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed (a closing &quot; is missing); the file may be cut short.</source>
        <translation>El valor entrecomillado que empieza en la línea %1 no se cierra nunca (falta la comilla &quot; de cierre); puede que el archivo esté cortado.</translation>
    </message>
    <message>
        <source>CSV, %1, separator %2</source>
        <translation>CSV, %1, separador %2</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
</context>
<context>
    <name>Crm::CsvWriter</name>
    <message>
        <source>This system cannot write the GB18030 encoding.</source>
        <translation>Este sistema no puede escribir con la codificación GB18030.</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Crm::Database</name>
    <message>
        <source>Bulk loading needs an SQLite database.</source>
        <translation>La carga masiva requiere una base de datos SQLite.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: the database cannot be created there.</source>
        <translation>No se puede escribir en la carpeta %1: no es posible crear allí la base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permission denied).</source>
        <translation>No se puede leer la base de datos %1 (permiso denegado).</translation>
    </message>
    <message>
        <source>%1 is not a CRM Suite database (it is not an SQLite file).</source>
        <translation>%1 no es una base de datos de CRM Suite (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2. It may be damaged; restore it from a backup.</source>
        <translation>No se puede leer la base de datos %1: %2. Puede estar dañada; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>table %1 row %2 refers to a missing row in %3</source>
        <translation>la fila %2 de la tabla %1 hace referencia a una fila inexistente en %3</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of CRM Suite (module &quot;%2&quot; schema version %3; this program knows up to %4). Nothing was changed; please update the program.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de CRM Suite (módulo &quot;%2&quot;, versión de esquema %3; este programa admite hasta la %4). No se ha modificado nada; actualice el programa.</translation>
    </message>
    <message>
        <source>Migration %1/%2 (%3) failed: %4</source>
        <translation>La migración %1/%2 (%3) ha fallado: %4</translation>
    </message>
    <message>
        <source>Cannot start a write transaction: %1</source>
        <translation>No se puede iniciar una transacción de escritura: %1</translation>
    </message>
    <message>
        <source>Badly named migration file %1 in module %2</source>
        <translation>Nombre incorrecto del archivo de migración %1 en el módulo %2</translation>
    </message>
    <message>
        <source>The database %1 is open read-only: nothing can be saved.</source>
        <translation>La base de datos %1 está abierta en solo lectura: no se puede guardar nada.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the search functions cannot be added.</source>
        <translation>No se puede abrir la base de datos %1: no se pueden añadir las funciones de búsqueda.</translation>
    </message>
    <message>
        <source>Cannot start reading: %1</source>
        <translation>No se puede empezar a leer: %1</translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation>Error de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>No se puede crear el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>The database %1 is read-only (the file or its folder cannot be written): reading commands such as export and check work, but nothing can be saved.</source>
        <translation>La base de datos %1 es de solo lectura (no se puede escribir en el archivo o en su carpeta): los comandos de lectura, como export y check, funcionan, pero no se puede guardar nada.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2.</source>
        <translation>No se puede leer la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>No se puede abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the database %1 safely: SQLite did not take the setting %2 = %3 (it reads %4).</source>
        <translation>No se puede abrir la base de datos %1 con seguridad: SQLite no aceptó el ajuste %2 = %3 (indica %4).</translation>
    </message>
    <message>
        <source>Cannot open the database %1 safely: it cannot use a write-ahead log (journal mode %2; a network drive does not support it). Nothing was changed.</source>
        <translation>No se puede abrir la base de datos %1 con seguridad: no puede usar un registro de escritura anticipada (modo de diario %2; una unidad de red no lo admite). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Another program is writing to the database %1 (an import, a restore or another CRM Suite): nothing was changed. Try again when it has finished.</source>
        <translation>Otro programa está escribiendo en la base de datos %1 (una importación, una restauración u otro CRM Suite): no se ha cambiado nada. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Cannot save: %1.</source>
        <translation>No se puede guardar: %1.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>another program is writing to the database (an import, a restore or another CRM Suite); try again when it has finished</source>
        <translation>otro programa está escribiendo en la base de datos (una importación, una restauración u otro CRM Suite); vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer ni escribir en el disco</translation>
    </message>
    <message>
        <source>the database is damaged; restore it from a backup</source>
        <translation>la base de datos está dañada; restáurela desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>no se puede abrir el archivo de la base de datos</translation>
    </message>
</context>
<context>
    <name>Crm::DemoGenerator</name>
    <message>
        <source>The number of customers and products cannot be negative.</source>
        <translation>El número de clientes y de productos no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>Crm::DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same tax id</source>
        <translation>misma identificación fiscal</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
</context>
<context>
    <name>Crm::DuplicatePanel</name>
    <message>
        <source>Open &amp;existing</source>
        <translation>Abrir e&amp;xistente</translation>
    </message>
    <message>
        <source>%1  %2  — %3</source>
        <translation>%1  %2  — %3</translation>
    </message>
    <message>
        <source>Possible duplicates (%1): check before saving.</source>
        <translation>Posibles duplicados (%1): revíselos antes de guardar.</translation>
    </message>
</context>
<context>
    <name>Crm::ExportOptionsDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV para Excel (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>UTF-8 for Excel (with BOM)</source>
        <translation>UTF-8 para Excel (con BOM)</translation>
    </message>
    <message>
        <source>UTF-8 without BOM</source>
        <translation>UTF-8 sin BOM</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030 (Excel en chino antiguo)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Point (1234.50)</source>
        <translation>Punto (1234.50)</translation>
    </message>
    <message>
        <source>Comma (1234,50)</source>
        <translation>Coma (1234,50)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Marca decimal:</translation>
    </message>
    <message>
        <source>Dates are written as yyyy-mm-dd and numbers without thousands separators; text starting with = + - or @ gets an apostrophe so that Excel does not run it.</source>
        <translation>Las fechas se escriben como aaaa-mm-dd y los números sin separador de miles; al texto que empieza por = + - o @ se le antepone un apóstrofo para que Excel no lo ejecute.</translation>
    </message>
    <message>
        <source>Codes and phone numbers stay text (leading zeros kept), amounts are numbers, dates are dates.</source>
        <translation>Los códigos y los números de teléfono siguen siendo texto (se conservan los ceros iniciales), los importes son números y las fechas son fechas.</translation>
    </message>
</context>
<context>
    <name>Crm::ExportRun</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting to %1: %2 of %3 rows…</source>
        <translation>Exportando a %1: %2 de %3 filas…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>Crm::FileSync</name>
    <message>
        <source>%1 cannot be flushed to disk</source>
        <translation>%1 no se puede volcar al disco</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>the disk is full (%1 has no space left)</source>
        <translation>el disco está lleno (no queda espacio en %1)</translation>
    </message>
    <message>
        <source>the disk of %1 is read-only</source>
        <translation>el disco de %1 es de solo lectura</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written (permission denied)</source>
        <translation>no se puede escribir en la carpeta %1 (permiso denegado)</translation>
    </message>
    <message>
        <source>the disk could not be written</source>
        <translation>no se pudo escribir en el disco</translation>
    </message>
</context>
<context>
    <name>Crm::Finance</name>
    <message>
        <source>Currencies</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos de impuesto</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>See currencies, tax rates and payment terms</source>
        <translation>Ver monedas, tipos de impuesto y condiciones de pago</translation>
    </message>
    <message>
        <source>Edit currencies, tax rates and payment terms</source>
        <translation>Editar monedas, tipos de impuesto y condiciones de pago</translation>
    </message>
</context>
<context>
    <name>Crm::ImportBench</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The customers import target is not registered.</source>
        <translation>El destino de importación de clientes no está registrado.</translation>
    </message>
    <message>
        <source>The bench file has %1 rows instead of %2.</source>
        <translation>El archivo de la prueba tiene %1 filas en lugar de %2.</translation>
    </message>
    <message>
        <source>The import created %1 customers instead of %2: %3</source>
        <translation>La importación creó %1 clientes en lugar de %2: %3</translation>
    </message>
    <message>
        <source>baseline: read and parse the %1-row CSV</source>
        <translation>referencia: leer y analizar el CSV de %1 filas</translation>
    </message>
    <message>
        <source>baseline: plain INSERT of the same rows into a bare table</source>
        <translation>referencia: INSERT simple de las mismas filas en una tabla vacía</translation>
    </message>
    <message>
        <source>dry run of %1 customers (parsed file)</source>
        <translation>simulación de %1 clientes (archivo analizado)</translation>
    </message>
    <message>
        <source>import %1 customers, fastest of %2</source>
        <translation>importar %1 clientes, la más rápida de %2</translation>
    </message>
    <message>
        <source>import %1 customers, slowest of %2</source>
        <translation>importar %1 clientes, la más lenta de %2</translation>
    </message>
    <message>
        <source>import %1 customers: read, check, write (median of %2)</source>
        <translation>importar %1 clientes: leer, comprobar, escribir (mediana de %2)</translation>
    </message>
    <message>
        <source>then, on a thread of its own: copying the log into the file (median)</source>
        <translation>después, en un hilo propio: copiar el registro al archivo (mediana)</translation>
    </message>
</context>
<context>
    <name>Crm::ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>A dry run: nothing has been written yet. Rows with errors are listed by line and column; Import writes the other rows, all in one go.</source>
        <translation>Una simulación: todavía no se ha escrito nada. Las filas con errores se muestran por línea y columna; Importar escribe las demás filas, todas de una vez.</translation>
    </message>
    <message>
        <source>A row that duplicates a saved record</source>
        <translation>Una fila que duplica un registro guardado</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>&amp;Omitir la fila</translation>
    </message>
    <message>
        <source>&amp;Update the saved record with the row&apos;s values</source>
        <translation>Act&amp;ualizar el registro guardado con los valores de la fila</translation>
    </message>
    <message>
        <source>&amp;Create a new record anyway</source>
        <translation>&amp;Crear un registro nuevo de todos modos</translation>
    </message>
    <message>
        <source>Import only when &amp;every row is good</source>
        <translation>Importar solo si &amp;todas las filas son correctas</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Every row must be good: correct the file, or clear the check box to import the good rows only.</source>
        <translation>Todas las filas deben ser correctas: corrija el archivo o desmarque la casilla para importar solo las filas correctas.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>No hay nada que importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>Crm::ImportFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>El archivo %1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls). Save it as .xlsx or CSV UTF-8 and import that.</source>
        <translation>Es un libro de Excel antiguo (.xls). Guárdelo como .xlsx o CSV UTF-8 e importe ese archivo.</translation>
    </message>
    <message>
        <source>This file is named .xlsx but is not an Excel workbook: it may be damaged.</source>
        <translation>Este archivo tiene la extensión .xlsx pero no es un libro de Excel: puede estar dañado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no data: there is nothing to import.</source>
        <translation>%1 no contiene datos: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 has a header row but no records under it: there is nothing to import.</source>
        <translation>%1 tiene una fila de encabezado pero ningún registro debajo: no hay nada que importar.</translation>
    </message>
</context>
<context>
    <name>Crm::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030; separated by commas, semicolons or tabs) or an Excel workbook (.xlsx, first sheet). The first row holds the column titles.</source>
        <translation>Un archivo CSV (UTF-8 o GB18030; separado por comas, puntos y comas o tabuladores) o un libro de Excel (.xlsx, primera hoja). La primera fila contiene los títulos de las columnas.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Archivos CSV o de Excel (*.csv *.txt *.tsv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
</context>
<context>
    <name>Crm::ImportMapping</name>
    <message>
        <source>There is no field &quot;%1&quot; to import.</source>
        <translation>No existe ningún campo &quot;%1&quot; que importar.</translation>
    </message>
    <message>
        <source>%1 is chosen for more than one column.</source>
        <translation>%1 está elegido para más de una columna.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1 (required).</source>
        <translation>Elija la columna que contiene %1 (obligatorio).</translation>
    </message>
</context>
<context>
    <name>Crm::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Relacionar las columnas</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Fields marked * are required; columns left at &quot;not imported&quot; are ignored.</source>
        <translation>Elija qué contiene cada columna del archivo. Los campos marcados con * son obligatorios; las columnas que quedan en &quot;no importada&quot; se ignoran.</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Correspondencia &amp;guardada:</translation>
    </message>
    <message>
        <source>Save this mapping &amp;as:</source>
        <translation>Guardar esta correspondencia c&amp;omo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s) under the header.</source>
        <translation>
            <numerusform>%1 — %n registro bajo el encabezado.</numerusform>
            <numerusform>%1 — %n registros bajo el encabezado.</numerusform>
        </translation>
    </message>
    <message>
        <source>(guessed from the column titles)</source>
        <translation>(deducida de los títulos de las columnas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Columna&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importar como&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no importada —</translation>
    </message>
</context>
<context>
    <name>Crm::ImportReport</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors, and every row must be good.</source>
        <translation>
            <numerusform>No se ha importado nada: %n fila tiene errores y todas las filas deben ser correctas.</numerusform>
            <numerusform>No se ha importado nada: %n filas tienen errores y todas las filas deben ser correctas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 skipped as duplicates, %4 with errors.</source>
        <translation>%1 para crear, %2 para actualizar, %3 omitidos por duplicados, %4 con errores.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 skipped as duplicates, %4 left out with errors.</source>
        <translation>%1 creados, %2 actualizados, %3 omitidos por duplicados, %4 descartados por errores.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1</source>
        <translation>Simulación, no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Crm::ImportReportView</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Crm::ImportResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
</context>
<context>
    <name>Crm::ImportWizard</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Crm::Importer</name>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Actualizar el registro existente</translation>
    </message>
    <message>
        <source>Create a new record anyway</source>
        <translation>Crear un registro nuevo de todos modos</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Se necesita un valor.</translation>
    </message>
    <message>
        <source>Same %1 as line %2.</source>
        <translation>Mismo valor de %1 que la línea %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1 (same %2): skipped.</source>
        <translation>Duplicado de %1 (mismo valor de %2): omitido.</translation>
    </message>
    <message>
        <source>Updates the same record as line %1 (%2).</source>
        <translation>Actualiza el mismo registro que la línea %1 (%2).</translation>
    </message>
    <message>
        <source>Updates %1 (same %2).</source>
        <translation>Actualiza %1 (mismo valor de %2).</translation>
    </message>
    <message>
        <source>Already used by %1: the %2 must be unique.</source>
        <translation>Ya lo usa %1: el valor de %2 debe ser único.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>La importación se canceló.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La comprobación se canceló.</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory</name>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>See products</source>
        <translation>Ver productos</translation>
    </message>
    <message>
        <source>Create, edit and delete products, units and categories</source>
        <translation>Crear, editar y eliminar productos, unidades y categorías</translation>
    </message>
    <message>
        <source>See warehouses</source>
        <translation>Ver almacenes</translation>
    </message>
    <message>
        <source>Create, edit and delete warehouses</source>
        <translation>Crear, editar y eliminar almacenes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Categorías de producto</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventario físico</translation>
    </message>
    <message>
        <source>Requisition</source>
        <translation>Requisición</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Vale de salida</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Customer return</source>
        <translation>Devolución de cliente</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>Recepción de mercancía</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>Devolución a proveedor</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 en %3</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <source>Last in</source>
        <translation>Última entrada</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>Última salida</translation>
    </message>
    <message>
        <source>Search product code or name (Ctrl+F)</source>
        <translation>Buscar código o nombre de producto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Search document number (Ctrl+F)</source>
        <translation>Buscar número de documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>Inve&amp;ntario</translation>
    </message>
    <message>
        <source>Stock ledger: %1</source>
        <translation>Movimientos de stock: %1</translation>
    </message>
    <message>
        <source>Nothing gone out for:</source>
        <translation>Sin salidas desde hace:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>See stock, the stock ledger and alerts</source>
        <translation>Ver existencias, movimientos de stock y alertas</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Movimientos de stock</translation>
    </message>
    <message>
        <source>Safety-stock alerts</source>
        <translation>Alertas de stock de seguridad</translation>
    </message>
    <message>
        <source>Slow movers</source>
        <translation>Artículos sin movimiento</translation>
    </message>
    <message>
        <source>From warehouse</source>
        <translation>Almacén de origen</translation>
    </message>
    <message>
        <source>To warehouse</source>
        <translation>Almacén de destino</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Search number, warehouse or purpose (Ctrl+F)</source>
        <translation>Buscar número, almacén o finalidad (Ctrl+F)</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Vales de consumo</translation>
    </message>
    <message>
        <source>Stocktake count sheet</source>
        <translation>Hoja de recuento</translation>
    </message>
    <message>
        <source>Loan return</source>
        <translation>Devolución de préstamo</translation>
    </message>
    <message>
        <source>Search product code or name, or a document number (Ctrl+F)</source>
        <translation>Buscar código o nombre de producto, o número de documento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contadas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Search number, warehouse or notes (Ctrl+F)</source>
        <translation>Buscar número, almacén o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export count sheet</source>
        <translation>Exportar hoja de recuento</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Post and reverse transfers, requisitions and stocktakes</source>
        <translation>Registrar y anular traspasos, requisiciones e inventarios físicos</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>&amp;Imprimir hoja de recuento…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>E&amp;xport count sheet…</source>
        <translation>E&amp;xportar hoja de recuento…</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>Inventarios físicos</translation>
    </message>
    <message>
        <source>Stock moves</source>
        <translation>Movimientos de stock</translation>
    </message>
    <message>
        <source>Stock reservations</source>
        <translation>Reservas de stock</translation>
    </message>
    <message>
        <source>Transfers and requisitions</source>
        <translation>Traspasos y vales de consumo</translation>
    </message>
    <message>
        <source>Transfer and requisition lines</source>
        <translation>Líneas de traspasos y vales de consumo</translation>
    </message>
    <message>
        <source>Stocktake lines</source>
        <translation>Líneas de inventario físico</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::CountSheet</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation>Cantidad teórica</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>El inventario físico ya no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::InventoryBench</name>
    <message>
        <source>Bench warehouse %1</source>
        <translation>Almacén de prueba %1</translation>
    </message>
    <message>
        <source>The page %1 is not registered.</source>
        <translation>La página %1 no está registrada.</translation>
    </message>
    <message>
        <source>The inventory module is not loaded.</source>
        <translation>El módulo de inventario no está cargado.</translation>
    </message>
    <message>
        <source>generate 100,000 products, 5 warehouses, 5,000,000 moves</source>
        <translation>generar 100,000 productos, 5 almacenes, 5,000,000 movimientos</translation>
    </message>
    <message>
        <source>baseline: on-hand first screen in bare SQL (p50)</source>
        <translation>base: primera pantalla de existencias en SQL puro (p50)</translation>
    </message>
    <message>
        <source>Stock on hand page, first screen (p50 of %1)</source>
        <translation>Página de existencias, primera pantalla (p50 de %1)</translation>
    </message>
    <message>
        <source>Stock on hand page, first screen (max)</source>
        <translation>Página de existencias, primera pantalla (máx.)</translation>
    </message>
    <message>
        <source>Stock ledger page, first screen (max of %1)</source>
        <translation>Página de movimientos de stock, primera pantalla (máx. de %1)</translation>
    </message>
    <message>
        <source>Safety-stock alerts page, first screen (max of %1)</source>
        <translation>Página de alertas de stock de seguridad, primera pantalla (máx. de %1)</translation>
    </message>
    <message>
        <source>Slow movers page, first screen (max of %1)</source>
        <translation>Página de artículos sin movimiento, primera pantalla (máx. de %1)</translation>
    </message>
    <message>
        <source>on-hand of a product through StockService (p50 of %1)</source>
        <translation>existencias de un producto mediante StockService (p50 de %1)</translation>
    </message>
    <message>
        <source>on-hand of a product through StockService (p99)</source>
        <translation>existencias de un producto mediante StockService (p99)</translation>
    </message>
    <message>
        <source>baseline: one write transaction (p50)</source>
        <translation>base: una transacción de escritura (p50)</translation>
    </message>
    <message>
        <source>post a 20-line issue through StockService (p50 of %1)</source>
        <translation>registrar un vale de salida de 20 líneas mediante StockService (p50 de %1)</translation>
    </message>
    <message>
        <source>post a 20-line issue through StockService (p99)</source>
        <translation>registrar un vale de salida de 20 líneas mediante StockService (p99)</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::InventorySettingsSection</name>
    <message>
        <source>Refuse: a document that takes stock below zero is not posted</source>
        <translation>Rechazar: no se registra un documento que deje el stock bajo cero</translation>
    </message>
    <message>
        <source>Allow, with a warning naming the products</source>
        <translation>Permitir, con un aviso que indique los productos</translation>
    </message>
    <message>
        <source>Shipments, transfers and issues check the stock of each warehouse.</source>
        <translation>Los envíos, traspasos y vales de salida comprueban el stock de cada almacén.</translation>
    </message>
    <message>
        <source>&amp;Negative stock:</source>
        <translation>Stock &amp;negativo:</translation>
    </message>
    <message>
        <source>Print and export the &amp;book quantity on count sheets</source>
        <translation>Imprimir y exportar la cantidad &amp;teórica en las hojas de recuento</translation>
    </message>
    <message>
        <source>Off, the counters write down what they find without seeing what the books say (a blind count).</source>
        <translation>Si está desactivado, quienes cuentan anotan lo que encuentran sin ver la cantidad teórica (recuento a ciegas).</translation>
    </message>
    <message>
        <source>Stocktakes:</source>
        <translation>Inventarios físicos:</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockDocumentForm</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>&amp;From warehouse:</source>
        <translation>Almacén de &amp;origen:</translation>
    </message>
    <message>
        <source>T&amp;o warehouse:</source>
        <translation>Almacén de des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;inalidad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Post the stock moves (Ctrl+Enter)</source>
        <translation>Registrar los movimientos de stock (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>(no such code)</source>
        <translation>(código inexistente)</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>Stock por debajo de cero</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Why is %1 reversed?</source>
        <translation>¿Por qué se anula %1?</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nuevo traspaso</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>Nuevo vale de consumo</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Traspaso %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Vale de consumo %1</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockDocumentRepository</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods leave.</source>
        <translation>Elija el almacén del que salen las mercancías.</translation>
    </message>
    <message>
        <source>Choose the warehouse the goods go to.</source>
        <translation>Elija el almacén al que van las mercancías.</translation>
    </message>
    <message>
        <source>A transfer goes to another warehouse.</source>
        <translation>Un traspaso va a otro almacén.</translation>
    </message>
    <message>
        <source>Say what the goods are for.</source>
        <translation>Indique para qué son las mercancías.</translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation>Añada al menos un producto.</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>La línea %1 no tiene producto.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>Línea %1: la cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>Otra persona eliminó el documento; no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 está %2 y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 ya está %2.</translation>
    </message>
    <message>
        <source>Only a posted document can be reversed; %1 is %2.</source>
        <translation>Solo se puede anular un documento registrado; %1 está %2.</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>Indique por qué se anula %1.</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StockLedger</name>
    <message>
        <source>A stock movement needs its document (type, number, uuid and date).</source>
        <translation>Un movimiento de stock necesita su documento (tipo, número, uuid y fecha).</translation>
    </message>
    <message>
        <source>%1, line %2: the product no longer exists.</source>
        <translation>%1, línea %2: el producto ya no existe.</translation>
    </message>
    <message>
        <source>%1, line %2: choose a warehouse.</source>
        <translation>%1, línea %2: elija un almacén.</translation>
    </message>
    <message>
        <source>Not enough %1 in %2: %3 on hand, %4 asked for.</source>
        <translation>No hay suficiente %1 en %2: %3 en existencias, se piden %4.</translation>
    </message>
    <message>
        <source>The document has no stock movements left to reverse.</source>
        <translation>El documento no tiene movimientos de stock que anular.</translation>
    </message>
    <message>
        <source>%1 in %2: on hand %3, but the moves add up to %4.</source>
        <translation>%1 en %2: existencias %3, pero los movimientos suman %4.</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeForm</name>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>El inventario físico ya no existe.</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Post the variances as stock moves (Ctrl+Enter)</source>
        <translation>Registrar las diferencias como movimientos de stock (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the count sheet (Ctrl+P)</source>
        <translation>Imprimir la hoja de recuento (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport count sheet…</source>
        <translation>E&amp;xportar hoja de recuento…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cannot open the stocktake</source>
        <translation>No se puede abrir el inventario físico</translation>
    </message>
    <message>
        <source>Added to the count sheet: %1.</source>
        <translation>Añadidos a la hoja de recuento: %1.</translation>
    </message>
    <message>
        <source>Post %1 for %2?</source>
        <translation>¿Registrar %1 (almacén: %2)?</translation>
    </message>
    <message>
        <source>Lines counted: %1. With a variance: %2 (%3 more and %4 less than on hand, net %5).</source>
        <translation>Líneas contadas: %1. Con diferencia: %2 (%3 más y %4 menos que las existencias; neto: %5).</translation>
    </message>
    <message>
        <source>The stock on hand becomes the counted quantities.</source>
        <translation>Las existencias pasarán a ser las cantidades contadas.</translation>
    </message>
    <message>
        <source>Post stocktake</source>
        <translation>Registrar inventario físico</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Why is %1 reversed?</source>
        <translation>¿Por qué se anula %1?</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventario físico</translation>
    </message>
    <message>
        <source>Save the changes to the stocktake?</source>
        <translation>¿Guardar los cambios del inventario físico?</translation>
    </message>
    <message>
        <source>Lines: %1 · counted: %2</source>
        <translation>Líneas: %1 · contadas: %2</translation>
    </message>
    <message>
        <source>with a variance: %1 (+%2 / −%3)</source>
        <translation>con diferencia: %1 (+%2 / −%3)</translation>
    </message>
    <message>
        <source>New stocktake</source>
        <translation>Nuevo inventario físico</translation>
    </message>
    <message>
        <source>Stocktake %1</source>
        <translation>Inventario físico %1</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeLinesModel</name>
    <message>
        <source>Stock moved since this line was added to the sheet (book %1, on hand now %2); the variance is measured against the on-hand when the stocktake is posted.</source>
        <translation>El stock ha cambiado desde que esta línea se añadió a la hoja (teórico: %1; existencias actuales: %2); la diferencia se calcula con las existencias del momento en que se registre el inventario físico.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Teórico</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a quantity.</source>
        <translation>%1: «%2» no es una cantidad.</translation>
    </message>
    <message>
        <source>%1: a counted quantity cannot be below zero.</source>
        <translation>%1: la cantidad contada no puede ser negativa.</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakePrintData</name>
    <message>
        <source>There is no stocktake %1.</source>
        <translation>No existe el inventario físico %1.</translation>
    </message>
    <message>
        <source>Stocktake count sheet</source>
        <translation>Hoja de recuento</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Book qty</source>
        <translation>Cant. teórica</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Counted by (signature, date)</source>
        <translation>Contado por (firma, fecha)</translation>
    </message>
    <message>
        <source>Checked by (signature, date)</source>
        <translation>Revisado por (firma, fecha)</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeRepository</name>
    <message>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <source>Choose the warehouse to count.</source>
        <translation>Elija el almacén que se va a contar.</translation>
    </message>
    <message>
        <source>%1: a counted quantity cannot be below zero.</source>
        <translation>%1: la cantidad contada no puede ser negativa.</translation>
    </message>
    <message>
        <source>The stocktake was deleted by someone else; it cannot be saved.</source>
        <translation>Otra persona eliminó el inventario físico; no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 está %2 y ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The count sheet of %1 lists the stock of another warehouse; start a new stocktake to count this one.</source>
        <translation>La hoja de recuento de %1 recoge el stock de otro almacén; para contar este, cree un inventario físico nuevo.</translation>
    </message>
    <message>
        <source>%1 is not on the count sheet of %2.</source>
        <translation>%1 no está en la hoja de recuento de %2.</translation>
    </message>
    <message>
        <source>The stocktake no longer exists.</source>
        <translation>El inventario físico ya no existe.</translation>
    </message>
    <message>
        <source>There is no product with the code %1.</source>
        <translation>No hay ningún producto con el código %1.</translation>
    </message>
    <message>
        <source>No product matches the selection.</source>
        <translation>Ningún producto coincide con la selección.</translation>
    </message>
    <message>
        <source>Every product of the selection is on the count sheet already.</source>
        <translation>Todos los productos de la selección ya están en la hoja de recuento.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 ya está %2.</translation>
    </message>
    <message>
        <source>%1 has no products to count; add them first.</source>
        <translation>%1 no tiene productos que contar; añádalos primero.</translation>
    </message>
    <message>
        <source>Lines not counted yet (%1): %2. Type what was found (0 when there was none).</source>
        <translation>Líneas aún sin contar (%1): %2. Escriba lo que se ha encontrado (0 si no había nada).</translation>
    </message>
    <message>
        <source>Only a posted stocktake can be reversed; %1 is %2.</source>
        <translation>Solo se puede anular un inventario físico registrado; %1 está en estado «%2».</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>Indique por qué se anula %1.</translation>
    </message>
</context>
<context>
    <name>Crm::Inventory::StocktakeSelectionBox</name>
    <message>
        <source>Products to count</source>
        <translation>Productos que contar</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>&amp;Only products with stock or moves in this warehouse</source>
        <translation>&amp;Solo productos con stock o movimientos en este almacén</translation>
    </message>
    <message>
        <source>Product codes, separated by spaces (instead of the category)</source>
        <translation>Códigos de producto separados por espacios (en lugar de la categoría)</translation>
    </message>
    <message>
        <source>A&amp;dd to count sheet</source>
        <translation>Aña&amp;dir a la hoja de recuento</translation>
    </message>
    <message>
        <source>Adds the chosen products that are not on the sheet yet, with their stock now as the book quantity</source>
        <translation>Añade los productos elegidos que aún no están en la hoja, con su stock actual como cantidad teórica</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Códigos:</translation>
    </message>
</context>
<context>
    <name>Crm::LineInput</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity.</source>
        <translation>Línea %1: «%2» no es una cantidad.</translation>
    </message>
    <message>
        <source>Line %1: there is no product with the code &quot;%2&quot;.</source>
        <translation>Línea %1: no hay ningún producto con el código «%2».</translation>
    </message>
</context>
<context>
    <name>Crm::ListExporter</name>
    <message>
        <source>Could not read the list: %1</source>
        <translation>No se pudo leer la lista: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Crm::ListPage</name>
    <message>
        <source>Search code or name (Ctrl+F)</source>
        <translation>Buscar código o nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nuevo registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Abrir el registro seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected record (Del)</source>
        <translation>Eliminar el registro seleccionado (Supr)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source> — many matches: shown in the order they were entered; type more to narrow and sort</source>
        <translation> — muchas coincidencias: se muestran en el orden en que se introdujeron; escriba más para acotar y ordenar</translation>
    </message>
    <message>
        <source>counting records…</source>
        <translation>contando registros…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>¿Eliminar %1? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import records from a CSV or Excel file (Ctrl+I)</source>
        <translation>Importar registros desde un archivo CSV o de Excel (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export what the list shows to CSV or Excel (Ctrl+E)</source>
        <translation>Exportar lo que muestra la lista a CSV o Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 filas exportadas a %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::LoginDialog</name>
    <message>
        <source>Log in — %1</source>
        <translation>Iniciar sesión — %1</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Wrong login or password, or the account is inactive.</source>
        <translation>Usuario o contraseña incorrectos, o la cuenta está inactiva.</translation>
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
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>Panel de &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Modules…</source>
        <translation>&amp;Módulos…</translation>
    </message>
    <message>
        <source>&amp;About CRM Suite</source>
        <translation>&amp;Acerca de CRM Suite</translation>
    </message>
    <message>
        <source>About CRM Suite</source>
        <translation>Acerca de CRM Suite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Suite %1&lt;/h3&gt;&lt;p&gt;Customers, quotations, orders, stock, money and service for small and medium businesses — offline, on one file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Suite %1&lt;/h3&gt;&lt;p&gt;Clientes, presupuestos, pedidos, existencias, tesorería y servicio técnico para pequeñas y medianas empresas: sin conexión, en un solo archivo.&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved</source>
        <translation>Solo lectura: no se puede guardar nada</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia de seguridad &amp;en…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>%1 (read-only) — CRM Suite</source>
        <translation>%1 (solo lectura) — CRM Suite</translation>
    </message>
</context>
<context>
    <name>Crm::ModuleManager</name>
    <message>
        <source>not a Qt plugin, or its metadata cannot be read</source>
        <translation>no es un complemento de Qt o no se pueden leer sus metadatos</translation>
    </message>
    <message>
        <source>not a CRM Suite module (interface &quot;%1&quot;)</source>
        <translation>no es un módulo de CRM Suite (interfaz &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>malformed metadata: no module description</source>
        <translation>metadatos mal formados: falta la descripción del módulo</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;id&quot; is missing or not a lowercase identifier</source>
        <translation>metadatos mal formados: falta &quot;id&quot; o no es un identificador en minúsculas</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;name&quot; or &quot;version&quot; is missing</source>
        <translation>metadatos mal formados: falta &quot;name&quot; o &quot;version&quot;</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;interfaceVersion&quot; is missing or not a number</source>
        <translation>metadatos mal formados: falta &quot;interfaceVersion&quot; o no es un número</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;%1&quot; is not a list</source>
        <translation>metadatos mal formados: &quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>malformed metadata: &quot;%1&quot; holds something that is not a module id</source>
        <translation>metadatos mal formados: &quot;%1&quot; contiene algo que no es un id de módulo</translation>
    </message>
    <message>
        <source>built for module interface version %1; this program needs version %2</source>
        <translation>compilado para la versión %1 de la interfaz de módulos; este programa necesita la versión %2</translation>
    </message>
    <message>
        <source>another plugin (%1) already provides module &quot;%2&quot;</source>
        <translation>otro complemento (%1) ya proporciona el módulo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which was skipped</source>
        <translation>requiere el módulo &quot;%1&quot;, que se ha omitido</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which is not installed</source>
        <translation>requiere el módulo &quot;%1&quot;, que no está instalado</translation>
    </message>
    <message>
        <source>dependency cycle among modules %1</source>
        <translation>dependencia circular entre los módulos %1</translation>
    </message>
    <message>
        <source>requires module &quot;%1&quot;, which failed to load</source>
        <translation>requiere el módulo &quot;%1&quot;, que no se pudo cargar</translation>
    </message>
    <message>
        <source>the library failed to load: %1</source>
        <translation>no se pudo cargar la biblioteca: %1</translation>
    </message>
    <message>
        <source>the plugin does not provide a CRM Suite module</source>
        <translation>el complemento no proporciona ningún módulo de CRM Suite</translation>
    </message>
</context>
<context>
    <name>Crm::ModulesDialog</name>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <source>Loaded; needs %1</source>
        <translation>Cargado; requiere %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>%1 loaded, %2 skipped.</source>
        <translation>%1 cargados, %2 omitidos.</translation>
    </message>
</context>
<context>
    <name>Crm::Money</name>
    <message>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>No se pueden combinar importes en %1 y en %2.</translation>
    </message>
</context>
<context>
    <name>Crm::Numbering</name>
    <message>
        <source>No numbering is defined for %1.</source>
        <translation>No hay ninguna numeración definida para %1.</translation>
    </message>
</context>
<context>
    <name>Crm::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Crm::Party</name>
    <message>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>Crm::PartyBulkInsert</name>
    <message>
        <source>The import stopped before every row was written.</source>
        <translation>La importación se detuvo antes de escribir todas las filas.</translation>
    </message>
</context>
<context>
    <name>Crm::PartyForm</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation>Razón social completa</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>Nombre &amp;corto:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>se asigna automáticamente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>Su&amp;pplier</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>trade fair, referral, website…</source>
        <translation>feria comercial, recomendación, sitio web…</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>province, state or sales region</source>
        <translation>provincia, estado o zona de ventas</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>S&amp;hip-to address:</source>
        <translation>Dirección de en&amp;vío:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;Identificación fiscal:</translation>
    </message>
    <message>
        <source>C&amp;redit limit:</source>
        <translation>&amp;Límite de crédito:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Condiciones de pago:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;1 General</source>
        <translation>&amp;1 General</translation>
    </message>
    <message>
        <source>&amp;2 Address and phones</source>
        <translation>&amp;2 Dirección y teléfonos</translation>
    </message>
    <message>
        <source>&amp;3 Commercial</source>
        <translation>&amp;3 Comercial</translation>
    </message>
    <message>
        <source>&amp;4 Contacts</source>
        <translation>&amp;4 Contactos</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>The credit limit &quot;%1&quot; is not an amount.</source>
        <translation>El límite de crédito &quot;%1&quot; no es un importe válido.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>%1 %2 has the same name. Save this record anyway?</source>
        <translation>%1 %2 tiene el mismo nombre. ¿Guardar este registro de todos modos?</translation>
    </message>
</context>
<context>
    <name>Crm::PartyImport</name>
    <message>
        <source>Record %1 was deleted during the import.</source>
        <translation>El registro %1 se eliminó durante la importación.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: use %2 or %3.</source>
        <translation>Tipo desconocido &quot;%1&quot;: use %2 o %3.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use one of %2.</source>
        <translation>Estado desconocido &quot;%1&quot;: use uno de %2.</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;: use a log-in or a user&apos;s name.</source>
        <translation>Usuario desconocido &quot;%1&quot;: use un nombre de usuario de inicio de sesión o el nombre de un usuario.</translation>
    </message>
    <message>
        <source>Unknown payment terms &quot;%1&quot;.</source>
        <translation>Condiciones de pago desconocidas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Moneda desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; no es un importe válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>The contact&apos;s details are given but not the name.</source>
        <translation>Se indican los datos del contacto pero no su nombre.</translation>
    </message>
    <message>
        <source>The record to update no longer exists.</source>
        <translation>El registro que se iba a actualizar ya no existe.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>Cargo del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s department</source>
        <translation>Departamento del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s mobile</source>
        <translation>Móvil del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
</context>
<context>
    <name>Crm::PartyRepository</name>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>A party must be a customer, a supplier or both.</source>
        <translation>La ficha debe ser de cliente, de proveedor o de ambos.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; is not valid.</source>
        <translation>La dirección de correo electrónico &quot;%1&quot; no es válida.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The credit limit cannot be negative.</source>
        <translation>El límite de crédito no puede ser negativo.</translation>
    </message>
    <message>
        <source>Contact %1 has no name.</source>
        <translation>El contacto %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>The e-mail address &quot;%1&quot; of contact %2 is not valid.</source>
        <translation>La dirección de correo electrónico &quot;%1&quot; del contacto %2 no es válida.</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>Solo puede haber un contacto principal.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>El código %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>Otro usuario ha eliminado el registro; no se puede guardar.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>El registro ya no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation>No se puede eliminar %1: otros registros hacen referencia a él (%2).</translation>
    </message>
</context>
<context>
    <name>Crm::PasswordHash</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para calcular el hash de la contraseña.</translation>
    </message>
</context>
<context>
    <name>Crm::Pricing</name>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>A discount must be between 0% and 100%, and a tax rate cannot be negative.</source>
        <translation>Un descuento debe estar entre el 0 % y el 100 %, y un tipo de impuesto no puede ser negativo.</translation>
    </message>
    <message>
        <source>A discount must be between 0% and 100%.</source>
        <translation>Un descuento debe estar entre el 0 % y el 100 %.</translation>
    </message>
</context>
<context>
    <name>Crm::PrintActions</name>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Guardar %1 como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Crm::PrintJob</name>
    <message>
        <source>Copy %1 of %2</source>
        <translation>Copia %1 de %2</translation>
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
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>No hay nada que imprimir.</translation>
    </message>
</context>
<context>
    <name>Crm::PrintSettings</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8.5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Continuous form, half (241 × 140 mm)</source>
        <translation>Papel continuo, 1/2 (241 × 140 mm)</translation>
    </message>
    <message>
        <source>Continuous form, third (241 × 93 mm)</source>
        <translation>Papel continuo, 1/3 (241 × 93 mm)</translation>
    </message>
    <message>
        <source>Copies with prices: &quot;%1&quot; is not a copy number from 1 to %2.</source>
        <translation>Copias con precios: «%1» no es un número de copia entre 1 y %2.</translation>
    </message>
</context>
<context>
    <name>Crm::PrintTemplate</name>
    <message>
        <source>Template error on line %1: %2</source>
        <translation>Error en la plantilla, línea %1: %2</translation>
    </message>
</context>
<context>
    <name>Crm::PrintTemplatesDialog</name>
    <message>
        <source>Print templates</source>
        <translation>Plantillas de impresión</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
</context>
<context>
    <name>Crm::ProductForm</name>
    <message>
        <source>Co&amp;de:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>assigned automatically</source>
        <translation>se asigna automáticamente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Especificación:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Código de &amp;barras:</translation>
    </message>
    <message>
        <source>C&amp;ost (%1):</source>
        <translation>C&amp;osto (%1):</translation>
    </message>
    <message>
        <source>Sale &amp;price (%1):</source>
        <translation>&amp;Precio de venta (%1):</translation>
    </message>
    <message>
        <source>Ta&amp;x rate:</source>
        <translation>Tipo de &amp;impuesto:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Warranty:</source>
        <translation>&amp;Garantía:</translation>
    </message>
    <message>
        <source>Safety stoc&amp;k:</source>
        <translation>Stoc&amp;k de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Activo</translation>
    </message>
    <message>
        <source>Product %1 — %2</source>
        <translation>Producto %1 — %2</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; no es un importe válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>&quot;%1&quot; no es una cantidad válida.</translation>
    </message>
    <message>
        <source>Existing products with this code or this name and specification:
%1</source>
        <translation>Productos existentes con este código o con este nombre y especificación:
%1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
</context>
<context>
    <name>Crm::ProductImport</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo de impuesto</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>Meses de garantía</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>After the update it would duplicate %1.</source>
        <translation>Tras la actualización duplicaría %1.</translation>
    </message>
    <message>
        <source>Record %1 was deleted during the import.</source>
        <translation>El registro %1 se eliminó durante la importación.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;.</source>
        <translation>Unidad desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Categoría desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown tax rate &quot;%1&quot;.</source>
        <translation>Tipo de impuesto desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot;.</source>
        <translation>Moneda desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; no es un importe válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of months.</source>
        <translation>&quot;%1&quot; no es un número entero de meses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>&quot;%1&quot; no es una cantidad válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; no es sí ni no.</translation>
    </message>
    <message>
        <source>The record to update no longer exists.</source>
        <translation>El registro que se iba a actualizar ya no existe.</translation>
    </message>
</context>
<context>
    <name>Crm::ProductRepository</name>
    <message>
        <source>The product name is required.</source>
        <translation>El nombre del producto es obligatorio.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>El costo no puede ser negativo.</translation>
    </message>
    <message>
        <source>The sale price cannot be negative.</source>
        <translation>El precio de venta no puede ser negativo.</translation>
    </message>
    <message>
        <source>The warranty must be between 0 and 600 months.</source>
        <translation>La garantía debe estar entre 0 y 600 meses.</translation>
    </message>
    <message>
        <source>The safety stock cannot be negative.</source>
        <translation>El stock de seguridad no puede ser negativo.</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>El código %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>Product %1 already has this name and specification.</source>
        <translation>El producto %1 ya tiene este nombre y esta especificación.</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>Otro usuario ha eliminado el registro; no se puede guardar.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>El registro ya no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: other records refer to it (%2).</source>
        <translation>No se puede eliminar %1: otros registros hacen referencia a él (%2).</translation>
    </message>
</context>
<context>
    <name>Crm::Purchasing</name>
    <message>
        <source>See suppliers</source>
        <translation>Ver proveedores</translation>
    </message>
    <message>
        <source>Create, edit and delete suppliers</source>
        <translation>Crear, editar y eliminar proveedores</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Compras</translation>
    </message>
</context>
<context>
    <name>Crm::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo registro de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>&quot;%1&quot; no es un porcentaje válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; no es un número válido.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
</context>
<context>
    <name>Crm::RecordRepository</name>
    <message>
        <source>%1 is required.</source>
        <translation>El campo %1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>El campo %1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 is out of range.</source>
        <translation>El campo %1 está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is already used by another %3.</source>
        <translation>El valor &quot;%2&quot; del campo %1 ya lo usa otro registro de %3.</translation>
    </message>
    <message>
        <source>A category cannot be placed under itself.</source>
        <translation>Una categoría no puede estar dentro de sí misma.</translation>
    </message>
    <message>
        <source>The record was deleted by someone else; it cannot be saved.</source>
        <translation>Otro usuario ha eliminado el registro; no se puede guardar.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>El registro ya no existe.</translation>
    </message>
    <message>
        <source>%1 %2 cannot be deleted: other records refer to it (%3).</source>
        <translation>No se puede eliminar el registro %1 %2: otros registros hacen referencia a él (%3).</translation>
    </message>
</context>
<context>
    <name>Crm::Restore</name>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3</source>
        <translation>No se puede guardar una copia de %1 como %2: %3</translation>
    </message>
    <message>
        <source>Cannot put the restored copy %1 in place of %2: %3. The database is kept as %4.</source>
        <translation>No se puede poner la copia restaurada %1 en lugar de %2: %3. La base de datos se conserva como %4.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from %2: %3</source>
        <translation>No se puede restaurar %1 desde %2: %3</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted while the backup was being copied; the database was not changed and the partial copy was removed.</source>
        <translation>Una restauración de %1 se interrumpió mientras se copiaba la copia de seguridad; la base de datos no se modificó y la copia parcial se eliminó.</translation>
    </message>
    <message>
        <source>it is not a CRM Suite database</source>
        <translation>no es una base de datos de CRM Suite</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted before its copy was whole; the database was not changed and the copy was removed.</source>
        <translation>Una restauración de %1 se interrumpió antes de que su copia estuviera completa; la base de datos no se modificó y la copia se eliminó.</translation>
    </message>
    <message>
        <source>A restore of %1 was interrupted; it has now been completed.</source>
        <translation>Una restauración de %1 se interrumpió; ahora se ha completado.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>El archivo anterior se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>Crm::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup is checked first; one that is damaged or was written by a newer version is refused. The data in %1 is then replaced by the backup&apos;s; the current file is kept beside it as %2.before-restore-&lt;date&gt;.</source>
        <translation>Primero se comprueba la copia de seguridad; se rechaza si está dañada o la escribió una versión más reciente. Después, los datos de %1 se sustituyen por los de la copia; el archivo actual se conserva junto a ella como %2.before-restore-&lt;date&gt;.</translation>
    </message>
    <message>
        <source>Backup of</source>
        <translation>Fecha de la copia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>&amp;Backups in %1:</source>
        <translation>&amp;Copias de seguridad en %1:</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <source>CRM Suite databases (*.db);;All files (*)</source>
        <translation>Bases de datos de CRM Suite (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Crm::Sales</name>
    <message>
        <source>See customers</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>Create and edit customers</source>
        <translation>Crear y editar clientes</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Pedido de venta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Search number or customer (Ctrl+F)</source>
        <translation>Buscar número o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>See quotations</source>
        <translation>Ver presupuestos</translation>
    </message>
    <message>
        <source>See sales orders</source>
        <translation>Ver pedidos de venta</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <source>Sales orders</source>
        <translation>Pedidos de venta</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Sin retraso</translation>
    </message>
    <message>
        <source>Search number (Ctrl+F)</source>
        <translation>Buscar número (Ctrl+F)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Valid until / delivery</source>
        <translation>Válido hasta / entrega</translation>
    </message>
    <message>
        <source>Create and edit quotations</source>
        <translation>Crear y editar presupuestos</translation>
    </message>
    <message>
        <source>Create, edit and confirm sales orders</source>
        <translation>Crear, editar y confirmar pedidos de venta</translation>
    </message>
    <message>
        <source>Overdue deliveries</source>
        <translation>Entregas con retraso</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <source>Quotations and orders</source>
        <translation>Presupuestos y pedidos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Expedido parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expedido</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Fecha requerida</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Search number, customer or tracking number (Ctrl+F)</source>
        <translation>Buscar número, cliente o número de seguimiento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>Aviso de envío</translation>
    </message>
    <message>
        <source>Shipping order</source>
        <translation>Orden de envío</translation>
    </message>
    <message>
        <source>Search number or tracking number (Ctrl+F)</source>
        <translation>Buscar número o número de seguimiento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Cant. pedida</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Delivery month</source>
        <translation>Mes de entrega</translation>
    </message>
    <message>
        <source>Search order, customer or product (Ctrl+F)</source>
        <translation>Buscar pedido, cliente o producto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>S&amp;hip…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Shipping &amp;notice…</source>
        <translation>&amp;Aviso de envío…</translation>
    </message>
    <message>
        <source>New shipping notice</source>
        <translation>Nuevo aviso de envío</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>Number of the confirmed order to ship:</source>
        <translation>Número del pedido confirmado que se enviará:</translation>
    </message>
    <message>
        <source>Cannot ship</source>
        <translation>No se puede enviar</translation>
    </message>
    <message>
        <source>There is no sales order %1.</source>
        <translation>No existe el pedido de venta %1.</translation>
    </message>
    <message>
        <source>See shipments and notices</source>
        <translation>Ver envíos y avisos de envío</translation>
    </message>
    <message>
        <source>Ship orders and reverse shipments</source>
        <translation>Enviar pedidos y anular envíos</translation>
    </message>
    <message>
        <source>Shipping notices</source>
        <translation>Avisos de envío</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Unshipped quantities</source>
        <translation>Cantidades pendientes de envío</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Transportistas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tracking link ({tracking} = number)</source>
        <translation>Enlace de seguimiento ({tracking} = número)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Devolución prevista</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation>No vencido</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Prestado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>See loans and samples</source>
        <translation>Ver préstamos y muestras</translation>
    </message>
    <message>
        <source>Lend goods and samples, take them back, sell them</source>
        <translation>Prestar mercancía y muestras, registrar su devolución y venderlas</translation>
    </message>
    <message>
        <source>Loans and samples</source>
        <translation>Préstamos y muestras</translation>
    </message>
    <message>
        <source>Loans past due</source>
        <translation>Préstamos vencidos</translation>
    </message>
    <message>
        <source>Quotation and order lines</source>
        <translation>Líneas de presupuestos y pedidos</translation>
    </message>
    <message>
        <source>Shipments and shipping notices</source>
        <translation>Envíos y avisos de envío</translation>
    </message>
    <message>
        <source>Shipment lines</source>
        <translation>Líneas de envío</translation>
    </message>
    <message>
        <source>Loan lines</source>
        <translation>Líneas de préstamo</translation>
    </message>
    <message>
        <source>Loan returns</source>
        <translation>Devoluciones de préstamo</translation>
    </message>
    <message>
        <source>Loan return lines</source>
        <translation>Líneas de devolución de préstamo</translation>
    </message>
    <message>
        <source>Loan sales</source>
        <translation>Ventas de préstamos</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ChooseLinesDialog</name>
    <message>
        <source>Order from %1</source>
        <translation>Pedido desde %1</translation>
    </message>
    <message>
        <source>%1. %2 × %3</source>
        <translation>%1. %2 × %3</translation>
    </message>
    <message>
        <source>Create the &amp;order</source>
        <translation>Crear el &amp;pedido</translation>
    </message>
    <message>
        <source>Lines that go into the order (Space checks or unchecks):</source>
        <translation>Líneas que pasan al pedido (Espacio marca o desmarca):</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::DocumentEditor</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 was in %2; this document is in %3.</source>
        <translation>%1 estaba en %2; este documento está en %3.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::DocumentHeader</name>
    <message>
        <source>Type a name, code, phone or contact</source>
        <translation>Escriba nombre, código, teléfono o contacto</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>The rate must be a number greater than zero.</source>
        <translation>El tipo de cambio debe ser un número mayor que cero.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>Precios sin impuestos</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Precios con impuestos</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Sales&amp;person:</source>
        <translation>Co&amp;mercial:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Válido hasta:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>Fecha de &amp;entrega:</translation>
    </message>
    <message>
        <source>Pa&amp;yment terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <source>Currenc&amp;y, rate:</source>
        <translation>Moneda, &amp;tipo de cambio:</translation>
    </message>
    <message>
        <source>Ta&amp;x:</source>
        <translation>Imp&amp;uestos:</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::Guardrails</name>
    <message>
        <source>Line %1: a discount of %2 is more than the %3 you may give.</source>
        <translation>Línea %1: un descuento del %2 supera el %3 que usted puede conceder.</translation>
    </message>
    <message>
        <source>Line %1 is priced below cost.</source>
        <translation>La línea %1 tiene un precio inferior al costo.</translation>
    </message>
    <message>
        <source>A document discount of %1 is more than the %2 you may give.</source>
        <translation>Un descuento del documento del %1 supera el %2 que usted puede conceder.</translation>
    </message>
    <message>
        <source>Open receivables plus this document exceed the customer&apos;s credit limit.</source>
        <translation>Las cuentas por cobrar pendientes más este documento superan el límite de crédito del cliente.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LastPricesDialog</name>
    <message>
        <source>Last prices — %1</source>
        <translation>Últimos precios — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>con imp.</translation>
    </message>
    <message>
        <source>excl.</source>
        <translation>sin imp.</translation>
    </message>
    <message>
        <source>This customer has not bought this product yet.</source>
        <translation>Este cliente aún no ha comprado este producto.</translation>
    </message>
    <message>
        <source>Enter takes the highlighted price; Escape keeps the line as it is.</source>
        <translation>Enter aplica el precio resaltado; Escape deja la línea como está.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanForm</name>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>Type a name, code, phone or contact</source>
        <translation>Escriba nombre, código, teléfono o contacto</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntacto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Due &amp;back:</source>
        <translation>De&amp;volución prevista:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Pos&amp;t</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>The goods leave the warehouses (Ctrl+Enter)</source>
        <translation>La mercancía sale de los almacenes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <source>Goods come back from the customer</source>
        <translation>La mercancía vuelve del cliente</translation>
    </message>
    <message>
        <source>Convert to &amp;order…</source>
        <translation>Convertir en &amp;pedido…</translation>
    </message>
    <message>
        <source>What the customer keeps becomes a sales order</source>
        <translation>Lo que el cliente se queda pasa a ser un pedido de venta</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>%1 on %2: %3 sold</source>
        <translation>%1 del %2: venta de %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 back</source>
        <translation>%1 del %2: devolución de %3</translation>
    </message>
    <message>
        <source>Returns and sales: %1</source>
        <translation>Devoluciones y ventas: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(no such code)</source>
        <translation>(código inexistente)</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>Stock por debajo de cero</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve it yourself?</source>
        <translation>¿Lo aprueba usted mismo?</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Why is %1 reversed? The goods go back into their warehouses.</source>
        <translation>¿Por qué se anula %1? La mercancía vuelve a sus almacenes.</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>Nuevas muestras</translation>
    </message>
    <message>
        <source>New loan</source>
        <translation>Nuevo préstamo</translation>
    </message>
    <message>
        <source>past due since %1</source>
        <translation>vencido desde el %1</translation>
    </message>
    <message>
        <source>Samples %1</source>
        <translation>Muestras %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Préstamo %1</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanQuantitiesDialog</name>
    <message>
        <source>Sell from %1</source>
        <translation>Venta desde %1</translation>
    </message>
    <message>
        <source>Return to %1</source>
        <translation>Devolución de %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Quantity sold</source>
        <translation>Cantidad vendida</translation>
    </message>
    <message>
        <source>Quantity back</source>
        <translation>Cantidad devuelta</translation>
    </message>
    <message>
        <source>Unit price (%1, without tax)</source>
        <translation>Precio unitario (%1, sin impuestos)</translation>
    </message>
    <message>
        <source>Create the &amp;order</source>
        <translation>Crear el &amp;pedido</translation>
    </message>
    <message>
        <source>&amp;Return the goods</source>
        <translation>&amp;Devolver la mercancía</translation>
    </message>
    <message>
        <source>What %1 keeps becomes a confirmed sales order, already delivered: the goods do not leave the warehouse again.</source>
        <translation>Lo que %1 se queda pasa a ser un pedido de venta confirmado y ya entregado: la mercancía no vuelve a salir del almacén.</translation>
    </message>
    <message>
        <source>Returned &amp;on:</source>
        <translation>Fecha de de&amp;volución:</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>Línea %1: «%2» no es un precio válido.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::LoanRepository</name>
    <message>
        <source>Choose a customer.</source>
        <translation>Elija un cliente.</translation>
    </message>
    <message>
        <source>The chosen party is not a customer.</source>
        <translation>El tercero elegido no es un cliente.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <source>Say when the goods are due back.</source>
        <translation>Indique cuándo debe devolverse la mercancía.</translation>
    </message>
    <message>
        <source>The goods cannot be due back before they leave.</source>
        <translation>La devolución prevista no puede ser anterior a la salida de la mercancía.</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>%1 no tiene líneas.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>La línea %1 no tiene producto.</translation>
    </message>
    <message>
        <source>Line %1: choose the warehouse the goods leave from.</source>
        <translation>Línea %1: elija el almacén del que sale la mercancía.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>Línea %1: la cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>Otra persona eliminó el documento; no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 está en estado «%2» y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>%1 is %2: only a draft is deleted; reverse it instead.</source>
        <translation>%1 está en estado «%2»: solo se puede eliminar un borrador; anúlelo en su lugar.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 ya está en estado «%2».</translation>
    </message>
    <message>
        <source>%1 has returns or sales already; only a loan with neither is reversed.</source>
        <translation>%1 ya tiene devoluciones o ventas; solo se puede anular un préstamo que no tenga ninguna de las dos.</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>Indique por qué se anula %1.</translation>
    </message>
    <message>
        <source>%1 is %2: nothing of it is out with the customer.</source>
        <translation>%1 está en estado «%2»: el cliente no tiene mercancía pendiente de este documento.</translation>
    </message>
    <message>
        <source>A line is no longer part of %1.</source>
        <translation>Una de las líneas ya no forma parte de %1.</translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot be below zero.</source>
        <translation>Línea %1: la cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>La línea %1 tiene un precio negativo.</translation>
    </message>
    <message>
        <source>Line %1, %2 %3: %4 outstanding, %5 asked for.</source>
        <translation>Línea %1, %2 %3: quedan %4 pendientes y se han indicado %5.</translation>
    </message>
    <message>
        <source>Type a quantity on at least one line.</source>
        <translation>Escriba una cantidad en al menos una línea.</translation>
    </message>
    <message>
        <source>The date of the return is missing.</source>
        <translation>Falta la fecha de devolución.</translation>
    </message>
    <message>
        <source>A return cannot be dated before %1 went out (%2).</source>
        <translation>La fecha de una devolución no puede ser anterior a la salida de %1 (%2).</translation>
    </message>
    <message>
        <source>Sold from %1 %2.</source>
        <translation>Venta procedente de %1 %2.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesBench</name>
    <message>
        <source>The database has no products; run the demo first.</source>
        <translation>La base de datos no tiene productos; ejecute primero demo.</translation>
    </message>
    <message>
        <source>baseline: one write transaction (p50)</source>
        <translation>base: una transacción de escritura (p50)</translation>
    </message>
    <message>
        <source>confirm a 20-line order (p50 of %1)</source>
        <translation>confirmar un pedido de 20 líneas (p50 de %1)</translation>
    </message>
    <message>
        <source>confirm a 20-line order (p99)</source>
        <translation>confirmar un pedido de 20 líneas (p99)</translation>
    </message>
    <message>
        <source>baseline: lay out the 200-line quotation&apos;s HTML (p50)</source>
        <translation>base: maquetar el HTML del presupuesto de 200 líneas (p50)</translation>
    </message>
    <message>
        <source>200-line quotation to PDF, %1 pages (max of %2)</source>
        <translation>presupuesto de 200 líneas a PDF, %1 páginas (máx. de %2)</translation>
    </message>
    <message>
        <source>post a 20-line shipment (p50 of %1)</source>
        <translation>registrar un envío de 20 líneas (p50 de %1)</translation>
    </message>
    <message>
        <source>post a 20-line shipment (p99)</source>
        <translation>registrar un envío de 20 líneas (p99)</translation>
    </message>
    <message>
        <source>The database needs 5 customers and 5 products; run the demo first.</source>
        <translation>La base de datos necesita 5 clientes y 5 productos; ejecute primero demo.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesDocumentForm</name>
    <message>
        <source>Enter: next field · Ctrl+L: last prices · Ctrl+Del: remove line · Ctrl+S: save · Ctrl+Enter: %1 · Ctrl+P: print</source>
        <translation>Enter: campo siguiente · Ctrl+L: últimos precios · Ctrl+Del: quitar línea · Ctrl+S: guardar · Ctrl+Enter: %1 · Ctrl+P: imprimir</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>mark as sent</source>
        <translation>marcar como enviado</translation>
    </message>
    <message>
        <source>The document discount must be between 0% and 100%.</source>
        <translation>El descuento del documento debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>Terms and notes printed on the document</source>
        <translation>Condiciones y notas que se imprimen en el documento</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Document &amp;discount:</source>
        <translation>&amp;Descuento del documento:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>Confi&amp;rmar</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>Apro&amp;bar…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>&amp;Cancelar pedido…</translation>
    </message>
    <message>
        <source>To &amp;order</source>
        <translation>&amp;Crear pedido</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copi&amp;ar</translation>
    </message>
    <message>
        <source>Re&amp;vise</source>
        <translation>Revi&amp;sar</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>Pe&amp;rdido…</translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>Nothing on this document needs an approval.</source>
        <translation>Nada en este documento requiere aprobación.</translation>
    </message>
    <message>
        <source>This document needs a manager&apos;s approval:
%1</source>
        <translation>Este documento necesita la aprobación de un responsable:
%1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve it yourself?</source>
        <translation>¿Lo aprueba usted mismo?</translation>
    </message>
    <message>
        <source>Choose a line with a product to see its last prices.</source>
        <translation>Elija una línea con producto para ver sus últimos precios.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancelar el pedido</translation>
    </message>
    <message>
        <source>Quotation lost</source>
        <translation>Presupuesto perdido</translation>
    </message>
    <message>
        <source>Why is %1 cancelled?</source>
        <translation>¿Por qué se cancela %1?</translation>
    </message>
    <message>
        <source>Why was %1 lost (price, delivery time, competitor…)?</source>
        <translation>¿Por qué se perdió %1 (precio, plazo de entrega, competencia…)?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this document?</source>
        <translation>¿Guardar los cambios de este documento?</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <source>Tax %1</source>
        <translation>Impuesto %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total in %1</source>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>New sales order</source>
        <translation>Nuevo pedido de venta</translation>
    </message>
    <message>
        <source>New quotation</source>
        <translation>Nuevo presupuesto</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobado por %1</translation>
    </message>
    <message>
        <source>needs a manager&apos;s approval: %1</source>
        <translation>requiere la aprobación de un responsable: %1</translation>
    </message>
    <message>
        <source>from quotation %1 (%2)</source>
        <translation>del presupuesto %1 (%2)</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>pedido %1 (%2)</translation>
    </message>
    <message>
        <source>revision %1 (%2)</source>
        <translation>revisión %1 (%2)</translation>
    </message>
    <message>
        <source>Sales order %1</source>
        <translation>Pedido de venta %1</translation>
    </message>
    <message>
        <source>Quotation %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Modific&amp;ar…</translation>
    </message>
    <message>
        <source>Choose at least one line for the order.</source>
        <translation>Elija al menos una línea para el pedido.</translation>
    </message>
    <message>
        <source>Amend the order</source>
        <translation>Modificar el pedido</translation>
    </message>
    <message>
        <source>%1 is confirmed. Amending it cancels it and opens a new revision with the same lines to change and confirm again. Amend it?</source>
        <translation>%1 está confirmado. Modificarlo lo cancela y abre una nueva revisión con las mismas líneas para cambiarla y confirmarla de nuevo. ¿Modificarlo?</translation>
    </message>
    <message>
        <source>shipment %1 (%2)</source>
        <translation>envío %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesDocumentRepository</name>
    <message>
        <source>Choose a customer.</source>
        <translation>Elija un cliente.</translation>
    </message>
    <message>
        <source>The chosen party is not a customer.</source>
        <translation>El tercero elegido no es un cliente.</translation>
    </message>
    <message>
        <source>The document date is missing.</source>
        <translation>Falta la fecha del documento.</translation>
    </message>
    <message>
        <source>The quotation cannot expire before its date.</source>
        <translation>El presupuesto no puede caducar antes de su fecha.</translation>
    </message>
    <message>
        <source>The delivery date cannot be before the order date.</source>
        <translation>La fecha de entrega no puede ser anterior a la del pedido.</translation>
    </message>
    <message>
        <source>The currency is missing.</source>
        <translation>Falta la moneda.</translation>
    </message>
    <message>
        <source>The exchange rate must be greater than zero.</source>
        <translation>El tipo de cambio debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Line %1 has neither a product nor a description.</source>
        <translation>La línea %1 no tiene producto ni descripción.</translation>
    </message>
    <message>
        <source>Line %1 has no quantity.</source>
        <translation>La línea %1 no tiene cantidad.</translation>
    </message>
    <message>
        <source>Line %1 has a negative price.</source>
        <translation>La línea %1 tiene un precio negativo.</translation>
    </message>
    <message>
        <source>Line %1: the discount must be between 0% and 100%.</source>
        <translation>Línea %1: el descuento debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>The document discount must be between 0% and 100%.</source>
        <translation>El descuento del documento debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>Otra persona eliminó el documento; no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 está en estado «%2» y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become %3.</source>
        <translation>%1 está en estado «%2»; no puede pasar a «%3».</translation>
    </message>
    <message>
        <source>Say why %1 is %2.</source>
        <translation>Indique por qué %1 pasa a «%2».</translation>
    </message>
    <message>
        <source>%1 has no lines to confirm.</source>
        <translation>%1 no tiene líneas que confirmar.</translation>
    </message>
    <message>
        <source>Only a quotation can be copied to a new quotation.</source>
        <translation>Solo un presupuesto se puede copiar a un presupuesto nuevo.</translation>
    </message>
    <message>
        <source>Only a quotation can be revised.</source>
        <translation>Solo un presupuesto se puede revisar.</translation>
    </message>
    <message>
        <source>Only a quotation can become a sales order.</source>
        <translation>Solo un presupuesto se puede convertir en pedido de venta.</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot become an order.</source>
        <translation>%1 está en estado «%2»; no se puede convertir en pedido.</translation>
    </message>
    <message>
        <source>Choose at least one line of %1 for the order.</source>
        <translation>Elija al menos una línea de %1 para el pedido.</translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s approval before it is confirmed:
%2</source>
        <translation>%1 necesita la aprobación de un responsable antes de confirmarse:
%2</translation>
    </message>
    <message>
        <source>%1 may not approve discounts and prices.</source>
        <translation>%1 no puede aprobar descuentos ni precios.</translation>
    </message>
    <message>
        <source>Only a sales order can be amended.</source>
        <translation>Solo se puede modificar un pedido de venta.</translation>
    </message>
    <message>
        <source>%1 is %2; only a confirmed order is amended (a draft is simply changed).</source>
        <translation>%1 está %2; solo se modifica un pedido confirmado (un borrador se cambia directamente).</translation>
    </message>
    <message>
        <source>Amended by %1</source>
        <translation>Modificado por %1</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Incl. tax</source>
        <translation>Precio con imp.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Importe neto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a quantity greater than zero.</source>
        <translation>Línea %1: &quot;%2&quot; no es una cantidad mayor que cero.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price.</source>
        <translation>Línea %1: &quot;%2&quot; no es un precio válido.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a percentage between 0 and 100.</source>
        <translation>Línea %1: &quot;%2&quot; no es un porcentaje entre 0 y 100.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesPrintData</name>
    <message>
        <source>Customer copy</source>
        <translation>Copia del cliente</translation>
    </message>
    <message>
        <source>File copy</source>
        <translation>Copia de archivo</translation>
    </message>
    <message>
        <source>Warehouse copy</source>
        <translation>Copia de almacén</translation>
    </message>
    <message>
        <source>Accounting copy</source>
        <translation>Copia de contabilidad</translation>
    </message>
    <message>
        <source>There is no quotation or sales order %1.</source>
        <translation>No existe ningún presupuesto ni pedido de venta %1.</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Sales order</source>
        <translation>Pedido de venta</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Precios con impuestos</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>Precios sin impuestos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Total before tax</source>
        <translation>Total sin impuestos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>Aceptado por el cliente</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>Recibido por el cliente</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesSettings</name>
    <message>
        <source>A quotation&apos;s validity must be between 1 and 3650 days.</source>
        <translation>La validez de un presupuesto debe estar entre 1 y 3650 días.</translation>
    </message>
    <message>
        <source>The delivery time must be between 0 and 3650 days.</source>
        <translation>El plazo de entrega debe estar entre 0 y 3650 días.</translation>
    </message>
    <message>
        <source>The warehouse for orders is not an active warehouse.</source>
        <translation>El almacén de los pedidos no es un almacén activo.</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::SalesSettingsSection</name>
    <message>
        <source>Each line&apos;s tax rounded to the cent, then added up</source>
        <translation>Impuesto de cada línea redondeado al céntimo y luego sumado</translation>
    </message>
    <message>
        <source>Tax computed once per rate on the document&apos;s total</source>
        <translation>Impuesto calculado una vez por tipo sobre el total del documento</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>Precios sin impuestos</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Precios con impuestos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A price below cost needs a manager&apos;s &amp;approval</source>
        <translation>Un precio inferior al costo requiere la &amp;aprobación de un responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>Descuento máximo</translation>
    </message>
    <message>
        <source>Tax &amp;rounding:</source>
        <translation>&amp;Redondeo de impuestos:</translation>
    </message>
    <message>
        <source>New documents&apos; &amp;prices:</source>
        <translation>&amp;Precios de documentos nuevos:</translation>
    </message>
    <message>
        <source>Quotations &amp;valid for:</source>
        <translation>&amp;Validez de los presupuestos:</translation>
    </message>
    <message>
        <source>&amp;Delivery after:</source>
        <translation>Plazo de &amp;entrega:</translation>
    </message>
    <message>
        <source>Deepest discount each role gives without a manager&apos;s approval (users who may approve have no limit):</source>
        <translation>Descuento máximo que cada rol puede conceder sin la aprobación de un responsable (los usuarios que pueden aprobar no tienen límite):</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a discount between 0% and 100%.</source>
        <translation>%1: &quot;%2&quot; no es un descuento entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>Orders reserve and ship &amp;from:</source>
        <translation>Los pedidos reservan y se envían &amp;desde:</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ShipmentForm</name>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Ship &amp;to:</source>
        <translation>E&amp;nviar a:</translation>
    </message>
    <message>
        <source>C&amp;ontact, phone:</source>
        <translation>&amp;Contacto, teléfono:</translation>
    </message>
    <message>
        <source>&amp;Wanted by:</source>
        <translation>Fecha &amp;requerida:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>Ras&amp;trear</translation>
    </message>
    <message>
        <source>Open the courier&apos;s tracking page</source>
        <translation>Abrir la página de seguimiento del transportista</translation>
    </message>
    <message>
        <source>Save a courier with a tracking address and a tracking number first.</source>
        <translation>Guarde primero un transportista con dirección de seguimiento y un número de seguimiento.</translation>
    </message>
    <message>
        <source>Cou&amp;rier:</source>
        <translation>Trans&amp;portista:</translation>
    </message>
    <message>
        <source>Tracking &amp;number:</source>
        <translation>Número de &amp;seguimiento:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Left to ship</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>&amp;Add order…</source>
        <translation>&amp;Añadir pedido…</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <source>S&amp;hip</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Issue the notice to the warehouse (Ctrl+Enter)</source>
        <translation>Emitir el aviso al almacén (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Post the shipment: the goods leave the warehouses (Ctrl+Enter)</source>
        <translation>Registrar el envío: la mercancía sale de los almacenes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>An&amp;ular…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stock below zero</source>
        <translation>Stock negativo</translation>
    </message>
    <message>
        <source>Reverse the shipment</source>
        <translation>Anular el envío</translation>
    </message>
    <message>
        <source>Why is %1 reversed? The goods go back into their warehouses and the orders wait for them again.</source>
        <translation>¿Por qué se anula %1? La mercancía vuelve a sus almacenes y los pedidos vuelven a quedar pendientes de envío.</translation>
    </message>
    <message>
        <source>The customer has no other order waiting for goods.</source>
        <translation>El cliente no tiene otros pedidos pendientes de envío.</translation>
    </message>
    <message>
        <source>Add an order</source>
        <translation>Añadir un pedido</translation>
    </message>
    <message>
        <source>Order of the same customer:</source>
        <translation>Pedido del mismo cliente:</translation>
    </message>
    <message>
        <source>New shipping notice</source>
        <translation>Nuevo aviso de envío</translation>
    </message>
    <message>
        <source>New shipment</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>Shipping notice %1</source>
        <translation>Aviso de envío %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>Crm::Sales::ShipmentPrintData</name>
    <message>
        <source>Customer copy</source>
        <translation>Copia del cliente</translation>
    </message>
    <message>
        <source>Warehouse copy</source>
        <translation>Copia de almacén</translation>
    </message>
    <message>
        <source>Accounting copy</source>
        <translation>Copia de contabilidad</translation>
    </message>
    <message>
        <source>There is no shipment or shipping notice %1.</source>
        <translation>No existe ningún envío ni aviso de envío %1.</translation>
    </message>
    <message>
        <source>Shipping notice</source>
        <translation>Aviso de envío</translation>
    </message>
    <message>
        <source>Shipping order</source>
        <translation>Orden de envío</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Fecha requerida</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>Cantidad total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>REVERSED</source>
        <translation>ANULADO</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Received by (signature, date)</source>
        <translation>Recibido por (firma, fecha)</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total incl. tax</source>
        <translation>Total con impuestos</translation>
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
        <translation>Elija un cliente.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <source>%1 has no lines.</source>
        <translation>%1 no tiene líneas.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
    <message>
        <source>Line %1 has no product.</source>
        <translation>La línea %1 no tiene producto.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be greater than zero.</source>
        <translation>Línea %1: la cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Line %1: choose the warehouse the goods leave from.</source>
        <translation>Línea %1: elija el almacén del que sale la mercancía.</translation>
    </message>
    <message>
        <source>Line %1: its order line no longer exists.</source>
        <translation>Línea %1: su línea de pedido ya no existe.</translation>
    </message>
    <message>
        <source>Line %1: %2 is another customer&apos;s order.</source>
        <translation>Línea %1: %2 es un pedido de otro cliente.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a confirmed order waiting for goods.</source>
        <translation>Línea %1: %2 no es un pedido confirmado pendiente de envío.</translation>
    </message>
    <message>
        <source>Line %1: the product differs from line %2 of %3.</source>
        <translation>Línea %1: el producto no coincide con el de la línea %2 de %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 line %3 has %4 left to ship (ordered %5, shipped %6); %7 is too many.</source>
        <translation>Línea %1: a la línea %3 de %2 le quedan %4 por enviar (pedido %5, enviado %6); %7 es demasiado.</translation>
    </message>
    <message>
        <source>The document was deleted by someone else; it cannot be saved.</source>
        <translation>Otra persona eliminó el documento; no se puede guardar.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed.</source>
        <translation>%1 está en estado «%2» y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Choose at least one confirmed order.</source>
        <translation>Elija al menos un pedido confirmado.</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>El pedido ya no existe.</translation>
    </message>
    <message>
        <source>%1 is not a confirmed order waiting for goods.</source>
        <translation>%1 no es un pedido confirmado pendiente de envío.</translation>
    </message>
    <message>
        <source>%1 is another customer&apos;s order: one document ships to one customer.</source>
        <translation>%1 es un pedido de otro cliente: cada documento se envía a un solo cliente.</translation>
    </message>
    <message>
        <source>Everything on these orders has shipped already.</source>
        <translation>Todo lo de estos pedidos ya se ha enviado.</translation>
    </message>
    <message>
        <source>The shipping notice no longer exists.</source>
        <translation>El aviso de envío ya no existe.</translation>
    </message>
    <message>
        <source>Everything on %1 has shipped already.</source>
        <translation>Todo lo de %1 ya se ha enviado.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>El documento ya no existe.</translation>
    </message>
    <message>
        <source>%1 is %2 already.</source>
        <translation>%1 ya está en estado «%2».</translation>
    </message>
    <message>
        <source>Only a posted shipment can be reversed; %1 is %2.</source>
        <translation>Solo se puede anular un envío registrado; %1 está en estado «%2».</translation>
    </message>
    <message>
        <source>Say why %1 is reversed.</source>
        <translation>Indique por qué se anula %1.</translation>
    </message>
</context>
<context>
    <name>Crm::Schemas</name>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Rate to base currency</source>
        <translation>Tipo de cambio respecto a la moneda base</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo de impuesto</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Tipos de impuesto</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tipo (%)</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Categoría de producto</translation>
    </message>
    <message>
        <source>Product categories</source>
        <translation>Categorías de producto</translation>
    </message>
    <message>
        <source>Parent category</source>
        <translation>Categoría superior</translation>
    </message>
</context>
<context>
    <name>Crm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Company (this database)</source>
        <translation>Empresa (esta base de datos)</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Bank account:</source>
        <translation>Cuenta &amp;bancaria:</translation>
    </message>
    <message>
        <source>&amp;Logo file:</source>
        <translation>Archivo de &amp;logotipo:</translation>
    </message>
    <message>
        <source>Document-number &amp;prefix:</source>
        <translation>&amp;Prefijo de numeración:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Company logo</source>
        <translation>Logotipo de la empresa</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The base currency is chosen when the database is created.</source>
        <translation>La moneda base se elige al crear la base de datos.</translation>
    </message>
    <message>
        <source>Base currency:</source>
        <translation>Moneda base:</translation>
    </message>
    <message>
        <source>&amp;Single-user mode: start as %1 without asking for a log-in</source>
        <translation>&amp;Modo monousuario: iniciar como %1 sin pedir inicio de sesión</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>El nombre de la empresa es obligatorio.</translation>
    </message>
    <message>
        <source>The document-number prefix must be 1 to 4 capital letters or digits.</source>
        <translation>El prefijo de numeración debe tener de 1 a 4 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se aplicará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Paper, copy marks and template of each printed document.</source>
        <translation>Papel, marcas de copia y plantilla de cada documento impreso.</translation>
    </message>
    <message>
        <source>Print te&amp;mplates…</source>
        <translation>Pl&amp;antillas de impresión…</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
</context>
<context>
    <name>Crm::Setup</name>
    <message>
        <source>The company name is required.</source>
        <translation>El nombre de la empresa es obligatorio.</translation>
    </message>
    <message>
        <source>The base currency must be a three-letter ISO code such as CNY, EUR or USD.</source>
        <translation>La moneda base debe ser un código ISO de tres letras, como CNY, EUR o USD.</translation>
    </message>
    <message>
        <source>The document-number prefix must be 1 to 4 capital letters or digits.</source>
        <translation>El prefijo de numeración debe tener de 1 a 4 letras mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>The administrator password must have at least 6 characters.</source>
        <translation>La contraseña del administrador debe tener al menos 6 caracteres.</translation>
    </message>
    <message>
        <source>The database %1 is already set up.</source>
        <translation>La base de datos %1 ya está configurada.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Jefe de ventas</translation>
    </message>
    <message>
        <source>Sales assistant</source>
        <translation>Asistente de ventas</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacenista</translation>
    </message>
    <message>
        <source>Finance supervisor</source>
        <translation>Supervisor de finanzas</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pieza</translation>
    </message>
    <message>
        <source>box</source>
        <translation>caja</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>kilogramo</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>metro</translation>
    </message>
    <message>
        <source>set</source>
        <translation>juego</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Contra reembolso</translation>
    </message>
    <message>
        <source>Net %1 days</source>
        <translation>Pago a %1 días</translation>
    </message>
</context>
<context>
    <name>Crm::SetupDialog</name>
    <message>
        <source>Welcome to CRM Suite</source>
        <translation>Le damos la bienvenida a CRM Suite</translation>
    </message>
    <message>
        <source>Set up your company. Everything stays in one file on this computer; you can change these details later in Settings.</source>
        <translation>Configure su empresa. Todo se guarda en un solo archivo en este equipo; puede cambiar estos datos más adelante en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Single-user mode: start without asking for a log-in</source>
        <translation>&amp;Modo monousuario: iniciar sin pedir inicio de sesión</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <source>&amp;Base currency:</source>
        <translation>Moneda &amp;base:</translation>
    </message>
    <message>
        <source>Document-number &amp;prefix:</source>
        <translation>&amp;Prefijo de numeración:</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>&amp;Usuario del administrador:</translation>
    </message>
    <message>
        <source>Administrator na&amp;me:</source>
        <translation>Nombre del a&amp;dministrador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Crm::Shell</name>
    <message>
        <source>Creating the demo company…</source>
        <translation>Creando la empresa de demostración…</translation>
    </message>
    <message>
        <source>CRM Suite for small and medium businesses</source>
        <translation>CRM Suite para pequeñas y medianas empresas</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Archivo de base de datos que se abrirá.</translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation>Abrir una base de datos de demostración nueva.</translation>
    </message>
    <message>
        <source>Page to show first, e.g. sales.page.customers.</source>
        <translation>Página que se muestra primero, p. ej. sales.page.customers.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit (for documentation).</source>
        <translation>Guardar una imagen de la ventana en FILE y salir (para la documentación).</translation>
    </message>
    <message>
        <source>Demo company: every user&apos;s password is %1.</source>
        <translation>Empresa de demostración: la contraseña de todos los usuarios es %1.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>Gestionar usuarios y roles</translation>
    </message>
    <message>
        <source>Change company settings</source>
        <translation>Cambiar la configuración de la empresa</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de &amp;seguridad</translation>
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
        <translation>Error en la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Daily backup: %1 (checked).</source>
        <translation>Copia de seguridad diaria: %1 (comprobada).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The check of %1 found problems:
%2</source>
        <translation>La comprobación de integridad de %1 encontró problemas:
%2</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>%1

The database is open read-only: nothing can be saved. No backup beside it passes its check; File → Restore from a backup… can take a backup from elsewhere.</source>
        <translation>%1

La base de datos está abierta en solo lectura: no se puede guardar nada. Ninguna copia de seguridad junto a ella supera la comprobación; Archivo → Restaurar desde una copia de seguridad… permite usar una copia de otro lugar.</translation>
    </message>
    <message>
        <source>%1

The database is open read-only: nothing can be saved. Restore the newest good backup, of %2? The damaged file is kept beside it.</source>
        <translation>%1

La base de datos está abierta en solo lectura: no se puede guardar nada. ¿Restaurar la copia de seguridad correcta más reciente, del %2? El archivo dañado se conserva junto a ella.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <source>&amp;Keep it read-only</source>
        <translation>&amp;Mantener en solo lectura</translation>
    </message>
    <message>
        <source>Checking the backup and restoring it…</source>
        <translation>Comprobando la copia de seguridad y restaurándola…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>The database %1 now holds the data of the backup %2.</source>
        <translation>La base de datos %1 contiene ahora los datos de la copia de seguridad %2.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>El archivo anterior se conserva como %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>%1

Restore the newest good backup, of %2? The damaged file is kept beside it.</source>
        <translation>%1

¿Restaurar la copia de seguridad correcta más reciente, del %2? El archivo dañado se conserva junto a ella.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>Crm::StandardLists</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Search code, name, phone, city or contact (Ctrl+F)</source>
        <translation>Buscar código, nombre, teléfono, ciudad o contacto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Especificación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de venta</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Stock de seguridad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Search code, name, specification or barcode (Ctrl+F)</source>
        <translation>Buscar código, nombre, especificación o código de barras (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Crm::TemplateEditor</name>
    <message>
        <source>One copy per line, printed at the top right of each of its pages; no line: a single copy without a mark.</source>
        <translation>Una copia por línea, con la marca impresa arriba a la derecha de cada una de sus páginas; sin líneas: una sola copia sin marca.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Copy &amp;marks:</source>
        <translation>&amp;Marcas de copia:</translation>
    </message>
    <message>
        <source>&amp;Template (HTML with {{mustache}} fields):</source>
        <translation>Plan&amp;tilla (HTML con campos {{mustache}}):</translation>
    </message>
    <message>
        <source>&amp;Restore installed…</source>
        <translation>&amp;Restaurar original…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the template as your copy and the print settings (%1)</source>
        <translation>Guardar la plantilla como su copia y la configuración de impresión (%1)</translation>
    </message>
    <message>
        <source>No document of this kind yet: the preview shows the template without data.</source>
        <translation>Aún no hay documentos de este tipo: la vista previa muestra la plantilla sin datos.</translation>
    </message>
    <message>
        <source>Preview with the newest document, %1.</source>
        <translation>Vista previa con el documento más reciente, %1.</translation>
    </message>
    <message>
        <source>Changing the paper and copy marks needs the permission to manage settings.</source>
        <translation>Para cambiar el papel y las marcas de copia se necesita el permiso de gestionar la configuración.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to the %1 print?</source>
        <translation>¿Descartar los cambios sin guardar en la impresión de %1?</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Your copy: %1</source>
        <translation>Su copia: %1</translation>
    </message>
    <message>
        <source>The installed template; saving makes it your copy.</source>
        <translation>La plantilla original; al guardarla se convierte en su copia.</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (cambios sin guardar)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>The template does not print and was not saved.
%1</source>
        <translation>La plantilla no se puede imprimir y no se ha guardado.
%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Restore installed template</source>
        <translation>Restaurar la plantilla original</translation>
    </message>
    <message>
        <source>Remove your copy of the %1 template and print with the installed one? Your changes to the template are lost.</source>
        <translation>¿Eliminar su copia de la plantilla de %1 e imprimir con la original? Se perderán sus cambios en la plantilla.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>none: no copy shows prices</source>
        <translation>vacío: ninguna copia muestra precios</translation>
    </message>
    <message>
        <source>The numbers of the copies that show prices, e.g. 3 for the third mark above, or 1, 3.</source>
        <translation>Los números de las copias que muestran precios, p. ej. 3 para la tercera marca de arriba, o 1, 3.</translation>
    </message>
    <message>
        <source>Copies &amp;with prices:</source>
        <translation>Copias &amp;con precios:</translation>
    </message>
</context>
<context>
    <name>Crm::TemplateStore</name>
    <message>
        <source>The print template %1/%2.html is missing (looked in %3).</source>
        <translation>Falta la plantilla de impresión %1/%2.html (se buscó en %3).</translation>
    </message>
</context>
<context>
    <name>Crm::UserDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>al menos 6 caracteres</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
</context>
<context>
    <name>Crm::UserRepository</name>
    <message>
        <source>The login must be 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>El nombre de usuario debe tener de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <source>A new user needs a password.</source>
        <translation>Un usuario nuevo necesita una contraseña.</translation>
    </message>
    <message>
        <source>The password must have at least 6 characters.</source>
        <translation>La contraseña debe tener al menos 6 caracteres.</translation>
    </message>
    <message>
        <source>A user cannot be their own manager.</source>
        <translation>Un usuario no puede ser su propio supervisor.</translation>
    </message>
    <message>
        <source>The login %1 is already used by %2.</source>
        <translation>El nombre de usuario %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>A role needs a code and a name.</source>
        <translation>Un rol necesita un código y un nombre.</translation>
    </message>
    <message>
        <source>A maximum discount must be between 0% and 100%.</source>
        <translation>El descuento máximo debe estar entre el 0 % y el 100 %.</translation>
    </message>
</context>
<context>
    <name>Crm::UsersPage</name>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Crm::XlsxReader</name>
    <message>
        <source>%1 is not an .xlsx workbook that can be read: it may be damaged or in another format.</source>
        <translation>%1 no es un libro .xlsx que se pueda leer: puede estar dañado o tener otro formato.</translation>
    </message>
    <message>
        <source>The workbook has no part %1: it may be damaged.</source>
        <translation>El libro no tiene la parte %1: puede estar dañado.</translation>
    </message>
    <message>
        <source>The worksheet is too large to import (over 1 GB of data).</source>
        <translation>La hoja de cálculo es demasiado grande para importarla (más de 1 GB de datos).</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be read: it may be damaged.</source>
        <translation>No se puede leer la parte %1 del libro: puede estar dañado.</translation>
    </message>
    <message>
        <source>The workbook part %1 is not valid XML (%2, line %3): it may be damaged.</source>
        <translation>La parte %1 del libro no es XML válido (%2, línea %3): puede estar dañado.</translation>
    </message>
    <message>
        <source>This .zip file is not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>Este archivo .zip no es un libro de Excel (no tiene xl/workbook.xml).</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>El libro no tiene ninguna hoja.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first worksheet cannot be found: it may be damaged.</source>
        <translation>No se encuentra la primera hoja del libro: puede estar dañado.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), first sheet</source>
        <translation>Libro de Excel (.xlsx), primera hoja</translation>
    </message>
</context>
<context>
    <name>Crm::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the list needs more than %2 sheets.</source>
        <translation>No se puede escribir %1: la lista necesita más de %2 hojas.</translation>
    </message>
</context>
<context>
    <name>Crm::ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1 does not fit in its place.</source>
        <translation>%1 no cabe en el espacio reservado.</translation>
    </message>
    <message>
        <source>compression failed</source>
        <translation>la compresión ha fallado</translation>
    </message>
    <message>
        <source>%1 would be larger than 4 GB.</source>
        <translation>%1 superaría los 4 GB.</translation>
    </message>
    <message>
        <source>the file would be larger than 4 GB.</source>
        <translation>el archivo superaría los 4 GB.</translation>
    </message>
</context>
</TS>
