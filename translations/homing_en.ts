<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>homing::cli</name>
    <message numerus="yes">
        <source>Homing %1 watching %n record(s); data in %2</source>
        <translation>
            <numerusform>Homing %1 watching %n record; data in %2</numerusform>
            <numerusform>Homing %1 watching %n records; data in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n account(s)</source>
        <translation>
            <numerusform>%1 is valid: %n account</numerusform>
            <numerusform>%1 is valid: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n record(s).</source>
        <translation>
            <numerusform>, %n record.</numerusform>
            <numerusform>, %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homing::gui::OverallState</name>
    <message numerus="yes">
        <source>%n record(s) blocked: %1</source>
        <translation>
            <numerusform>%n record blocked: %1</numerusform>
            <numerusform>%n records blocked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) failing: %1</source>
        <translation>
            <numerusform>%n record failing: %1</numerusform>
            <numerusform>%n records failing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting for the first update</source>
        <translation>
            <numerusform>%n record waiting for the first update</numerusform>
            <numerusform>%n records waiting for the first update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) point here</source>
        <translation>
            <numerusform>All %n record points here</numerusform>
            <numerusform>All %n records point here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homing::PropagationMonitor</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>served by all %n authoritative server(s) (%1), %2 after the update</source>
        <translation>
            <numerusform>served by the %n authoritative server (%1), %2 after the update</numerusform>
            <numerusform>served by all %n authoritative servers (%1), %2 after the update</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homing::providers::Rfc2136</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>homing::InterfaceSource</name>
    <message numerus="yes">
        <source>none of the %n %1 address(es) on %2 can be published (each one&apos;s reason is listed)</source>
        <translation>
            <numerusform>the %n %1 address on %2 cannot be published (its reason is listed)</numerusform>
            <numerusform>none of the %n %1 addresses on %2 can be published (each one&apos;s reason is listed)</numerusform>
        </translation>
    </message>
</context>
</TS>
