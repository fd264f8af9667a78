<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Crm::Cli</name>
    <message numerus="yes">
        <source>%1: %2, %n record(s)
</source>
        <translation>
            <numerusform>%1: %2, %n record
</numerusform>
            <numerusform>%1: %2, %n records
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::ImportMappingPage</name>
    <message numerus="yes">
        <source>%1 — %n record(s) under the header.</source>
        <translation>
            <numerusform>%1 — %n record under the header.</numerusform>
            <numerusform>%1 — %n records under the header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::ImportReport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors, and every row must be good.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has errors, and every row must be good.</numerusform>
            <numerusform>Nothing was imported: %n rows have errors, and every row must be good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crm::ListPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
</TS>
