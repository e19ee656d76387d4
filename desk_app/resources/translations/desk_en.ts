<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>IntakeForm</name>
    <message numerus="yes">
        <source>%Ln thing(s) to fix before saving:</source>
        <translation>
            <numerusform>%Ln thing to fix before saving:</numerusform>
            <numerusform>%Ln things to fix before saving:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) found.</source>
        <translation>
            <numerusform>%Ln record found.</numerusform>
            <numerusform>%Ln records found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation>
            <numerusform>%Ln record shown</numerusform>
            <numerusform>%Ln records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln record(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln record waiting to be sent</numerusform>
            <numerusform>%Ln records waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln needs attention</numerusform>
            <numerusform>%Ln need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting more than {days} days</source>
        <translation>
            <numerusform>%Ln has waited more than {days} days</numerusform>
            <numerusform>%Ln have waited more than {days} days</numerusform>
        </translation>
    </message>
</context>
</TS>
