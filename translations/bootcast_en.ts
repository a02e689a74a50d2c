<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Bootcast::DhcpResponder</name>
    <message numerus="yes">
        <source>renewed for %n s</source>
        <translation>
            <numerusform>renewed for %n s</numerusform>
            <numerusform>renewed for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leased for %n s</source>
        <translation>
            <numerusform>leased for %n s</numerusform>
            <numerusform>leased for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the machine found the address in use; kept out of the pool for %n min</source>
        <translation>
            <numerusform>the machine found the address in use; kept out of the pool for %n min</numerusform>
            <numerusform>the machine found the address in use; kept out of the pool for %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpServer</name>
    <message numerus="yes">
        <source>%n request(s) from other adapters ignored (serving %1 only)</source>
        <translation>
            <numerusform>%n request from other adapters ignored (serving %1 only)</numerusform>
            <numerusform>%n requests from other adapters ignored (serving %1 only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed packet(s) ignored; last: %1</source>
        <translation>
            <numerusform>%n malformed packet ignored; last: %1</numerusform>
            <numerusform>%n malformed packets ignored; last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::EventSink</name>
    <message numerus="yes">
        <source>%n event(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%n event dropped: the log could not keep up</numerusform>
            <numerusform>%n events dropped: the log could not keep up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpConnection</name>
    <message numerus="yes">
        <source>the client stopped reading for %n second(s)</source>
        <translation>
            <numerusform>the client stopped reading for %n second</numerusform>
            <numerusform>the client stopped reading for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte range(s)</source>
        <translation>
            <numerusform>%n byte range</numerusform>
            <numerusform>%n byte ranges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpServer</name>
    <message numerus="yes">
        <source>%n connection(s) turned away: the limit of %1 connections at once is reached (http.maxConnections)</source>
        <translation>
            <numerusform>%n connection turned away: the limit of %1 connections at once is reached (http.maxConnections)</numerusform>
            <numerusform>%n connections turned away: the limit of %1 connections at once is reached (http.maxConnections)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::IpxeScript</name>
    <message numerus="yes">
        <source>(chooses %1 after %n s)</source>
        <translation>
            <numerusform>(chooses %1 after %n s)</numerusform>
            <numerusform>(chooses %1 after %n s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpPacket</name>
    <message numerus="yes">
        <source>packet too short (%n byte(s))</source>
        <translation>
            <numerusform>packet too short (%n byte)</numerusform>
            <numerusform>packet too short (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpServer</name>
    <message numerus="yes">
        <source>%n malformed or unexpected packet(s) on the TFTP port ignored (the last one: %1)</source>
        <translation>
            <numerusform>%n malformed or unexpected packet on the TFTP port ignored (the last one: %1)</numerusform>
            <numerusform>%n malformed or unexpected packets on the TFTP port ignored (the last one: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refused request(s) not shown one by one (the last one: %1)</source>
        <translation>
            <numerusform>%n more refused request not shown one by one (the last one: %1)</numerusform>
            <numerusform>%n more refused requests not shown one by one (the last one: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpTransfer</name>
    <message numerus="yes">
        <source>the client stopped answering (no reply after %n attempt(s))</source>
        <translation>
            <numerusform>the client stopped answering (no reply after %n attempt)</numerusform>
            <numerusform>the client stopped answering (no reply after %n attempts)</numerusform>
        </translation>
    </message>
</context>
</TS>
