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
    <name>PromiseReminder</name>
    <message numerus="yes">
        <source>%Ln record(s) near their first-response deadline have not reached the case system yet.</source>
        <translation>
            <numerusform>%Ln record near its first-response deadline has not reached the case system yet.</numerusform>
            <numerusform>%Ln records near their first-response deadline have not reached the case system yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) past their first-response deadline have not reached the case system.</source>
        <translation>
            <numerusform>%Ln record past its first-response deadline has not reached the case system.</numerusform>
            <numerusform>%Ln records past their first-response deadline have not reached the case system.</numerusform>
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
    <message numerus="yes">
        <source>%Ln reply promise(s) at risk</source>
        <translation>
            <numerusform>%Ln reply promise at risk</numerusform>
            <numerusform>%Ln reply promises at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply promise(s) past</source>
        <translation>
            <numerusform>%Ln reply promise past</numerusform>
            <numerusform>%Ln reply promises past</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) refused by the case system</source>
        <translation>
            <numerusform>%Ln request refused by the case system</numerusform>
            <numerusform>%Ln requests refused by the case system</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln rating waiting to be sent</numerusform>
            <numerusform>%Ln ratings waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkersDialog</name>
    <message numerus="yes">
        <source>%Ln wrong PIN(s) in a row</source>
        <translation>
            <numerusform>%Ln wrong PIN in a row</numerusform>
            <numerusform>%Ln wrong PINs in a row</numerusform>
        </translation>
    </message>
</context>
</TS>
