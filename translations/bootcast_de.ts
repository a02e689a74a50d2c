<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Bootcast::BindingsEditor</name>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>Feste Adresse</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Boot file</source>
        <translation>Bootdatei</translation>
    </message>
    <message>
        <source>Empty: an address from the pool</source>
        <translation>Leer: eine Adresse aus dem Pool</translation>
    </message>
    <message>
        <source>Empty: chosen by machine type, as for every machine; a file name or URL for this machine only</source>
        <translation>Leer: nach Rechnertyp gewählt, wie für jeden Rechner; ein Dateiname oder eine URL nur für diesen Rechner</translation>
    </message>
    <message>
        <source>Add machine</source>
        <translation>Rechner hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address (row %2)</source>
        <translation>„%1“ ist keine MAC-Adresse (Zeile %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (row %2)</source>
        <translation>„%1“ ist keine IPv4-Adresse (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>Bootcast::BootFilesPanel</name>
    <message>
        <source>Netboot folder and boot files</source>
        <translation>Netboot-Ordner und Bootdateien</translation>
    </message>
    <message>
        <source>the bundled netboot folder</source>
        <translation>der mitgelieferte Netboot-Ordner</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>Ordner im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Netboot folder:</source>
        <translation>Netboot-Ordner:</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>The label in front of a machine type&apos;s boot file picker, e.g. &quot;UEFI x64:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Machines without iPXE get iPXE first, then the menu</source>
        <translation>Rechner ohne iPXE erhalten zuerst iPXE, dann das Menü</translation>
    </message>
    <message>
        <source>Off: machines get the boot file directly (pxelinux, GRUB, shim) and no iPXE menu.</source>
        <translation>Aus: Rechner erhalten die Bootdatei direkt (pxelinux, GRUB, shim) und kein iPXE-Menü.</translation>
    </message>
    <message>
        <source>boot.ipxe from the netboot folder</source>
        <translation>boot.ipxe aus dem Netboot-Ordner</translation>
    </message>
    <message>
        <source>Script for iPXE:</source>
        <translation>Skript für iPXE:</translation>
    </message>
    <message>
        <source>Save menu</source>
        <translation>Menü speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Throw away the edits and read the file again</source>
        <translation>Änderungen verwerfen und die Datei neu einlesen</translation>
    </message>
    <message>
        <source>iPXE menu:</source>
        <translation>iPXE-Menü:</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its line</source>
        <translation>Auf ein Problem doppelklicken, um zu seiner Zeile zu springen</translation>
    </message>
    <message>
        <source>BIOS machine (undionly.kpxe)</source>
        <translation>BIOS-Rechner (undionly.kpxe)</translation>
    </message>
    <message>
        <source>UEFI x64 machine (ipxe.efi)</source>
        <translation>UEFI-x64-Rechner (ipxe.efi)</translation>
    </message>
    <message>
        <source>UEFI ARM64 machine</source>
        <translation>UEFI-ARM64-Rechner</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vorschau für:</translation>
    </message>
    <message>
        <source>Menu on the machine</source>
        <translation>Menü auf dem Rechner</translation>
    </message>
    <message>
        <source>Script as sent</source>
        <translation>Gesendetes Skript</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <source>(new: not saved yet)</source>
        <translation>(neu: noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>Netboot folder</source>
        <translation>Netboot-Ordner</translation>
    </message>
    <message>
        <source>iPXE menu</source>
        <translation>iPXE-Menü</translation>
    </message>
    <message>
        <source>The menu %1 has changes that are not saved. Save them?</source>
        <translation>Das Menü %1 enthält nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>Automatic: nothing suitable in the folder</source>
        <translation>Automatisch: nichts Passendes im Ordner</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 is not in the netboot folder</source>
        <translation>%1 liegt nicht im Netboot-Ordner</translation>
    </message>
    <message>
        <source>(too large to edit)</source>
        <translation>(zu groß zum Bearbeiten)</translation>
    </message>
    <message>
        <source>(cannot read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The bundled netboot folder may be read-only: choose a folder of your own above, copy your boot files there, and save the menu again.</source>
        <translation>Der mitgelieferte Netboot-Ordner ist möglicherweise schreibgeschützt: Wählen Sie oben einen eigenen Ordner, kopieren Sie Ihre Bootdateien dorthin und speichern Sie das Menü erneut.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>HTTP is off: iPXE machines fetch this file over TFTP, exactly as it is.</source>
        <translation>HTTP ist aus: iPXE-Rechner holen diese Datei unverändert über TFTP.</translation>
    </message>
    <message>
        <source>Templates are off (http.renderTemplates): the file is sent exactly as it is.</source>
        <translation>Vorlagen sind aus (http.renderTemplates): die Datei wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>What %1 receives from %2 over HTTP: {{placeholders}} filled in, ${settings} left for iPXE.</source>
        <translation>Was %1 von %2 über HTTP erhält: {{Platzhalter}} ausgefüllt, ${Einstellungen} für iPXE belassen.</translation>
    </message>
    <message>
        <source>(This script shows no menu: it boots straight away.)</source>
        <translation>(Dieses Skript zeigt kein Menü: es bootet sofort.)</translation>
    </message>
    <message>
        <source>The file that machines of type %1 receive first. Automatic picks it from the netboot folder; type a file name, a path in the folder or a URL to choose another.</source>
        <translation>Die Datei, die Rechner vom Typ %1 zuerst erhalten. „Automatisch“ wählt sie aus dem Netboot-Ordner; geben Sie einen Dateinamen, einen Pfad im Ordner oder eine URL ein, um eine andere zu wählen.</translation>
    </message>
    <message>
        <source>no boot file for machines of type %1 in the folder: they cannot boot</source>
        <translation>keine Bootdatei für Rechner vom Typ %1 im Ordner: sie können nicht booten</translation>
    </message>
    <message>
        <source>%1 was not opened for editing: it is not saved.</source>
        <translation>%1 wurde nicht zum Bearbeiten geöffnet: es wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Bootcast::BootPolicy</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>UEFI ia32</source>
        <translation>UEFI ia32</translation>
    </message>
    <message>
        <source>UEFI x64</source>
        <translation>UEFI x64</translation>
    </message>
    <message>
        <source>UEFI ARM32</source>
        <translation>UEFI ARM32</translation>
    </message>
    <message>
        <source>UEFI ARM64</source>
        <translation>UEFI ARM64</translation>
    </message>
    <message>
        <source>UEFI HTTP ia32</source>
        <translation>UEFI HTTP ia32</translation>
    </message>
    <message>
        <source>UEFI HTTP x64</source>
        <translation>UEFI HTTP x64</translation>
    </message>
    <message>
        <source>UEFI HTTP ARM32</source>
        <translation>UEFI HTTP ARM32</translation>
    </message>
    <message>
        <source>UEFI HTTP ARM64</source>
        <translation>UEFI HTTP ARM64</translation>
    </message>
    <message>
        <source>UEFI RISC-V 64</source>
        <translation>UEFI RISC-V 64</translation>
    </message>
    <message>
        <source>UEFI HTTP RISC-V 64</source>
        <translation>UEFI HTTP RISC-V 64</translation>
    </message>
    <message>
        <source>architecture %1</source>
        <translation>Architektur %1</translation>
    </message>
    <message>
        <source>UEFI HTTP Boot client, but the HTTP server is off: turn HTTP on in the profile</source>
        <translation>UEFI-HTTP-Boot-Client, aber der HTTP-Server ist aus: HTTP im Profil einschalten</translation>
    </message>
    <message>
        <source>no boot file for %1 in %2: add ipxe.efi or set boot.files.%3</source>
        <translation>keine Bootdatei für %1 in %2: ipxe.efi hinzufügen oder boot.files.%3 festlegen</translation>
    </message>
    <message>
        <source>no boot file for %1 in %2: add %3 or set boot.files.%4</source>
        <translation>keine Bootdatei für %1 in %2: %3 hinzufügen oder boot.files.%4 festlegen</translation>
    </message>
</context>
<context>
    <name>Bootcast::ClientState</name>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>boot file</source>
        <translation>Bootdatei</translation>
    </message>
    <message>
        <source>iPXE</source>
        <translation>iPXE</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>installer DHCP</source>
        <translation>DHCP des Installers</translation>
    </message>
</context>
<context>
    <name>Bootcast::ClientsModel</name>
    <message>
        <source>, iPXE</source>
        <translation>, iPXE</translation>
    </message>
    <message>
        <source>, HTTP Boot</source>
        <translation>, HTTP-Boot</translation>
    </message>
    <message>
        <source>stalled after %1</source>
        <translation>hängt nach %1</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>gebootet</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(noch unbekannt)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: reached</source>
        <translation>%1: erreicht</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: noch nicht</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Boot stages</source>
        <translation>Boot-Phasen</translation>
    </message>
    <message>
        <source>Current transfer</source>
        <translation>Aktuelle Übertragung</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Bootcast::CommandLine</name>
    <message>
        <source>Run without a window until SIGINT or SIGTERM.</source>
        <translation>Ohne Fenster laufen, bis SIGINT oder SIGTERM eintrifft.</translation>
    </message>
    <message>
        <source>Bootcast profile to serve (JSON).</source>
        <translation>Zu verwendendes Bootcast-Profil (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Convert PyPXE config IN to a Bootcast profile written to the positional argument OUT, then exit.</source>
        <translation>PyPXE-Konfiguration IN in ein Bootcast-Profil umwandeln, es in das Positionsargument OUT schreiben und beenden.</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>With --import-pypxe: the profile to write.</source>
        <translation>Mit --import-pypxe: das zu schreibende Profil.</translation>
    </message>
    <message>
        <source>--import-pypxe IN needs exactly one output file: bootcast --import-pypxe pypxe.json profile.json</source>
        <translation>--import-pypxe IN benötigt genau eine Ausgabedatei: bootcast --import-pypxe pypxe.json profile.json</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--profile cannot be combined with PyPXE options; import the PyPXE config with --import-pypxe first</source>
        <translation>--profile kann nicht mit PyPXE-Optionen kombiniert werden; die PyPXE-Konfiguration zuerst mit --import-pypxe importieren</translation>
    </message>
    <message>
        <source>Bootcast network-boots the machines on your network: BIOS, UEFI and iPXE, over DHCP, TFTP and HTTP.
Without options it opens its window. PyPXE&apos;s options are accepted and imply --headless.</source>
        <translation>Bootcast bootet die Rechner in Ihrem Netzwerk über das Netz: BIOS, UEFI und iPXE, per DHCP, TFTP und HTTP.
Ohne Optionen wird das Programmfenster geöffnet. PyPXE-Optionen werden akzeptiert und implizieren --headless.</translation>
    </message>
    <message>
        <source>ambiguous option --%1: it could be --%2</source>
        <translation>mehrdeutige Option --%1: gemeint sein könnte --%2</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpOptions</name>
    <message>
        <source>option %1 has no length</source>
        <translation>Option %1 hat keine Längenangabe</translation>
    </message>
    <message>
        <source>option %1 runs past the packet end</source>
        <translation>Option %1 reicht über das Paketende hinaus</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpPacket</name>
    <message>
        <source>unknown BOOTP operation %1</source>
        <translation>unbekannte BOOTP-Operation %1</translation>
    </message>
    <message>
        <source>hardware address length %1 is over 16</source>
        <translation>Hardwareadresslänge %1 ist größer als 16</translation>
    </message>
    <message>
        <source>no DHCP magic cookie (plain BOOTP is not served)</source>
        <translation>kein DHCP-Magic-Cookie (reines BOOTP wird nicht bedient)</translation>
    </message>
    <message>
        <source>option overload value %1 is invalid</source>
        <translation>ungültiger Wert %1 für Option Overload</translation>
    </message>
    <message>
        <source>options in the file field: %1</source>
        <translation>Optionen im file-Feld: %1</translation>
    </message>
    <message>
        <source>options in the sname field: %1</source>
        <translation>Optionen im sname-Feld: %1</translation>
    </message>
    <message>
        <source>DHCP message too short (%1 bytes)</source>
        <translation>DHCP-Nachricht zu kurz (%1 Byte)</translation>
    </message>
    <message>
        <source>DHCP message too long (%1 bytes)</source>
        <translation>DHCP-Nachricht zu lang (%1 Byte)</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpResponder</name>
    <message>
        <source>not on the allow list (add a binding for this MAC to serve it)</source>
        <translation>nicht in der Zulassungsliste (für diese MAC-Adresse eine Bindung anlegen, um sie zu bedienen)</translation>
    </message>
    <message>
        <source>relayed from %1, a subnet this profile has no pool for</source>
        <translation>über Relay aus %1; für dieses Subnetz hat das Profil keinen Pool</translation>
    </message>
    <message>
        <source>no free address in %1 - %2: enlarge the pool or shorten the lease time</source>
        <translation>keine freie Adresse in %1 - %2: Pool vergrößern oder Lease-Dauer verkürzen</translation>
    </message>
    <message>
        <source>%1, boot %2</source>
        <translation>%1, Bootdatei %2</translation>
    </message>
    <message>
        <source>no boot file (not a PXE client)</source>
        <translation>keine Bootdatei (kein PXE-Client)</translation>
    </message>
    <message>
        <source>REQUEST names no address</source>
        <translation>REQUEST nennt keine Adresse</translation>
    </message>
    <message>
        <source>%1 is not on this network</source>
        <translation>%1 liegt nicht in diesem Netz</translation>
    </message>
    <message>
        <source>this machine is bound to %1, not %2</source>
        <translation>dieser Client ist an %1 gebunden, nicht an %2</translation>
    </message>
    <message>
        <source>%1 is not available to this machine</source>
        <translation>%1 ist für diesen Client nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>renewed for %n s</source>
        <translation>
            <numerusform>für %n s verlängert</numerusform>
            <numerusform>für %n s verlängert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leased for %n s</source>
        <translation>
            <numerusform>für %n s vergeben</numerusform>
            <numerusform>für %n s vergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the machine found the address in use; kept out of the pool for %n min</source>
        <translation>
            <numerusform>der Client meldet die Adresse als belegt; sie wird für %n Minute aus dem Pool genommen</numerusform>
            <numerusform>der Client meldet die Adresse als belegt; sie wird für %n Minuten aus dem Pool genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>proxy: %1, boot %2</source>
        <translation>Proxy: %1, Bootdatei %2</translation>
    </message>
</context>
<context>
    <name>Bootcast::DhcpServer</name>
    <message>
        <source>network adapter &quot;%1&quot; was not found: choose another one</source>
        <translation>Netzwerkadapter „%1“ nicht gefunden: einen anderen wählen</translation>
    </message>
    <message>
        <source>address %1 is not on adapter %2: give the adapter that address or choose the adapter&apos;s own address</source>
        <translation>Adresse %1 ist nicht auf Adapter %2 eingerichtet: dem Adapter diese Adresse zuweisen oder die eigene Adresse des Adapters wählen</translation>
    </message>
    <message>
        <source>adapter %1 has no link: is the cable plugged in?</source>
        <translation>Adapter %1 hat keinen Link: Ist das Kabel eingesteckt?</translation>
    </message>
    <message>
        <source>address %1 is not on this machine: choose the address of the network adapter</source>
        <translation>Adresse %1 gehört nicht zu diesem Rechner: die Adresse des Netzwerkadapters wählen</translation>
    </message>
    <message>
        <source>on adapter %1 only</source>
        <translation>nur auf Adapter %1</translation>
    </message>
    <message>
        <source>on every adapter: choose one in the profile so no other network gets addresses</source>
        <translation>auf allen Adaptern: im Profil einen Adapter wählen, damit kein anderes Netz Adressen erhält</translation>
    </message>
    <message>
        <source>lease for %1 not saved, so not acknowledged</source>
        <translation>Lease für %1 nicht gespeichert, daher nicht bestätigt</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from other adapters ignored (serving %1 only)</source>
        <translation>
            <numerusform>%n Anfrage von anderen Adaptern ignoriert (nur %1 wird bedient)</numerusform>
            <numerusform>%n Anfragen von anderen Adaptern ignoriert (nur %1 wird bedient)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed packet(s) ignored; last: %1</source>
        <translation>
            <numerusform>%n fehlerhaftes Paket ignoriert; zuletzt: %1</numerusform>
            <numerusform>%n fehlerhafte Pakete ignoriert; zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>UDP port %1 is held exclusively by another DHCP server on this machine. Proxy mode shares the port only with a server that allows it (dnsmasq: --bind-interfaces or --bind-dynamic); otherwise run Bootcast on another machine</source>
        <translation>UDP-Port %1 wird von einem anderen DHCP-Server auf diesem Rechner exklusiv belegt. Der Proxy-Modus teilt den Port nur mit einem Server, der das erlaubt (dnsmasq: --bind-interfaces oder --bind-dynamic); andernfalls Bootcast auf einem anderen Rechner ausführen</translation>
    </message>
    <message>
        <source>released by the operator; the machine must ask again</source>
        <translation>vom Bediener freigegeben; der Client muss erneut anfragen</translation>
    </message>
</context>
<context>
    <name>Bootcast::Engine</name>
    <message>
        <source>no other DHCP server answered on %1</source>
        <translation>kein anderer DHCP-Server hat auf %1 geantwortet</translation>
    </message>
    <message>
        <source>could not check for other DHCP servers: %1</source>
        <translation>Suche nach anderen DHCP-Servern nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 (offered %2)</source>
        <translation>%1 (bot %2 an)</translation>
    </message>
    <message>
        <source>another DHCP server answers on %1: %2 offered %3</source>
        <translation>ein anderer DHCP-Server antwortet auf %1: %2 bot %3 an</translation>
    </message>
    <message>
        <source>adapter %1 has no link, so no check for other DHCP servers was possible</source>
        <translation>Adapter %1 hat keine Verbindung, daher war keine Prüfung auf andere DHCP-Server möglich</translation>
    </message>
    <message>
        <source>another DHCP server already serves %1: %2. Switch this profile to proxy mode (that server keeps giving the addresses), stop the other server, or set dhcp.allowOtherServers</source>
        <translation>ein anderer DHCP-Server bedient bereits %1: %2. Dieses Profil auf den Proxy-Modus umstellen (der andere Server vergibt weiter die Adressen), den anderen Server stoppen oder dhcp.allowOtherServers setzen</translation>
    </message>
    <message>
        <source>%1 holds no lease to release</source>
        <translation>%1 hat keine Lease, die freigegeben werden könnte</translation>
    </message>
</context>
<context>
    <name>Bootcast::EventSink</name>
    <message numerus="yes">
        <source>%n event(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%n Ereignis verworfen: das Log kam nicht hinterher</numerusform>
            <numerusform>%n Ereignisse verworfen: das Log kam nicht hinterher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::FileResolver</name>
    <message>
        <source>&quot;%1&quot; contains a NUL byte</source>
        <translation>„%1“ enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; tries to leave the folder (&quot;..&quot;)</source>
        <translation>„%1“ versucht, den Ordner zu verlassen („..“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an absolute Windows path</source>
        <translation>„%1“ ist ein absoluter Windows-Pfad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a colon</source>
        <translation>„%1“ enthält einen Doppelpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a Windows device</source>
        <translation>„%1“ bezeichnet ein Windows-Gerät</translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not exist</source>
        <translation>der Ordner „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads outside the folder</source>
        <translation>„%1“ führt aus dem Ordner hinaus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder</source>
        <translation>„%1“ ist ein Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation>„%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not readable</source>
        <translation>„%1“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>the folder for &quot;%1&quot; does not exist</source>
        <translation>der Ordner für „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link</source>
        <translation>„%1“ ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists</source>
        <translation>„%1“ existiert bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not writable</source>
        <translation>„%1“ ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot write into the folder of &quot;%1&quot;</source>
        <translation>in den Ordner von „%1“ kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Bootcast::HeadlessRunner</name>
    <message>
        <source>Bootcast %1: starting profile &quot;%2&quot;, serving %3</source>
        <translation>Bootcast %1: Profil „%2“ wird gestartet, Ordner %3 wird bereitgestellt</translation>
    </message>
    <message>
        <source>Not every service could start; stopping. Fix the problem above and start again.</source>
        <translation>Nicht alle Dienste konnten starten; wird beendet. Beheben Sie das oben gemeldete Problem und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+C to stop.</source>
        <translation>Bereit. Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping</source>
        <translation>Signal %1 empfangen: wird beendet</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>off in this profile</source>
        <translation>in diesem Profil ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpConnection</name>
    <message>
        <source>the HTTP server was stopped</source>
        <translation>der HTTP-Server wurde angehalten</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>der Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the connection broke: %1</source>
        <translation>die Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the request did not arrive in time</source>
        <translation>die Anfrage kam nicht rechtzeitig an</translation>
    </message>
    <message numerus="yes">
        <source>the client stopped reading for %n second(s)</source>
        <translation>
            <numerusform>der Client hat %n Sekunde lang nichts gelesen</numerusform>
            <numerusform>der Client hat %n Sekunden lang nichts gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>rendered script</source>
        <translation>für den Client ausgefülltes Skript</translation>
    </message>
    <message>
        <source>bytes %1-%2 of %3</source>
        <translation>Bytes %1–%2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte range(s)</source>
        <translation>
            <numerusform>%n Bytebereich</numerusform>
            <numerusform>%n Bytebereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>the requested range lies beyond the end of the file</source>
        <translation>der angeforderte Bereich liegt hinter dem Dateiende</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file became shorter while it was being sent</source>
        <translation>die Datei ist während des Sendens kürzer geworden</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpRequestParser</name>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>die Anfragezeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the request headers are larger than %1 bytes</source>
        <translation>die Kopfzeilen der Anfrage sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>bare carriage return in the request</source>
        <translation>einzelnes Wagenrücklaufzeichen (CR) in der Anfrage</translation>
    </message>
    <message>
        <source>too many empty lines before the request</source>
        <translation>zu viele Leerzeilen vor der Anfrage</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>unsupported HTTP version &quot;%1&quot;</source>
        <translation>nicht unterstützte HTTP-Version „%1“</translation>
    </message>
    <message>
        <source>method %1 is not allowed: only GET and HEAD</source>
        <translation>Methode %1 ist nicht erlaubt: nur GET und HEAD</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <source>the request target has a bad percent escape</source>
        <translation>das Anfrageziel enthält eine ungültige Prozent-Kodierung</translation>
    </message>
    <message>
        <source>the request target contains an encoded NUL or control character</source>
        <translation>das Anfrageziel enthält ein kodiertes NUL- oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the request target is not valid UTF-8</source>
        <translation>das Anfrageziel ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>obsolete header line folding</source>
        <translation>veraltete umbrochene Kopfzeile (obs-fold)</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <source>more than %1 header fields</source>
        <translation>mehr als %1 Kopfzeilen</translation>
    </message>
    <message>
        <source>the request has more than one Host header</source>
        <translation>die Anfrage hat mehr als eine Host-Kopfzeile</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request without a Host header</source>
        <translation>eine HTTP/1.1-Anfrage ohne Host-Kopfzeile</translation>
    </message>
    <message>
        <source>both Transfer-Encoding and Content-Length</source>
        <translation>sowohl Transfer-Encoding als auch Content-Length</translation>
    </message>
    <message>
        <source>request bodies with Transfer-Encoding (chunked) are not supported</source>
        <translation>Anfrageinhalte mit Transfer-Encoding (chunked) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>invalid Content-Length</source>
        <translation>ungültige Content-Length</translation>
    </message>
    <message>
        <source>a request body of %1 bytes is larger than the %2 allowed</source>
        <translation>ein Anfrageinhalt von %1 Bytes ist größer als die erlaubten %2</translation>
    </message>
</context>
<context>
    <name>Bootcast::HttpServer</name>
    <message>
        <source>the netboot folder &quot;%1&quot; does not exist: every request will fail; choose an existing folder in the profile</source>
        <translation>der Netboot-Ordner „%1“ existiert nicht: jede Anfrage wird fehlschlagen; im Profil einen vorhandenen Ordner wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) turned away: the limit of %1 connections at once is reached (http.maxConnections)</source>
        <translation>
            <numerusform>%n Verbindung abgewiesen: die Grenze von %1 gleichzeitigen Verbindungen ist erreicht (http.maxConnections)</numerusform>
            <numerusform>%n Verbindungen abgewiesen: die Grenze von %1 gleichzeitigen Verbindungen ist erreicht (http.maxConnections)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::InterfacesModel</name>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>virtual / VPN</source>
        <translation>virtuell / VPN</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - not for netbooting</source>
        <translation>%1 - nicht zum Booten über das Netz geeignet</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>Link aktiv</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>kein Link</translation>
    </message>
    <message>
        <source>Wi-Fi adapter: PXE clients cannot boot over Wi-Fi, and serving DHCP here would disturb the wireless network. Choose the wired adapter the machines are plugged into.</source>
        <translation>WLAN-Adapter: PXE-Clients können nicht über WLAN booten, und ein DHCP-Dienst hier würde das Funknetz stören. Wählen Sie den kabelgebundenen Adapter, an den die Rechner angeschlossen sind.</translation>
    </message>
    <message>
        <source>Virtual adapter (VPN, Hyper-V, Docker, bridge): choose it only to boot virtual machines attached to it.</source>
        <translation>Virtueller Adapter (VPN, Hyper-V, Docker, Bridge): nur wählen, um daran angeschlossene virtuelle Maschinen zu booten.</translation>
    </message>
    <message>
        <source>Loopback: only this computer can reach it (useful for testing).</source>
        <translation>Loopback: nur dieser Computer kann ihn erreichen (nützlich zum Testen).</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>every adapter</source>
        <translation>alle Adapter</translation>
    </message>
    <message>
        <source>All adapters</source>
        <translation>Alle Adapter</translation>
    </message>
    <message>
        <source>TFTP/HTTP/proxy everywhere; not for full DHCP</source>
        <translation>TFTP/HTTP/Proxy überall; nicht für vollständiges DHCP</translation>
    </message>
    <message>
        <source>Serve on every adapter of this computer, as PyPXE does. Fine for TFTP, HTTP and proxy DHCP; full DHCP needs one adapter, so that no other network gets addresses from Bootcast.</source>
        <translation>Auf allen Adaptern dieses Computers bereitstellen, wie PyPXE es tut. Geeignet für TFTP, HTTP und Proxy-DHCP; vollständiges DHCP braucht einen einzelnen Adapter, damit kein anderes Netz Adressen von Bootcast erhält.</translation>
    </message>
    <message>
        <source>not on this computer now</source>
        <translation>derzeit nicht an diesem Computer</translation>
    </message>
    <message>
        <source>The profile names this adapter, but this computer does not have it now.</source>
        <translation>Das Profil nennt diesen Adapter, aber dieser Computer hat ihn derzeit nicht.</translation>
    </message>
</context>
<context>
    <name>Bootcast::IpxeScript</name>
    <message>
        <source>the first line must be #!ipxe, or iPXE does not run the file as a script</source>
        <translation>die erste Zeile muss #!ipxe lauten, sonst führt iPXE die Datei nicht als Skript aus</translation>
    </message>
    <message>
        <source>{{%1}} is not a Bootcast placeholder: the client receives it unchanged (known: %2)</source>
        <translation>{{%1}} ist kein Bootcast-Platzhalter: der Client erhält ihn unverändert (bekannt: %2)</translation>
    </message>
    <message>
        <source>label :%1 appears twice (also on line %2): goto always finds the first</source>
        <translation>Label :%1 kommt zweimal vor (auch in Zeile %2): goto findet immer das erste</translation>
    </message>
    <message>
        <source>item without a label</source>
        <translation>item ohne Label</translation>
    </message>
    <message>
        <source>goto without a label</source>
        <translation>goto ohne Label</translation>
    </message>
    <message>
        <source>goto %1: there is no :%1 label in this script</source>
        <translation>goto %1: in diesem Skript gibt es kein Label :%1</translation>
    </message>
    <message>
        <source>menu item %1 has no :%1 section: choosing it ends the script with an error</source>
        <translation>Menüeintrag %1 hat keinen Abschnitt :%1: wird er gewählt, endet das Skript mit einem Fehler</translation>
    </message>
    <message numerus="yes">
        <source>(chooses %1 after %n s)</source>
        <translation>
            <numerusform>(wählt %1 nach %n s)</numerusform>
            <numerusform>(wählt %1 nach %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>an &quot;item&quot; line before any &quot;menu&quot; line</source>
        <translation>eine „item“-Zeile vor jeder „menu“-Zeile</translation>
    </message>
    <message>
        <source>&quot;choose&quot; without a &quot;menu&quot; line before it</source>
        <translation>„choose“ ohne vorangehende „menu“-Zeile</translation>
    </message>
    <message>
        <source>&quot;choose&quot; on a menu without &quot;item&quot; lines</source>
        <translation>„choose“ für ein Menü ohne „item“-Zeilen</translation>
    </message>
</context>
<context>
    <name>Bootcast::LeaseStore</name>
    <message>
        <source>cannot create the folder for the leases file %1</source>
        <translation>Ordner für die Lease-Datei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the leases file %1: %2</source>
        <translation>Lease-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the leases file %1: %2</source>
        <translation>Lease-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Bootcast::LeasesModel</name>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>declined (address in use)</source>
        <translation>abgelehnt (Adresse belegt)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1, static</source>
        <translation>%1, statisch</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Bootcast::MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Addresses appear here in full DHCP mode.</source>
        <translation>Im vollständigen DHCP-Modus erscheinen hier die vergebenen Adressen.</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the profile&apos;s settings</source>
        <translation>Einstellungen des Profils speichern</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Neu...</translation>
    </message>
    <message>
        <source>Duplicate...</source>
        <translation>Duplizieren...</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Löschen...</translation>
    </message>
    <message>
        <source>Import PyPXE config...</source>
        <translation>PyPXE-Konfiguration importieren...</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Look for adapters again</source>
        <translation>Erneut nach Adaptern suchen</translation>
    </message>
    <message>
        <source>Adapter:</source>
        <translation>Adapter:</translation>
    </message>
    <message>
        <source>DHCP:</source>
        <translation>DHCP:</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved. Discard them?</source>
        <translation>Das Profil „%1“ enthält nicht gespeicherte Änderungen. Sollen sie verworfen werden?</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Cannot open the profile &quot;%1&quot;:
%2</source>
        <translation>Das Profil „%1“ kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;:
%2</source>
        <translation>Das Profil „%1“ kann nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Fix the profile&apos;s problems first:
%1</source>
        <translation>Beheben Sie zuerst die Probleme des Profils:
%1</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Import PyPXE config</source>
        <translation>PyPXE-Konfiguration importieren</translation>
    </message>
    <message>
        <source>PyPXE JSON config (*.json);;All files (*)</source>
        <translation>PyPXE-JSON-Konfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import %1:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>Imported as &quot;%1&quot;. Worth knowing:
%2</source>
        <translation>Als „%1“ importiert. Gut zu wissen:
%2</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Bootcast profile (*.json)</source>
        <translation>Bootcast-Profil (*.json)</translation>
    </message>
    <message>
        <source>%1 is a Wi-Fi adapter: machines cannot network-boot over Wi-Fi, and DHCP here would disturb the wireless network. Choose the wired adapter.</source>
        <translation>%1 ist ein WLAN-Adapter: Rechner können nicht über WLAN aus dem Netz booten, und DHCP würde hier das Funknetz stören. Wählen Sie den kabelgebundenen Adapter.</translation>
    </message>
    <message>
        <source>%1 is a virtual adapter (VPN, Hyper-V, Docker, bridge): only virtual machines attached to it can boot.</source>
        <translation>%1 ist ein virtueller Adapter (VPN, Hyper-V, Docker, Bridge): nur daran angeschlossene virtuelle Maschinen können booten.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address: give it a fixed address (for example 192.168.50.1/24) and press Refresh.</source>
        <translation>%1 hat keine IPv4-Adresse: Geben Sie dem Adapter eine feste Adresse (zum Beispiel 192.168.50.1/24) und klicken Sie auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Full: Bootcast hands out addresses and boot files. Only on a network without another DHCP server.</source>
        <translation>Vollständig: Bootcast vergibt Adressen und Bootdateien. Nur in einem Netz ohne anderen DHCP-Server verwenden.</translation>
    </message>
    <message>
        <source>Proxy: the existing router keeps handing out addresses; Bootcast only tells booting machines where their boot files are.</source>
        <translation>Proxy: Der vorhandene Router vergibt weiterhin die Adressen; Bootcast teilt bootenden Rechnern nur mit, wo ihre Bootdateien liegen.</translation>
    </message>
    <message>
        <source>Off: no DHCP. Another DHCP server points machines here (next-server and file name), or only TFTP/HTTP are used.</source>
        <translation>Aus: kein DHCP. Ein anderer DHCP-Server verweist die Rechner hierher (next-server und Dateiname), oder es werden nur TFTP/HTTP verwendet.</translation>
    </message>
    <message>
        <source>Some settings need attention: see the Settings tab.</source>
        <translation>Einige Einstellungen müssen geprüft werden: siehe Registerkarte „Einstellungen“.</translation>
    </message>
    <message>
        <source>Bootcast - %1%2</source>
        <translation>Bootcast – %1%2</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <source>Another DHCP server answers on this network: %1</source>
        <translation>Ein anderer DHCP-Server antwortet in diesem Netz: %1</translation>
    </message>
    <message>
        <source>Another DHCP server</source>
        <translation>Anderer DHCP-Server</translation>
    </message>
    <message>
        <source>%1 on port %2</source>
        <translation>%1 auf Port %2</translation>
    </message>
    <message>
        <source>Serving: %1.</source>
        <translation>In Betrieb: %1.</translation>
    </message>
    <message>
        <source>Quit Bootcast</source>
        <translation>Bootcast beenden</translation>
    </message>
    <message>
        <source>Bootcast is serving. Machines that are booting now will stop. Stop serving and quit?</source>
        <translation>Bootcast ist in Betrieb. Rechner, die gerade booten, bleiben stehen. Bereitstellung beenden und Programm schließen?</translation>
    </message>
    <message>
        <source>%1 has no link: check the cable and that the switch is on.</source>
        <translation>%1 hat keine Verbindung: Kabel prüfen und ob der Switch eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Boot files</source>
        <translation>Bootdateien</translation>
    </message>
    <message>
        <source>Some boot settings need attention: see the Boot files tab.</source>
        <translation>Einige Boot-Einstellungen müssen geprüft werden: siehe Registerkarte „Bootdateien“.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Looking for another DHCP server on %1 before serving (a few seconds)...</source>
        <translation>Vor dem Start wird auf %1 nach einem anderen DHCP-Server gesucht (einige Sekunden)...</translation>
    </message>
    <message>
        <source>%1 offered %2</source>
        <translation>%1 bot %2 an</translation>
    </message>
    <message>
        <source>No other DHCP server answered on %1.</source>
        <translation>Kein anderer DHCP-Server hat auf %1 geantwortet.</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1: %2</source>
        <translation>Ein anderer DHCP-Server antwortet auf %1: %2</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1:
%2

Two DHCP servers on one network hand out conflicting addresses, so Bootcast does not serve addresses here. Start in proxy mode instead? The other server keeps giving the addresses, and Bootcast only adds the boot information.</source>
        <translation>Ein anderer DHCP-Server antwortet auf %1:
%2

Zwei DHCP-Server in einem Netz vergeben widersprüchliche Adressen, deshalb vergibt Bootcast hier keine Adressen. Stattdessen im Proxy-Modus starten? Der andere Server vergibt weiterhin die Adressen, und Bootcast ergänzt nur die Boot-Informationen.</translation>
    </message>
    <message>
        <source>Start in proxy mode</source>
        <translation>Im Proxy-Modus starten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Make static</source>
        <translation>Als statisch festlegen</translation>
    </message>
    <message>
        <source>Make dynamic</source>
        <translation>Als dynamisch festlegen</translation>
    </message>
    <message>
        <source>Remove this machine&apos;s fixed address from the profile</source>
        <translation>Die feste Adresse dieses Rechners aus dem Profil entfernen</translation>
    </message>
    <message>
        <source>Keep this address for this machine: adds a binding to the profile</source>
        <translation>Diese Adresse dem Rechner fest zuweisen: fügt dem Profil eine Bindung hinzu</translation>
    </message>
    <message>
        <source>Static address</source>
        <translation>Statische Adresse</translation>
    </message>
    <message>
        <source>Cannot keep %1 for %2:
%3</source>
        <translation>%1 kann %2 nicht fest zugewiesen werden:
%3</translation>
    </message>
    <message>
        <source>%1 no longer has a fixed address.</source>
        <translation>%1 hat keine feste Adresse mehr.</translation>
    </message>
    <message>
        <source>%1 keeps %2 from now on.</source>
        <translation>%1 behält von nun an %2.</translation>
    </message>
    <message>
        <source>iPXE menu</source>
        <translation>iPXE-Menü</translation>
    </message>
    <message>
        <source>The menu %1 has changes that are not saved. Save them?</source>
        <translation>Das Menü %1 enthält nicht gespeicherte Änderungen. Sollen sie gespeichert werden?</translation>
    </message>
    <message>
        <source>Save menu</source>
        <translation>Menü speichern</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Bootcast uses %1 from its next start.</source>
        <translation>Bootcast verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Stop serving first</source>
        <translation>Zuerst die Bereitstellung beenden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Full DHCP on all adapters gives addresses on every network this computer is on: choose the adapter the machines are plugged into.</source>
        <translation>Vollständiges DHCP auf allen Adaptern vergibt Adressen in jedem Netz, in dem dieser Computer ist: Wählen Sie den Adapter, an dem die Rechner angeschlossen sind.</translation>
    </message>
    <message>
        <source>%1 hands out addresses in %2 (it offered %3, router %4)</source>
        <translation>%1 vergibt Adressen in %2 (bot %3 an, Router %4)</translation>
    </message>
    <message>
        <source>%1 hands out addresses in %2 (it offered %3)</source>
        <translation>%1 vergibt Adressen in %2 (bot %3 an)</translation>
    </message>
    <message>
        <source>%1 offered %2 (router %3)</source>
        <translation>%1 bot %2 an (Router %3)</translation>
    </message>
    <message>
        <source>%1 no longer has a fixed address. Save the profile to keep this.</source>
        <translation>%1 hat keine feste Adresse mehr. Speichern Sie das Profil, um dies beizubehalten.</translation>
    </message>
    <message>
        <source>%1 keeps %2 from now on. Save the profile to keep this.</source>
        <translation>%1 behält von nun an %2. Speichern Sie das Profil, um dies beizubehalten.</translation>
    </message>
    <message>
        <source>%1 is not on this computer now: plug it in, or choose another adapter.</source>
        <translation>%1 ist derzeit nicht an diesem Computer: Schließen Sie ihn an oder wählen Sie einen anderen Adapter.</translation>
    </message>
    <message>
        <source>Start was cancelled: the profile changed while Bootcast looked for other DHCP servers.</source>
        <translation>Der Start wurde abgebrochen: Das Profil hat sich geändert, während Bootcast nach anderen DHCP-Servern suchte.</translation>
    </message>
    <message>
        <source>End this lease now: the address may go to another machine; this one keeps using it until it renews, then asks again</source>
        <translation>Diese Lease jetzt beenden: Die Adresse kann an einen anderen Rechner gehen; dieser nutzt sie weiter, bis er sie erneuert, und fragt dann neu an</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdConnection</name>
    <message>
        <source>no export was chosen within %1 s</source>
        <translation>innerhalb von %1 s wurde kein Export gewählt</translation>
    </message>
    <message>
        <source>the read-write export &quot;%1&quot; is in use by %2; one client at a time may use it</source>
        <translation>der Lese-Schreib-Export „%1“ wird von %2 verwendet; nur ein Client zugleich darf ihn nutzen</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>copy-on-write, changes kept in memory</source>
        <translation>Copy-on-Write, Änderungen im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>copy-on-write, changes kept in a temporary file</source>
        <translation>Copy-on-Write, Änderungen in einer temporären Datei</translation>
    </message>
    <message>
        <source>reading the export failed in the middle of a reply: %1</source>
        <translation>Lesen des Exports ist mitten in einer Antwort fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 at offset %2 (%3 bytes) failed with %4: %5</source>
        <translation>%1 an Offset %2 (%3 Bytes) ist mit %4 fehlgeschlagen: %5</translation>
    </message>
    <message>
        <source>NBD client %1: %2; the connection was closed</source>
        <translation>NBD-Client %1: %2; die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>read %1, wrote %2</source>
        <translation>%1 gelesen, %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportImage</name>
    <message>
        <source>&quot;%1&quot; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a disk image or an ISO)</source>
        <translation>„%1“ ist keine reguläre Datei (ein Disk-Image oder eine ISO)</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot; for reading and writing: %2</source>
        <translation>„%1“ kann nicht zum Lesen und Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not enough memory to copy the image (%1 bytes) into RAM</source>
        <translation>nicht genug Arbeitsspeicher, um das Image (%1 Bytes) in den RAM zu kopieren</translation>
    </message>
    <message>
        <source>cannot copy &quot;%1&quot; into memory: %2</source>
        <translation>„%1“ kann nicht in den Arbeitsspeicher kopiert werden: %2</translation>
    </message>
    <message>
        <source>reading &quot;%1&quot; failed: %2</source>
        <translation>Lesen von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>writing &quot;%1&quot; failed: %2</source>
        <translation>Schreiben von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>flushing &quot;%1&quot; failed: %2</source>
        <translation>Sichern von „%1“ auf die Platte ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ended early: the file shrank while it was exported</source>
        <translation>„%1“ endet zu früh: die Datei ist während des Exports geschrumpft</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportOverlay</name>
    <message>
        <source>reading the overlay file &quot;%1&quot; failed: %2</source>
        <translation>Lesen der Overlay-Datei „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not enough memory for the copy-on-write overlay</source>
        <translation>nicht genug Arbeitsspeicher für das Copy-on-Write-Overlay</translation>
    </message>
    <message>
        <source>cannot create the overlay file in &quot;%1&quot;: %2</source>
        <translation>die Overlay-Datei kann in „%1“ nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>writing the overlay file &quot;%1&quot; failed: %2</source>
        <translation>Schreiben der Overlay-Datei „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the copy-on-write overlay is full</source>
        <translation>das Copy-on-Write-Overlay ist voll</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdExportsEditor</name>
    <message>
        <source>Export name</source>
        <translation>Exportname</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <source>Clients may</source>
        <translation>Clients dürfen</translation>
    </message>
    <message>
        <source>Copy to RAM</source>
        <translation>In den RAM kopieren</translation>
    </message>
    <message>
        <source>What clients ask for (nbd-client -N NAME); empty is the default export</source>
        <translation>Wonach Clients fragen (nbd-client -N NAME); leer ist der Standard-Export</translation>
    </message>
    <message>
        <source>Read the whole image into memory at start: fastest for many clients</source>
        <translation>Das ganze Abbild beim Start in den Speicher lesen: am schnellsten für viele Clients</translation>
    </message>
    <message>
        <source>Add image...</source>
        <translation>Abbild hinzufügen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>write to their own copy</source>
        <translation>in eine eigene Kopie schreiben</translation>
    </message>
    <message>
        <source>write to the image (one at a time)</source>
        <translation>in das Abbild schreiben (jeweils einer)</translation>
    </message>
    <message>
        <source>Writes are refused.</source>
        <translation>Schreibzugriffe werden abgelehnt.</translation>
    </message>
    <message>
        <source>Each client writes into its own overlay, removed when it leaves; the image never changes.</source>
        <translation>Jeder Client schreibt in sein eigenes Overlay, das beim Trennen entfernt wird; das Abbild ändert sich nie.</translation>
    </message>
    <message>
        <source>Writes change the image file; only one client may write.</source>
        <translation>Schreibzugriffe ändern die Abbilddatei; nur ein Client darf schreiben.</translation>
    </message>
    <message>
        <source>Disk images and ISOs to export</source>
        <translation>Zu exportierende Festplattenabbilder und ISOs</translation>
    </message>
    <message>
        <source>Disk images and ISOs (*.img *.iso *.raw *.bin);;All files (*)</source>
        <translation>Festplattenabbilder und ISOs (*.img *.iso *.raw *.bin);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdHandshake</name>
    <message>
        <source>%1: %2 bytes where %3 were expected</source>
        <translation>%1: %2 Bytes statt der erwarteten %3</translation>
    </message>
    <message>
        <source>%1: wrong magic number 0x%2</source>
        <translation>%1: falsche magische Zahl 0x%2</translation>
    </message>
    <message>
        <source>%1: the lengths inside do not add up (%2 bytes of data)</source>
        <translation>%1: die enthaltenen Längen passen nicht zusammen (%2 Bytes Daten)</translation>
    </message>
    <message>
        <source>%1: a name or text longer than %2 bytes</source>
        <translation>%1: ein Name oder Text länger als %2 Bytes</translation>
    </message>
    <message>
        <source>client flags 0x%1 include flags this server does not know</source>
        <translation>die Client-Flags 0x%1 enthalten Flags, die dieser Server nicht kennt</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdNegotiator</name>
    <message>
        <source>%1 with %2 bytes of data, far beyond the limit of %3 bytes</source>
        <translation>%1 mit %2 Bytes Daten, weit über der Grenze von %3 Bytes</translation>
    </message>
    <message>
        <source>more than %1 options without choosing an export</source>
        <translation>mehr als %1 Optionen, ohne einen Export zu wählen</translation>
    </message>
    <message>
        <source>%1 from a client that did not agree to the fixed newstyle handshake</source>
        <translation>%1 von einem Client, der den Fixed-Newstyle-Handshake nicht vereinbart hat</translation>
    </message>
    <message>
        <source>the client ended the negotiation (NBD_OPT_ABORT)</source>
        <translation>der Client hat die Aushandlung beendet (NBD_OPT_ABORT)</translation>
    </message>
    <message>
        <source>there is no export named &quot;%1&quot;</source>
        <translation>es gibt keinen Export namens „%1“</translation>
    </message>
</context>
<context>
    <name>Bootcast::NbdServer</name>
    <message>
        <source>the export &quot;%1&quot; is not served: %2</source>
        <translation>der Export „%1“ wird nicht angeboten: %2</translation>
    </message>
    <message>
        <source>the export &quot;%1&quot; is served from its file: %2</source>
        <translation>der Export „%1“ wird aus seiner Datei angeboten: %2</translation>
    </message>
    <message>
        <source>the export &quot;%1&quot; is in memory (%2)</source>
        <translation>der Export „%1“ liegt im Arbeitsspeicher (%2)</translation>
    </message>
    <message>
        <source>there is nothing to export: add a disk image or an ISO to the profile&apos;s NBD exports, or turn NBD off</source>
        <translation>es gibt nichts zu exportieren: fügen Sie den NBD-Exporten des Profils ein Disk-Image oder eine ISO hinzu oder schalten Sie NBD aus</translation>
    </message>
    <message>
        <source>no NBD export can be served: %1</source>
        <translation>kein NBD-Export kann angeboten werden: %1</translation>
    </message>
    <message>
        <source>the NBD server was stopped</source>
        <translation>der NBD-Server wurde gestoppt</translation>
    </message>
    <message>
        <source>too many NBD clients at once (%1): the connection was turned away</source>
        <translation>zu viele NBD-Clients gleichzeitig (%1): die Verbindung wurde abgewiesen</translation>
    </message>
</context>
<context>
    <name>Bootcast::NetasciiEncoder</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Bootcast::Profile</name>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>expected an IPv4 address as text</source>
        <translation>IPv4-Adresse als Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>expected a list of IPv4 addresses</source>
        <translation>Liste von IPv4-Adressen erwartet</translation>
    </message>
    <message>
        <source>expected a list of text values</source>
        <translation>Liste von Textwerten erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of off, full, proxy</source>
        <translation>„%1“ ist keiner der Werte off, full, proxy</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address</source>
        <translation>„%1“ ist keine MAC-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DHCP option code (1 to 254)</source>
        <translation>„%1“ ist kein DHCP-Optionscode (1 bis 254)</translation>
    </message>
    <message>
        <source>option %1: expected text or &quot;hex:...&quot;</source>
        <translation>Option %1: Text oder &quot;hex:...&quot; erwartet</translation>
    </message>
    <message>
        <source>option %1: &quot;%2&quot; is not hexadecimal</source>
        <translation>Option %1: „%2“ ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>option %1: longer than 255 bytes</source>
        <translation>Option %1: länger als 255 Byte</translation>
    </message>
    <message>
        <source>%1: expected a file name</source>
        <translation>%1: Dateiname erwartet</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>a profile must be a JSON object</source>
        <translation>ein Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile</source>
        <translation>%1 ist zu groß für ein Profil</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>DHCP needs the server&apos;s own IPv4 address</source>
        <translation>DHCP benötigt die eigene IPv4-Adresse des Servers</translation>
    </message>
    <message>
        <source>must differ from dhcp.port</source>
        <translation>muss sich von dhcp.port unterscheiden</translation>
    </message>
    <message>
        <source>%1 is not a subnet mask</source>
        <translation>%1 ist keine Subnetzmaske</translation>
    </message>
    <message>
        <source>full DHCP mode needs an address pool</source>
        <translation>der vollständige DHCP-Modus (full) benötigt einen Adresspool</translation>
    </message>
    <message>
        <source>%1 comes before the pool&apos;s first address %2</source>
        <translation>%1 liegt vor der ersten Adresse des Pools %2</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s subnet %2/%3</source>
        <translation>%1 liegt nicht im Subnetz %2/%3 des Servers</translation>
    </message>
    <message>
        <source>the pool holds more than 65536 addresses</source>
        <translation>der Pool umfasst mehr als 65536 Adressen</translation>
    </message>
    <message>
        <source>%1 is not in the server&apos;s subnet</source>
        <translation>%1 liegt nicht im Subnetz des Servers</translation>
    </message>
    <message>
        <source>%1 is bound to two machines</source>
        <translation>%1 ist an zwei Rechner gebunden</translation>
    </message>
    <message>
        <source>give both ends of the port range, or neither</source>
        <translation>beide Grenzen des Portbereichs angeben oder keine</translation>
    </message>
    <message>
        <source>the range ends before it begins</source>
        <translation>der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>must be 0 (automatic) or at least 8</source>
        <translation>muss 0 (automatisch) oder mindestens 8 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of dhcp, tftp, http, nbd, all</source>
        <translation>„%1“ ist keiner der Werte dhcp, tftp, http, nbd, all</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of read-only, copy-on-write, read-write</source>
        <translation>„%1“ ist keiner der Werte read-only, copy-on-write, read-write</translation>
    </message>
    <message>
        <source>MAC %1 has two bindings</source>
        <translation>MAC %1 hat zwei Bindungen</translation>
    </message>
    <message>
        <source>an export needs a disk image or ISO file</source>
        <translation>ein Export benötigt ein Disk-Image oder eine ISO-Datei</translation>
    </message>
    <message>
        <source>the export name &quot;%1&quot; is used twice</source>
        <translation>der Exportname „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>longer than 4096 bytes</source>
        <translation>länger als 4096 Byte</translation>
    </message>
</context>
<context>
    <name>Bootcast::ProfileForm</name>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>this computer&apos;s IPv4 address</source>
        <translation>IPv4-Adresse dieses Computers</translation>
    </message>
    <message>
        <source>Subnet mask:</source>
        <translation>Subnetzmaske:</translation>
    </message>
    <message>
        <source>Router:</source>
        <translation>Router:</translation>
    </message>
    <message>
        <source>none (isolated network)</source>
        <translation>keiner (isoliertes Netz)</translation>
    </message>
    <message>
        <source>Pool, first address:</source>
        <translation>Pool, erste Adresse:</translation>
    </message>
    <message>
        <source>Pool, last address:</source>
        <translation>Pool, letzte Adresse:</translation>
    </message>
    <message>
        <source>none; several separated by commas</source>
        <translation>keine; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>DNS servers:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lease time:</source>
        <translation>Lease-Dauer:</translation>
    </message>
    <message>
        <source>port </source>
        <translation>Port </translation>
    </message>
    <message>
        <source>TFTP:</source>
        <translation>TFTP:</translation>
    </message>
    <message>
        <source>serve files over TFTP</source>
        <translation>Dateien über TFTP bereitstellen</translation>
    </message>
    <message>
        <source>HTTP:</source>
        <translation>HTTP:</translation>
    </message>
    <message>
        <source>serve files over HTTP</source>
        <translation>Dateien über HTTP bereitstellen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>a subnet mask is needed</source>
        <translation>eine Subnetzmaske wird benötigt</translation>
    </message>
    <message>
        <source>NBD:</source>
        <translation>NBD:</translation>
    </message>
    <message>
        <source>serve disk images and ISOs over NBD</source>
        <translation>Festplattenabbilder und ISOs über NBD bereitstellen</translation>
    </message>
    <message>
        <source>NBD exports:</source>
        <translation>NBD-Exporte:</translation>
    </message>
    <message>
        <source>Reserved machines:</source>
        <translation>Reservierte Rechner:</translation>
    </message>
    <message>
        <source>Answer only the reserved machines</source>
        <translation>Nur den reservierten Rechnern antworten</translation>
    </message>
    <message>
        <source>Other machines on the cable get no answer from Bootcast (PyPXE&apos;s whitelist).</source>
        <translation>Andere Rechner am Kabel erhalten keine Antwort von Bootcast (PyPXEs Whitelist).</translation>
    </message>
    <message>
        <source>Serve addresses even when another DHCP server answers (not recommended)</source>
        <translation>Adressen auch vergeben, wenn ein anderer DHCP-Server antwortet (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Two DHCP servers on one network hand out conflicting addresses; proxy mode is the safe way to boot beside another server.</source>
        <translation>Zwei DHCP-Server in einem Netz vergeben widersprüchliche Adressen; der Proxy-Modus ist der sichere Weg, neben einem anderen Server zu booten.</translation>
    </message>
    <message>
        <source>Full DHCP:</source>
        <translation>Vollständiges DHCP:</translation>
    </message>
</context>
<context>
    <name>Bootcast::ProfileStore</name>
    <message>
        <source>name: a profile needs a name</source>
        <translation>name: ein Profil benötigt einen Namen</translation>
    </message>
    <message>
        <source>cannot create the profiles folder %1</source>
        <translation>Profilordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>cannot delete the profile file %1</source>
        <translation>Profildatei %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Bootcast::PypxeConfig</name>
    <message>
        <source>PyPXE: read settings from a PyPXE JSON config; other PyPXE flags override it.</source>
        <translation>PyPXE: Einstellungen aus einer PyPXE-JSON-Konfiguration lesen; andere PyPXE-Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>PyPXE: run the DHCP server, giving out addresses.</source>
        <translation>PyPXE: DHCP-Server ausführen, der Adressen vergibt.</translation>
    </message>
    <message>
        <source>PyPXE: run proxy DHCP next to an existing DHCP server (boot information only; implies --dhcp).</source>
        <translation>PyPXE: Proxy-DHCP neben einem vorhandenen DHCP-Server ausführen (nur Boot-Informationen; impliziert --dhcp).</translation>
    </message>
    <message>
        <source>PyPXE: run the TFTP server (on by default).</source>
        <translation>PyPXE: TFTP-Server ausführen (standardmäßig an).</translation>
    </message>
    <message>
        <source>PyPXE: do not run the TFTP server.</source>
        <translation>PyPXE: TFTP-Server nicht ausführen.</translation>
    </message>
    <message>
        <source>PyPXE: run the HTTP server.</source>
        <translation>PyPXE: HTTP-Server ausführen.</translation>
    </message>
    <message>
        <source>PyPXE: do not run the HTTP server (the default).</source>
        <translation>PyPXE: HTTP-Server nicht ausführen (Standard).</translation>
    </message>
    <message>
        <source>PyPXE: chainload iPXE; PXE clients get iPXE first, iPXE then gets the boot file.</source>
        <translation>PyPXE: iPXE per Chainload laden; PXE-Clients erhalten zuerst iPXE, iPXE holt dann die Bootdatei.</translation>
    </message>
    <message>
        <source>PyPXE: do not chainload iPXE (the default).</source>
        <translation>PyPXE: iPXE nicht per Chainload laden (Standard).</translation>
    </message>
    <message>
        <source>PyPXE: folder served over TFTP and HTTP (default: netboot).</source>
        <translation>PyPXE: über TFTP und HTTP bereitgestellter Ordner (Standard: netboot).</translation>
    </message>
    <message>
        <source>PyPXE: boot file for the clients, after iPXE with --ipxe (default: chosen per architecture from the netboot folder).</source>
        <translation>PyPXE: Bootdatei für die Clients, mit --ipxe nach iPXE (Standard: je nach Architektur aus dem Netboot-Ordner gewählt).</translation>
    </message>
    <message>
        <source>PyPXE: this server&apos;s IPv4 address, DHCP option 54 (default: 192.168.2.2).</source>
        <translation>PyPXE: IPv4-Adresse dieses Servers, DHCP-Option 54 (Standard: 192.168.2.2).</translation>
    </message>
    <message>
        <source>PyPXE: DHCP server port (default: 67).</source>
        <translation>PyPXE: Port des DHCP-Servers (Standard: 67).</translation>
    </message>
    <message>
        <source>PyPXE: first address of the DHCP pool (default: 192.168.2.100).</source>
        <translation>PyPXE: erste Adresse des DHCP-Pools (Standard: 192.168.2.100).</translation>
    </message>
    <message>
        <source>PyPXE: last address of the DHCP pool (default: 192.168.2.150).</source>
        <translation>PyPXE: letzte Adresse des DHCP-Pools (Standard: 192.168.2.150).</translation>
    </message>
    <message>
        <source>PyPXE: subnet mask given to clients (default: 255.255.255.0).</source>
        <translation>PyPXE: Subnetzmaske für die Clients (Standard: 255.255.255.0).</translation>
    </message>
    <message>
        <source>PyPXE: router given to clients (default: 192.168.2.1).</source>
        <translation>PyPXE: Router für die Clients (Standard: 192.168.2.1).</translation>
    </message>
    <message>
        <source>PyPXE: DNS server given to clients, several separated by commas (default: 8.8.8.8).</source>
        <translation>PyPXE: DNS-Server für die Clients, mehrere durch Kommas getrennt (Standard: 8.8.8.8).</translation>
    </message>
    <message>
        <source>PyPXE: broadcast address (default: derived from the server address and mask).</source>
        <translation>PyPXE: Broadcast-Adresse (Standard: aus Serveradresse und Maske abgeleitet).</translation>
    </message>
    <message>
        <source>PyPXE: file server given to clients: next server, option 66 and the host in iPXE URLs (default: 192.168.2.2).</source>
        <translation>PyPXE: Dateiserver für die Clients: Next Server, Option 66 und Host in iPXE-URLs (Standard: 192.168.2.2).</translation>
    </message>
    <message>
        <source>PyPXE: answer only the machines listed in --static-config.</source>
        <translation>PyPXE: nur die in --static-config aufgeführten Rechner beantworten.</translation>
    </message>
    <message>
        <source>PyPXE: JSON file with a fixed address, options and boot file per MAC address.</source>
        <translation>PyPXE: JSON-Datei mit fester Adresse, Optionen und Bootdatei je MAC-Adresse.</translation>
    </message>
    <message>
        <source>PyPXE: file that keeps the DHCP leases (default: in Bootcast&apos;s data folder).</source>
        <translation>PyPXE: Datei, in der die DHCP-Leases gespeichert werden (Standard: im Datenordner von Bootcast).</translation>
    </message>
    <message>
        <source>PyPXE: TFTP server port (default: 69).</source>
        <translation>PyPXE: Port des TFTP-Servers (Standard: 69).</translation>
    </message>
    <message>
        <source>PyPXE: address the TFTP server listens on (default: 0.0.0.0, every interface).</source>
        <translation>PyPXE: Adresse, auf der der TFTP-Server lauscht (Standard: 0.0.0.0, alle Schnittstellen).</translation>
    </message>
    <message>
        <source>PyPXE: HTTP server port (default: 80).</source>
        <translation>PyPXE: Port des HTTP-Servers (Standard: 80).</translation>
    </message>
    <message>
        <source>PyPXE: address the HTTP server listens on (default: 0.0.0.0, every interface).</source>
        <translation>PyPXE: Adresse, auf der der HTTP-Server lauscht (Standard: 0.0.0.0, alle Schnittstellen).</translation>
    </message>
    <message>
        <source>PyPXE: syslog server for the log (accepted, not supported yet).</source>
        <translation>PyPXE: Syslog-Server für das Log (wird akzeptiert, noch nicht unterstützt).</translation>
    </message>
    <message>
        <source>PyPXE: syslog server port (default: 514; accepted, not supported yet).</source>
        <translation>PyPXE: Port des Syslog-Servers (Standard: 514; wird akzeptiert, noch nicht unterstützt).</translation>
    </message>
    <message>
        <source>PyPXE: diagnostic output for these services, comma separated: dhcp, tftp, http, nbd, all; a leading - excludes one (all,-dhcp).</source>
        <translation>PyPXE: Diagnoseausgabe für diese Dienste, durch Kommas getrennt: dhcp, tftp, http, nbd, all; ein vorangestelltes - schließt einen Dienst aus (all,-dhcp).</translation>
    </message>
    <message>
        <source>PyPXE: a line per request for these services; written as for --debug.</source>
        <translation>PyPXE: eine Zeile pro Anfrage für diese Dienste; Angabe wie bei --debug.</translation>
    </message>
    <message>
        <source>PyPXE: print the default settings as a PyPXE JSON config, then exit.</source>
        <translation>PyPXE: Standardeinstellungen als PyPXE-JSON-Konfiguration ausgeben und beenden.</translation>
    </message>
    <message>
        <source>PyPXE: print the settings after --config and the other flags as a PyPXE JSON config, then exit.</source>
        <translation>PyPXE: Einstellungen nach Anwendung von --config und den übrigen Optionen als PyPXE-JSON-Konfiguration ausgeben und beenden.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean %2?</source>
        <translation>unbekannter Schlüssel „%1“; meinten Sie %2?</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535)</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>expected a port number (1 to 65535)</source>
        <translation>Portnummer erwartet (1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 is not a port number (1 to 65535)</source>
        <translation>%1 ist keine Portnummer (1 bis 65535)</translation>
    </message>
    <message>
        <source>expected an IPv4 address as text</source>
        <translation>IPv4-Adresse als Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subnet mask such as 255.255.255.0</source>
        <translation>„%1“ ist keine Subnetzmaske wie etwa 255.255.255.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>expected IPv4 addresses as text</source>
        <translation>IPv4-Adressen als Text erwartet</translation>
    </message>
    <message>
        <source>expected IPv4 addresses as text, separated by commas</source>
        <translation>IPv4-Adressen als Text erwartet, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>expected a comma-separated list such as &quot;dhcp,tftp&quot;</source>
        <translation>durch Kommas getrennte Liste wie &quot;dhcp,tftp&quot; erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of dhcp, tftp, http, nbd, all</source>
        <translation>„%1“ ist keiner der Werte dhcp, tftp, http, nbd, all</translation>
    </message>
    <message>
        <source>expected a host name or address as text</source>
        <translation>Hostname oder Adresse als Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address</source>
        <translation>„%1“ ist weder Hostname noch Adresse</translation>
    </message>
    <message>
        <source>unsupported value</source>
        <translation>nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>NETBOOT_DIR: there is no folder %1; Bootcast&apos;s bundled netboot folder is served instead</source>
        <translation>NETBOOT_DIR: Ordner %1 existiert nicht; stattdessen wird der mitgelieferte Netboot-Ordner von Bootcast bereitgestellt</translation>
    </message>
    <message>
        <source>NETBOOT_DIR: the folder %1 does not exist</source>
        <translation>NETBOOT_DIR: der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large (more than 4 MiB)</source>
        <translation>%1 ist zu groß (mehr als 4 MiB)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object { ... }</source>
        <translation>JSON-Objekt { ... } erwartet</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together; give one of them</source>
        <translation>--%1 und --%2 können nicht zusammen verwendet werden; nur eine der beiden Optionen angeben</translation>
    </message>
    <message>
        <source>DHCP_FILESERVER: iPXE over HTTP (USE_IPXE and USE_HTTP) needs the file server&apos;s address; set DHCP_FILESERVER or DHCP_SERVER_IP</source>
        <translation>DHCP_FILESERVER: iPXE über HTTP (USE_IPXE und USE_HTTP) benötigt die Adresse des Dateiservers; DHCP_FILESERVER oder DHCP_SERVER_IP setzen</translation>
    </message>
    <message>
        <source>SYSLOG_SERVER: sending the log to a syslog server is not in this version; the log goes to standard output</source>
        <translation>SYSLOG_SERVER: das Senden des Logs an einen Syslog-Server ist in dieser Version nicht enthalten; das Log wird auf die Standardausgabe geschrieben</translation>
    </message>
    <message>
        <source>SYSLOG_PORT: sending the log to a syslog server is not in this version; the port is ignored</source>
        <translation>SYSLOG_PORT: das Senden des Logs an einen Syslog-Server ist in dieser Version nicht enthalten; der Port wird ignoriert</translation>
    </message>
    <message>
        <source>DHCP_WHITELIST: only machines listed in STATIC_CONFIG are answered, and there is no STATIC_CONFIG: DHCP answers nobody</source>
        <translation>DHCP_WHITELIST: nur in STATIC_CONFIG aufgeführte Rechner erhalten eine Antwort, aber STATIC_CONFIG fehlt: DHCP antwortet niemandem</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an object with a member per MAC address</source>
        <translation>Objekt mit einem Eintrag je MAC-Adresse erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address such as 5C:9A:D8:5E:F2:E5</source>
        <translation>„%1“ ist keine MAC-Adresse wie etwa 5C:9A:D8:5E:F2:E5</translation>
    </message>
    <message>
        <source>%1: this MAC address is listed twice</source>
        <translation>%1: diese MAC-Adresse ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>PyPXE: disk image to export over NBD, relative to the netboot folder.</source>
        <translation>PyPXE: Festplattenabbild, das über NBD exportiert wird, relativ zum Netboot-Ordner.</translation>
    </message>
    <message>
        <source>PyPXE: let NBD clients write.</source>
        <translation>PyPXE: NBD-Clients schreiben lassen.</translation>
    </message>
    <message>
        <source>PyPXE: keep each NBD client&apos;s writes apart, copy-on-write (on by default).</source>
        <translation>PyPXE: Schreibzugriffe jedes NBD-Clients getrennt halten, Copy-on-Write (standardmäßig an).</translation>
    </message>
    <message>
        <source>PyPXE: keep copy-on-write data in memory.</source>
        <translation>PyPXE: Copy-on-Write-Daten im Arbeitsspeicher halten.</translation>
    </message>
    <message>
        <source>PyPXE: copy the NBD image into memory first.</source>
        <translation>PyPXE: das NBD-Abbild zuerst in den Arbeitsspeicher kopieren.</translation>
    </message>
    <message>
        <source>PyPXE: address the NBD server listens on (default: 0.0.0.0).</source>
        <translation>PyPXE: Adresse, auf der der NBD-Server lauscht (Standard: 0.0.0.0).</translation>
    </message>
    <message>
        <source>PyPXE: NBD server port (default: 10809).</source>
        <translation>PyPXE: Port des NBD-Servers (Standard: 10809).</translation>
    </message>
</context>
<context>
    <name>Bootcast::Service</name>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Proxy DHCP (4011)</source>
        <translation>Proxy-DHCP (4011)</translation>
    </message>
    <message>
        <source>TFTP</source>
        <translation>TFTP</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>NBD</source>
        <translation>NBD</translation>
    </message>
</context>
<context>
    <name>Bootcast::ServiceLight</name>
    <message>
        <source>%1: listening on %2 port %3</source>
        <translation>%1: lauscht auf %2, Port %3</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>allen Adressen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: off in this profile</source>
        <translation>%1: in diesem Profil ausgeschaltet</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: gestoppt</translation>
    </message>
</context>
<context>
    <name>Bootcast::SocketErrors</name>
    <message>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <source>another DHCP server such as dnsmasq, a router service or Windows ICS may be running; stop it or use proxy DHCP mode</source>
        <translation>möglicherweise läuft bereits ein anderer DHCP-Server, etwa dnsmasq, ein Router-Dienst oder Windows ICS; diesen beenden oder den Proxy-DHCP-Modus verwenden</translation>
    </message>
    <message>
        <source>another TFTP server such as tftpd-hpa or Tftpd64 may be running; stop it or choose another port</source>
        <translation>möglicherweise läuft bereits ein anderer TFTP-Server, etwa tftpd-hpa oder Tftpd64; diesen beenden oder einen anderen Port wählen</translation>
    </message>
    <message>
        <source>stop the other program or choose another port</source>
        <translation>das andere Programm beenden oder einen anderen Port wählen</translation>
    </message>
    <message>
        <source>%1 port %2 on %3 is in use by another program: %4</source>
        <translation>%1-Port %2 (%3) wird bereits von einem anderen Programm verwendet: %4</translation>
    </message>
    <message>
        <source>permission denied for %1 port %2: run as administrator, or grant the capability with &quot;sudo setcap cap_net_bind_service,cap_net_raw+ep bootcast&quot;</source>
        <translation>keine Berechtigung für %1-Port %2: als Administrator ausführen oder die Capability mit &quot;sudo setcap cap_net_bind_service,cap_net_raw+ep bootcast&quot; erteilen</translation>
    </message>
    <message>
        <source>address %1 is not on this machine: choose the address of the network adapter</source>
        <translation>Adresse %1 gehört nicht zu diesem Rechner: die Adresse des Netzwerkadapters wählen</translation>
    </message>
    <message>
        <source>cannot open %1 port %2 on %3: %4</source>
        <translation>%1-Port %2 (%3) kann nicht geöffnet werden: %4</translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpPacket</name>
    <message numerus="yes">
        <source>packet too short (%n byte(s))</source>
        <translation>
            <numerusform>Paket zu kurz (%n Byte)</numerusform>
            <numerusform>Paket zu kurz (%n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <source>request without a terminated file name</source>
        <translation>Anfrage ohne terminierten Dateinamen</translation>
    </message>
    <message>
        <source>request with an empty file name</source>
        <translation>Anfrage mit leerem Dateinamen</translation>
    </message>
    <message>
        <source>request without a terminated transfer mode</source>
        <translation>Anfrage ohne terminierten Übertragungsmodus</translation>
    </message>
    <message>
        <source>unknown transfer mode &quot;%1&quot;</source>
        <translation>unbekannter Übertragungsmodus „%1“</translation>
    </message>
    <message>
        <source>DATA packet without a block number</source>
        <translation>DATA-Paket ohne Blocknummer</translation>
    </message>
    <message>
        <source>ACK packet without a block number</source>
        <translation>ACK-Paket ohne Blocknummer</translation>
    </message>
    <message>
        <source>ERROR packet without an error code</source>
        <translation>ERROR-Paket ohne Fehlercode</translation>
    </message>
    <message>
        <source>unknown opcode %1</source>
        <translation>unbekannter Opcode %1</translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpServer</name>
    <message>
        <source>the netboot folder &quot;%1&quot; does not exist: every read request will fail; choose an existing folder in the profile</source>
        <translation>der Netboot-Ordner „%1“ existiert nicht: jede Leseanfrage wird fehlschlagen; im Profil einen vorhandenen Ordner wählen</translation>
    </message>
    <message>
        <source>the TFTP server was stopped</source>
        <translation>der TFTP-Server wurde gestoppt</translation>
    </message>
    <message>
        <source>illegal TFTP operation: %1</source>
        <translation>unzulässige TFTP-Operation: %1</translation>
    </message>
    <message>
        <source>a packet of a transfer (opcode %1) sent to the request port</source>
        <translation>Paket einer laufenden Übertragung (Opcode %1) an den Anfrageport gesendet</translation>
    </message>
    <message>
        <source>illegal TFTP operation: only RRQ and WRQ on this port</source>
        <translation>unzulässige TFTP-Operation: auf diesem Port nur RRQ und WRQ</translation>
    </message>
    <message>
        <source>the client sent a new request</source>
        <translation>der Client hat eine neue Anfrage gesendet</translation>
    </message>
    <message>
        <source>too many transfers at once (%1): the request was turned away, the client may retry</source>
        <translation>zu viele gleichzeitige Übertragungen (%1): Anfrage abgewiesen, der Client kann es erneut versuchen</translation>
    </message>
    <message>
        <source>mail mode is not supported</source>
        <translation>der Modus „mail“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>uploads are turned off: choose an upload folder (tftp.uploadDir) in the profile to allow them</source>
        <translation>Uploads sind ausgeschaltet: im Profil einen Upload-Ordner (tftp.uploadDir) wählen, um sie zu erlauben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being uploaded by another client</source>
        <translation>„%1“ wird gerade von einem anderen Client hochgeladen</translation>
    </message>
    <message>
        <source>not enough free space for &quot;%1&quot;: %2 announced, %3 free</source>
        <translation>nicht genug freier Speicherplatz für „%1“: %2 angekündigt, %3 frei</translation>
    </message>
    <message>
        <source>cannot create &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>server busy, try again</source>
        <translation>Server ausgelastet, bitte erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed or unexpected packet(s) on the TFTP port ignored (the last one: %1)</source>
        <translation>
            <numerusform>%n fehlerhaftes oder unerwartetes Paket am TFTP-Port ignoriert (zuletzt: %1)</numerusform>
            <numerusform>%n fehlerhafte oder unerwartete Pakete am TFTP-Port ignoriert (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refused request(s) not shown one by one (the last one: %1)</source>
        <translation>
            <numerusform>%n weitere abgelehnte Anfrage nicht einzeln angezeigt (die letzte: %1)</numerusform>
            <numerusform>%n weitere abgelehnte Anfragen nicht einzeln angezeigt (die letzte: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TftpTransfer</name>
    <message>
        <source>no free UDP port for the transfer in %1-%2: widen the TFTP port range</source>
        <translation>kein freier UDP-Port für die Übertragung in %1-%2: den TFTP-Portbereich erweitern</translation>
    </message>
    <message>
        <source>cannot open a UDP port for the transfer: %1</source>
        <translation>UDP-Port für die Übertragung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>sending (%1, block size %2, window %3)</source>
        <translation>wird gesendet (%1, Blockgröße %2, Fenster %3)</translation>
    </message>
    <message>
        <source>receiving an upload (%1, block size %2, window %3)</source>
        <translation>Upload wird empfangen (%1, Blockgröße %2, Fenster %3)</translation>
    </message>
    <message>
        <source>unknown transfer ID</source>
        <translation>unbekannte Transfer-ID</translation>
    </message>
    <message>
        <source>the client read the options and ended the request (error %1: %2)</source>
        <translation>der Client hat die Optionen gelesen und die Anfrage beendet (Fehler %1: %2)</translation>
    </message>
    <message>
        <source>the client cancelled the transfer (error %1: %2)</source>
        <translation>der Client hat die Übertragung abgebrochen (Fehler %1: %2)</translation>
    </message>
    <message>
        <source>read error on the server</source>
        <translation>Lesefehler auf dem Server</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the client sent a block of %1 bytes, more than the agreed %2</source>
        <translation>der Client hat einen Block mit %1 Byte gesendet, mehr als die vereinbarten %2</translation>
    </message>
    <message>
        <source>block larger than the negotiated block size</source>
        <translation>Block größer als die ausgehandelte Blockgröße</translation>
    </message>
    <message>
        <source>cannot write the upload: %1</source>
        <translation>Upload kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the file on the server</source>
        <translation>Datei kann auf dem Server nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot save the upload: %1</source>
        <translation>Upload kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the client stopped answering (no reply after %n attempt(s))</source>
        <translation>
            <numerusform>der Client antwortet nicht mehr (keine Antwort nach %n Versuch)</numerusform>
            <numerusform>der Client antwortet nicht mehr (keine Antwort nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Bootcast::TrafficEvent</name>
    <message>
        <source>%1 in %2 s (%3/s)</source>
        <translation>%1 in %2 s (%3/s)</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>refused (NAK)</source>
        <translation>abgewiesen (NAK)</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>inform</source>
        <translation>Inform</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>pool exhausted</source>
        <translation>Pool erschöpft</translation>
    </message>
    <message>
        <source>transfer started</source>
        <translation>Übertragung gestartet</translation>
    </message>
    <message>
        <source>transferring</source>
        <translation>wird übertragen</translation>
    </message>
    <message>
        <source>transfer finished</source>
        <translation>Übertragung beendet</translation>
    </message>
    <message>
        <source>transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
</context>
<context>
    <name>Bootcast::TrafficModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Bootcast::TrafficPanel</name>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Filter by client MAC or address</source>
        <translation>Nach MAC oder Adresse des Clients filtern</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Ausgewählte Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Save log...</source>
        <translation>Log speichern...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save traffic log</source>
        <translation>Log des Datenverkehrs speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Log-Dateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Bootcast::TransferProgressDelegate</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>bootcast: %1</source>
        <translation>bootcast: %1</translation>
    </message>
    <message>
        <source>Wrote profile %1</source>
        <translation>Profil %1 geschrieben</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>bootcast: no display; use --headless</source>
        <translation>bootcast: keine grafische Anzeige verfügbar; --headless verwenden</translation>
    </message>
</context>
</TS>
