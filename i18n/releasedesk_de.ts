<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArtistLiveView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+232"/>
        <location line="+4"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artist id</source>
        <translation>Künstler-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Artist id or profile link</source>
        <translation>Künstler-ID oder Profillink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server cannot be reached: these are the places last read.</source>
        <translation>Der Server ist nicht erreichbar: Dies sind die zuletzt gelesenen Fundstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services where the artist is: {n}</source>
        <translation>Dienste, auf denen der Künstler vertreten ist: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewDialog</name>
    <message>
        <location filename="../app/ui/delivery/artist_preview.py" line="+41"/>
        <source>Artists on activation</source>
        <translation>Künstler bei der Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist preview</source>
        <translation>Künstlervorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the product goes active, each credited name is linked to the same-name artist with the highest priority, or a new artist is created. Check that each name lands on the right profile.</source>
        <translation>Wenn das Produkt aktiv wird, wird jeder genannte Name mit dem gleichnamigen Künstler mit der höchsten Priorität verknüpft, oder es wird ein neuer Künstler angelegt. Prüfen Sie, ob jeder Name beim richtigen Profil landet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credited names and their artists</source>
        <translation>Genannte Namen und ihre Künstler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Same-name artist to use</source>
        <translation>Zu verwendender gleichnamiger Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use This Artist</source>
        <translation>Diesen Künstler &amp;verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority of the new artist</source>
        <translation>Priorität des neuen Künstlers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create Artist</source>
        <translation>Künstler &amp;anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an artist with the selected name now, with the priority on the left</source>
        <translation>Jetzt einen Künstler mit dem ausgewählten Namen anlegen, mit der links angegebenen Priorität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same-name artists:</source>
        <translation>Gleichnamige Künstler:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New artists will be created for: {names}.</source>
        <translation>Neue Künstler werden angelegt für: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several artists share the name: {names}.</source>
        <translation>Mehrere Künstler tragen den Namen: {names}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>artist {id}, priority {p}</source>
        <translation>Künstler {id}, Priorität {p}</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="+423"/>
        <source>Credited name</source>
        <translation>Genannter Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited as</source>
        <translation>Genannt als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will resolve to</source>
        <translation>Wird verknüpft mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP ids</source>
        <translation>DSP-IDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other same-name artists</source>
        <translation>Weitere gleichnamige Künstler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a new artist (priority 1)</source>
        <translation>ein neuer Künstler (Priorität 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist {id} (priority {priority})</source>
        <translation>Künstler {id} (Priorität {priority})</translation>
    </message>
</context>
<context>
    <name>AudioWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="+173"/>
        <source>Master audio</source>
        <translation>Audio-Master</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a FLAC or WAV master here</source>
        <translation>FLAC- oder WAV-Master hier ablegen</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+164"/>
        <source>Act on this message</source>
        <translation>Auf diese Meldung reagieren</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../app/ui/live/bulk_dialog.py" line="+47"/>
        <source>Bulk actions</source>
        <translation>Sammelaktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected in the catalog: {n}</source>
        <translation>Im Katalog ausgewählt: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and every product with this tag (optional)</source>
        <translation>und jedes Produkt mit diesem Tag (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deliver</source>
        <translation>Ausliefern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+150"/>
        <source>Redeliver</source>
        <translation>Erneut ausliefern</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Take down</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products:</source>
        <translation>Produkte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result per product</source>
        <translation>Ergebnis pro Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m tasks finished</source>
        <translation>%v von %m Aufträgen abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“next” today: {used} of {quota} used, {left} left</source>
        <translation>„sofort“ heute: {used} von {quota} verbraucht, {left} übrig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the products…</source>
        <translation>Produkte werden gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One send-task factory: {tasks} tasks, {action} of {products} product(s) to {dsps}.</source>
        <translation>Eine einzige Sendeauftrags-Factory: {tasks} Aufträge ({products} Produkt(e) {action}; Dienste: {dsps}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Factory {id} created.</source>
        <translation>Factory {id} angelegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stuck</source>
        <translation>hängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../app/ui/calendar/view.py" line="+250"/>
        <source>Release Calendar</source>
        <translation>Veröffentlichungskalender</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location line="-192"/>
        <source>Release calendar</source>
        <translation>Veröffentlichungskalender</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Blue: release days. Green: send days. A warning means fewer than 7 days between sending and release: no editorial pitch.</source>
        <translation>Blau: Veröffentlichungstage. Grün: Versandtage. Eine Warnung bedeutet weniger als 7 Tage zwischen Versand und Veröffentlichung: kein redaktioneller Pitch möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming releases</source>
        <translation>Anstehende Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead (days)</source>
        <translation>Vorlauf (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan &amp;Send Date</source>
        <translation>&amp;Versanddatum planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;ggest</source>
        <translation>Vor&amp;schlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export .ics…</source>
        <translation>.ics e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send the selected release on</source>
        <translation>Ausgewählte Veröffentlichung senden am</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} upcoming release(s).</source>
        <translation>{count} anstehende Veröffentlichung(en).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from today on.</source>
        <translation>Ab heute ist keine Veröffentlichung geplant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a release first.</source>
        <translation>Wählen Sie zuerst eine Veröffentlichung aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the release calendar</source>
        <translation>Veröffentlichungskalender exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {count} release(s) to {file}.</source>
        <translation>{count} Veröffentlichung(en) in {file} geschrieben.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/ui/catalog/controller.py" line="+175"/>
        <source>First %1 matches; type more to narrow down.</source>
        <translation>Die ersten %1 Treffer; tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No product matches “%1”.</source>
        <translation>Kein Produkt passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../app/ui/catalog/model.py" line="+48"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / ISRC</source>
        <translation>UPC / ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending sync</source>
        <translation>Synchronisierung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>Label profiles from the label-profile service “%1”</source>
        <translation>Labelprofile aus dem Labelprofil-Dienst „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My catalog</source>
        <translation>Mein Katalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>(unnamed label)</source>
        <translation>(Label ohne Namen)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../app/ui/catalog/search_model.py" line="+74"/>
        <source>(untitled product)</source>
        <translation>(Produkt ohne Titel)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>live on %1/%2</source>
        <translation>live auf %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(untitled track)</source>
        <translation>(Track ohne Titel)</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../app/ui/catalog/panel.py" line="+92"/>
        <source>Search title, artist, UPC, ISRC or tag:NAME</source>
        <translation>Titel, Künstler, UPC, ISRC oder tag:NAME suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="+132"/>
        <source>Commands: </source>
        <translation>Befehle: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;releasedesk COMMAND --help&apos; for one command&apos;s options.</source>
        <translation>Führen Sie &apos;releasedesk COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(app)s %(version)s: prepare, check and deliver music releases.</source>
        <translation>%(app)s %(version)s: Musikveröffentlichungen vorbereiten, prüfen und ausliefern.</translation>
    </message>
    <message>
        <location filename="../app/commands/help_texts.py" line="+18"/>
        <source>run the local sandbox server</source>
        <translation>den lokalen Sandbox-Server starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to a distributor server and remember the profile</source>
        <translation>bei einem Distributor-Server anmelden und das Profil speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a profile&apos;s token</source>
        <translation>das Token eines Profils vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the signed-in user, distributor and company</source>
        <translation>angemeldeten Benutzer, Distributor und Firma anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check audio masters and covers for what a DSP would reject</source>
        <translation>Audio-Master und Cover auf das prüfen, was ein DSP ablehnen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a local draft product from a release folder</source>
        <translation>aus einem Veröffentlichungsordner einen lokalen Produkt-Entwurf erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list local drafts and their sync state</source>
        <translation>lokale Entwürfe und ihren Synchronisierungsstatus auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send pending drafts to the server</source>
        <translation>ausstehende Entwürfe an den Server senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate a product and deliver it to DSPs</source>
        <translation>ein Produkt aktivieren und an DSPs ausliefern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list or watch deliveries</source>
        <translation>Auslieferungen auflisten oder verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show where a product is live, with its links</source>
        <translation>anzeigen, wo ein Produkt live ist, mit seinen Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove a product&apos;s tag (sent with the next sync)</source>
        <translation>ein Tag eines Produkts hinzufügen oder entfernen (wird bei der nächsten Synchronisierung gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the catalog to a spreadsheet, or import one back</source>
        <translation>den Katalog in eine Tabelle exportieren oder eine Tabelle wieder importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily streams by service, territory, track or product</source>
        <translation>tägliche Streams nach Dienst, Gebiet, Titel oder Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list what a store would bounce a draft or product for</source>
        <translation>auflisten, weshalb ein Store einen Entwurf oder ein Produkt zurückweisen würde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list planned releases with their send dates, or write an .ics</source>
        <translation>geplante Veröffentlichungen mit ihren Versanddaten auflisten oder eine .ics-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version and exit</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the app on the embedded sandbox</source>
        <translation>die App mit der eingebauten Sandbox öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check this installation and exit</source>
        <translation>diese Installation prüfen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile to open</source>
        <translation>zu öffnendes Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters or cover images to open</source>
        <translation>zu öffnende Audio-Master oder Cover-Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address to listen on (default 127.0.0.1; others need --allow-remote)</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1; andere erfordern --allow-remote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port to listen on (default 8700; 0 = any free)</source>
        <translation>Port, auf dem gelauscht wird (Standard 8700; 0 = beliebiger freier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the sandbox&apos;s SQLite store and files (default: a temporary folder)</source>
        <translation>Ordner für den SQLite-Speicher und die Dateien der Sandbox (Standard: ein temporärer Ordner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limbo/Beat v1 (default) or Labelcamp v2 conventions</source>
        <translation>Konventionen von limbo/Beat v1 (Standard) oder Labelcamp v2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed a believable demo catalog</source>
        <translation>einen glaubwürdigen Demo-Katalog anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long a send task takes from pending to completed (default 3)</source>
        <translation>wie lange eine Sendeaufgabe von ausstehend bis abgeschlossen braucht (Standard 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds before an access token expires (default 3600)</source>
        <translation>Sekunden, bis ein Zugriffstoken abläuft (Standard 3600)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distributor JSON:API (default) or the label-profiles REST API, which prints a signed access token (token: &lt;JWT&gt;)</source>
        <translation>die JSON:API des Distributors (Standard) oder die REST-API label-profiles, die ein signiertes Zugriffstoken ausgibt (token: &lt;JWT&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow a non-loopback --host (plain http: only on a network you trust)</source>
        <translation>einen --host außerhalb von Loopback erlauben (unverschlüsseltes http:, nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile name (default: default)</source>
        <translation>Name des Verbindungsprofils (Standard: default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server address, e.g. https://api.idol.io or https://host/api/v1</source>
        <translation>Serveradresse, z. B. https://api.idol.io oder https://host/api/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login (email, or Labelcamp username)</source>
        <translation>Ihr Anmeldename (E-Mail oder Labelcamp-Benutzername)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API dialect (detected from the address or the server when omitted)</source>
        <translation>API-Dialekt (wird ohne Angabe aus der Adresse oder vom Server erkannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of standard input</source>
        <translation>das Passwort aus der ersten Zeile der Standardeingabe lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the password in the keyring to renew an expired session silently</source>
        <translation>das Passwort im Schlüsselbund speichern, um eine abgelaufene Sitzung stillschweigend zu erneuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the token in a private file (mode 0600) when no keyring is available</source>
        <translation>das Token in einer privaten Datei (Modus 0600) speichern, wenn kein Schlüsselbund verfügbar ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters, covers, videos, or folders of them</source>
        <translation>Audio-Master, Cover, Videos oder Ordner damit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON document instead of text</source>
        <translation>ein einzelnes JSON-Dokument statt Text ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files checked at once (default: one per CPU core)</source>
        <translation>gleichzeitig geprüfte Dateien (Standard: eine pro CPU-Kern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read headers only: fast, but no decoding, checksum or loudness</source>
        <translation>nur Header lesen: schnell, aber ohne Dekodierung, Prüfsumme oder Lautheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write a picture of each audio master (waveform, loudness over time, clipping, silence) as DIR/&lt;name&gt;.png</source>
        <translation>außerdem ein Bild jedes Audio-Masters (Wellenform, Lautheit über die Zeit, Clipping, Stille) als DIR/&lt;Name&gt;.png schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audio belongs to a Dolby Atmos record (more than 2 channels allowed)</source>
        <translation>das Audio gehört zu einer Dolby-Atmos-Aufnahme (mehr als 2 Kanäle erlaubt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the videos as Apple Motion Art of this type (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) instead of as music videos</source>
        <translation>die Videos als Apple Motion Art dieses Typs prüfen (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) statt als Musikvideos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the release folder: tagged FLAC/WAV files and a cover</source>
        <translation>der Veröffentlichungsordner: getaggte FLAC/WAV-Dateien und ein Cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label&apos;s id on the server (or a local label id)</source>
        <translation>die ID des Labels auf dem Server (oder eine lokale Label-ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s language id (e.g. 5 Spanish)</source>
        <translation>die Sprach-ID des Produkts (z. B. 5 Spanisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product type id (1 Album, 2 Single)</source>
        <translation>die Produkttyp-ID (1 Album, 2 Single)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a product attribute by its API name, e.g. --set production-line=&quot;2026 Label&quot; (repeatable)</source>
        <translation>ein Produktattribut über seinen API-Namen setzen, z. B. --set production-line=&quot;2026 Label&quot; (wiederholbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the media QC of the files</source>
        <translation>die Medien-Qualitätskontrolle der Dateien überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the result as JSON</source>
        <translation>das Ergebnis als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile (default: default)</source>
        <translation>Verbindungsprofil (Standard: default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the drafts as JSON</source>
        <translation>die Entwürfe als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a draft: a new one is removed, an existing one loses its unsent changes (nothing is deleted on the server)</source>
        <translation>einen Entwurf vergessen: ein neuer wird entfernt, ein bestehender verliert seine nicht gesendeten Änderungen (auf dem Server wird nichts gelöscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print only the summary</source>
        <translation>nur die Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then read the catalog from the server, as the app&apos;s Sync does</source>
        <translation>danach den Katalog vom Server lesen, wie es die Synchronisierung der App tut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first interval between status checks; it grows while nothing changes</source>
        <translation>erstes Intervall zwischen Statusabfragen; es wächst, solange sich nichts ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop waiting after this long (exit 1)</source>
        <translation>nach dieser Zeit nicht mehr warten (Exit-Code 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the products&apos; server ids; more than one go through one send-task factory</source>
        <translation>die Server-IDs der Produkte; mehrere laufen über eine einzige Sendeauftrags-Factory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every product carrying this tag (through one send-task factory)</source>
        <translation>jedes Produkt mit diesem Tag (über eine einzige Sendeauftrags-Factory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with a factory</source>
        <translation>eine Notiz, die bei der Factory gespeichert wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the product&apos;s server id</source>
        <translation>die Server-ID des Produkts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum streams by service (dsp), territory, track or product (default: dsp)</source>
        <translation>Streams nach Dienst (dsp), Gebiet, Titel oder Produkt summieren (Standard: dsp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product (server id)</source>
        <translation>nur dieses Produkt (Server-ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this artist&apos;s products</source>
        <translation>nur die Produkte dieses Künstlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label&apos;s products</source>
        <translation>nur die Produkte dieses Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write date,&lt;by&gt;,streams rows to FILE instead of a table</source>
        <translation>Zeilen date,&lt;by&gt;,streams in FILE schreiben statt einer Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only what was fetched before</source>
        <translation>nur lesen, was zuvor abgerufen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a draft id as &apos;releasedesk drafts&apos; shows it, or a product id</source>
        <translation>eine Entwurfs-ID, wie &apos;releasedesk drafts&apos; sie anzeigt, oder eine Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the rules of this store (and those all stores share)</source>
        <translation>nur die Regeln dieses Stores (und die allen Stores gemeinsamen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the findings as JSON</source>
        <translation>die Befunde als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the calendar as an .ics file</source>
        <translation>den Kalender als .ics-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan the day a release is sent to the stores (repeatable; DRAFT_ID=none forgets it)</source>
        <translation>den Tag planen, an dem eine Veröffentlichung an die Stores gesendet wird (wiederholbar; DRAFT_ID=none verwirft ihn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first release date shown (default today)</source>
        <translation>erstes angezeigtes Veröffentlichungsdatum (Standard: heute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the releases as JSON</source>
        <translation>die Veröffentlichungen als JSON ausgeben</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a DSP to deliver to, by name (repeat for several: one task each)</source>
        <translation>ein DSP, an den ausgeliefert wird, nach Name (für mehrere wiederholen: je eine Aufgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the right applies: WW (worldwide) or ISO codes like FR,BE</source>
        <translation>wo das Recht gilt: WW (weltweit) oder ISO-Codes wie FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm priority &apos;next&apos; (skips checks, spends the daily quota)</source>
        <translation>Priorität &apos;next&apos; bestätigen (überspringt Prüfungen, verbraucht das Tageskontingent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold the delivery until then</source>
        <translation>die Auslieferung bis dahin zurückhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow each DSP&apos;s status until it completes or fails</source>
        <translation>den Status jedes DSP verfolgen, bis er abgeschlossen ist oder fehlschlägt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product&apos;s tasks</source>
        <translation>nur die Aufgaben dieses Produkts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only tasks in this status (e.g. error)</source>
        <translation>nur Aufgaben in diesem Status (z. B. error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow the unfinished tasks until each completes or fails</source>
        <translation>die unfertigen Aufgaben verfolgen, bis jede abgeschlossen ist oder fehlschlägt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the states as JSON</source>
        <translation>die Zustände als JSON ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove the tag</source>
        <translation>das Tag hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag&apos;s name</source>
        <translation>der Name des Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the catalog to FILE.xlsx or FILE.csv</source>
        <translation>den Katalog in FILE.xlsx oder FILE.csv schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply the edits of a sheet exported before</source>
        <translation>die Änderungen einer zuvor exportierten Tabelle übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>die zu schreibende Datei (.xlsx oder .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label (its id on the server, or a local id)</source>
        <translation>nur dieses Label (seine ID auf dem Server oder eine lokale ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .xlsx or .csv file</source>
        <translation>die .xlsx- oder .csv-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the changes and errors, apply nothing</source>
        <translation>Änderungen und Fehler auflisten, nichts übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;changes&quot;: N, &quot;errors&quot;: [...]} as JSON</source>
        <translation>{&quot;changes&quot;: N, &quot;errors&quot;: [...]} als JSON ausgeben</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/ui/editors/commands.py" line="+77"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/sync/conflicts.py" line="+37"/>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed here and on the server since the last sync. Choose, for each field, which value to keep.</source>
        <translation>„%1“ wurde seit der letzten Synchronisierung hier und auf dem Server geändert. Wählen Sie für jedes Feld, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this computer)</source>
        <translation>Meiner (dieser Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (server)</source>
        <translation>Der des Servers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep my %1</source>
        <translation>Meinen Wert behalten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s %1</source>
        <translation>Wert des Servers übernehmen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectLabelProfilesDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/connect_dialog.py" line="+22"/>
        <source>Connect to a Label-Profile Service</source>
        <translation>Mit einem Labelprofil-Dienst verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
</context>
<context>
    <name>ContributorsModel</name>
    <message>
        <location filename="../app/ui/editors/contributors.py" line="+20"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ContributorsView</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-85"/>
        <location line="+4"/>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contributor</source>
        <translation>Mitwirkende hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contributors</source>
        <translation>Ausgewählte Mitwirkende entfernen</translation>
    </message>
</context>
<context>
    <name>CoverWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-58"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover image</source>
        <translation>Coverbild</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a cover image here
(3000 × 3000 JPEG or PNG)</source>
        <translation>Coverbild hier ablegen
(JPEG oder PNG, 3000 × 3000)</translation>
    </message>
</context>
<context>
    <name>CreditsArea</name>
    <message>
        <location filename="../app/ui/credits/install.py" line="+47"/>
        <source>C&amp;redits</source>
        <translation>C&amp;redits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Next &amp;ISRC</source>
        <translation>Nächsten &amp;ISRC zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Next &amp;UPC</source>
        <translation>Nächsten &amp;UPC zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Split Sheet…</source>
        <translation>&amp;Anteilsliste exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Catalog Sheet…</source>
        <translation>Katalogtabelle &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Catalog Sheet…</source>
        <translation>Katalogtabelle &amp;importieren…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a product first.</source>
        <translation>Wählen Sie zuerst ein Produkt aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a product or a track first.</source>
        <translation>Wählen Sie zuerst ein Produkt oder einen Titel aus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>CreditsController</name>
    <message>
        <location filename="../app/ui/credits/controller.py" line="+99"/>
        <source>Credits saved.</source>
        <translation>Credits gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Credits</source>
        <translation>Credits bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The track&apos;s ISRC is now %1.</source>
        <translation>Der ISRC des Titels ist jetzt %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The product&apos;s UPC is now %1.</source>
        <translation>Der UPC des Produkts ist jetzt %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Split Sheet</source>
        <translation>Anteilsliste exportieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Split sheet written to %1.</source>
        <translation>Anteilsliste nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: new tracks and products get their codes from these ranges.</source>
        <translation>Gespeichert: Neue Titel und Produkte erhalten ihre Codes aus diesen Bereichen.</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+50"/>
        <location line="+18"/>
        <source>Writers and splits</source>
        <translation>Urheber und Anteile</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add Writer</source>
        <translation>Urheber hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Writer</source>
        <translation>Urheber entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ISWC of the work</source>
        <translation>ISWC des Werks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrumental (no lyrics, no lyricist)</source>
        <translation>Instrumental (kein Songtext, kein Texter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Producers</source>
        <translation>Produzenten</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <source>Names separated by ;</source>
        <translation>Namen, getrennt durch ;</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Publishers</source>
        <translation>Verlage</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Credits</source>
        <translation>Credits speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Split Sheet…</source>
        <translation>Anteilsliste exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign Next ISRC</source>
        <translation>Nächsten ISRC zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next free ISRC of the label&apos;s range for this year</source>
        <translation>Der nächste freie ISRC aus dem Bereich des Labels für dieses Jahr</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total: %1 % — must be 100 %</source>
        <translation>Summe: %1 % — muss 100 % sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %</source>
        <translation>Summe: %1 %</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../app/ui/delivery/deliver_dialog.py" line="+58"/>
        <source>Deliver product {id}</source>
        <translation>Produkt {id} ausliefern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver</source>
        <translation>Ausliefern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSPs to deliver to</source>
        <translation>Ziel-DSPs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold until</source>
        <translation>Zurückhalten bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WW for the whole world, or two-letter codes like FR,BE</source>
        <translation>WW für die ganze Welt oder Ländercodes mit zwei Buchstaben wie FR,BE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery steps</source>
        <translation>Schritte der Auslieferung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DSPs:</source>
        <translation>DSPs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send date:</source>
        <translation>Sendedatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date:</source>
        <translation>Veröffentlichungsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Subgenre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Zweites Subgenre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territorien:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deliver</source>
        <translation>&amp;Ausliefern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“next” today: {used} of {quota} used</source>
        <translation>„sofort“ heute: {used} von {quota} verbraucht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” ({status})</source>
        <translation>„{name}“ ({status})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Priority next</source>
        <translation>Priorität „next“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority “next” jumps the queue and skips the distributor&apos;s checks. {used} of {quota} “next” deliveries are used today. Use it for this delivery?</source>
        <translation>Die Priorität „next“ überspringt die Warteschlange und die Prüfungen des Vertriebs. Heute sind bereits {used} von {quota} „next“-Auslieferungen verbraucht. Für diese Auslieferung verwenden?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delivering to {dsps}…</source>
        <translation>Auslieferung an {dsps}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not activated: nothing was delivered.</source>
        <translation>Nicht aktiviert: Es wurde nichts ausgeliefert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems above and deliver again.</source>
        <translation>Beheben Sie die Probleme oben und liefern Sie erneut aus.</translation>
    </message>
</context>
<context>
    <name>DeliveryArea</name>
    <message>
        <location filename="../app/ui/delivery/dock.py" line="+45"/>
        <source>&amp;Delivery</source>
        <translation>A&amp;uslieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliver…</source>
        <translation>&amp;Ausliefern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Readiness Checklist…</source>
        <translation>&amp;Checkliste vor der Aktivierung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;ights…</source>
        <translation>&amp;Rechte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offers…</source>
        <translation>Angeb&amp;ote…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;Deliveries</source>
        <translation>Auslieferungen a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Wählen Sie zuerst ein Produkt aus, das auf dem Server ist (synchronisiert).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Readiness of product {id}</source>
        <translation>Bereitschaft von Produkt {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rights of product {id}</source>
        <translation>Rechte von Produkt {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offers of product {id}</source>
        <translation>Angebote von Produkt {id}</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <location filename="../app/ui/delivery/controller.py" line="+154"/>
        <source>Something unexpected went wrong ({name}); details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({name}); Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>delivering {done}/{total}</source>
        <translation>Auslieferung {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered to {n}</source>
        <translation>an {n} ausgeliefert</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Delivered</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} reached {dsp}.</source>
        <translation>{product} ist bei {dsp} angekommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Delivery failed</source>
        <translation>Auslieferung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} to {dsp}: {reason}</source>
        <translation>{product} an {dsp}: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Redelivery started</source>
        <translation>Erneute Auslieferung gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} replaces task {old}.</source>
        <translation>Auftrag {id} ersetzt Auftrag {old}.</translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../app/ui/delivery/dashboard.py" line="+51"/>
        <source>Deliveries</source>
        <translation>Auslieferungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery dashboard</source>
        <translation>Auslieferungs-Dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by DSP</source>
        <translation>Nach DSP filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by label</source>
        <translation>Nach Label filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh deliveries</source>
        <translation>Auslieferungen aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;deliver</source>
        <translation>&amp;Erneut ausliefern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver the selected task</source>
        <translation>Ausgewählten Auftrag erneut ausliefern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new task for the selected failed delivery</source>
        <translation>Neuen Auftrag für die ausgewählte fehlgeschlagene Auslieferung anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSP:</source>
        <translation>DSP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send tasks</source>
        <translation>Sendeaufträge</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+16"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Task {id}: {status}</source>
        <translation>Auftrag {id}: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgment: {ack}</source>
        <translation>Bestätigung: {ack}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
</context>
<context>
    <name>DeliveryPollerJob</name>
    <message>
        <location filename="../app/workers/delivery_poller.py" line="+31"/>
        <source>Watching deliveries</source>
        <translation>Auslieferungen werden beobachtet</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message>
        <location filename="../app/ui/common/drops.py" line="+96"/>
        <source>“%1” cannot be found; drop files that are on this computer.</source>
        <translation>„%1“ wurde nicht gefunden; legen Sie Dateien ab, die sich auf diesem Computer befinden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop a release folder (audio files and a cover) here to import it as a new draft; drop single files onto a product or track.</source>
        <translation>Legen Sie hier einen Veröffentlichungsordner (Audiodateien und ein Cover) ab, um ihn als neuen Entwurf zu importieren; einzelne Dateien legen Sie auf einem Produkt oder Track ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” has no FLAC or WAV files; a release folder needs its masters.</source>
        <translation>Der Ordner „%1“ enthält keine FLAC- oder WAV-Dateien; ein Veröffentlichungsordner braucht seine Master.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a cover image; drop a JPEG or PNG file.</source>
        <translation>„%1“ ist kein Coverbild; legen Sie eine JPEG- oder PNG-Datei ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Drop one cover image at a time.</source>
        <translation>Legen Sie jeweils nur ein Coverbild ab.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>“%1” is not an audio file; drop a FLAC or WAV master onto a track.</source>
        <translation>„%1“ ist keine Audiodatei; legen Sie einen FLAC- oder WAV-Master auf einem Track ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop one master per track; to add several tracks, drop them onto the product.</source>
        <translation>Ein Master pro Track; um mehrere Tracks hinzuzufügen, legen Sie sie auf dem Produkt ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is neither audio nor an image; drop FLAC or WAV masters or a JPEG/PNG cover onto a product.</source>
        <translation>„%1“ ist weder Audio noch ein Bild; legen Sie FLAC- oder WAV-Master oder ein JPEG/PNG-Cover auf einem Produkt ab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be dropped here.</source>
        <translation>Hier kann nichts abgelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a video; drop an MP4 or MOV Motion Art loop.</source>
        <translation>„%1“ ist kein Video; legen Sie einen Motion Art-Loop im Format MP4 oder MOV ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a video; drop an MP4 or MOV music video.</source>
        <translation>„%1“ ist kein Video; legen Sie ein Musikvideo im Format MP4 oder MOV ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop one video at a time.</source>
        <translation>Legen Sie jeweils nur ein Video ab.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/ui/editors/controller.py" line="+49"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>© line</source>
        <translation>©-Vermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>℗ line</source>
        <translation>℗-Vermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production year</source>
        <translation>Produktionsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release date</source>
        <translation>Datum der Erstveröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Gemastert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Tracknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>CD-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Sprache des Audios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit</source>
        <translation>Explizit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean</source>
        <translation>Clean-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview start</source>
        <translation>Vorschaubeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Wird abgelehnt: Beheben Sie die Probleme unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Akzeptiert, mit Warnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Besteht die Qualitätsprüfung.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Untitled product</source>
        <translation>Produkt ohne Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unnamed label</source>
        <translation>Label ohne Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled track</source>
        <translation>Track ohne Titel</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changed here and on the server since the last sync: %1. Choose which to keep.</source>
        <translation>Seit der letzten Synchronisierung hier und auf dem Server geändert: %1. Wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused this %1; see the fields marked in red.</source>
        <translation>Der Server hat dieses Element (%1) abgelehnt; siehe die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked in red need fixing too.</source>
        <translation>Die rot markierten Felder müssen ebenfalls korrigiert werden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit contributors</source>
        <translation>Mitwirkende bearbeiten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cover on the server.</source>
        <translation>Cover auf dem Server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cover on the server could not be shown (offline?).</source>
        <translation>Das Cover auf dem Server konnte nicht angezeigt werden (offline?).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read as an image; choose a JPEG or PNG file.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden; wählen Sie eine JPEG- oder PNG-Datei.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cover set from “%1”; it is sent with the next sync.</source>
        <translation>Cover aus „%1“ übernommen; es wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a cover image</source>
        <translation>Coverbild auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Master on the server.</source>
        <translation>Master auf dem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measuring loudness…</source>
        <translation>Lautheit wird gemessen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be checked: %2</source>
        <translation>„%1“ konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” could not be read as audio; drop a FLAC or WAV master.</source>
        <translation>„%1“ konnte nicht als Audio gelesen werden; legen Sie einen FLAC- oder WAV-Master ab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Master “%1” attached; it is uploaded with the next sync.</source>
        <translation>Master „%1“ angehängt; er wird bei der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the master audio file</source>
        <translation>Audio-Master-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.flac *.wav *.aif *.aiff)</source>
        <translation>Audio (*.flac *.wav *.aif *.aiff)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set cover</source>
        <translation>Cover festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach master</source>
        <translation>Master anhängen</translation>
    </message>
</context>
<context>
    <name>EmptyEditor</name>
    <message>
        <location filename="../app/ui/editors/empty.py" line="+16"/>
        <source>Select a product or a track in the catalog to edit it.

Drop a release folder onto the catalog to import it as a new draft,
audio files onto a product to add tracks, or a cover image onto a product.</source>
        <translation>Wählen Sie im Katalog ein Produkt oder einen Track aus, um es zu bearbeiten.

Legen Sie einen Veröffentlichungsordner auf dem Katalog ab, um ihn als neuen Entwurf zu importieren, Audiodateien auf einem Produkt, um Tracks hinzuzufügen, oder ein Coverbild auf einem Produkt.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+119"/>
        <location line="+1"/>
        <source>Welcome to Releasedesk</source>
        <translation>Willkommen bei Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Releasedesk prepares your releases, checks masters and covers, and delivers them through your distributor. How do you want to start?</source>
        <translation>Releasedesk bereitet Ihre Veröffentlichungen vor, prüft Master und Cover und liefert sie über Ihren Vertrieb aus. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Sign in to my distributor</source>
        <translation>Bei meinem Vertrieb anmelden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Use your account on a Labelcamp or limbo/Beat server.</source>
        <translation>Verwenden Sie Ihr Konto auf einem Labelcamp- oder limbo/Beat-Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Try the sandbox</source>
        <translation>Die Sandbox ausprobieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A local practice server with a demo catalog. Nothing leaves this computer.</source>
        <translation>Ein lokaler Übungsserver mit einem Demokatalog. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the choices</source>
        <translation>Zurück zur Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Sandbox mit dem Demokatalog wird gestartet…</translation>
    </message>
</context>
<context>
    <name>LabelCodesBox</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+29"/>
        <source>Codes the label owns</source>
        <translation>Codes des Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISRC registrant code</source>
        <translation>ISRC-Registrantencode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. FR-Z12</source>
        <translation>z. B. FR-Z12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First ISRC number</source>
        <translation>Erste ISRC-Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last ISRC number</source>
        <translation>Letzte ISRC-Nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>GS1 company prefix</source>
        <translation>GS1-Basisnummer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>6 to 11 digits</source>
        <translation>6 bis 11 Ziffern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Codes</source>
        <translation>Codes speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISRC registrant</source>
        <translation>ISRC-Registrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC numbers</source>
        <translation>ISRC-Nummern</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+240"/>
        <source>Label editor</source>
        <translation>Label-Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the label releases, for your distributor</source>
        <translation>Was das Label veröffentlicht, für Ihren Vertrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label&apos;s products are listed under it in the catalog. Select the label and choose New Product (Ctrl+N) to add one.</source>
        <translation>Die Produkte des Labels stehen im Katalog darunter. Wählen Sie das Label aus und dann Neues Produkt (Strg+N), um eines hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile…</source>
        <translation>Mit einem Labelprofil verknüpfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to a label profile</source>
        <translation>Mit einem Labelprofil verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this label&apos;s profile on a label-profile service; its description fills the label&apos;s description</source>
        <translation>Das Profil dieses Labels bei einem Labelprofil-Dienst wählen; seine Beschreibung füllt die Beschreibung des Labels</translation>
    </message>
</context>
<context>
    <name>LabelProfileEditor</name>
    <message>
        <location filename="../app/ui/label_profiles/editor.py" line="+30"/>
        <location line="+33"/>
        <source>Label profile</source>
        <translation>Labelprofil</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Not set (the service uses RW)</source>
        <translation>Nicht festgelegt (der Dienst verwendet RW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, reserved code)</source>
        <translation>%1 (%2, reservierter Code)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep Mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Server&apos;s</source>
        <translation>Den des Servers behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 country of the label</source>
        <translation>ISO-3166-Land des Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label description or bio</source>
        <translation>Beschreibung oder Biografie des Labels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Label</source>
        <translation>Label anlegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled label</source>
        <translation>Label ohne Namen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New label profile</source>
        <translation>Neues Labelprofil</translation>
    </message>
</context>
<context>
    <name>LabelProfilesController</name>
    <message>
        <location filename="../app/ui/label_profiles/controller.py" line="+80"/>
        <source>Paste the access token for the label-profile connection “%1”:</source>
        <translation>Fügen Sie das Zugriffstoken für die Labelprofil-Verbindung „%1“ ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete label profile</source>
        <translation>Labelprofil löschen</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Changed here and on the server (%1). The server has: %2</source>
        <translation>Hier und auf dem Server geändert (%1). Der Server hat: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the last change: %1</source>
        <translation>Der Server hat die letzte Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” saved here; sync to send it.</source>
        <translation>„%1“ hier gespeichert; synchronisieren Sie, um es zu senden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the label profile “%1”? It is deleted on the server at the next sync.</source>
        <translation>Das Labelprofil „%1“ löschen? Es wird bei der nächsten Synchronisierung auf dem Server gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” deleted here; sync to delete it on the server.</source>
        <translation>„%1“ hier gelöscht; synchronisieren Sie, um es auf dem Server zu löschen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict settled; sync to send it.</source>
        <translation>Konflikt gelöst; synchronisieren Sie, um ihn zu senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n label profile(s) on %1.</source>
        <translation>
            <numerusform>%n Labelprofil auf %1.</numerusform>
            <numerusform>%n Labelprofile auf %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Talking to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>%n vom Server abgelehnt.</numerusform>
            <numerusform>%n vom Server abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in conflict: choose which to keep.</source>
        <translation>
            <numerusform>%n im Konflikt: Wählen Sie, was bleiben soll.</numerusform>
            <numerusform>%n im Konflikt: Wählen Sie, was bleiben soll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left for the next sync.</source>
        <translation>
            <numerusform>%n bleibt für die nächste Synchronisierung.</numerusform>
            <numerusform>%n bleiben für die nächste Synchronisierung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label profile(s) on the server.</source>
        <translation>
            <numerusform>%n Labelprofil auf dem Server.</numerusform>
            <numerusform>%n Labelprofile auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong (%1); nothing was lost and the details are in the log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen (%1); nichts ging verloren, die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No access token: the label profiles stay as they are here.</source>
        <translation>Kein Zugriffstoken: Die Labelprofile bleiben hier, wie sie sind.</translation>
    </message>
</context>
<context>
    <name>LabelProfilesMenu</name>
    <message>
        <location filename="../app/ui/label_profiles/dock.py" line="+28"/>
        <source>&amp;Label Profiles</source>
        <translation>&amp;Labelprofile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a Label-Profile Service…</source>
        <translation>Mit einem Labelprofil-Dienst verbinden…</translation>
    </message>
</context>
<context>
    <name>LabelProfilesModel</name>
    <message>
        <location filename="../app/ui/label_profiles/model.py" line="+32"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>LabelProfilesPanel</name>
    <message>
        <location filename="../app/ui/label_profiles/panel.py" line="+34"/>
        <location line="+18"/>
        <source>Label profiles</source>
        <translation>Labelprofile</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new label profile</source>
        <translation>Ein neues Labelprofil anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected label profile</source>
        <translation>Das ausgewählte Labelprofil löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send changes made here and read the server&apos;s labels</source>
        <translation>Hier gemachte Änderungen senden und die Labels des Servers lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Token…</source>
        <translation>Zugriffstoken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Ein neues Zugriffstoken für diese Verbindung einfügen</translation>
    </message>
</context>
<context>
    <name>LabelProfilesTree</name>
    <message>
        <location filename="../app/ui/label_profiles/tree.py" line="+100"/>
        <source>New Label Profile</source>
        <translation>Neues Labelprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new label profile in this connection</source>
        <translation>Ein neues Labelprofil in dieser Verbindung anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync Label Profiles</source>
        <translation>Labelprofile synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the label profiles changed here and read the server&apos;s</source>
        <translation>Die hier geänderten Labelprofile senden und die des Servers lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access Token…</source>
        <translation>Zugriffstoken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Ein neues Zugriffstoken für diese Verbindung einfügen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The label-profile connections could not be opened: %1</source>
        <translation>Die Labelprofil-Verbindungen konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Connect to a label-profile service first (Label Profiles menu).</source>
        <translation>Verbinden Sie sich zuerst mit einem Labelprofil-Dienst (Menü Labelprofile).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile</source>
        <translation>Mit Labelprofil verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profile connection:</source>
        <translation>Labelprofil-Verbindung:</translation>
    </message>
</context>
<context>
    <name>LinkLabelProfileDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/link_dialog.py" line="+34"/>
        <source>Link to a Label Profile</source>
        <translation>Mit einem Labelprofil verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the label profile of “%1”; its description fills the label&apos;s description.</source>
        <translation>Wählen Sie das Labelprofil von „%1“; seine Beschreibung füllt die Beschreibung des Labels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label profiles</source>
        <translation>Labelprofile</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../app/ui/live/dock.py" line="+44"/>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk Actions on Selection…</source>
        <translation>&amp;Sammelaktionen für die Auswahl…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stuck and Failed Tasks</source>
        <translation>&amp;Hängende und fehlgeschlagene Aufträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh Live States</source>
        <translation>Live-Zustände &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>LiveOnPanel</name>
    <message>
        <location filename="../app/ui/live/views.py" line="-173"/>
        <source>Live on</source>
        <translation>Live auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Select a delivered product to see where it is live.</source>
        <translation>Wählen Sie ein ausgeliefertes Produkt, um zu sehen, wo es live ist.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories</source>
        <translation>Territorien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} — reading where it is live…</source>
        <translation>{name} — wird abgefragt, wo es live ist…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: live on {live} of {known} services</source>
        <translation>{name}: live auf {live} von {known} Diensten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>Der Server ist nicht erreichbar: Dies sind die zuletzt gelesenen Zustände.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken down</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on {service}</source>
        <translation>Auf {service} öffnen</translation>
    </message>
</context>
<context>
    <name>LyricsEditor</name>
    <message>
        <location filename="../app/ui/review/lyrics_tab.py" line="+79"/>
        <source>Lyrics editor</source>
        <translation>Songtext-Editor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>Plain lyrics</source>
        <translation>Einfacher Songtext</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>One sung line per line, one empty line between stanzas</source>
        <translation>Eine gesungene Zeile pro Zeile, eine Leerzeile zwischen den Strophen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timed lines</source>
        <translation>Zeilen mit Zeitmarken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import .lrc…</source>
        <translation>.lrc &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;TTML…</source>
        <translation>&amp;TTML exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export .&amp;lrc…</source>
        <translation>.&amp;lrc exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed Lines → Plain</source>
        <translation>Zeilen mit Zeitmarken → einfacher Songtext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Formatting</source>
        <translation>&amp;Formatierung bereinigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove section labels and line-end periods and commas, capitalise each line, one empty line between stanzas</source>
        <translation>Abschnittsbezeichnungen sowie Punkte und Kommas am Zeilenende entfernen, jede Zeile großschreiben, eine Leerzeile zwischen den Strophen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Lyrics</source>
        <translation>Songtext &amp;speichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time-synced lines</source>
        <translation>Zeitsynchrone Zeilen</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Row {row}: “{text}” is not a time like 01:02.500.</source>
        <translation>Zeile {row}: „{text}“ ist keine Zeitangabe wie 01:02.500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import time-synced lyrics</source>
        <translation>Zeitsynchronen Songtext importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc);;All files (*)</source>
        <translation>LRC-Songtexte (*.lrc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {count} timed line(s); save to keep them.</source>
        <translation>{count} Zeile(n) mit Zeitmarken importiert; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export TTML lyrics</source>
        <translation>Songtext als TTML exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTML (*.ttml *.xml)</source>
        <translation>TTML (*.ttml *.xml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export LRC lyrics</source>
        <translation>Songtext als LRC exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc)</source>
        <translation>LRC-Songtexte (*.lrc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {file}.</source>
        <translation>{file} geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lyrics saved; the plain lyrics are sent at the next sync.</source>
        <translation>Songtext gespeichert; der einfache Songtext wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+67"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Komponist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer</source>
        <translation>Produzent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featuring</source>
        <translation>Featuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remixer</source>
        <translation>Remixer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Texter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranger</source>
        <translation>Arrangeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestra</source>
        <translation>Orchester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translation>Dirigent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributor</source>
        <translation>Mitwirkende(r)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Sandbox mit dem Demokatalog wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox not running</source>
        <translation>Sandbox läuft nicht</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — Releasedesk</source>
        <translation>%1 — Releasedesk</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>“%1” is linked; its label profile has no description.</source>
        <translation>„%1“ ist verknüpft; sein Labelprofil hat keine Beschreibung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefill description from label profile</source>
        <translation>Beschreibung aus dem Labelprofil übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of “%1” taken from its label profile.</source>
        <translation>Beschreibung von „%1“ aus seinem Labelprofil übernommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label name:</source>
        <translation>Name des Labels:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label “%1” created; it is sent with the next sync.</source>
        <translation>Label „%1“ angelegt; es wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a label first: the new product is added to it.</source>
        <translation>Wählen Sie zuerst ein Label aus: Das neue Produkt wird ihm hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft product created.</source>
        <translation>Produktentwurf angelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a product first: the new track is added to it.</source>
        <translation>Wählen Sie zuerst ein Produkt aus: Der neue Track wird ihm hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New track</source>
        <translation>Neuer Track</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track added.</source>
        <translation>Track hinzugefügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a draft label, product or track first.</source>
        <translation>Wählen Sie zuerst ein Label, ein Produkt oder einen Track im Entwurf aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the draft “%1” and everything in it? It was never sent, so this cannot be undone.</source>
        <translation>Den Entwurf „%1“ mit allem Inhalt löschen? Er wurde nie gesendet, daher lässt sich das nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget the unsent changes to “%1”? It goes back to the server&apos;s version; nothing is deleted on the server.</source>
        <translation>Die nicht gesendeten Änderungen an „%1“ verwerfen? Es kehrt zur Version des Servers zurück; auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” deleted.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to “%1” forgotten.</source>
        <translation>Änderungen an „%1“ verworfen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import a release folder</source>
        <translation>Veröffentlichungsordner importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a product first: the files become its tracks.</source>
        <translation>Wählen Sie zuerst ein Produkt aus: Die Dateien werden zu seinen Tracks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add audio files as tracks</source>
        <translation>Audiodateien als Tracks hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio (*.flac *.wav)</source>
        <translation>Audio (*.flac *.wav)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the label to import into, or drop the folder onto the label.</source>
        <translation>Wählen Sie das Label, in das importiert werden soll, oder legen Sie den Ordner auf dem Label ab.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not use the dropped files</source>
        <translation>Die abgelegten Dateien konnten nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was added</source>
        <translation>Es wurde nichts hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported “%1” as a draft with %2 tracks.</source>
        <translation>„%1“ als Entwurf mit %2 Tracks importiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 tracks added from the dropped files.</source>
        <translation>%1 Tracks aus den abgelegten Dateien hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover set from “%1”.</source>
        <translation>Cover aus „%1“ übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video “%1” attached.</source>
        <translation>Video „%1“ angehängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master “%1” attached.</source>
        <translation>Master „%1“ angehängt.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/outbox_actions.py" line="+71"/>
        <source>Nothing to resolve here.</source>
        <translation>Hier gibt es nichts zu lösen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts resolved; your choices are sent with the next sync.</source>
        <translation>Konflikte gelöst; Ihre Auswahl wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+20"/>
        <source>About Releasedesk</source>
        <translation>Über Releasedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2
Prepare, check and deliver music releases.</source>
        <translation>%1 %2
Musikveröffentlichungen vorbereiten, prüfen und ausliefern.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/shell/main_window.py" line="+56"/>
        <location line="+1"/>
        <source>Releasedesk</source>
        <translation>Releasedesk</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New &amp;Label…</source>
        <translation>Neues &amp;Label…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Product</source>
        <translation>Neues &amp;Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a draft product to the selected label</source>
        <translation>Dem ausgewählten Label einen Produktentwurf hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Track</source>
        <translation>Neuer &amp;Track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a track to the selected product</source>
        <translation>Dem ausgewählten Produkt einen Track hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Release Folder…</source>
        <translation>Veröffentlichungsordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Audio Files to Product…</source>
        <translation>&amp;Audiodateien zum Produkt hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Draft / Forget Local Changes</source>
        <translation>Entwurf löschen / lokale Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a draft made here, or drop the unsent changes of an object from the server</source>
        <translation>Einen hier angelegten Entwurf entfernen oder die nicht gesendeten Änderungen an einem Objekt des Servers verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Ausstehende Änderungen senden und den Katalog aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;Conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n In…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Releasedesk</source>
        <translation>Ü&amp;ber Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../app/domain/messages.py" line="+180"/>
        <source>The UPC is empty.</source>
        <translation>Der UPC ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has digits only.</source>
        <translation>Ein UPC besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has 12 or 13 digits; this one has {length}.</source>
        <translation>Ein UPC hat 12 oder 13 Ziffern; dieser hat {length}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The UPC&apos;s check digit is wrong: it should end in {expected}.</source>
        <translation>Die Prüfziffer des UPC ist falsch: Er sollte auf {expected} enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISRC is empty.</source>
        <translation>Der ISRC ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISRC has 12 characters (like GBAYE2300001); this one has {length}.</source>
        <translation>Ein ISRC hat 12 Zeichen (wie GBAYE2300001); dieser hat {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISRC is 2 letters, 3 letters or digits, a 2-digit year and 5 digits (like GBAYE2300001).</source>
        <translation>Ein ISRC besteht aus 2 Buchstaben, 3 Buchstaben oder Ziffern, einer zweistelligen Jahreszahl und 5 Ziffern (wie GBAYE2300001).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC</source>
        <translation>UPC-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copyright line</source>
        <translation>Copyright-Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production line</source>
        <translation>Produktionszeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production year</source>
        <translation>Produktionsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>ISRC</source>
        <translation>ISRC-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio language</source>
        <translation>Audiosprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s {field} is empty; fill it in.</source>
        <translation>Das Feld „{field}“ des Produkts ist leer; füllen Sie es aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is archived; archived products can&apos;t be delivered.</source>
        <translation>Das Produkt ist archiviert; archivierte Produkte können nicht ausgeliefert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product must be created as a draft; set its status to draft.</source>
        <translation>Ein neues Produkt muss als Entwurf angelegt werden; setzen Sie seinen Status auf Entwurf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC {upc}: {problem}</source>
        <translation>UPC {upc}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product has no cover; add a square JPEG or PNG of at least 3000 × 3000 pixels.</source>
        <translation>Das Produkt hat kein Cover; fügen Sie ein quadratisches JPEG oder PNG mit mindestens 3000 × 3000 Pixeln hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no tracks; add at least one.</source>
        <translation>Das Produkt hat keine Titel; fügen Sie mindestens einen hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is not on the server yet; sync it before activating it.</source>
        <translation>Das Produkt ist noch nicht auf dem Server; synchronisieren Sie es, bevor Sie es aktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s {field} is empty; fill it in.</source>
        <translation>Das Feld „{field}“ von Titel {track} ist leer; füllen Sie es aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}, ISRC {isrc}: {problem}</source>
        <translation>Titel {track}, ISRC {isrc}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks {first} and {track} share the ISRC {isrc}; each recording needs its own.</source>
        <translation>Die Titel {first} und {track} teilen sich den ISRC {isrc}; jede Aufnahme braucht ihren eigenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s ISRC {isrc} is already used in product {products}; reuse it only for the very same recording.</source>
        <translation>Der ISRC {isrc} von Titel {track} wird bereits in Produkt {products} verwendet; verwenden Sie ihn nur für genau dieselbe Aufnahme erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has no audio master; attach a FLAC or WAV file.</source>
        <translation>Titel {track} hat kein Audio-Master; hängen Sie eine FLAC- oder WAV-Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no default offer; sync it again so the server creates one.</source>
        <translation>Das Produkt hat kein Standardangebot; synchronisieren Sie es erneut, damit der Server eines anlegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default offer has no release date; set one.</source>
        <translation>Das Standardangebot hat kein Veröffentlichungsdatum; legen Sie eines fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no subgenre; pick one.</source>
        <translation>Das Standardangebot hat kein Subgenre; wählen Sie eines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer is not validated; the server activates a product only with an active default offer.</source>
        <translation>Das Standardangebot ist nicht bestätigt; der Server aktiviert ein Produkt nur mit einem aktiven Standardangebot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer names DSPs; the default offer must not carry DSP information (DSP-specific offers do).</source>
        <translation>Das Standardangebot nennt DSPs; es darf keine DSP-Angaben enthalten (DSP-spezifische Angebote tun das).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right {right} names no DSP; a right needs at least one.</source>
        <translation>Das Recht {right} nennt keinen DSP; ein Recht braucht mindestens einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no DSP; a right needs at least one.</source>
        <translation>Ein Recht nennt keinen DSP; ein Recht braucht mindestens einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no continent or territory; add WW for the whole world.</source>
        <translation>Ein Recht nennt keinen Kontinent und kein Gebiet; fügen Sie WW für die ganze Welt hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right {right} names no continent or territory; add WW for the whole world.</source>
        <translation>Das Recht {right} nennt keinen Kontinent und kein Gebiet; fügen Sie WW für die ganze Welt hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no right naming DSPs and territories; add one for the DSPs you deliver to.</source>
        <translation>Das Produkt hat kein Recht mit DSPs und Gebieten; fügen Sie eines für die DSPs hinzu, an die Sie ausliefern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No right covers DSP {dsps}; add one or the delivery will fail.</source>
        <translation>Kein Recht deckt den DSP {dsps} ab; fügen Sie eines hinzu, sonst schlägt die Auslieferung fehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The masters mix sample formats ({formats}); DSPs expect one format per release.</source>
        <translation>Die Master mischen Abtastformate ({formats}); DSPs erwarten ein Format pro Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks {tracks} have the very same audio master; attach the right file to each.</source>
        <translation>Die Titel {tracks} haben genau dasselbe Audio-Master; hängen Sie an jeden die richtige Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The single lasts {seconds} s; DSPs refuse singles under {minimum} s.</source>
        <translation>Die Single dauert {seconds} s; DSPs lehnen Singles unter {minimum} s ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {volume}&apos;s track numbers are {numbers}; they must run 1 to {count} without gaps or repeats.</source>
        <translation>Die Titelnummern von Volume {volume} sind {numbers}; sie müssen lückenlos und ohne Wiederholung von 1 bis {count} laufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release date {release_date} is before the delivery date {delivery_date}; it goes live as soon as each DSP ingests it. Set a later date unless this is back catalogue.</source>
        <translation>Das Veröffentlichungsdatum {release_date} liegt vor dem Auslieferungsdatum {delivery_date}; die Veröffentlichung geht live, sobald jeder DSP sie eingelesen hat. Wählen Sie ein späteres Datum, außer es handelt sich um Backkatalog.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The release date {release_date} is only %n day(s) after delivery on {delivery_date}; DSPs ask for at least {lead_days} days.</source>
        <translation>
            <numerusform>Das Veröffentlichungsdatum {release_date} liegt nur %n Tag nach der Auslieferung am {delivery_date}; DSPs verlangen mindestens {lead_days} Tage.</numerusform>
            <numerusform>Das Veröffentlichungsdatum {release_date} liegt nur %n Tage nach der Auslieferung am {delivery_date}; DSPs verlangen mindestens {lead_days} Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a draft</source>
        <translation>Zum Entwurf machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the product&apos;s release date {date}</source>
        <translation>Veröffentlichungsdatum des Produkts übernehmen ({date})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate the default offer</source>
        <translation>Standardangebot bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the DSPs from the default offer</source>
        <translation>DSPs aus dem Standardangebot entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a worldwide right for these DSPs</source>
        <translation>Weltweites Recht für diese DSPs hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber 1 to {count}</source>
        <translation>Von 1 bis {count} neu nummerieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product name “{text}”</source>
        <translation>Der Produktname „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}&apos;s title “{text}”</source>
        <translation>Der Titel von Titel {track}, „{text}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: it names featured artists twice.</source>
        <translation>{what}: Gastkünstler werden doppelt genannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: featured artists are joined as &quot;A, B &amp; C&quot;.</source>
        <translation>{what}: Gastkünstler werden als „A, B &amp; C“ geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: “{word}” should be written “(feat. …)” after the title.</source>
        <translation>{what}: „{word}“ sollte als „(feat. …)“ nach dem Titel stehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is written in ALL CAPS; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} ist komplett in GROSSBUCHSTABEN geschrieben; DSPs verlangen Titelschreibweise, außer es ist die eigene Schreibweise des Künstlers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is written in all lowercase; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} ist komplett kleingeschrieben; DSPs verlangen Titelschreibweise, außer es ist die eigene Schreibweise des Künstlers.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“Various Artists” is only for releases with {minimum} or more primary artists; this one has %n: credit them as the product artists.</source>
        <translation>
            <numerusform>„Various Artists“ ist nur für Veröffentlichungen mit {minimum} oder mehr Hauptkünstlern gedacht; diese hat %n: nennen Sie ihn als Produktkünstler.</numerusform>
            <numerusform>„Various Artists“ ist nur für Veröffentlichungen mit {minimum} oder mehr Hauptkünstlern gedacht; diese hat %n: nennen Sie sie als Produktkünstler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Various Artists” must be the only product artist; remove the other names.</source>
        <translation>„Various Artists“ muss der einzige Produktkünstler sein; entfernen Sie die anderen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} credits “Various Artists”; a track names its real artists.</source>
        <translation>Titel {track} nennt „Various Artists“; ein Titel nennt seine echten Künstler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A track is explicit but the product is marked not explicit; mark the product explicit.</source>
        <translation>Ein Titel ist explizit, aber das Produkt ist als nicht explizit markiert; markieren Sie das Produkt als explizit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copyright line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>Die Copyright-Zeile „{text}“ enthält das Jahr {year}; das Feld Produktionsjahr trägt es bereits, schreiben Sie die Zeile also ohne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The production line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>Die Produktionszeile „{text}“ enthält das Jahr {year}; das Feld Produktionsjahr trägt es bereits, schreiben Sie die Zeile also ohne.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write “{text}”</source>
        <translation>„{text}“ schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit the track artists instead</source>
        <translation>Stattdessen die Künstler der Titel nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only “Various Artists”</source>
        <translation>Nur „Various Artists“ behalten</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Track {track} is marked both explicit and clean; clear one of the two flags.</source>
        <translation>Titel {track} ist zugleich als explizit und als jugendfrei markiert; entfernen Sie eine der beiden Markierungen.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“{title}” has no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental if it has no words.</source>
        <translation>„{title}“ hat keinen Texter: Fügen Sie den bürgerlichen Namen des Texters hinzu oder markieren Sie den Titel als instrumental, wenn er keinen Text hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has lyrics but no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental.</source>
        <translation>„{title}“ hat einen Songtext, aber keinen Texter: Fügen Sie den bürgerlichen Namen des Texters hinzu oder markieren Sie den Titel als instrumental.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has no composer: add the composer&apos;s legal name.</source>
        <translation>„{title}“ hat keinen Komponisten: Fügen Sie den bürgerlichen Namen des Komponisten hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; is not a T followed by 10 digits (like T-034.524.680-1).</source>
        <translation>Der ISWC &apos;{value}&apos; ist kein T gefolgt von 10 Ziffern (wie T-034.524.680-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; has a wrong check digit: it should end in {expected}.</source>
        <translation>Der ISWC &apos;{value}&apos; hat eine falsche Prüfziffer: Er sollte auf {expected} enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; should be 9 to 11 digits.</source>
        <translation>Die IPI-Namensnummer &apos;{value}&apos; sollte 9 bis 11 Ziffern haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; has wrong check digits: copy it again from the society&apos;s statement.</source>
        <translation>Die IPI-Namensnummer &apos;{value}&apos; hat falsche Prüfziffern: Kopieren Sie sie erneut aus der Abrechnung der Verwertungsgesellschaft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The writers&apos; shares of “{title}” add up to {total} %; they must total 100 %.</source>
        <translation>Die Anteile der Urheber von „{title}“ ergeben zusammen {total} %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writer of “{title}” has no name: enter the legal name or remove the row.</source>
        <translation>Ein Urheber von „{title}“ hat keinen Namen: Geben Sie den bürgerlichen Namen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split sheet</source>
        <translation>Anteilsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer (legal name)</source>
        <translation>Urheber (bürgerlicher Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPI</source>
        <translation>IPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer</source>
        <translation>Komponist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lyricist</source>
        <translation>Texter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is not a track or a product.</source>
        <translation>{id} ist weder ein Titel noch ein Produkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISRC registrant code &apos;{value}&apos; should be 2 letters and 3 letters or digits (like FR-Z12).</source>
        <translation>Der ISRC-Registrantencode &apos;{value}&apos; sollte aus 2 Buchstaben und 3 Buchstaben oder Ziffern bestehen (wie FR-Z12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ISRC numbers {first} to {last} are not a range: use 1 to 99999, first number first.</source>
        <translation>Die ISRC-Nummern {first} bis {last} sind kein Bereich: Verwenden Sie 1 bis 99999, die erste Nummer zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GS1 company prefix &apos;{value}&apos; should be 6 to 11 digits.</source>
        <translation>Die GS1-Basisnummer &apos;{value}&apos; sollte 6 bis 11 Ziffern haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no ISRC registrant code yet: set it in the label&apos;s codes.</source>
        <translation>Das Label hat noch keinen ISRC-Registrantencode: Legen Sie ihn in den Codes des Labels fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no GS1 company prefix yet: set it in the label&apos;s codes.</source>
        <translation>Das Label hat noch keine GS1-Basisnummer: Legen Sie sie in den Codes des Labels fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ISRC of {registrant} for the year {year} has been issued: widen the label&apos;s range.</source>
        <translation>Alle ISRCs von {registrant} für das Jahr {year} sind vergeben: Erweitern Sie den Bereich des Labels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every UPC of the GS1 prefix {prefix} has been issued: ask GS1 for another prefix.</source>
        <translation>Alle UPCs der GS1-Basisnummer {prefix} sind vergeben: Beantragen Sie bei GS1 eine weitere Basisnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” has the ISRC {isrc}, outside the label&apos;s numbers {first} to {last}: give it the next free ISRC.</source>
        <translation>„{title}“ hat den ISRC {isrc}, außerhalb der Nummern {first} bis {last} des Labels: Weisen Sie ihm den nächsten freien ISRC zu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” ({isrc}) is the same audio as “{other}” ({other_isrc}): one recording keeps one ISRC.</source>
        <translation>„{title}“ ({isrc}) hat dasselbe Audio wie „{other}“ ({other_isrc}): Eine Aufnahme behält einen einzigen ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” uses the ISRC {isrc} of “{other}” but its audio differs: a new mix or edit needs its own ISRC.</source>
        <translation>„{title}“ verwendet den ISRC {isrc} von „{other}“, aber das Audio unterscheidet sich: Ein neuer Mix oder Edit braucht einen eigenen ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is not a label of this catalog.</source>
        <translation>{id} ist kein Label dieses Katalogs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a catalog sheet is an .xlsx or a .csv file.</source>
        <translation>{path}: Eine Katalogtabelle ist eine .xlsx- oder .csv-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read {path}: {reason}</source>
        <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label {id} in this catalog.</source>
        <translation>Kein Label {id} in diesem Katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column &apos;{column}&apos; is not one Releasedesk exports: remove it or fix its name.</source>
        <translation>Die Spalte &apos;{column}&apos; exportiert Releasedesk nicht: Entfernen Sie sie oder korrigieren Sie ihren Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet has no &apos;{column}&apos; column: export a catalog to see the expected columns.</source>
        <translation>Die Tabelle hat keine Spalte &apos;{column}&apos;: Exportieren Sie einen Katalog, um die erwarteten Spalten zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a row kind: use product, track, offer or writer.</source>
        <translation>&apos;{value}&apos; ist keine Zeilenart: Verwenden Sie product, track, offer oder writer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No {kind} {id} in this catalog: new objects are made in the app, not in the sheet.</source>
        <translation>{kind} {id} ist nicht in diesem Katalog: Neue Objekte werden in der App angelegt, nicht in der Tabelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent of {id} is {parent} in this catalog, not &apos;{value}&apos;.</source>
        <translation>Das übergeordnete Objekt von {id} ist in diesem Katalog {parent}, nicht &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{column}&apos; does not apply to a {kind} row: leave the cell empty.</source>
        <translation>&apos;{column}&apos; gilt nicht für eine Zeile vom Typ {kind}: Lassen Sie die Zelle leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a UPC: {reason}</source>
        <translation>&apos;{value}&apos; ist kein UPC: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISRC: {reason}</source>
        <translation>&apos;{value}&apos; ist kein ISRC: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a whole number.</source>
        <translation>&apos;{value}&apos; sollte eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a date written YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; sollte ein Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be yes or no.</source>
        <translation>&apos;{value}&apos; sollte yes oder no sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a share from 0 to 100.</source>
        <translation>&apos;{value}&apos; sollte ein Anteil von 0 bis 100 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be one of: {choices}.</source>
        <translation>&apos;{value}&apos; sollte einer der folgenden Werte sein: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} appears twice; keep one row.</source>
        <translation>{id} kommt zweimal vor; behalten Sie nur eine Zeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A writer row names the track &apos;{value}&apos;, which is not in this catalog.</source>
        <translation>Eine Urheberzeile nennt den Titel &apos;{value}&apos;, der nicht in diesem Katalog ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id} {column}: &apos;{old}&apos; → &apos;{new}&apos;</source>
        <translation>{id} {column}: &apos;{old}&apos; → &apos;{new}&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s): nothing was applied.</source>
        <translation>
            <numerusform>%n Fehler: Es wurde nichts übernommen.</numerusform>
            <numerusform>%n Fehler: Es wurde nichts übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied as drafts.</source>
        <translation>
            <numerusform>%n Änderung als Entwurf übernommen.</numerusform>
            <numerusform>%n Änderungen als Entwürfe übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} geschrieben.</numerusform>
            <numerusform>%n Zeilen nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>Zeile {row}, Spalte {column}: {message}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The product is marked explicit but no track is; mark the explicit tracks or clear the product&apos;s flag.</source>
        <translation>Das Produkt ist als explizit markiert, aber kein Titel ist es; markieren Sie die expliziten Titel oder heben Sie die Markierung des Produkts auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} is not in the store&apos;s title case for its language; write “{fixed}”.</source>
        <translation>{what} folgt nicht der Titelschreibweise des Stores für seine Sprache; schreiben Sie „{fixed}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, which stores refuse in titles; remove it.</source>
        <translation>{what} enthält „{word}“, das Stores in Titeln ablehnen; entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, a claim that does not last; stores refuse it in titles.</source>
        <translation>{what} enthält „{word}“, eine Angabe, die nicht von Dauer ist; Stores lehnen sie in Titeln ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is a placeholder, not a title; write the real title (stores refuse generic titles unless they are the real ones).</source>
        <translation>{what} ist ein Platzhalter, kein Titel; schreiben Sie den echten Titel (Stores lehnen generische Titel ab, sofern sie nicht die echten sind).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its version after a dash; a version goes in parentheses, a second one in brackets.</source>
        <translation>{what} schreibt seine Version nach einem Strich; eine Version steht in runden Klammern, eine zweite in eckigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} puts brackets before parentheses; the first version goes in parentheses, then brackets.</source>
        <translation>{what} setzt eckige vor runde Klammern; die erste Version steht in runden Klammern, die nächste in eckigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its only version in brackets; the first version goes in parentheses.</source>
        <translation>{what} schreibt seine einzige Version in eckigen Klammern; die erste Version steht in runden Klammern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} names the artist “{artist}”; artists are credited in their fields, only “(feat. …)” and a remixer&apos;s version name them in a title.</source>
        <translation>{what} nennt den Künstler „{artist}“; Künstler werden in ihren Feldern genannt, nur „(feat. …)“ und die Version eines Remixers nennen sie in einem Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has the same title as track {first} (“{text}”); give one of them its version, e.g. “(Remix)” or “(Live)”.</source>
        <translation>Titel {track} hat denselben Namen wie Titel {first} („{text}“); geben Sie einem von beiden seine Version, z. B. „(Remix)“ oder „(Live)“.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks, each under 10 minutes; this one has %n track(s), the longest {longest} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Eine Single hat höchstens 3 Titel mit je unter 10 Minuten; diese hat %n Titel, der längste {longest} min: machen Sie daraus eine EP oder ein Album.</numerusform>
            <numerusform>Eine Single hat höchstens 3 Titel mit je unter 10 Minuten; diese hat %n Titel, der längste {longest} min: machen Sie daraus eine EP oder ein Album.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has 4 to 6 tracks (or up to 3 with one of 10 minutes or more) and lasts at most 30 minutes; this one has %n track(s) and {total} min.</source>
        <translation>
            <numerusform>Eine EP hat 4 bis 6 Titel (oder bis zu 3, wenn einer 10 Minuten oder länger ist) und dauert höchstens 30 Minuten; diese hat %n Titel und {total} min.</numerusform>
            <numerusform>Eine EP hat 4 bis 6 Titel (oder bis zu 3, wenn einer 10 Minuten oder länger ist) und dauert höchstens 30 Minuten; diese hat %n Titel und {total} min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Eine Single hat höchstens 3 Titel und 30 Minuten; diese hat %n Titel und {total} min: machen Sie daraus eine EP oder ein Album.</numerusform>
            <numerusform>Eine Single hat höchstens 3 Titel und 30 Minuten; diese hat %n Titel und {total} min: machen Sie daraus eine EP oder ein Album.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has at most 6 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an album.</source>
        <translation>
            <numerusform>Eine EP hat höchstens 6 Titel und 30 Minuten; diese hat %n Titel und {total} min: machen Sie daraus ein Album.</numerusform>
            <numerusform>Eine EP hat höchstens 6 Titel und 30 Minuten; diese hat %n Titel und {total} min: machen Sie daraus ein Album.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The single “{name}” must carry its lead track&apos;s title, “{text}”.</source>
        <translation>Die Single „{name}“ muss den Namen ihres Haupttitels tragen: „{text}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the release “{text}”</source>
        <translation>Veröffentlichung „{text}“ nennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} contains “{word}”; explicit content is a flag, never a word in the title.</source>
        <translation>{what} enthält „{word}“; expliziter Inhalt ist eine Markierung, nie ein Wort im Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} is marked clean but this release has no explicit version of it; “clean” is only for an edit of an explicit track that exists with its own ISRC.</source>
        <translation>Titel {track} ist als jugendfrei markiert, aber diese Veröffentlichung hat keine explizite Version davon; „jugendfrei“ gilt nur für die Bearbeitung eines expliziten Titels, der mit eigenem ISRC existiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} (clean) has the same ISRC {isrc} as its explicit version, track {other}; a clean version needs its own ISRC.</source>
        <translation>Titel {track} (jugendfrei) hat denselben ISRC {isrc} wie seine explizite Version, Titel {other}; eine jugendfreie Version braucht einen eigenen ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracks {tracks} are explicit, so the release is explicit; do not call the release clean.</source>
        <translation>Die Titel {tracks} sind explizit, also ist die Veröffentlichung explizit; markieren Sie die Veröffentlichung nicht als jugendfrei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, line {line} (“{text}”) is not a timed lyric line like “[01:02.50]Words”; correct or remove it.</source>
        <translation>{file}, Zeile {line} („{text}“) ist keine Songtextzeile mit Zeitmarke wie „[01:02.50]Text“; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TTML lyrics could not be read ({reason}); export them again.</source>
        <translation>Der TTML-Songtext konnte nicht gelesen werden ({reason}); exportieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: section labels are not sung; remove them.</source>
        <translation>Songtext von Titel {track}, Zeile {line} „{text}“: Abschnittsbezeichnungen werden nicht gesungen; entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: a repeated line is written out each time it is sung.</source>
        <translation>Songtext von Titel {track}, Zeile {line} „{text}“: Eine wiederholte Zeile wird jedes Mal ausgeschrieben, wenn sie gesungen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: no period or comma at the end of a line.</source>
        <translation>Songtext von Titel {track}, Zeile {line} „{text}“: kein Punkt oder Komma am Zeilenende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: each line starts with a capital letter.</source>
        <translation>Songtext von Titel {track}, Zeile {line} „{text}“: Jede Zeile beginnt mit einem Großbuchstaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics: stanzas are separated by one empty line, not several.</source>
        <translation>Songtext von Titel {track}: Strophen werden durch eine Leerzeile getrennt, nicht durch mehrere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: credits, links and notices do not belong in the lyrics.</source>
        <translation>Songtext von Titel {track}, Zeile {line} „{text}“: Credits, Links und Hinweise gehören nicht in den Songtext.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics have a line at {time}, after the audio ends ({seconds} s); correct the timing.</source>
        <translation>Der synchronisierte Songtext von Titel {track} hat eine Zeile bei {time}, nach dem Ende des Audios ({seconds} s); korrigieren Sie das Timing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics do not sing the same lines as its plain lyrics; make them the same.</source>
        <translation>Der synchronisierte Songtext von Titel {track} enthält nicht dieselben gesungenen Zeilen wie sein einfacher Songtext; gleichen Sie sie an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has synced lyrics but no plain lyrics.</source>
        <translation>Titel {track} hat einen synchronisierten Songtext, aber keinen einfachen Songtext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy the lyrics&apos; formatting</source>
        <translation>Formatierung des Songtexts bereinigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the synced lines as plain lyrics</source>
        <translation>Synchronisierte Zeilen als einfachen Songtext verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lyrics file {file} could not be read as UTF-8 text; save it as UTF-8 and import again.</source>
        <translation>Die Songtextdatei {file} konnte nicht als UTF-8-Text gelesen werden; speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, not before the release date {release_date}; start it earlier or remove it.</source>
        <translation>Die Vorbestellung beginnt am {preorder}, nicht vor dem Veröffentlichungsdatum {release_date}; lassen Sie sie früher beginnen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, before the release is sent on {send_date}; stores cannot open a pre-order for a release they do not have.</source>
        <translation>Die Vorbestellung beginnt am {preorder}, bevor die Veröffentlichung am {send_date} gesendet wird; Stores können keine Vorbestellung für eine Veröffentlichung öffnen, die sie nicht haben.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-order starts {preorder}, %n day(s) after sending; allow at least {minimum} days.</source>
        <translation>
            <numerusform>Die Vorbestellung beginnt am {preorder}, %n Tag nach dem Senden; planen Sie mindestens {minimum} Tage ein.</numerusform>
            <numerusform>Die Vorbestellung beginnt am {preorder}, %n Tage nach dem Senden; planen Sie mindestens {minimum} Tage ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no draft or product “{id}” in this catalog; use a draft id or a product id as the drafts list shows them.</source>
        <translation>In diesem Katalog gibt es keinen Entwurf und kein Produkt „{id}“; verwenden Sie eine Entwurfs- oder Produkt-ID, wie die Entwurfsliste sie anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{id}” is not a product or one of its tracks; review a product.</source>
        <translation>„{id}“ ist weder ein Produkt noch einer seiner Titel; prüfen Sie ein Produkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no store “{store}” to review for; use one of {stores}.</source>
        <translation>Es gibt keinen Store „{store}“, für den geprüft werden kann; verwenden Sie einen von: {stores}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every store</source>
        <translation>Alle Stores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Music</source>
        <translation>Apple Music</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: {fix}</source>
        <translation>Beheben: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing a store would bounce was found.</source>
        <translation>Nichts gefunden, was ein Store zurückweisen würde.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s), {errors}.</source>
        <translation>
            <numerusform>%n Befund, {errors}.</numerusform>
            <numerusform>%n Befunde, {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking</source>
        <translation>
            <numerusform>%n blockierend</numerusform>
            <numerusform>%n blockierend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from this day on.</source>
        <translation>Ab diesem Tag ist keine Veröffentlichung geplant.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n release(s) to {file}.</source>
        <translation>
            <numerusform>%n Veröffentlichung in {file} geschrieben.</numerusform>
            <numerusform>%n Veröffentlichungen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar could not be written to {file} ({reason}); choose another file.</source>
        <translation>Der Kalender konnte nicht in {file} geschrieben werden ({reason}); wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” in {what} is not a date like 2026-05-01.</source>
        <translation>„{value}“ in {what} ist kein Datum wie 2026-05-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” does not name a product draft and a date like 2026-05-01.</source>
        <translation>„{item}“ nennt keinen Produktentwurf mit einem Datum wie 2026-05-01.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the “clean” flag</source>
        <translation>Markierung „jugendfrei“ aufheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be opened ({reason}); check the file exists and you may read it.</source>
        <translation>{file} konnte nicht geöffnet werden ({reason}); prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder; give the audio or image file itself.</source>
        <translation>{file} ist ein Ordner; geben Sie die Audio- oder Bilddatei selbst an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a symbolic link that leads back to itself (a link loop); point it at the real file.</source>
        <translation>{file} ist ein symbolischer Link, der auf sich selbst zurückführt (eine Link-Schleife); lassen Sie ihn auf die eigentliche Datei zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a symbolic link to {target}, which does not exist; point it at the real file.</source>
        <translation>{file} ist ein symbolischer Link auf {target}, das nicht existiert; lassen Sie ihn auf die eigentliche Datei zeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {path} could not be read ({reason}); its files were not checked. Check that you may open it, or leave it out.</source>
        <translation>Der Ordner {path} konnte nicht gelesen werden ({reason}); seine Dateien wurden nicht geprüft. Prüfen Sie, ob Sie ihn öffnen dürfen, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a regular file; give the audio or image file itself.</source>
        <translation>{file} ist keine normale Datei; geben Sie die Audio- oder Bilddatei selbst an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be checked ({reason}); open it in an editor, save it again and retry.</source>
        <translation>{file} konnte nicht geprüft werden ({reason}); öffnen Sie die Datei in einem Editor, speichern Sie sie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes), not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} ist leer (0 Byte), weder Audio noch Cover; exportieren Sie das Master als FLAC oder WAV (Cover als JPEG oder PNG) oder lassen Sie diese Datei weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a text file, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} ist eine Textdatei, weder Audio noch Cover; exportieren Sie das Master als FLAC oder WAV (Cover als JPEG oder PNG) oder lassen Sie diese Datei weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not in a format Releasedesk can read, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} liegt in keinem Format vor, das Releasedesk lesen kann, weder Audio noch Cover; exportieren Sie das Master als FLAC oder WAV (Cover als JPEG oder PNG) oder lassen Sie diese Datei weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an image ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} ist ein Bild ({format}), kein Audio; exportieren Sie das Master erneut als FLAC oder WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the master again as FLAC or WAV.</source>
        <translation>{file} ist leer (0 Byte); exportieren Sie das Master erneut als FLAC oder WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} ist eine Textdatei, kein Audio; exportieren Sie das Master erneut als FLAC oder WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not audio in any format Releasedesk knows; export the master again as FLAC or WAV.</source>
        <translation>{file} ist in keinem Releasedesk bekannten Format Audio; exportieren Sie das Master erneut als FLAC oder WAV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is audio, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} ist Audio, kein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); save the cover again as JPEG or PNG.</source>
        <translation>{file} ist leer (0 Byte); speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>{file} is a text file, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} ist eine Textdatei, kein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{file} is not an image in any format Releasedesk knows; save the cover again as JPEG or PNG.</source>
        <translation>{file} ist in keinem Releasedesk bekannten Format ein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty (0 bytes), not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} ist leer (0 Byte), kein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not in a format Releasedesk can read, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} liegt in keinem Format vor, das Releasedesk lesen kann, und ist kein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a damaged header that could not be read; export the master again.</source>
        <translation>{file} hat einen beschädigten Header, der nicht gelesen werden konnte; exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded (out of memory); check the file.</source>
        <translation>{file} konnte nicht dekodiert werden (zu wenig Speicher); prüfen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded ({reason}); the file is damaged — export the master again.</source>
        <translation>{file} konnte nicht dekodiert werden ({reason}); die Datei ist beschädigt – exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts like a FLAC file but its header is damaged ({reason}); export the master again.</source>
        <translation>{file} beginnt wie eine FLAC-Datei, aber ihr Header ist beschädigt ({reason}); exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no format (fmt) chunk, so no player can know how to play it; export the master again.</source>
        <translation>{file} hat keinen Format-Chunk (fmt), daher weiß kein Player, wie er sie abspielen soll; exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no audio (no data chunk); export the master again.</source>
        <translation>{file} enthält kein Audio (kein data-Chunk); exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its sample rate; export the master again.</source>
        <translation>{file} gibt seine Abtastrate nicht an; exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state how many channels it has; export it again.</source>
        <translation>{file} gibt nicht an, wie viele Kanäle es hat; exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no MD5 checksum in its FLAC header, so its integrity can&apos;t be proven; re-encode it with the reference flac encoder.</source>
        <translation>{file} hat keine MD5-Prüfsumme im FLAC-Header, daher lässt sich seine Unversehrtheit nicht nachweisen; kodieren Sie es mit dem Referenz-flac-Encoder neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: its header promises {declared} bytes of audio but {missing} are missing; copy or export the file again.</source>
        <translation>{file} ist abgeschnitten: Der Header verspricht {declared} Byte Audio, aber {missing} fehlen; kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {bytes} bytes after its last chunk that belong to no chunk (some players play them as noise); export the file again.</source>
        <translation>{file} hat nach dem letzten Chunk {bytes} Byte, die zu keinem Chunk gehören (manche Player spielen sie als Rauschen ab); exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged and does not decode ({reason}); export or copy it again.</source>
        <translation>{file} ist beschädigt und lässt sich nicht dekodieren ({reason}); exportieren oder kopieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is truncated: {missing} s of the {promised} s its header promises are missing; copy or export the file again.</source>
        <translation>{file} ist abgeschnitten: {missing} s der im Header versprochenen {promised} s fehlen; kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not match its own MD5 checksum: the audio was damaged after encoding; copy or export the file again.</source>
        <translation>{file} stimmt nicht mit seiner eigenen MD5-Prüfsumme überein: Das Audio wurde nach der Kodierung beschädigt; kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a WAV file Releasedesk can read; export it again.</source>
        <translation>{file} ist keine WAV-Datei, die Releasedesk lesen kann; exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not FLAC or WAV; deliver the lossless master as FLAC or WAV (16 or 24 bit).</source>
        <translation>{file} liegt im Format {format} vor, nicht FLAC oder WAV; liefern Sie das verlustfreie Master als FLAC oder WAV (16 oder 24 Bit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV holding {codec} audio, not PCM; export it as uncompressed PCM WAV or FLAC.</source>
        <translation>{file} ist ein WAV mit {codec}-Audio, nicht PCM; exportieren Sie es als unkomprimiertes PCM-WAV oder FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit integer samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} ist ein WAV mit {bits}-Bit-Ganzzahl-Samples, einer Kodierung, die weder Releasedesk noch die Plattformen lesen; exportieren Sie es als 24-Bit-PCM-WAV oder FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit floating-point samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} ist ein WAV mit {bits}-Bit-Gleitkomma-Samples, einer Kodierung, die weder Releasedesk noch die Plattformen lesen; exportieren Sie es als 24-Bit-PCM-WAV oder FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an ID3 tag in front of the FLAC data, which some DSPs reject; re-encode it or remove the ID3 tag (tags belong in Vorbis comments).</source>
        <translation>{file} hat vor den FLAC-Daten ein ID3-Tag, das manche DSPs ablehnen; kodieren Sie es neu oder entfernen Sie das ID3-Tag (Tags gehören in Vorbis-Kommentare).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs need at least 44.1 kHz — export from the original session at 44.1 kHz or higher (don&apos;t upsample).</source>
        <translation>{file} hat {rate} kHz; DSPs verlangen mindestens 44,1 kHz – exportieren Sie aus der Originalsession mit 44,1 kHz oder mehr (ohne Upsampling).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs accept at most 192 kHz — export at 192 kHz or lower.</source>
        <translation>{file} hat {rate} kHz; DSPs akzeptieren höchstens 192 kHz – exportieren Sie mit 192 kHz oder weniger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {rate} kHz, an unusual rate some DSPs refuse; export at 44.1, 48, 88.2, 96, 176.4 or 192 kHz.</source>
        <translation>{file} hat {rate} kHz, eine ungewöhnliche Rate, die manche DSPs ablehnen; exportieren Sie mit 44,1, 48, 88,2, 96, 176,4 oder 192 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit floating point; DSPs need 16- or 24-bit integer PCM — export as 24-bit.</source>
        <translation>{file} ist {bits}-Bit-Gleitkomma; DSPs verlangen 16- oder 24-Bit-Ganzzahl-PCM – exportieren Sie mit 24 Bit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not state its bit depth; export as 16 or 24 bit.</source>
        <translation>{file} gibt seine Bittiefe nicht an; exportieren Sie mit 16 oder 24 Bit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {bits}-bit; DSPs need 16- or 24-bit — export as {target}-bit.</source>
        <translation>{file} hat {bits} Bit; DSPs verlangen 16 oder 24 Bit – exportieren Sie mit {target} Bit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is mono; most DSPs expect stereo — export as stereo (both channels the same) unless the release really is mono.</source>
        <translation>{file} ist mono; die meisten DSPs erwarten Stereo – exportieren Sie in Stereo (beide Kanäle gleich), außer die Veröffentlichung ist wirklich mono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {channels} channels; outside a Dolby Atmos record DSPs need stereo — deliver a stereo mix.</source>
        <translation>{file} hat {channels} Kanäle; außerhalb einer Dolby-Atmos-Aufnahme verlangen DSPs Stereo – liefern Sie einen Stereomix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} lasts {seconds} s; under 30 s a track earns no royalties on most DSPs — check this is the full track.</source>
        <translation>{file} dauert {seconds} s; unter 30 s bringt ein Titel auf den meisten DSPs keine Tantiemen – prüfen Sie, ob es der vollständige Titel ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has WAV quirks some DSPs refuse ({quirks}); export it again as a plain 16- or 24-bit PCM WAV (or FLAC).</source>
        <translation>{file} hat WAV-Eigenheiten, die manche DSPs ablehnen ({quirks}); exportieren Sie es erneut als einfaches 16- oder 24-Bit-PCM-WAV (oder FLAC).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>big-endian RIFX file</source>
        <translation>Big-Endian-RIFX-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{container} file (WAV over 4 GB)</source>
        <translation>{container}-Datei (WAV über 4 GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAVE_FORMAT_EXTENSIBLE header</source>
        <translation>WAVE_FORMAT_EXTENSIBLE-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{valid}-bit samples in {slot}-bit slots</source>
        <translation>{valid}-Bit-Samples in {slot}-Bit-Plätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block size of {declared} bytes instead of {expected}</source>
        <translation>eine Blockgröße von {declared} Byte statt {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong byte rate</source>
        <translation>eine falsche Byterate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio data before the format chunk</source>
        <translation>Audiodaten vor dem Format-Chunk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no length in the RIFF header (written by a streaming tool)</source>
        <translation>keine Länge im RIFF-Header (von einem Streaming-Werkzeug geschrieben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no length in the data chunk header (written by a streaming tool)</source>
        <translation>keine Länge im Header des data-Chunks (von einem Streaming-Werkzeug geschrieben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{declared} bytes declared in the RIFF header of a {actual}-byte file</source>
        <translation>{declared} Byte im RIFF-Header einer Datei mit {actual} Byte angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pad byte after an odd-sized chunk</source>
        <translation>kein Füllbyte nach einem Chunk ungerader Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} contains no audio at all; export the master again.</source>
        <translation>{file} enthält überhaupt kein Audio; exportieren Sie das Master erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is completely silent; export the right master.</source>
        <translation>{file} ist völlig still; exportieren Sie das richtige Master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} beginnt mit {seconds} s Stille; schneiden Sie sie weg, außer sie ist gewollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ends with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} endet mit {seconds} s Stille; schneiden Sie sie weg, außer sie ist gewollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} clips: {samples} samples sit at full scale ({runs} runs of 3 or more); master it again with a limiter below 0 dBFS.</source>
        <translation>{file} übersteuert: {samples} Samples liegen auf Vollaussteuerung ({runs} Folgen von 3 oder mehr); mastern Sie es erneut mit einem Limiter unter 0 dBFS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz but has nothing above 22 kHz: it looks like an upsampled CD master; deliver the original resolution instead.</source>
        <translation>{file} hat {rate} kHz, aber nichts über 22 kHz: Es sieht nach einem hochgerechneten CD-Master aus; liefern Sie stattdessen die Originalauflösung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit but its lowest {zero_bits} bits are always zero: it is a 16-bit master padded to 24; deliver it as 16-bit.</source>
        <translation>{file} hat {bits} Bit, aber seine untersten {zero_bits} Bit sind immer null: Es ist ein auf 24 aufgefülltes 16-Bit-Master; liefern Sie es mit 16 Bit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read as an image ({reason}); save the cover again as JPEG or PNG.</source>
        <translation>{file} konnte nicht als Bild gelesen werden ({reason}); speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is damaged or truncated and can&apos;t be decoded ({reason}); save the cover again.</source>
        <translation>{file} ist beschädigt oder abgeschnitten und kann nicht dekodiert werden ({reason}); speichern Sie das Cover erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not JPEG or PNG; save the cover as JPEG or PNG.</source>
        <translation>{file} liegt im Format {format} vor, nicht JPEG oder PNG; speichern Sie das Cover als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored rotated and relies on an EXIF orientation flag that some DSPs ignore; rotate the pixels and save it again.</source>
        <translation>{file} ist gedreht gespeichert und verlässt sich auf eine EXIF-Ausrichtungsmarke, die manche DSPs ignorieren; drehen Sie die Pixel und speichern Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {megabytes} MB; DSPs take at most 20 MB — save it as a JPEG at high quality.</source>
        <translation>{file} ist {megabytes} MB groß; DSPs nehmen höchstens 20 MB an – speichern Sie es als JPEG in hoher Qualität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has too many pixels to open safely; save it at 3000×3000.</source>
        <translation>{file} hat zu viele Pixel, um es sicher zu öffnen; speichern Sie es mit 3000×3000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height} ({megapixels} megapixels); DSPs take at most 50 megapixels — save it at 3000×3000.</source>
        <translation>{file} hat {width}×{height} ({megapixels} Megapixel); DSPs nehmen höchstens 50 Megapixel an – speichern Sie es mit 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; covers must be square — crop it to {edge}×{edge}.</source>
        <translation>{file} hat {width}×{height}; Cover müssen quadratisch sein – beschneiden Sie es auf {edge}×{edge}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}; DSPs need at least 1400×1400 (3000×3000 for Apple Music) — use the original artwork.</source>
        <translation>{file} hat {width}×{height}; DSPs verlangen mindestens 1400×1400 (3000×3000 für Apple Music) – verwenden Sie das Originalartwork.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; Apple Music needs 3000×3000 — use the original artwork at 3000×3000.</source>
        <translation>{file} hat {width}×{height}; Apple Music verlangt 3000×3000 – verwenden Sie das Originalartwork mit 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an embedded &apos;{profile}&apos; colour profile; convert it to sRGB so colours look the same on every DSP.</source>
        <translation>{file} hat ein eingebettetes Farbprofil „{profile}“; konvertieren Sie es nach sRGB, damit die Farben auf jedem DSP gleich aussehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is CMYK (print colours); DSPs need 8-bit RGB — convert it to sRGB.</source>
        <translation>{file} ist CMYK (Druckfarben); DSPs verlangen 8-Bit-RGB – konvertieren Sie es nach sRGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is grayscale; DSPs need 8-bit RGB — convert it to RGB.</source>
        <translation>{file} ist in Graustufen; DSPs verlangen 8-Bit-RGB – konvertieren Sie es nach RGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {bits} bits per channel; DSPs need 8-bit RGB — save it as 8-bit.</source>
        <translation>{file} hat {bits} Bit pro Kanal; DSPs verlangen 8-Bit-RGB – speichern Sie es mit 8 Bit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} uses an indexed palette; save it as RGB for the best result.</source>
        <translation>{file} verwendet eine indizierte Palette; speichern Sie es für das beste Ergebnis als RGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {mode} colour mode; DSPs need 8-bit RGB — convert it.</source>
        <translation>{file} ist im Farbmodus {mode}; DSPs verlangen 8-Bit-RGB – konvertieren Sie es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has transparent areas; DSPs need an opaque cover — flatten it onto a background and save without transparency.</source>
        <translation>{file} hat transparente Bereiche; DSPs verlangen ein deckendes Cover – reduzieren Sie es auf einen Hintergrund und speichern Sie es ohne Transparenz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an alpha channel (fully opaque); save it without one, as a JPEG or RGB PNG.</source>
        <translation>{file} hat einen Alphakanal (vollständig deckend); speichern Sie es ohne, als JPEG oder RGB-PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} ist ein Video ({format}), kein Audio; exportieren Sie den Master erneut als FLAC oder WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} ist ein Video, kein Bild; speichern Sie das Cover erneut als JPEG oder PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is audio ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} ist Audio ({format}), kein Video; exportieren Sie das Video erneut als MP4 oder MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is an image ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} ist ein Bild ({format}), kein Video; exportieren Sie das Video erneut als MP4 oder MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the video again as MP4 or MOV.</source>
        <translation>{file} ist leer (0 Byte); exportieren Sie das Video erneut als MP4 oder MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} ist eine Textdatei, kein Video; exportieren Sie das Video erneut als MP4 oder MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a video in any format Releasedesk knows; export the video again as MP4 or MOV.</source>
        <translation>{file} ist kein Video in einem Format, das Releasedesk kennt; exportieren Sie das Video erneut als MP4 oder MOV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a {format} file; deliver the video as MP4 or MOV (QuickTime).</source>
        <translation>{file} ist eine {format}-Datei; liefern Sie das Video als MP4 oder MOV (QuickTime) aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no picture (no video track); export the video again with its picture.</source>
        <translation>{file} hat kein Bild (keine Videospur); exportieren Sie das Video erneut mit Bild.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encoded as {codec}; deliver music videos as Apple ProRes or H.264 (HEVC and DNxHD are accepted too).</source>
        <translation>{file} ist als {codec} kodiert; liefern Sie Musikvideos als Apple ProRes oder H.264 aus (HEVC und DNxHD werden auch akzeptiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is encoded as {codec}; Motion Art must be H.264 or Apple ProRes 4444.</source>
        <translation>{file} ist als {codec} kodiert; Motion Art muss H.264 oder Apple ProRes 4444 sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {codec}; Apple asks for Motion Art in ProRes 4444 or H.264 — export it again in one of those.</source>
        <translation>{file} ist in {codec} kodiert; Apple verlangt Motion Art in ProRes 4444 oder H.264 — exportieren Sie es erneut in einem dieser Formate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no movie header, so no player can open it (the export did not finish); export the video again.</source>
        <translation>{file} hat keinen Video-Header, daher kann kein Player die Datei öffnen (der Export wurde nicht abgeschlossen); exportieren Sie das Video erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is cut short before its movie header: the copy or upload did not finish; copy or export it again.</source>
        <translation>{file} bricht vor seinem Video-Header ab: Das Kopieren oder Hochladen wurde nicht abgeschlossen; kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: {missing} bytes of its pictures and sound are missing; copy or export it again.</source>
        <translation>{file} ist unvollständig: Es fehlen {missing} Byte an Bild und Ton; kopieren oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged ({detail}); export the video again.</source>
        <translation>{file} ist beschädigt ({detail}); exportieren Sie das Video erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its picture size; export the video again.</source>
        <translation>{file} gibt seine Bildgröße nicht an; exportieren Sie das Video erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} holds no video frames; export the video again.</source>
        <translation>{file} enthält keine Videobilder; exportieren Sie das Video erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} lasts {seconds} s; Motion Art must last {min} to {max} s — export a loop of that length.</source>
        <translation>{file} dauert {seconds} s; Motion Art muss {min} bis {max} s dauern — exportieren Sie einen Loop dieser Länge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its picture lasts {video} s but its sound {audio} s; export it again so both end together.</source>
        <translation>{file}: Das Bild dauert {video} s, der Ton aber {audio} s; exportieren Sie die Datei erneut, sodass beide gleichzeitig enden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; music videos need at least 1920×1080 — export it at full HD or larger from the original (don&apos;t upscale).</source>
        <translation>{file} hat {width}×{height}; Musikvideos brauchen mindestens 1920×1080 — exportieren Sie es in Full HD oder größer aus dem Original (nicht hochskalieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} needs {min_width}×{min_height} — export it at that size from the original artwork.</source>
        <translation>{file} hat {width}×{height}; {role} braucht {min_width}×{min_height} — exportieren Sie es in dieser Größe aus dem Originalmaterial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has non-square pixels ({ratio}); export it with square pixels (1:1).</source>
        <translation>{file} hat nicht quadratische Pixel ({ratio}); exportieren Sie es mit quadratischen Pixeln (1:1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}, not 16:9; letterbox or pillarbox it inside a 16:9 frame unless the services were told otherwise.</source>
        <translation>{file} hat {width}×{height}, nicht 16:9; setzen Sie es per Letterbox oder Pillarbox in einen 16:9-Rahmen, sofern mit den Diensten nichts anderes vereinbart wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} must be {ratio} — export it again at that shape.</source>
        <translation>{file} hat {width}×{height}; {role} muss {ratio} sein — exportieren Sie es erneut in diesem Format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple Motion Art for mobile (3:4)</source>
        <translation>Apple Motion Art für Mobilgeräte (3:4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Motion Art for desktop (1:1)</source>
        <translation>Apple Motion Art für Desktop (1:1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a variable frame rate; export it at a constant rate (the rate it was shot at).</source>
        <translation>{file} hat eine variable Bildrate; exportieren Sie es mit konstanter Bildrate (der Bildrate der Aufnahme).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; Apple Music takes at most 30 — keep this file for the services that take it, and export a 25 or 30 fps version for Apple.</source>
        <translation>{file} läuft mit {rate} Bildern pro Sekunde; Apple Music nimmt höchstens 30 an — behalten Sie diese Datei für die Dienste, die sie annehmen, und exportieren Sie eine Version mit 25 oder 30 fps für Apple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; deliver it at 23.976, 24, 25, 29.97 or 30, the rate it was shot at.</source>
        <translation>{file} läuft mit {rate} Bildern pro Sekunde; liefern Sie es mit 23,976, 24, 25, 29,97 oder 30 aus, der Bildrate der Aufnahme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; streaming services show progressive video — export it progressive unless it really is interlaced video-sourced material.</source>
        <translation>{file} ist interlaced; Streamingdienste zeigen Video progressiv — exportieren Sie es progressiv, es sei denn, es stammt wirklich aus einer Interlaced-Videoquelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; Motion Art must be progressive — export it again progressive.</source>
        <translation>{file} ist interlaced; Motion Art muss progressiv sein — exportieren Sie es erneut progressiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no sound; a music video must carry its stereo audio — export it with the sound.</source>
        <translation>{file} hat keinen Ton; ein Musikvideo muss seinen Stereoton enthalten — exportieren Sie es mit Ton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a sound track; Motion Art must be silent — export it without audio.</source>
        <translation>{file} hat eine Tonspur; Motion Art muss stumm sein — exportieren Sie es ohne Audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {count} sound tracks; deliver one stereo track.</source>
        <translation>{file} hat {count} Tonspuren; liefern Sie eine einzige Stereospur aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is {codec}; deliver it as PCM or AAC.</source>
        <translation>Der Ton von {file} ist {codec}; liefern Sie ihn als PCM oder AAC aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is mono; music videos need stereo sound — export it as stereo.</source>
        <translation>Der Ton von {file} ist mono; Musikvideos brauchen Stereoton — exportieren Sie ihn in Stereo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound has {channels} channels; music videos need stereo — deliver a stereo mix.</source>
        <translation>Der Ton von {file} hat {channels} Kanäle; Musikvideos brauchen Stereo — liefern Sie einen Stereomix aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}&apos;s sound is {rate} kHz; music videos need 44.1 or 48 kHz — export the sound at 48 kHz.</source>
        <translation>Der Ton von {file} hat {rate} kHz; Musikvideos brauchen 44,1 oder 48 kHz — exportieren Sie den Ton mit 48 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not loop seamlessly: its last frame jumps back to the first; make the end flow into the start.</source>
        <translation>{file} läuft nicht nahtlos als Loop: Das letzte Bild springt zum ersten zurück; lassen Sie das Ende fließend in den Anfang übergehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: whether it loops seamlessly was not checked, as no video decoder (ffmpeg) is installed; install ffmpeg, or watch the loop yourself.</source>
        <translation>{file}: Ob der Loop nahtlos ist, wurde nicht geprüft, da kein Videodecoder (ffmpeg) installiert ist; installieren Sie ffmpeg oder sehen Sie sich den Loop selbst an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its first and last frames could not be decoded to check the loop; play it through and export it again if it stops.</source>
        <translation>{file}: Das erste und letzte Bild konnten nicht dekodiert werden, um den Loop zu prüfen; spielen Sie die Datei ganz ab und exportieren Sie sie erneut, wenn sie stoppt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the email and password; check them and try again.</source>
        <translation>Der Server hat E-Mail und Passwort abgelehnt; prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on the server has expired; log in again.</source>
        <translation>Ihre Sitzung auf dem Server ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in to the server.</source>
        <translation>Sie sind nicht beim Server angemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in to {host} (profile &apos;{profile}&apos;).</source>
        <translation>Sie sind nicht bei {host} angemeldet (Profil „{profile}“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no such item.</source>
        <translation>Der Server hat dieses Element nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data: {details}.</source>
        <translation>Der Server hat die Daten abgelehnt: {details}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data without saying why.</source>
        <translation>Der Server hat die Daten ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not a server address; give one like https://api.example.com.</source>
        <translation>„{url}“ ist keine Serveradresse; geben Sie eine wie https://api.example.com an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing plain http:// for {host}: your password and token would travel unencrypted; use {url} instead.</source>
        <translation>Unverschlüsseltes http:// für {host} abgelehnt: Passwort und Token würden unverschlüsselt übertragen; verwenden Sie stattdessen {url}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name does not resolve</source>
        <translation>der Name lässt sich nicht auflösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its TLS certificate is not trusted by this computer</source>
        <translation>sein TLS-Zertifikat wird von diesem Computer nicht als vertrauenswürdig anerkannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests; try again later.</source>
        <translation>{host} begrenzt die Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests (it asks to wait {seconds} s); try again later.</source>
        <translation>{host} begrenzt die Anfragen (es bittet, {seconds} s zu warten); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is unavailable right now (HTTP {status}, {detail}); try again later.</source>
        <translation>{host} ist gerade nicht erreichbar (HTTP {status}, {detail}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to {host} ({reason}); check the server address and your network connection.</source>
        <translation>Keine Verbindung zu {host} ({reason}); prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time; check your network connection or try again later.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet; prüfen Sie Ihre Netzwerkverbindung oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to {host} was lost ({reason}); try again later.</source>
        <translation>Die Verbindung zu {host} ist abgebrochen ({reason}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered {status}</source>
        <translation>der Server hat mit {status} geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{request} on {host} failed and {why}: the server may or may not have saved it; check before sending it again.</source>
        <translation>{request} auf {host} ist fehlgeschlagen und {why}: Der Server hat es vielleicht gespeichert, vielleicht nicht; prüfen Sie das, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} refused the change as conflicting: {detail}.</source>
        <translation>{host} hat die Änderung als widersprüchlich abgelehnt: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed to answer (HTTP {status}: {detail}).</source>
        <translation>{host} konnte nicht antworten (HTTP {status}: {detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused {request} (HTTP {status}): {detail}.</source>
        <translation>{host} hat {request} abgelehnt (HTTP {status}): {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused the login for {login}: {detail}</source>
        <translation>{host} hat die Anmeldung von {login} abgelehnt: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} could not log you in right now (HTTP {status}); try again later.</source>
        <translation>{host} kann Sie gerade nicht anmelden (HTTP {status}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} answered the login without a token; is {url} the right address?</source>
        <translation>{host} hat die Anmeldung ohne Token beantwortet; ist {url} die richtige Adresse?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on {host} has expired ({detail}); log in again.</source>
        <translation>Ihre Sitzung auf {host} ist abgelaufen ({detail}); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not found on {host}.</source>
        <translation>{path} wurde auf {host} nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} the right server?</source>
        <translation>{host} hat eine Antwort gesendet, die kein JSON ist; ist {url} der richtige Server?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent an unexpected reply.</source>
        <translation>{host} hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a {type} item this app cannot read ({reason}).</source>
        <translation>{host} hat ein {type}-Element gesendet, das diese App nicht lesen kann ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a {type} listing this app cannot read ({reason}).</source>
        <translation>{host} hat eine {type}-Liste gesendet, die diese App nicht lesen kann ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({type}) has no server id yet; create it first.</source>
        <translation>Dieses Objekt ({type}) hat noch keine Server-ID; legen Sie es zuerst an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} does not exist or is not a file; choose another file.</source>
        <translation>Die Audiodatei {path} existiert nicht oder ist keine Datei; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} is empty; export it again.</source>
        <translation>Die Audiodatei {path} ist leer; exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video {path} does not exist or is not a file; choose another file.</source>
        <translation>Das Video {path} existiert nicht oder ist keine Datei; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is empty; export it again.</source>
        <translation>Das Video {path} ist leer; exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} does not exist or is not a file; choose another file.</source>
        <translation>Das Coverbild {path} existiert nicht oder ist keine Datei; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is empty; export it again.</source>
        <translation>Das Coverbild {path} ist leer; exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} is neither JPEG nor PNG; export it as a JPEG.</source>
        <translation>Das Coverbild {path} ist weder JPEG noch PNG; exportieren Sie es als JPEG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload of {file} was cancelled.</source>
        <translation>Das Hochladen von {file} wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being sent; wait until it is finished being written and try again.</source>
        <translation>{file} hat sich während des Sendens geändert; warten Sie, bis die Datei fertig geschrieben ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server received different bytes for {file} than were read (md5 {server} vs {local}); upload it again.</source>
        <translation>Der Server hat für {file} andere Bytes erhalten als gelesen wurden (md5 {server} statt {local}); laden Sie es erneut hoch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the access token ({detail}); paste a new token for the connection &apos;{connection}&apos;.</source>
        <translation>{host} hat das Zugriffstoken abgelehnt ({detail}); fügen Sie ein neues Token für die Verbindung „{connection}“ ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the label: {detail}.</source>
        <translation>{host} hat das Label abgelehnt: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} a label-profile server?</source>
        <translation>{host} hat eine Antwort gesendet, die kein JSON ist; ist {url} ein Server für Labelprofile?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a reply without data; is {url} a label-profile server?</source>
        <translation>{host} hat eine Antwort ohne Daten gesendet; ist {url} ein Server für Labelprofile?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label this app cannot read ({reason}).</source>
        <translation>{host} hat ein Label gesendet, das diese App nicht lesen kann ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label list this app cannot read.</source>
        <translation>{host} hat eine Labelliste gesendet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no connection profile named &apos;{name}&apos;; sign in with it first.</source>
        <translation>Es gibt kein Verbindungsprofil namens „{name}“; melden Sie sich zuerst damit an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profiles file {path} cannot be read ({reason}); fix or delete it and log in again.</source>
        <translation>Die Profildatei {path} kann nicht gelesen werden ({reason}); korrigieren oder löschen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection profile &apos;{name}&apos; in {path} is incomplete; log in again to recreate it.</source>
        <translation>Das Verbindungsprofil „{name}“ in {path} ist unvollständig; melden Sie sich erneut an, um es neu anzulegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available on this computer.</source>
        <translation>Auf diesem Computer ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring could not be used ({reason}).</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secrets file {path} cannot be read ({reason}); delete it and log in again.</source>
        <translation>Die Geheimnisdatei {path} kann nicht gelesen werden ({reason}); löschen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product attribute is set as ATTRIBUTE=VALUE (like production-line=&quot;2026 Label&quot;); got &apos;{item}&apos;.</source>
        <translation>Ein Produktattribut wird als ATTRIBUT=WERT angegeben (wie production-line=&quot;2026 Label&quot;); erhalten: „{item}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{name}&apos; is not a product attribute; use one of {known}.</source>
        <translation>„{name}“ ist kein Produktattribut; verwenden Sie eines von: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be a whole number; got &apos;{value}&apos;.</source>
        <translation>{name} muss eine ganze Zahl sein; erhalten: „{value}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be true or false; got &apos;{value}&apos;.</source>
        <translation>{name} muss true oder false sein; erhalten: „{value}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no label {label} in the local catalog; use a label id from the server or from the list of drafts.</source>
        <translation>Im lokalen Katalog gibt es kein Label {label}; verwenden Sie eine Label-ID vom Server oder aus der Entwurfsliste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A label is given by its id on the server (a number); got &apos;{label}&apos;.</source>
        <translation>Ein Label wird über seine ID auf dem Server angegeben (eine Zahl); erhalten: „{label}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder; give the folder that holds the release&apos;s audio files.</source>
        <translation>{folder} ist kein Ordner; geben Sie den Ordner mit den Audiodateien der Veröffentlichung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds no FLAC or WAV files; put the release&apos;s masters in it.</source>
        <translation>{folder} enthält keine FLAC- oder WAV-Dateien; legen Sie die Master der Veröffentlichung hinein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This label already has a product with UPC {upc} ({draft}); edit that draft, or discard it before importing {folder} again.</source>
        <translation>Dieses Label hat bereits ein Produkt mit dem UPC {upc} ({draft}); bearbeiten Sie diesen Entwurf oder verwerfen Sie ihn, bevor Sie {folder} erneut importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the product has no {attribute}</source>
        <translation>dem Produkt fehlt {attribute}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cover file (cover/folder/front .jpg or .png) in the folder</source>
        <translation>keine Coverdatei (cover/folder/front .jpg oder .png) im Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>track {position} ({file}) has no {fields}; tag the file or edit the draft</source>
        <translation>Titel {position} ({file}) fehlt {fields}; taggen Sie die Datei oder bearbeiten Sie den Entwurf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync cancelled; the rest stays queued</source>
        <translation>Synchronisierung abgebrochen; der Rest bleibt in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: {reason}</source>
        <translation>angehalten: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held     {what}: {why}; fix it, then sync</source>
        <translation>gehalten {what}: {why}; beheben Sie es und synchronisieren Sie dann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting  {what}: {why}</source>
        <translation>wartet   {what}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {why}; it stays queued</source>
        <translation>fehlgeschlagen {what}: {why}; bleibt in der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer</source>
        <translation>keine eindeutige Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: the answer was lost; the server is checked before it is sent again</source>
        <translation>unsicher {what}: die Antwort ging verloren; vor dem erneuten Senden wird der Server geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{error} Log in again, then sync: nothing was lost.</source>
        <translation>{error} Melden Sie sich erneut an und synchronisieren Sie dann: Nichts ging verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} Everything stays queued.</source>
        <translation>{error} Alles bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected {what}: {error}</source>
        <translation>abgelehnt {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {error}</source>
        <translation>fehlgeschlagen {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: {error}</source>
        <translation>unsicher {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict {what}: changed on the server too ({fields})</source>
        <translation>Konflikt {what}: auch auf dem Server geändert ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent     {what}</source>
        <translation>gesendet {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted  {what}: it was already on the server; kept that one</source>
        <translation>übernommen {what}: war schon auf dem Server; dieses wird behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy     {what}: {error}</source>
        <translation>belegt   {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking &apos;{file}&apos;</source>
        <translation>„{file}“ wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This label was deleted on the server; delete it here or make it again.</source>
        <translation>Dieses Label wurde auf dem Server gelöscht; löschen Sie es hier oder legen Sie es neu an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} was written by a newer Releasedesk; update the app.</source>
        <translation>Die Label-Profil-Datei {path} wurde von einer neueren Releasedesk-Version geschrieben; aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} cannot be opened ({reason}); move it away and refresh from the server.</source>
        <translation>Die Label-Profil-Datei {path} lässt sich nicht öffnen ({reason}); verschieben Sie sie und laden Sie neu vom Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given; type it when asked.</source>
        <translation>Es wurde kein Passwort angegeben; geben Sie es ein, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no draft {draft}; the drafts list shows them.</source>
        <translation>Es gibt keinen Entwurf {draft}; die Entwurfsliste zeigt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is gone; attach the file again.</source>
        <translation>Das Coverbild {path} ist verschwunden; hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} is gone; attach the file again.</source>
        <translation>Das Audio-Master {path} ist verschwunden; hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is gone; drop the file again.</source>
        <translation>Das Video {path} ist nicht mehr vorhanden; legen Sie die Datei erneut ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of {file} was cancelled.</source>
        <translation>Die Prüfung von {file} wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown operation &apos;{op}&apos; in the outbox.</source>
        <translation>Unbekannter Vorgang „{op}“ in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refresh was cancelled; what was read so far is kept.</source>
        <translation>Die Aktualisierung wurde abgebrochen; was bisher gelesen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} date &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Datum {field} „{value}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends ({until}) before it starts ({since}); swap the two dates.</source>
        <translation>Der Zeitraum endet ({until}), bevor er beginnt ({since}); vertauschen Sie die beiden Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trends range covers at most {days} days; ask for a shorter range.</source>
        <translation>Ein Trends-Zeitraum umfasst höchstens {days} Tage; fordern Sie einen kürzeren Zeitraum an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the trends file (HTTP {status}); ask for the trends again.</source>
        <translation>{host} hat die Trends-Datei abgelehnt (HTTP {status}); fordern Sie die Trends erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends are fetched from the server; sign in first.</source>
        <translation>Trends werden vom Server abgerufen; melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not prepare the trends (extract {id}); try again later.</source>
        <translation>Der Server konnte die Trends nicht vorbereiten (Auszug {id}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trends (extract {id}) were not ready after {seconds} s; try again later.</source>
        <translation>Die Trends (Auszug {id}) waren nach {seconds} s nicht bereit; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and no trends of this scope were fetched before; connect and fetch them once.</source>
        <translation>Der Server ist nicht erreichbar, und für diesen Bereich wurden noch keine Trends abgerufen; stellen Sie eine Verbindung her und rufen Sie sie einmal ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trends file from the server is unreadable at line {line} ({reason}).</source>
        <translation>Die Trends-Datei vom Server ist in Zeile {line} nicht lesbar ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: showing the trends cached on {date}.</source>
        <translation>Offline: Es werden die am {date} zwischengespeicherten Trends angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends fetched on {date}.</source>
        <translation>Trends abgerufen am {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a server id; product, artist and label ids are digits.</source>
        <translation>„{value}“ ist keine Server-ID; Produkt-, Künstler- und Label-IDs bestehen aus Ziffern.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} geschrieben.</numerusform>
            <numerusform>%n Zeilen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No streams in this range.</source>
        <translation>Keine Streams in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {file} ({reason}); choose another file.</source>
        <translation>{file} kann nicht geschrieben werden ({reason}); wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog file {path} cannot be opened ({reason}); move it aside and refresh the catalog from the server.</source>
        <translation>Die Katalogdatei {path} kann nicht geöffnet werden ({reason}); legen Sie sie beiseite und laden Sie den Katalog neu vom Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalog was written by a newer Releasedesk (schema {version}); update the app.</source>
        <translation>Dieser Katalog wurde von einer neueren Releasedesk-Version geschrieben (Schema {version}); aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no object {id} in the local catalog; refresh the list.</source>
        <translation>Im lokalen Katalog gibt es kein Objekt {id}; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product {id} in the local catalog; refresh the list.</source>
        <translation>Im lokalen Katalog gibt es kein Produkt {id}; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover of {id} was already sent; choose the old cover again instead of undoing.</source>
        <translation>Das Cover von {id} wurde bereits gesendet; wählen Sie das alte Cover erneut, statt rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {id} was already sent or is being uploaded; drop the old file again instead of undoing.</source>
        <translation>Das Video {id} wurde bereits gesendet oder wird gerade hochgeladen; legen Sie die alte Datei erneut ab, statt rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The master {id} was already sent or is being uploaded; attach the old file again instead of undoing.</source>
        <translation>Das Master {id} wurde bereits gesendet oder wird gerade hochgeladen; hängen Sie die alte Datei erneut an, statt rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is being sent right now; wait for the sync to finish.</source>
        <translation>{id} wird gerade gesendet; warten Sie, bis die Synchronisierung fertig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &apos;mine&apos; or &apos;theirs&apos; to resolve a conflict.</source>
        <translation>Wählen Sie „mine“ oder „theirs“, um einen Konflikt zu lösen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} of {id} is not in conflict.</source>
        <translation>{field} von {id} steht nicht im Konflikt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is a {actual}, not a {expected}.</source>
        <translation>{id} ist vom Typ {actual}, nicht {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is not an editable field of a {kind}; editable fields are {fields}.</source>
        <translation>„{name}“ ist kein bearbeitbares Feld vom Typ {kind}; bearbeitbar sind {fields}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind}&apos;s {name} follows the {parent} it belongs to; move it instead.</source>
        <translation>Das Feld {name} eines Objekts vom Typ {kind} folgt dem Objekt {parent}, zu dem es gehört; verschieben Sie es stattdessen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} cannot be drafted here; it comes from the server.</source>
        <translation>Ein Objekt vom Typ {kind} kann hier nicht als Entwurf angelegt werden; es kommt vom Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} comes from the server and cannot be edited here.</source>
        <translation>Ein Objekt vom Typ {kind} kommt vom Server und kann hier nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of object Releasedesk stores; use one of {kinds}.</source>
        <translation>„{kind}“ ist keine Objektart, die Releasedesk speichert; verwenden Sie eine von: {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} cannot be read; check that the file exists.</source>
        <translation>Das Cover {path} kann nicht gelesen werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} cannot be read; check that the file exists.</source>
        <translation>Das Audio-Master {path} kann nicht gelesen werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} cannot be read; check that the file exists.</source>
        <translation>Das Video {path} kann nicht gelesen werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is not a file; choose a file.</source>
        <translation>Das Video {path} ist keine Datei; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The track {id} is not on the product {parent}; drop the video on one of its tracks.</source>
        <translation>Der Titel {id} gehört nicht zum Produkt {parent}; legen Sie das Video auf einem seiner Titel ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of Motion Art; use one of {kinds}.</source>
        <translation>„{kind}“ ist keine Art von Motion Art; verwenden Sie eine davon: {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} is not a file; choose a file.</source>
        <translation>Das Cover {path} ist keine Datei; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audio master {path} is not a file; choose a file.</source>
        <translation>Das Audio-Master {path} ist keine Datei; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label name is empty; give the label a name.</source>
        <translation>Der Labelname ist leer; geben Sie dem Label einen Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email “{email}” is not a valid address; write it like contact@example.com or leave it empty.</source>
        <translation>Die E-Mail „{email}“ ist keine gültige Adresse; schreiben Sie sie wie contact@example.com oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country “{country}” is not an ISO 3166 country code; pick one from the list (for example US, GB or RW).</source>
        <translation>Das Land „{country}“ ist kein ISO-3166-Ländercode; wählen Sie eines aus der Liste (zum Beispiel US, GB oder RW).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country cannot be emptied once the label exists; pick one from the list.</source>
        <translation>Das Land kann nicht mehr geleert werden, sobald das Label existiert; wählen Sie eines aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one DSP to deliver to.</source>
        <translation>Nennen Sie mindestens einen DSP für die Auslieferung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no DSP named &apos;{name}&apos; on this server; known DSPs: {known}.</source>
        <translation>Auf diesem Server gibt es keinen DSP namens „{name}“; bekannte DSPs: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp} has no upload identification on this server; ask the distributor to set up delivery to it.</source>
        <translation>{dsp} hat auf diesem Server keine Upload-Kennung; bitten Sie den Vertrieb, die Auslieferung dorthin einzurichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no subgenre &apos;{value}&apos;; use a name like {examples}.</source>
        <translation>Es gibt kein Subgenre „{value}“; verwenden Sie einen Namen wie {examples}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is neither WW, a continent nor a two-letter territory code (like FR).</source>
        <translation>„{value}“ ist weder WW noch ein Kontinent noch ein zweibuchstabiger Gebietscode (wie FR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a delivery type; use delivery, update, redelivery or delete.</source>
        <translation>„{value}“ ist keine Auslieferungsart; verwenden Sie delivery, update, redelivery oder delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a priority; use normal or urgent (next needs an explicit confirmation).</source>
        <translation>„{value}“ ist keine Priorität; verwenden Sie normal oder urgent (next braucht eine ausdrückliche Bestätigung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority &apos;next&apos; skips the checks and uses the daily quota of {quota}; confirm it explicitly.</source>
        <translation>Die Priorität „next“ überspringt die Prüfungen und verbraucht das Tageskontingent von {quota}; bestätigen Sie sie ausdrücklich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer has no subgenre; choose one.</source>
        <translation>Das Standardangebot hat kein Subgenre; wählen Sie eines.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no release date; choose one.</source>
        <translation>Das Standardangebot hat kein Veröffentlichungsdatum; wählen Sie eines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({kind} {ref}) is not on the server any more; refresh and try again.</source>
        <translation>Dieses Objekt ({kind} {ref}) ist nicht mehr auf dem Server; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product} has no default offer on the server; the server creates one with the product.</source>
        <translation>Produkt {product} hat auf dem Server kein Standardangebot; der Server legt eines mit dem Produkt an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {task} is still {status}; wait until it ends.</source>
        <translation>Auftrag {task} ist noch im Status {status}; warten Sie, bis er endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer</source>
        <translation>Standardangebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate offer</source>
        <translation>Angebot bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artists</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP offer</source>
        <translation>DSP-Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send task</source>
        <translation>Sendeauftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a right for {dsps} in {territories}</source>
        <translation>Recht für {dsps} in {territories} hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rights already cover {dsps}</source>
        <translation>die Rechte decken {dsps} bereits ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set {changes}</source>
        <translation>gesetzt: {changes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date and subgenre already set</source>
        <translation>Veröffentlichungsdatum und Subgenre bereits gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer is active</source>
        <translation>das Standardangebot ist aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer already active</source>
        <translation>Standardangebot bereits aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation: {problems}</source>
        <translation>
            <numerusform>%n Problem blockiert die Aktivierung: {problems}</numerusform>
            <numerusform>%n Probleme blockieren die Aktivierung: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation was not confirmed</source>
        <translation>die Aktivierung wurde nicht bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active</source>
        <translation>das Produkt ist aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active; new artists: {artists}</source>
        <translation>das Produkt ist aktiv; neue Künstler: {artists}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product already active</source>
        <translation>Produkt bereits aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; artist {id} (priority {priority})</source>
        <translation>{name} -&gt; Künstler {id} (Priorität {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; a new artist</source>
        <translation>{name} -&gt; ein neuer Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no credited names</source>
        <translation>keine genannten Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp} already has an active offer</source>
        <translation>{dsp} hat bereits ein aktives Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer for {dsp} created</source>
        <translation>Angebot für {dsp} angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} is already {status}</source>
        <translation>{dsp}: Auftrag {task} ist bereits im Status {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: already delivered (task {task})</source>
        <translation>{dsp}: bereits ausgeliefert (Auftrag {task})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} ({type}, {priority})</source>
        <translation>{dsp}: Auftrag {task} ({type}, {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preorder date</source>
        <translation>Vorbestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subgenre</source>
        <translation>Subgenre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second subgenre</source>
        <translation>zweites Subgenre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files}: {errors}, {warnings}.</source>
        <translation>{files}: {errors}, {warnings}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked {count}: {file}</source>
        <translation>Datei {count} geprüft: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>Gleitkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ch</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist and was not checked.</source>
        <translation>{path} existiert nicht und wurde nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n picture(s) of masters written to {folder}.</source>
        <translation>
            <numerusform>%n Bild eines Masters nach {folder} geschrieben.</numerusform>
            <numerusform>%n Bilder von Mastern nach {folder} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture of {file} could not be written to {folder} ({reason}); choose a writable folder.</source>
        <translation>Das Bild von {file} konnte nicht nach {folder} geschrieben werden ({reason}); wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} can&apos;t hold the pictures ({reason}); name a folder you can write to.</source>
        <translation>{folder} kann die Bilder nicht aufnehmen ({reason}); nennen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n Produkt gefunden</numerusform>
            <numerusform>%n Produkte gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n task(s)</source>
        <translation>
            <numerusform>{shown} von %n Auftrag</numerusform>
            <numerusform>{shown} von %n Aufträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation of “{name}”.</source>
        <translation>
            <numerusform>%n Problem blockiert die Aktivierung von „{name}“.</numerusform>
            <numerusform>%n Probleme blockieren die Aktivierung von „{name}“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n Warnung.</numerusform>
            <numerusform>%n Warnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>%n Titel hinzufügen</numerusform>
            <numerusform>%n Titel hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n send task(s) under way; follow them in the dashboard.</source>
        <translation>
            <numerusform>%n Sendeauftrag läuft; verfolgen Sie ihn im Dashboard.</numerusform>
            <numerusform>%n Sendeaufträge laufen; verfolgen Sie sie im Dashboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credited name(s).</source>
        <translation>
            <numerusform>%n genannter Name.</numerusform>
            <numerusform>%n genannte Namen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n Regel.</numerusform>
            <numerusform>%n Regeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label profile(s)</source>
        <translation>
            <numerusform>%n Labelprofil</numerusform>
            <numerusform>%n Labelprofile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed</source>
        <translation>
            <numerusform>%n Auslieferung fehlgeschlagen</numerusform>
            <numerusform>%n Auslieferungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) completed.</source>
        <translation>
            <numerusform>%n Auslieferung abgeschlossen.</numerusform>
            <numerusform>%n Auslieferungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed; see the dashboard for the reasons.</source>
        <translation>
            <numerusform>%n Auslieferung fehlgeschlagen; die Gründe stehen im Dashboard.</numerusform>
            <numerusform>%n Auslieferungen fehlgeschlagen; die Gründe stehen im Dashboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{status}: %n</source>
        <translation>
            <numerusform>{status}: %n</numerusform>
            <numerusform>{status}: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on the server too: {fields}</source>
        <translation>auch auf dem Server geändert: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here and on the server; choose which to keep.</source>
        <translation>Hier und auf dem Server geändert; wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: mine {mine}, server {theirs}</source>
        <translation>{field}: meins {mine}, Server {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last try: {error}</source>
        <translation>letzter Versuch: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create {subject}</source>
        <translation>{subject} anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update {subject} ({fields})</source>
        <translation>{subject} ändern ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload cover &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>Cover „{file}“ für Produkt „{product}“ hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the replaced master &apos;{file}&apos; of {track}</source>
        <translation>ersetztes Master „{file}“ von {track} prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload master &apos;{file}&apos; for {track}</source>
        <translation>Master „{file}“ für {track} hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload video &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>Video „{file}“ für Produkt „{product}“ hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload Motion Art &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>Motion Art „{file}“ für Produkt „{product}“ hochladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video &apos;{name}&apos;</source>
        <translation>Video „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the video link of track &apos;{name}&apos;</source>
        <translation>die Videoverknüpfung des Titels „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for {subject} ({state})</source>
        <translation>wartet auf {subject} ({state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product &apos;{name}&apos;</source>
        <translation>Produkt „{name}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label &apos;{name}&apos;</source>
        <translation>Label „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a track</source>
        <translation>einen Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {id}</source>
        <translation>Titel {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {position} &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>Titel {position} „{name}“ von „{product}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>Titel „{name}“ von „{product}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to check: {paths} does not exist; give audio files, covers or folders.</source>
        <translation>nichts zu prüfen: {paths} existiert nicht; geben Sie Audiodateien, Cover oder Ordner an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox only listens on this machine (127.0.0.1); {host} is not a loopback address. Serving others means plain http: allow it only on a network you trust.</source>
        <translation>Die Sandbox lauscht nur auf diesem Rechner (127.0.0.1); {host} ist keine Loopback-Adresse. Andere zu bedienen heißt unverschlüsseltes http: erlauben Sie es nur in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox cannot listen on {address} ({reason}); choose another port or stop what uses it.</source>
        <translation>Die Sandbox kann nicht auf {address} lauschen ({reason}); wählen Sie einen anderen Port oder beenden Sie, was ihn belegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown dialect &apos;{dialect}&apos;; use limbo or labelcamp.</source>
        <translation>Unbekannter Dialekt „{dialect}“; verwenden Sie limbo oder labelcamp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox data in {folder} cannot be used ({reason}); choose another data folder.</source>
        <translation>Die Sandbox-Daten in {folder} sind nicht verwendbar ({reason}); wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox could not start ({reason}).</source>
        <translation>Die Sandbox konnte nicht starten ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox did not start within {seconds} seconds.</source>
        <translation>Die Sandbox ist nicht innerhalb von {seconds} Sekunden gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 0 and 65535, not {port}.</source>
        <translation>Der Port muss zwischen 0 und 65535 liegen, nicht {port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery time cannot be negative.</source>
        <translation>Die Lieferzeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token&apos;s lifetime must be more than 0 seconds.</source>
        <translation>Die Lebensdauer eines Tokens muss mehr als 0 Sekunden betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a file; give a folder for the sandbox&apos;s data.</source>
        <translation>{path} ist eine Datei; geben Sie einen Ordner für die Daten der Sandbox an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Catalog read from the server: %n product(s).</source>
        <translation>
            <numerusform>Katalog vom Server gelesen: %n Produkt.</numerusform>
            <numerusform>Katalog vom Server gelesen: %n Produkte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available; your login is kept in memory for this run only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar; Ihre Anmeldung wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something unexpected went wrong ({kind}). Nothing was lost; details are in {log}.</source>
        <translation>etwas Unerwartetes ist schiefgegangen ({kind}). Nichts ging verloren; Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Commands: {commands}.</source>
        <translation>„{word}“ ist weder ein releasedesk-Befehl noch eine vorhandene Datei. Befehle: {commands}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Did you mean &apos;{closest}&apos;? Commands: {commands}.</source>
        <translation>„{word}“ ist weder ein releasedesk-Befehl noch eine vorhandene Datei. Meinten Sie „{closest}“? Befehle: {commands}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to check: {paths} holds no audio files or covers; give the release&apos;s files or the folder that holds them.</source>
        <translation>nichts zu prüfen: {paths} enthält weder Audiodateien noch Cover; geben Sie die Dateien der Veröffentlichung oder den Ordner an, der sie enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no audio files or covers; nothing in it was checked.</source>
        <translation>{path} enthält weder Audiodateien noch Cover; darin wurde nichts geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Draft {draft}: “{name}” with %n track(s), {cover}.</source>
        <translation>
            <numerusform>Entwurf {draft}: „{name}“ mit %n Track, {cover}.</numerusform>
            <numerusform>Entwurf {draft}: „{name}“ mit %n Tracks, {cover}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cover</source>
        <translation>kein Cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {file}: only FLAC and WAV masters are sent</source>
        <translation>{file} übersprungen: nur FLAC- und WAV-Master werden gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing:</source>
        <translation>Fehlt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing missing for the server to accept it.</source>
        <translation>Es fehlt nichts, damit der Server ihn annimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media check:</source>
        <translation>Medienprüfung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media check: no problems.</source>
        <translation>Medienprüfung: keine Probleme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent; run &apos;{command}&apos; to send it.</source>
        <translation>Nichts wurde gesendet; führen Sie „{command}“ aus, um ihn zu senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded {draft}.</source>
        <translation>{draft} verworfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drafts.</source>
        <translation>Keine Entwürfe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(id {id} on the server)</source>
        <translation>(ID {id} auf dem Server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not yet synced</source>
        <translation>
            <numerusform>%n noch nicht synchronisiert</numerusform>
            <numerusform>%n noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) queued</source>
        <translation>
            <numerusform>%n Vorgang in der Warteschlange</numerusform>
            <numerusform>%n Vorgänge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{drafts}, {unsent}, {queued}.</source>
        <translation>{drafts}, {unsent}, {queued}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to send: every draft is synced.</source>
        <translation>Nichts zu senden: alle Entwürfe sind synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) still queued</source>
        <translation>
            <numerusform>%n Vorgang noch in der Warteschlange</numerusform>
            <numerusform>%n Vorgänge noch in der Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sent} sent, {rejected} rejected, {conflicts} in conflict, {failed} failed; {remaining} ({requests}, {seconds} s).</source>
        <translation>{sent} gesendet, {rejected} abgelehnt, {conflicts} im Konflikt, {failed} fehlgeschlagen; {remaining} ({requests}, {seconds} s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;{command}&apos; to see what is waiting and why.</source>
        <translation>Führen Sie „{command}“ aus, um zu sehen, was wartet und warum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {email} on {server}: </source>
        <translation>Passwort für {email} auf {server}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in to {server} ({dialect}) as {user}; profile &apos;{profile}&apos; saved.</source>
        <translation>Bei {server} ({dialect}) als {user} angemeldet; Profil „{profile}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out of {server} (profile &apos;{profile}&apos;).</source>
        <translation>Von {server} abgemeldet (Profil „{profile}“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {user}</source>
        <translation>Benutzer: {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor: {name} (id {id})</source>
        <translation>Vertrieb: {name} (ID {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {name} (id {id})</source>
        <translation>Firma: {name} (ID {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {server} ({dialect}), profile &apos;{profile}&apos;</source>
        <translation>Server: {server} ({dialect}), Profil „{profile}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority next: {used} of {quota} used today.</source>
        <translation>Priorität next: {used} von {quota} heute verbraucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product was not delivered; fix the problems above and run the same command again.</source>
        <translation>das Produkt wurde nicht ausgeliefert; beheben Sie die obigen Probleme und führen Sie denselben Befehl erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp}: task {task} {status}</source>
        <translation>{dsp}: Aufgabe {task} {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {status} ({reason})</source>
        <translation>{dsp}: Aufgabe {task} {status} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}</source>
        <translation>{dsp}: Aufgabe {task} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}: {reason}</source>
        <translation>{dsp}: Aufgabe {task} {old} -&gt; {new}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped waiting; %n task(s) not finished yet ({tasks}). Run &apos;{command}&apos; to follow them.</source>
        <translation>
            <numerusform>Warten beendet; %n Aufgabe noch nicht fertig ({tasks}). Führen Sie „{command}“ aus, um sie zu verfolgen.</numerusform>
            <numerusform>Warten beendet; %n Aufgaben noch nicht fertig ({tasks}). Führen Sie „{command}“ aus, um sie zu verfolgen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deliveries.</source>
        <translation>Keine Auslieferungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deliveries for product {product}.</source>
        <translation>Keine Auslieferungen für Produkt {product}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every delivery has finished.</source>
        <translation>Alle Auslieferungen sind abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox ready at {url}</source>
        <translation>Sandbox bereit unter {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: plain http, reachable from the network: use demo data only.</source>
        <translation>Warnung: unverschlüsseltes http, aus dem Netzwerk erreichbar: nur Demodaten verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL: {url}</source>
        <translation>API-Basis-URL: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login: {email} / {password}</source>
        <translation>Anmeldung: {email} / {password}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: {folder}</source>
        <translation>Daten: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl-C to stop.</source>
        <translation>Drücken Sie Strg-C zum Beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The polling interval must be more than 0 seconds.</source>
        <translation>Das Abfrageintervall muss mehr als 0 Sekunden betragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profiles sandbox ready at {url}</source>
        <translation>Label-Profil-Sandbox bereit unter {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires in {seconds} s. Press Ctrl-C to stop.</source>
        <translation>Das Token läuft in {seconds} s ab. Drücken Sie Strg-C zum Beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This needs the server, and it cannot be reached now.</source>
        <translation>Dafür wird der Server benötigt, und er ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and product {product}&apos;s live states were never read on this machine.</source>
        <translation>Der Server ist nicht erreichbar, und die Live-Status des Produkts {product} wurden auf diesem Rechner nie gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown service &apos;{service}&apos;; choose one of {known}.</source>
        <translation>Unbekannter Dienst „{service}“; wählen Sie einen davon: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Spotify artist id: paste the 22-character id or the artist&apos;s open.spotify.com link.</source>
        <translation>„{value}“ ist keine Spotify-Künstler-ID: Fügen Sie die 22-stellige ID oder den open.spotify.com-Link des Künstlers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not an Apple Music artist id: paste the number or the artist&apos;s music.apple.com link.</source>
        <translation>„{value}“ ist keine Apple-Music-Künstler-ID: Fügen Sie die Nummer oder den music.apple.com-Link des Künstlers ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server has no product with %n of these ids: {ids}.</source>
        <translation>
            <numerusform>Der Server hat zu %n dieser IDs kein Produkt: {ids}.</numerusform>
            <numerusform>Der Server hat zu %n dieser IDs kein Produkt: {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown delivery type &apos;{type}&apos;; choose one of {known}.</source>
        <translation>Unbekannter Auslieferungstyp „{type}“; wählen Sie einen davon: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products were chosen.</source>
        <translation>Es wurden keine Produkte ausgewählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product carries the tag &apos;{tag}&apos;.</source>
        <translation>Kein Produkt trägt den Tag „{tag}“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n next-priority task(s) are more than the daily quota of {quota}; choose urgent.</source>
        <translation>
            <numerusform>%n Auftrag mit Priorität next übersteigt das Tageskontingent von {quota}; wählen Sie urgent.</numerusform>
            <numerusform>%n Aufträge mit Priorität next übersteigen das Tageskontingent von {quota}; wählen Sie urgent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task {task} is {status}; only a stuck or failed task is redelivered.</source>
        <translation>Der Auftrag {task} hat den Status {status}; nur ein hängender oder fehlgeschlagener Auftrag wird erneut ausgeliefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag name is 1 to 100 characters; &apos;{tag}&apos; is not.</source>
        <translation>Ein Tag-Name hat 1 bis 100 Zeichen; „{tag}“ nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local catalog has no product with id {product}; read the catalog from the server first.</source>
        <translation>Der lokale Katalog hat kein Produkt mit der ID {product}; lesen Sie zuerst den Katalog vom Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (product {product})</source>
        <translation>{name} (Produkt {product})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not live anywhere yet: no delivery completed.</source>
        <translation>Noch nirgends live: Keine Auslieferung ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>Der Server ist nicht erreichbar: Dies sind die zuletzt gelesenen Zustände.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>On %n playlist(s):</source>
        <translation>
            <numerusform>Auf %n Playlist:</numerusform>
            <numerusform>Auf %n Playlists:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} on {dsp}: {track} at #{position}, {followers} followers, added {added}  {url}</source>
        <translation>{name} bei {dsp}: {track} auf Platz {position}, {followers} Follower, hinzugefügt am {added}  {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On no playlist yet.</source>
        <translation>Noch auf keiner Playlist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &apos;{tag}&apos; added to {product}; it is sent with the next sync.</source>
        <translation>Tag „{tag}“ zu {product} hinzugefügt; er wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag &apos;{tag}&apos; removed from {product}; it is sent with the next sync.</source>
        <translation>Tag „{tag}“ von {product} entfernt; die Änderung wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: {product}&apos;s tags are {tags}.</source>
        <translation>Nichts zu ändern: Die Tags von {product} sind {tags}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>One factory, %n task(s): {type} of {products} to {dsps}.</source>
        <translation>
            <numerusform>Eine Factory, %n Auftrag: {type} von {products} an {dsps}.</numerusform>
            <numerusform>Eine Factory, %n Aufträge: {type} von {products} an {dsps}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factory {factory}: {completed} completed, {waiting} waiting, {sending} sending, {error} in error, {stuck} stuck.</source>
        <translation>Factory {factory}: {completed} abgeschlossen, {waiting} wartend, {sending} im Versand, {error} mit Fehler, {stuck} hängen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({product}): {status}</source>
        <translation>{name} ({product}): {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({product}) on {dsp}: {status}: {reason}</source>
        <translation>{name} ({product}) auf {dsp}: {status}: {reason}</translation>
    </message>
</context>
<context>
    <name>MotionArtWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="+100"/>
        <source>Motion Art, mobile (3:4)</source>
        <translation>Motion Art, Mobilgeräte (3:4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motion Art, desktop (1:1)</source>
        <translation>Motion Art, Desktop (1:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a 3:4 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Legen Sie hier einen 3:4-Motion-Art-Loop ab (MP4 oder MOV, ohne Ton)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a 1:1 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Legen Sie hier einen 1:1-Motion-Art-Loop ab (MP4 oder MOV, ohne Ton)</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="+282"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default offer</source>
        <translation>Standardangebot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-order from</source>
        <translation>Vorbestellung ab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the default offer&apos;s status to active</source>
        <translation>Status des Standardangebots auf aktiv setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release date:</source>
        <translation>Veröffentlichungsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-order:</source>
        <translation>Vorbestellung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Subgenre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Zweites Subgenre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price code:</source>
        <translation>Preiscode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation>Nutzung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSP-specific offers</source>
        <translation>DSP-spezifische Angebote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload identifications</source>
        <translation>Upload-Kennungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Offer</source>
        <translation>&amp;Angebot hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload identification:</source>
        <translation>Upload-Kennung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track offers</source>
        <translation>Track-Angebote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep out of fingerprint scanning</source>
        <translation>Von der Fingerprint-Erkennung ausnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Track Offer</source>
        <translation>Track-Angebot hinzufügen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+98"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>(distributor default)</source>
        <translation>(Standard des Vertriebs)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not validated</source>
        <translation>nicht validiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This product has no default offer on the server.</source>
        <translation>Dieses Produkt hat auf dem Server kein Standardangebot.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick an upload identification; the product needs its default offer first.</source>
        <translation>Wählen Sie eine Upload-Kennung; das Produkt braucht zuerst sein Standardangebot.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a track (and an offer in the list, or the default offer is used).</source>
        <translation>Wählen Sie einen Track (und ein Angebot in der Liste, sonst wird das Standardangebot verwendet).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track offer {id} saved.</source>
        <translation>Track-Angebot {id} gespeichert.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../app/ui/sync/outbox_dialog.py" line="+24"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Everything edited here is kept on this computer and sent by Sync, in this order. Fix what the server refused in the editor; it is queued again.</source>
        <translation>Alles, was hier bearbeitet wird, bleibt auf diesem Computer und wird beim Synchronisieren in dieser Reihenfolge gesendet. Beheben Sie im Editor, was der Server abgelehnt hat; es wird erneut eingereiht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting: every change has been sent.</source>
        <translation>Nichts wartet: Alle Änderungen wurden gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/ui/sync/outbox_model.py" line="+17"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+16"/>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session with %1 has ended. Your changes are kept; sign in to send them.</source>
        <translation>Ihre Sitzung bei %1 ist abgelaufen. Ihre Änderungen bleiben erhalten; melden Sie sich an, um sie zu senden.</translation>
    </message>
</context>
<context>
    <name>PicturePanel</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="+152"/>
        <source>As the stores play it</source>
        <translation>So spielen es die Stores ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gain each service&apos;s loudness normalisation applies to this master when it plays.</source>
        <translation>Die Verstärkung, die die Lautheitsnormalisierung jedes Dienstes beim Abspielen auf diesen Master anwendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
</context>
<context>
    <name>PlaylistsView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+13"/>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Select a delivered product to see its playlist placements.</source>
        <translation>Wählen Sie ein geliefertes Produkt, um seine Playlist-Platzierungen zu sehen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — reading its playlist placements…</source>
        <translation>{name} — Playlist-Platzierungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — playlist placements: {n}</source>
        <translation>{name} — Playlist-Platzierungen: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is on no playlist yet.</source>
        <translation>{name} ist noch auf keiner Playlist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: these are the placements last read.</source>
        <translation>Der Server ist nicht erreichbar: Dies sind die zuletzt gelesenen Platzierungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {playlist} on {service}</source>
        <translation>{playlist} bei {service} öffnen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/ui/shell/preferences.py" line="+32"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language applies the next time Releasedesk starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Releasedesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and numbers:</source>
        <translation>Datum und Zahlen:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+90"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stuck or failed tasks: {n}</source>
        <translation>Hängende oder fehlgeschlagene Aufträge: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stuck</source>
        <translation>hängt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redeliver</source>
        <translation>Erneut ausliefern</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-95"/>
        <source>Product editor</source>
        <translation>Produkteditor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release title</source>
        <translation>Titel der Veröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Deluxe Edition</source>
        <translation>z. B. Deluxe Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata language</source>
        <translation>Sprache der Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation (various artists)</source>
        <translation>Compilation (verschiedene Künstler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. summer, catalog (separated by commas)</source>
        <translation>z. B. Sommer, Katalog (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags organise products; search the catalog with tag:NAME.</source>
        <translation>Tags ordnen Produkte; durchsuchen Sie den Katalog mit tag:NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes and dates</source>
        <translation>Codes und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / EAN</source>
        <translation>UPC / EAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 or 13 digits</source>
        <translation>12 oder 13 Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode; its last digit is a GS1 check digit.</source>
        <translation>Der Barcode; seine letzte Ziffer ist eine GS1-Prüfziffer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release</source>
        <translation>Erstveröffentlichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (reissues only)</source>
        <translation>JJJJ-MM-TT (nur Wiederveröffentlichungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Katalognummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your label&apos;s own reference</source>
        <translation>Die eigene Referenz Ihres Labels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights lines</source>
        <translation>Rechtevermerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>© line</source>
        <translation>©-Vermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>e.g. 2025 Night Owl Records</source>
        <translation>z. B. 2025 Night Owl Records</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>℗ line</source>
        <translation>℗-Vermerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production year</source>
        <translation>Produktionsjahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Gemastert von</translation>
    </message>
</context>
<context>
    <name>ReadinessChecklist</name>
    <message>
        <location filename="../app/ui/delivery/checklist.py" line="+41"/>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness checklist</source>
        <translation>Checkliste vor der Aktivierung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Readiness findings</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate the product</source>
        <translation>Das Produkt aktivieren</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fix: {label}</source>
        <translation>Beheben: {label}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is active.</source>
        <translation>„{name}“ ist aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is ready to activate.</source>
        <translation>„{name}“ ist bereit zur Aktivierung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying “{label}”…</source>
        <translation>„{label}“ wird angewendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the artists…</source>
        <translation>Künstler werden gesucht…</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-123"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio master</source>
        <translation>Audio-Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>DSPs</source>
        <translation>DSPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territories</source>
        <translation>Territorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explicit</source>
        <translation>explizit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apple Music</source>
        <translation>Apple Music</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ReviewArea</name>
    <message>
        <location filename="../app/ui/review/install.py" line="+35"/>
        <source>Re&amp;view</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store Review…</source>
        <translation>&amp;Store-Prüfung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release &amp;Calendar…</source>
        <translation>Veröffentlichungs&amp;kalender…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a draft or a product first.</source>
        <translation>Wählen Sie zuerst einen Entwurf oder ein Produkt aus.</translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="-415"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSPs</source>
        <translation>DSPs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two-letter codes, e.g. FR,BE</source>
        <translation>Codes mit zwei Buchstaben, z. B. FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rule</source>
        <translation>Regel &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSPs / continents:</source>
        <translation>DSPs / Kontinente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territorien:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown territory code(s): {codes}; use two-letter codes like FR.</source>
        <translation>Unbekannte(r) Gebietscode(s): {codes}; verwenden Sie Codes mit zwei Buchstaben wie FR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick at least one DSP and a continent or territory.</source>
        <translation>Wählen Sie mindestens einen DSP und einen Kontinent oder ein Gebiet.</translation>
    </message>
</context>
<context>
    <name>SendTaskModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-347"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stuck</source>
        <translation>hängt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Task</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>SheetChangesModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+46"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>SheetController</name>
    <message>
        <location filename="../app/ui/sheet/controller.py" line="+36"/>
        <source>Export Catalog Sheet</source>
        <translation>Katalogtabelle exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Catalog Sheet</source>
        <translation>Katalogtabelle importieren</translation>
    </message>
</context>
<context>
    <name>SheetErrorsModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+13"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location line="+26"/>
        <source>Import Catalog Sheet — %1</source>
        <translation>Katalogtabelle importieren — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply as Drafts</source>
        <translation>Als Entwürfe übernehmen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix the cells listed below in the file and import it again.</source>
        <translation>Korrigieren Sie die unten aufgeführten Zellen in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply them as drafts; they are sent at the next sync.</source>
        <translation>Übernehmen Sie sie als Entwürfe; sie werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file matches the catalog: nothing to change.</source>
        <translation>Die Datei entspricht dem Katalog: Es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="-157"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@label.com</source>
        <translation>sie@label.de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API dialect</source>
        <translation>API-Dialekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>limbo / Beat (API v1)</source>
        <translation>limbo / Beat (API v1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelcamp (API v2)</source>
        <translation>Labelcamp (API v2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fill in the server address, your email or username and your password.</source>
        <translation>Geben Sie die Serveradresse, Ihre E-Mail oder Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>StoreReview</name>
    <message>
        <location filename="../app/ui/review/findings_view.py" line="+35"/>
        <source>Every store</source>
        <translation>Alle Stores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Music</source>
        <translation>Apple Music</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
</context>
<context>
    <name>StoreReviewDialog</name>
    <message>
        <location line="+166"/>
        <source>Store Review</source>
        <translation>Store-Prüfung</translation>
    </message>
</context>
<context>
    <name>StoreReviewView</name>
    <message>
        <location line="-150"/>
        <source>Store review</source>
        <translation>Store-Prüfung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stores</source>
        <translation>Alle Stores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by store</source>
        <translation>Befunde nach Store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review &amp;Again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules of:</source>
        <translation>Regeln von:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reviewing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}”: nothing a store would bounce.</source>
        <translation>„{name}“: nichts, was ein Store ablehnen würde.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1”: %n finding(s), %2 blocking.</source>
        <translation>
            <numerusform>„%1“: %n Befund, %2 blockierend.</numerusform>
            <numerusform>„%1“: %n Befunde, %2 blockierend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track {ref}</source>
        <translation>Titel {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying “{label}”…</source>
        <translation>„{label}“ wird angewendet…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="+78"/>
        <source>Offline — working locally</source>
        <translation>Offline — lokales Arbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to a distributor to send your changes.</source>
        <translation>Melden Sie sich bei einem Vertrieb an, um Ihre Änderungen zu senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline · %1 — edits are kept</source>
        <translation>Offline · %1 — Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to a distributor first (File ▸ Sign In…).</source>
        <translation>Melden Sie sich zuerst bei einem Vertrieb an (Datei ▸ Anmelden…).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refreshing the catalog…</source>
        <translation>Katalog wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session expired; sign in again to send the rest.</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an, um den Rest zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; your changes stay queued.</source>
        <translation>Der Server ist nicht erreichbar; Ihre Änderungen bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in conflict</source>
        <translation>%1 im Konflikt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 still queued</source>
        <translation>%1 noch in der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalog refreshed</source>
        <translation>Katalog aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: %1.</source>
        <translation>Synchronisierung abgeschlossen: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in again to sync: %1</source>
        <translation>Zum Synchronisieren erneut anmelden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled; what was not sent stays queued.</source>
        <translation>Synchronisierung abgebrochen; was nicht gesendet wurde, bleibt in der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/ui/sync/status.py" line="+22"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Ausstehende Änderungen senden und den Katalog aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog (F5)</source>
        <translation>Ausstehende Änderungen senden und den Katalog aktualisieren (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All changes sent</source>
        <translation>Alle Änderungen gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+23"/>
        <source>Track editor</source>
        <translation>Track-Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Radio Edit</source>
        <translation>z. B. Radio Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Tracknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>CD-Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. GBAYE2500001</source>
        <translation>z. B. GBAYE2500001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 characters: country, registrant, year, number.</source>
        <translation>12 Zeichen: Land, Registrant, Jahr, Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Sprache des Audios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit lyrics</source>
        <translation>Explizite Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean version of an explicit track</source>
        <translation>Clean-Version eines expliziten Tracks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview starts at (s)</source>
        <translation>Vorschau beginnt bei (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Songtext</translation>
    </message>
</context>
<context>
    <name>TrendsArea</name>
    <message>
        <location filename="../app/ui/trends/dock.py" line="+43"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends of Selected Product</source>
        <translation>&amp;Trends des ausgewählten Produkts</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Wählen Sie zuerst ein Produkt aus, das auf dem Server ist (synchronisiert).</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../app/ui/trends/view.py" line="+31"/>
        <source>Whole catalog</source>
        <translation>Gesamter Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose streams</source>
        <translation>Wessen Streams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which one (name or server id)</source>
        <translation>Auswahl (Name oder Server-ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streams by</source>
        <translation>Streams nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a range and press Show.</source>
        <translation>Wählen Sie einen Zeitraum und klicken Sie auf Anzeigen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No streams in this range.</source>
        <translation>Keine Streams in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: {streams} streams</source>
        <translation>Summe: {streams} Streams</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetching trends…</source>
        <translation>Trends werden abgerufen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export trends as CSV</source>
        <translation>Trends als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/ui/editors/validation.py" line="+37"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>Schreiben Sie das Datum als JJJJ-MM-TT, z. B. 2025-03-14.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This date does not exist; check the month and day.</source>
        <translation>Dieses Datum gibt es nicht; prüfen Sie Monat und Tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product needs a title.</source>
        <translation>Ein Produkt braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The UPC is required before the product can be sent.</source>
        <translation>Die UPC ist erforderlich, bevor das Produkt gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required before the product can be sent.</source>
        <translation>Erforderlich, bevor das Produkt gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The production year should be between 1900 and next year.</source>
        <translation>Das Produktionsjahr sollte zwischen 1900 und dem nächsten Jahr liegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The original release date cannot be after the release date.</source>
        <translation>Das Datum der Erstveröffentlichung darf nicht nach dem Veröffentlichungsdatum liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Add at least one main artist (role Artist).</source>
        <translation>Fügen Sie mindestens einen Hauptkünstler hinzu (Rolle Künstler).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Choose the language of the metadata.</source>
        <translation>Wählen Sie die Sprache der Metadaten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apple Music</source>
        <translation>Apple Music</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotify</source>
        <translation>Spotify</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A track needs a title.</source>
        <translation>Ein Track braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Track numbers start at 1.</source>
        <translation>Tracknummern beginnen bei 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview must start before the end of the track.</source>
        <translation>Die Vorschau muss vor dem Ende des Tracks beginnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A track cannot be both explicit and the clean version.</source>
        <translation>Ein Track kann nicht zugleich explizit und die Clean-Version sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A label needs a name.</source>
        <translation>Ein Label braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>VideoWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="-70"/>
        <source>Music video</source>
        <translation>Musikvideo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poster frame</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop an MP4 or MOV music video here</source>
        <translation>Legen Sie hier ein Musikvideo als MP4 oder MOV ab</translation>
    </message>
</context>
<context>
    <name>VideoWells</name>
    <message>
        <location filename="../app/ui/editors/video_controller.py" line="+115"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Wird abgelehnt: Beheben Sie die Probleme unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Akzeptiert, mit Warnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Besteht die Qualitätsprüfungen.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>On the server.</source>
        <translation>Auf dem Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read; check that the file exists.</source>
        <translation>„%1“ kann nicht gelesen werden; prüfen Sie, ob die Datei existiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent with the next sync; video checks are not available in this build.</source>
        <translation>Wird mit der nächsten Synchronisierung gesendet; Videoprüfungen sind in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” attached; it is uploaded with the next sync.</source>
        <translation>„%1“ angehängt; es wird mit der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach video</source>
        <translation>Video anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach Motion Art</source>
        <translation>Motion Art anhängen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a video</source>
        <translation>Video auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (*.mp4 *.mov *.m4v)</source>
        <translation>Videos (*.mp4 *.mov *.m4v)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="-147"/>
        <source>Waveform and loudness over time</source>
        <translation>Wellenform und Lautheit über die Zeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blue: peaks and RMS. Orange: short-term loudness (3 s), scale in LUFS at the right.</source>
        <translation>Blau: Spitzen und RMS. Orange: Kurzzeit-Lautheit (3 s), Skala in LUFS rechts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red ticks: clipped samples.</source>
        <translation>Rote Striche: übersteuerte Samples.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey: silence at the start or end.</source>
        <translation>Grau: Stille am Anfang oder Ende.</translation>
    </message>
</context>
<context>
    <name>Well</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-72"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file for %1</source>
        <translation>Eine Datei für %1 auswählen</translation>
    </message>
</context>
<context>
    <name>WritersModel</name>
    <message>
        <location filename="../app/ui/credits/model.py" line="+26"/>
        <source>Legal name</source>
        <translation>Bürgerlicher Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Komponist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Texter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPI</source>
        <translation>IPI</translation>
    </message>
</context>
<context>
    <name>_EditorBase</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-94"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>_RoleDelegate</name>
    <message>
        <location line="-187"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../app/cli.py" line="-23"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zulässig mit Argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte auf %(matches)s passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ignoriertes explizites Argument %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
</context>
</TS>
