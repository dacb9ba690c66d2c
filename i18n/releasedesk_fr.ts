<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArtistLiveView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+232"/>
        <location line="+4"/>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artist id</source>
        <translation>Identifiant de l&apos;artiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Artist id or profile link</source>
        <translation>Identifiant de l&apos;artiste ou lien du profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server cannot be reached: these are the places last read.</source>
        <translation>Le serveur est injoignable : voici les emplacements lus la dernière fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services where the artist is: {n}</source>
        <translation>Services où l&apos;artiste est présent : {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewDialog</name>
    <message>
        <location filename="../app/ui/delivery/artist_preview.py" line="+41"/>
        <source>Artists on activation</source>
        <translation>Artistes à l&apos;activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist preview</source>
        <translation>Aperçu des artistes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the product goes active, each credited name is linked to the same-name artist with the highest priority, or a new artist is created. Check that each name lands on the right profile.</source>
        <translation>Quand le produit devient actif, chaque nom crédité est lié à l&apos;artiste homonyme de plus haute priorité, ou un nouvel artiste est créé. Vérifiez que chaque nom aboutit au bon profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credited names and their artists</source>
        <translation>Noms crédités et leurs artistes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Same-name artist to use</source>
        <translation>Artiste homonyme à utiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use This Artist</source>
        <translation>&amp;Utiliser cet artiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority of the new artist</source>
        <translation>Priorité du nouvel artiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create Artist</source>
        <translation>&amp;Créer l&apos;artiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an artist with the selected name now, with the priority on the left</source>
        <translation>Créer dès maintenant un artiste au nom sélectionné, avec la priorité indiquée à gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same-name artists:</source>
        <translation>Artistes homonymes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New artists will be created for: {names}.</source>
        <translation>De nouveaux artistes seront créés pour : {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several artists share the name: {names}.</source>
        <translation>Plusieurs artistes portent le nom : {names}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>artist {id}, priority {p}</source>
        <translation>artiste {id}, priorité {p}</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="+423"/>
        <source>Credited name</source>
        <translation>Nom crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited as</source>
        <translation>Crédité comme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will resolve to</source>
        <translation>Sera lié à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP ids</source>
        <translation>Identifiants DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other same-name artists</source>
        <translation>Autres artistes homonymes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a new artist (priority 1)</source>
        <translation>un nouvel artiste (priorité 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist {id} (priority {priority})</source>
        <translation>artiste {id} (priorité {priority})</translation>
    </message>
</context>
<context>
    <name>AudioWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="+173"/>
        <source>Master audio</source>
        <translation>Master audio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample rate</source>
        <translation>Fréquence d&apos;échantillonnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bit depth</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loudness</source>
        <translation>Loudness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True peak</source>
        <translation>Crête réelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a FLAC or WAV master here</source>
        <translation>Déposez ici un master FLAC ou WAV</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+164"/>
        <source>Act on this message</source>
        <translation>Agir sur ce message</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../app/ui/live/bulk_dialog.py" line="+47"/>
        <source>Bulk actions</source>
        <translation>Actions groupées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected in the catalog: {n}</source>
        <translation>Sélectionnés dans le catalogue : {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and every product with this tag (optional)</source>
        <translation>et chaque produit portant cette étiquette (facultatif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+150"/>
        <source>Redeliver</source>
        <translation>Relivrer</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Take down</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next</source>
        <translation>immédiate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products:</source>
        <translation>Produits :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result per product</source>
        <translation>Résultat par produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m tasks finished</source>
        <translation>%v tâches terminées sur %m</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“next” today: {used} of {quota} used, {left} left</source>
        <translation>« immédiate » aujourd&apos;hui : {used} sur {quota} utilisés, {left} restants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the products…</source>
        <translation>Lecture des produits…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One send-task factory: {tasks} tasks, {action} of {products} product(s) to {dsps}.</source>
        <translation>Une seule fabrique de tâches d&apos;envoi : {tasks} tâches ({action} {products} produit(s) ; services : {dsps}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Factory {id} created.</source>
        <translation>Fabrique {id} créée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stuck</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>en file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../app/ui/calendar/view.py" line="+250"/>
        <source>Release Calendar</source>
        <translation>Calendrier des sorties</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location line="-192"/>
        <source>Release calendar</source>
        <translation>Calendrier des sorties</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Blue: release days. Green: send days. A warning means fewer than 7 days between sending and release: no editorial pitch.</source>
        <translation>Bleu : jours de sortie. Vert : jours d&apos;envoi. Un avertissement signale moins de 7 jours entre l&apos;envoi et la sortie : pas de pitch éditorial possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming releases</source>
        <translation>Sorties à venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artists</source>
        <translation>Artistes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan &amp;Send Date</source>
        <translation>Planifier la date d&apos;&amp;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;ggest</source>
        <translation>Su&amp;ggérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export .ics…</source>
        <translation>E&amp;xporter .ics…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send the selected release on</source>
        <translation>Envoyer la sortie sélectionnée le</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} upcoming release(s).</source>
        <translation>{count} sortie(s) à venir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from today on.</source>
        <translation>Aucune sortie n&apos;est prévue à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (draft)</source>
        <translation> (brouillon)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a release first.</source>
        <translation>Sélectionnez d&apos;abord une sortie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the release calendar</source>
        <translation>Exporter le calendrier des sorties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {count} release(s) to {file}.</source>
        <translation>{count} sortie(s) écrite(s) dans {file}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/ui/catalog/controller.py" line="+175"/>
        <source>First %1 matches; type more to narrow down.</source>
        <translation>Les %1 premiers résultats ; précisez la recherche pour affiner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../app/ui/catalog/model.py" line="+48"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / ISRC</source>
        <translation>UPC / ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced</source>
        <translation>synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending sync</source>
        <translation>synchro en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>Label profiles from the label-profile service “%1”</source>
        <translation>Profils de label du service de profils de label « %1 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My catalog</source>
        <translation>Mon catalogue</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>(unnamed label)</source>
        <translation>(label sans nom)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../app/ui/catalog/search_model.py" line="+74"/>
        <source>(untitled product)</source>
        <translation>(produit sans titre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>live on %1/%2</source>
        <translation>en ligne sur %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(untitled track)</source>
        <translation>(piste sans titre)</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../app/ui/catalog/panel.py" line="+92"/>
        <source>Search title, artist, UPC, ISRC or tag:NAME</source>
        <translation>Rechercher titre, artiste, UPC, ISRC ou tag:NOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="+132"/>
        <source>Commands: </source>
        <translation>Commandes : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;releasedesk COMMAND --help&apos; for one command&apos;s options.</source>
        <translation>Lancez &apos;releasedesk COMMAND --help&apos; pour voir les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(app)s %(version)s: prepare, check and deliver music releases.</source>
        <translation>%(app)s %(version)s : préparer, vérifier et livrer des sorties musicales.</translation>
    </message>
    <message>
        <location filename="../app/commands/help_texts.py" line="+18"/>
        <source>run the local sandbox server</source>
        <translation>lancer le serveur bac à sable local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to a distributor server and remember the profile</source>
        <translation>se connecter à un serveur de distributeur et mémoriser le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a profile&apos;s token</source>
        <translation>oublier le jeton d&apos;un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the signed-in user, distributor and company</source>
        <translation>afficher l&apos;utilisateur connecté, le distributeur et la société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check audio masters and covers for what a DSP would reject</source>
        <translation>vérifier dans les masters audio et les pochettes ce qu&apos;un DSP refuserait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a local draft product from a release folder</source>
        <translation>créer un produit brouillon local à partir d&apos;un dossier de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list local drafts and their sync state</source>
        <translation>lister les brouillons locaux et leur état de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send pending drafts to the server</source>
        <translation>envoyer les brouillons en attente au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate a product and deliver it to DSPs</source>
        <translation>activer un produit et le livrer aux DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list or watch deliveries</source>
        <translation>lister ou suivre les livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show where a product is live, with its links</source>
        <translation>afficher où un produit est en ligne, avec ses liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove a product&apos;s tag (sent with the next sync)</source>
        <translation>ajouter ou retirer une étiquette d&apos;un produit (envoyée à la prochaine synchronisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the catalog to a spreadsheet, or import one back</source>
        <translation>exporter le catalogue vers un tableur, ou en réimporter un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily streams by service, territory, track or product</source>
        <translation>écoutes quotidiennes par service, territoire, piste ou produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list what a store would bounce a draft or product for</source>
        <translation>lister les motifs pour lesquels une plateforme refuserait un brouillon ou un produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list planned releases with their send dates, or write an .ics</source>
        <translation>lister les sorties prévues avec leurs dates d&apos;envoi, ou écrire un .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the app on the embedded sandbox</source>
        <translation>ouvrir l&apos;application sur le bac à sable intégré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check this installation and exit</source>
        <translation>vérifier cette installation et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile to open</source>
        <translation>profil de connexion à ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters or cover images to open</source>
        <translation>masters audio ou images de pochette à ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address to listen on (default 127.0.0.1; others need --allow-remote)</source>
        <translation>adresse d&apos;écoute (par défaut 127.0.0.1 ; les autres exigent --allow-remote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port to listen on (default 8700; 0 = any free)</source>
        <translation>port d&apos;écoute (par défaut 8700 ; 0 = n&apos;importe quel port libre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the sandbox&apos;s SQLite store and files (default: a temporary folder)</source>
        <translation>dossier de la base SQLite et des fichiers du bac à sable (par défaut : un dossier temporaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limbo/Beat v1 (default) or Labelcamp v2 conventions</source>
        <translation>conventions limbo/Beat v1 (par défaut) ou Labelcamp v2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed a believable demo catalog</source>
        <translation>pré-remplir un catalogue de démonstration crédible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long a send task takes from pending to completed (default 3)</source>
        <translation>temps que met une tâche d&apos;envoi pour passer d&apos;en attente à terminée (par défaut 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds before an access token expires (default 3600)</source>
        <translation>secondes avant l&apos;expiration d&apos;un jeton d&apos;accès (par défaut 3600)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distributor JSON:API (default) or the label-profiles REST API, which prints a signed access token (token: &lt;JWT&gt;)</source>
        <translation>la JSON:API du distributeur (par défaut) ou l&apos;API REST label-profiles, qui affiche un jeton d&apos;accès signé (token: &lt;JWT&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow a non-loopback --host (plain http: only on a network you trust)</source>
        <translation>autoriser un --host autre que loopback (http: en clair, uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile name (default: default)</source>
        <translation>nom du profil de connexion (par défaut : default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server address, e.g. https://api.idol.io or https://host/api/v1</source>
        <translation>adresse du serveur, p. ex. https://api.idol.io ou https://host/api/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login (email, or Labelcamp username)</source>
        <translation>votre identifiant (e-mail, ou nom d&apos;utilisateur Labelcamp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API dialect (detected from the address or the server when omitted)</source>
        <translation>dialecte de l&apos;API (détecté d&apos;après l&apos;adresse ou le serveur s&apos;il est omis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of standard input</source>
        <translation>lire le mot de passe sur la première ligne de l&apos;entrée standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the password in the keyring to renew an expired session silently</source>
        <translation>conserver le mot de passe dans le trousseau pour renouveler silencieusement une session expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the token in a private file (mode 0600) when no keyring is available</source>
        <translation>conserver le jeton dans un fichier privé (mode 0600) si aucun trousseau n&apos;est disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters, covers, videos, or folders of them</source>
        <translation>masters audio, pochettes, vidéos, ou dossiers qui en contiennent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON document instead of text</source>
        <translation>afficher un seul document JSON au lieu de texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files checked at once (default: one per CPU core)</source>
        <translation>fichiers vérifiés simultanément (par défaut : un par cœur de CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read headers only: fast, but no decoding, checksum or loudness</source>
        <translation>lire uniquement les en-têtes : rapide, mais sans décodage, somme de contrôle ni sonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write a picture of each audio master (waveform, loudness over time, clipping, silence) as DIR/&lt;name&gt;.png</source>
        <translation>écrire aussi une image de chaque master audio (forme d&apos;onde, sonie dans le temps, écrêtage, silence) dans DIR/&lt;nom&gt;.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audio belongs to a Dolby Atmos record (more than 2 channels allowed)</source>
        <translation>l&apos;audio appartient à un disque Dolby Atmos (plus de 2 canaux autorisés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the videos as Apple Motion Art of this type (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) instead of as music videos</source>
        <translation>vérifier les vidéos en tant qu&apos;Apple Motion Art de ce type (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) plutôt qu&apos;en tant que clips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the release folder: tagged FLAC/WAV files and a cover</source>
        <translation>le dossier de la sortie : des fichiers FLAC/WAV tagués et une pochette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label&apos;s id on the server (or a local label id)</source>
        <translation>l&apos;identifiant du label sur le serveur (ou un identifiant de label local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s language id (e.g. 5 Spanish)</source>
        <translation>l&apos;identifiant de langue du produit (p. ex. 5 espagnol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product type id (1 Album, 2 Single)</source>
        <translation>l&apos;identifiant du type de produit (1 album, 2 single)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a product attribute by its API name, e.g. --set production-line=&quot;2026 Label&quot; (repeatable)</source>
        <translation>définir un attribut du produit par son nom d&apos;API, p. ex. --set production-line=&quot;2026 Label&quot; (répétable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the media QC of the files</source>
        <translation>ignorer le contrôle qualité média des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the result as JSON</source>
        <translation>afficher le résultat en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile (default: default)</source>
        <translation>profil de connexion (par défaut : default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the drafts as JSON</source>
        <translation>afficher les brouillons en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a draft: a new one is removed, an existing one loses its unsent changes (nothing is deleted on the server)</source>
        <translation>oublier un brouillon : un nouveau est supprimé, un existant perd ses modifications non envoyées (rien n&apos;est supprimé sur le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print only the summary</source>
        <translation>afficher uniquement le résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then read the catalog from the server, as the app&apos;s Sync does</source>
        <translation>puis lire le catalogue depuis le serveur, comme le fait la synchronisation de l&apos;application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first interval between status checks; it grows while nothing changes</source>
        <translation>premier intervalle entre les vérifications d&apos;état ; il augmente tant que rien ne change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop waiting after this long (exit 1)</source>
        <translation>arrêter d&apos;attendre passé ce délai (code de sortie 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the products&apos; server ids; more than one go through one send-task factory</source>
        <translation>les identifiants des produits sur le serveur ; s&apos;il y en a plusieurs, ils passent par une seule fabrique de tâches d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every product carrying this tag (through one send-task factory)</source>
        <translation>chaque produit portant cette étiquette (via une seule fabrique de tâches d&apos;envoi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with a factory</source>
        <translation>une note conservée avec la fabrique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the product&apos;s server id</source>
        <translation>l&apos;identifiant du produit sur le serveur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum streams by service (dsp), territory, track or product (default: dsp)</source>
        <translation>additionner les écoutes par service (dsp), territoire, piste ou produit (par défaut : dsp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product (server id)</source>
        <translation>uniquement ce produit (identifiant sur le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this artist&apos;s products</source>
        <translation>uniquement les produits de cet artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label&apos;s products</source>
        <translation>uniquement les produits de ce label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write date,&lt;by&gt;,streams rows to FILE instead of a table</source>
        <translation>écrire des lignes date,&lt;by&gt;,streams dans FILE au lieu d&apos;un tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only what was fetched before</source>
        <translation>lire uniquement ce qui a déjà été récupéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a draft id as &apos;releasedesk drafts&apos; shows it, or a product id</source>
        <translation>un identifiant de brouillon tel que l&apos;affiche &apos;releasedesk drafts&apos;, ou un identifiant de produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the rules of this store (and those all stores share)</source>
        <translation>uniquement les règles de cette plateforme (et celles communes à toutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the findings as JSON</source>
        <translation>afficher les constats en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the calendar as an .ics file</source>
        <translation>écrire le calendrier dans un fichier .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan the day a release is sent to the stores (repeatable; DRAFT_ID=none forgets it)</source>
        <translation>planifier le jour où une sortie est envoyée aux plateformes (répétable ; DRAFT_ID=none l&apos;oublie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first release date shown (default today)</source>
        <translation>première date de sortie affichée (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the releases as JSON</source>
        <translation>afficher les sorties en JSON</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a DSP to deliver to, by name (repeat for several: one task each)</source>
        <translation>un DSP destinataire, par son nom (à répéter pour plusieurs : une tâche chacun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the right applies: WW (worldwide) or ISO codes like FR,BE</source>
        <translation>où le droit s&apos;applique : WW (monde entier) ou codes ISO comme FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm priority &apos;next&apos; (skips checks, spends the daily quota)</source>
        <translation>confirmer la priorité &apos;next&apos; (saute les vérifications, consomme le quota quotidien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold the delivery until then</source>
        <translation>retenir la livraison jusqu&apos;à cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow each DSP&apos;s status until it completes or fails</source>
        <translation>suivre l&apos;état de chaque DSP jusqu&apos;à la réussite ou l&apos;échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product&apos;s tasks</source>
        <translation>uniquement les tâches de ce produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only tasks in this status (e.g. error)</source>
        <translation>uniquement les tâches dans cet état (p. ex. error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow the unfinished tasks until each completes or fails</source>
        <translation>suivre les tâches inachevées jusqu&apos;à ce que chacune réussisse ou échoue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the states as JSON</source>
        <translation>afficher les états en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove the tag</source>
        <translation>ajouter ou retirer l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag&apos;s name</source>
        <translation>le nom de l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the catalog to FILE.xlsx or FILE.csv</source>
        <translation>écrire le catalogue dans FILE.xlsx ou FILE.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply the edits of a sheet exported before</source>
        <translation>appliquer les modifications d&apos;une feuille exportée auparavant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>le fichier à écrire (.xlsx ou .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label (its id on the server, or a local id)</source>
        <translation>uniquement ce label (son id sur le serveur, ou un id local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .xlsx or .csv file</source>
        <translation>le fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the changes and errors, apply nothing</source>
        <translation>lister les modifications et les erreurs, sans rien appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;changes&quot;: N, &quot;errors&quot;: [...]} as JSON</source>
        <translation>afficher {&quot;changes&quot;: N, &quot;errors&quot;: [...]} en JSON</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/ui/editors/commands.py" line="+77"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/sync/conflicts.py" line="+37"/>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Résoudre les conflits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed here and on the server since the last sync. Choose, for each field, which value to keep.</source>
        <translation>« %1 » a été modifié ici et sur le serveur depuis la dernière synchronisation. Choisissez, pour chaque champ, la valeur à conserver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this computer)</source>
        <translation>La mienne (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (server)</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep my %1</source>
        <translation>Garder ma valeur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s %1</source>
        <translation>Prendre la valeur du serveur : %1</translation>
    </message>
</context>
<context>
    <name>ConnectLabelProfilesDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/connect_dialog.py" line="+22"/>
        <source>Connect to a Label-Profile Service</source>
        <translation>Se connecter à un service de profils de label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
</context>
<context>
    <name>ContributorsModel</name>
    <message>
        <location filename="../app/ui/editors/contributors.py" line="+20"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ContributorsView</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-85"/>
        <location line="+4"/>
        <source>Contributors</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contributor</source>
        <translation>Ajouter un contributeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contributors</source>
        <translation>Retirer les contributeurs sélectionnés</translation>
    </message>
</context>
<context>
    <name>CoverWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-58"/>
        <source>Cover</source>
        <translation>Pochette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover image</source>
        <translation>Image de pochette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a cover image here
(3000 × 3000 JPEG or PNG)</source>
        <translation>Déposez ici une image de pochette
(JPEG ou PNG de 3000 × 3000)</translation>
    </message>
</context>
<context>
    <name>CreditsArea</name>
    <message>
        <location filename="../app/ui/credits/install.py" line="+47"/>
        <source>C&amp;redits</source>
        <translation>C&amp;rédits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Next &amp;ISRC</source>
        <translation>Attribuer l&apos;&amp;ISRC suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Next &amp;UPC</source>
        <translation>Attribuer l&apos;&amp;UPC suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Split Sheet…</source>
        <translation>Exporter la feuille de &amp;répartition…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Catalog Sheet…</source>
        <translation>&amp;Exporter le catalogue en tableur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Catalog Sheet…</source>
        <translation>&amp;Importer un tableur du catalogue…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a product first.</source>
        <translation>Sélectionnez d&apos;abord un produit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a product or a track first.</source>
        <translation>Sélectionnez d&apos;abord un produit ou une piste.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
</context>
<context>
    <name>CreditsController</name>
    <message>
        <location filename="../app/ui/credits/controller.py" line="+99"/>
        <source>Credits saved.</source>
        <translation>Crédits enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Credits</source>
        <translation>Modifier les crédits</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The track&apos;s ISRC is now %1.</source>
        <translation>L&apos;ISRC de la piste est désormais %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The product&apos;s UPC is now %1.</source>
        <translation>L&apos;UPC du produit est désormais %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Split Sheet</source>
        <translation>Exporter la feuille de répartition</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Split sheet written to %1.</source>
        <translation>Feuille de répartition écrite dans %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: new tracks and products get their codes from these ranges.</source>
        <translation>Enregistré : les nouvelles pistes et les nouveaux produits reçoivent leurs codes dans ces plages.</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+50"/>
        <location line="+18"/>
        <source>Writers and splits</source>
        <translation>Auteurs et parts</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add Writer</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Writer</source>
        <translation>Retirer l&apos;auteur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ISWC of the work</source>
        <translation>ISWC de l&apos;œuvre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrumental (no lyrics, no lyricist)</source>
        <translation>Instrumental (sans paroles ni parolier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Producers</source>
        <translation>Producteurs</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <source>Names separated by ;</source>
        <translation>Noms séparés par ;</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Publishers</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Work</source>
        <translation>Œuvre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Credits</source>
        <translation>Enregistrer les crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Split Sheet…</source>
        <translation>Exporter la feuille de répartition…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign Next ISRC</source>
        <translation>Attribuer l&apos;ISRC suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next free ISRC of the label&apos;s range for this year</source>
        <translation>Le prochain ISRC libre de la plage du label pour cette année</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total: %1 % — must be 100 %</source>
        <translation>Total : %1 % — doit être de 100 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %</source>
        <translation>Total : %1 %</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../app/ui/delivery/deliver_dialog.py" line="+58"/>
        <source>Deliver product {id}</source>
        <translation>Livrer le produit {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver</source>
        <translation>Livrer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSPs to deliver to</source>
        <translation>DSP de destination</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold until</source>
        <translation>Retenir jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WW for the whole world, or two-letter codes like FR,BE</source>
        <translation>WW pour le monde entier, ou des codes à deux lettres comme FR,BE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery steps</source>
        <translation>Étapes de livraison</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DSPs:</source>
        <translation>DSP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send date:</source>
        <translation>Date d&apos;envoi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date:</source>
        <translation>Date de sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Sous-genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Second sous-genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territoires :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deliver</source>
        <translation>&amp;Livrer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“next” today: {used} of {quota} used</source>
        <translation>« immédiate » aujourd&apos;hui : {used} sur {quota} utilisés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” ({status})</source>
        <translation>« {name} » ({status})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Priority next</source>
        <translation>Priorité « next »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority “next” jumps the queue and skips the distributor&apos;s checks. {used} of {quota} “next” deliveries are used today. Use it for this delivery?</source>
        <translation>La priorité « next » passe devant la file d&apos;attente et saute les contrôles du distributeur. {used} livraisons « next » sur {quota} ont déjà été utilisées aujourd&apos;hui. L&apos;utiliser pour cette livraison ?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delivering to {dsps}…</source>
        <translation>Livraison vers {dsps}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not activated: nothing was delivered.</source>
        <translation>Non activé : rien n&apos;a été livré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems above and deliver again.</source>
        <translation>Corrigez les problèmes ci-dessus et relancez la livraison.</translation>
    </message>
</context>
<context>
    <name>DeliveryArea</name>
    <message>
        <location filename="../app/ui/delivery/dock.py" line="+45"/>
        <source>&amp;Delivery</source>
        <translation>Li&amp;vraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliver…</source>
        <translation>&amp;Livrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Readiness Checklist…</source>
        <translation>Liste de &amp;contrôle avant activation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;ights…</source>
        <translation>&amp;Droits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offers…</source>
        <translation>&amp;Offres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;Deliveries</source>
        <translation>&amp;Actualiser les livraisons</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Sélectionnez d&apos;abord un produit présent sur le serveur (synchronisé).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Readiness of product {id}</source>
        <translation>Préparation du produit {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rights of product {id}</source>
        <translation>Droits du produit {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offers of product {id}</source>
        <translation>Offres du produit {id}</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <location filename="../app/ui/delivery/controller.py" line="+154"/>
        <source>Something unexpected went wrong ({name}); details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite ({name}) ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>delivering {done}/{total}</source>
        <translation>livraison {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered to {n}</source>
        <translation>livré à {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} reached {dsp}.</source>
        <translation>{product} est arrivé sur {dsp}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Delivery failed</source>
        <translation>Échec de la livraison</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} to {dsp}: {reason}</source>
        <translation>{product} vers {dsp} : {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Redelivery started</source>
        <translation>Nouvelle livraison lancée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} replaces task {old}.</source>
        <translation>La tâche {id} remplace la tâche {old}.</translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../app/ui/delivery/dashboard.py" line="+51"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery dashboard</source>
        <translation>Tableau de bord des livraisons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by DSP</source>
        <translation>Filtrer par DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by label</source>
        <translation>Filtrer par label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh deliveries</source>
        <translation>Actualiser les livraisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;deliver</source>
        <translation>&amp;Relivrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver the selected task</source>
        <translation>Relivrer la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new task for the selected failed delivery</source>
        <translation>Créer une nouvelle tâche pour la livraison échouée sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSP:</source>
        <translation>DSP :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Label :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send tasks</source>
        <translation>Tâches d&apos;envoi</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+16"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Task {id}: {status}</source>
        <translation>Tâche {id} : {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgment: {ack}</source>
        <translation>Accusé de réception : {ack}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
</context>
<context>
    <name>DeliveryPollerJob</name>
    <message>
        <location filename="../app/workers/delivery_poller.py" line="+31"/>
        <source>Watching deliveries</source>
        <translation>Suivi des livraisons</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message>
        <location filename="../app/ui/common/drops.py" line="+96"/>
        <source>“%1” cannot be found; drop files that are on this computer.</source>
        <translation>« %1 » est introuvable ; déposez des fichiers présents sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop a release folder (audio files and a cover) here to import it as a new draft; drop single files onto a product or track.</source>
        <translation>Déposez ici un dossier de sortie (fichiers audio et pochette) pour l&apos;importer comme nouveau brouillon ; déposez les fichiers isolés sur un produit ou une piste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” has no FLAC or WAV files; a release folder needs its masters.</source>
        <translation>Le dossier « %1 » ne contient aucun fichier FLAC ou WAV ; un dossier de sortie doit contenir ses masters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a cover image; drop a JPEG or PNG file.</source>
        <translation>« %1 » n&apos;est pas une image de pochette ; déposez un fichier JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Drop one cover image at a time.</source>
        <translation>Déposez une seule image de pochette à la fois.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>“%1” is not an audio file; drop a FLAC or WAV master onto a track.</source>
        <translation>« %1 » n&apos;est pas un fichier audio ; déposez un master FLAC ou WAV sur une piste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop one master per track; to add several tracks, drop them onto the product.</source>
        <translation>Un seul master par piste ; pour ajouter plusieurs pistes, déposez-les sur le produit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is neither audio nor an image; drop FLAC or WAV masters or a JPEG/PNG cover onto a product.</source>
        <translation>« %1 » n&apos;est ni un fichier audio ni une image ; déposez des masters FLAC ou WAV ou une pochette JPEG/PNG sur un produit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be dropped here.</source>
        <translation>Rien ne peut être déposé ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a video; drop an MP4 or MOV Motion Art loop.</source>
        <translation>« %1 » n&apos;est pas une vidéo ; déposez une boucle Motion Art MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a video; drop an MP4 or MOV music video.</source>
        <translation>« %1 » n&apos;est pas une vidéo ; déposez un clip MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop one video at a time.</source>
        <translation>Déposez une seule vidéo à la fois.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/ui/editors/controller.py" line="+49"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
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
        <translation>Mention ©</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>℗ line</source>
        <translation>Mention ℗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production year</source>
        <translation>Année de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release date</source>
        <translation>Date de sortie originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Numéro de catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Masterisé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Numéro de piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>Numéro de disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Langue de l&apos;audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit</source>
        <translation>Explicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean</source>
        <translation>Version censurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview start</source>
        <translation>Début de l&apos;extrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Sera refusé : corrigez les problèmes ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Accepté, avec des avertissements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Passe les contrôles qualité.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Untitled product</source>
        <translation>Produit sans titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unnamed label</source>
        <translation>Label sans nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled track</source>
        <translation>Piste sans titre</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changed here and on the server since the last sync: %1. Choose which to keep.</source>
        <translation>Modifié ici et sur le serveur depuis la dernière synchronisation : %1. Choisissez la version à garder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused this %1; see the fields marked in red.</source>
        <translation>Le serveur a refusé cet élément (%1) ; voyez les champs marqués en rouge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked in red need fixing too.</source>
        <translation>Les champs marqués en rouge sont aussi à corriger.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit contributors</source>
        <translation>Modifier les contributeurs</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not save the change: %1</source>
        <translation>Impossible d&apos;enregistrer la modification : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cover on the server.</source>
        <translation>Pochette sur le serveur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cover on the server could not be shown (offline?).</source>
        <translation>La pochette du serveur n&apos;a pas pu être affichée (hors ligne ?).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read as an image; choose a JPEG or PNG file.</source>
        <translation>« %1 » n&apos;a pas pu être lu comme une image ; choisissez un fichier JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cover set from “%1”; it is sent with the next sync.</source>
        <translation>Pochette définie depuis « %1 » ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a cover image</source>
        <translation>Choisir une image de pochette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Master on the server.</source>
        <translation>Master sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measuring loudness…</source>
        <translation>Mesure du loudness…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be checked: %2</source>
        <translation>« %1 » n&apos;a pas pu être vérifié : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” could not be read as audio; drop a FLAC or WAV master.</source>
        <translation>« %1 » n&apos;a pas pu être lu comme de l&apos;audio ; déposez un master FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Master “%1” attached; it is uploaded with the next sync.</source>
        <translation>Master « %1 » joint ; il sera téléversé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the master audio file</source>
        <translation>Choisir le fichier audio master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.flac *.wav *.aif *.aiff)</source>
        <translation>Audio (*.flac *.wav *.aif *.aiff)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set cover</source>
        <translation>Définir la pochette</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach master</source>
        <translation>Joindre le master</translation>
    </message>
</context>
<context>
    <name>EmptyEditor</name>
    <message>
        <location filename="../app/ui/editors/empty.py" line="+16"/>
        <source>Select a product or a track in the catalog to edit it.

Drop a release folder onto the catalog to import it as a new draft,
audio files onto a product to add tracks, or a cover image onto a product.</source>
        <translation>Sélectionnez un produit ou une piste dans le catalogue pour le modifier.

Déposez un dossier de sortie sur le catalogue pour l&apos;importer comme nouveau brouillon, des fichiers audio sur un produit pour ajouter des pistes, ou une image de pochette sur un produit.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+119"/>
        <location line="+1"/>
        <source>Welcome to Releasedesk</source>
        <translation>Bienvenue dans Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Releasedesk prepares your releases, checks masters and covers, and delivers them through your distributor. How do you want to start?</source>
        <translation>Releasedesk prépare vos sorties, vérifie les masters et les pochettes, et les livre par l&apos;intermédiaire de votre distributeur. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Sign in to my distributor</source>
        <translation>Me connecter à mon distributeur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Use your account on a Labelcamp or limbo/Beat server.</source>
        <translation>Utilisez votre compte sur un serveur Labelcamp ou limbo/Beat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A local practice server with a demo catalog. Nothing leaves this computer.</source>
        <translation>Un serveur d&apos;entraînement local avec un catalogue de démonstration. Rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the choices</source>
        <translation>Revenir aux choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Démarrage du bac à sable avec le catalogue de démonstration…</translation>
    </message>
</context>
<context>
    <name>LabelCodesBox</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+29"/>
        <source>Codes the label owns</source>
        <translation>Codes détenus par le label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISRC registrant code</source>
        <translation>Code déclarant ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. FR-Z12</source>
        <translation>ex. FR-Z12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First ISRC number</source>
        <translation>Premier numéro ISRC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last ISRC number</source>
        <translation>Dernier numéro ISRC</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>GS1 company prefix</source>
        <translation>Préfixe entreprise GS1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>6 to 11 digits</source>
        <translation>6 à 11 chiffres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Codes</source>
        <translation>Enregistrer les codes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISRC registrant</source>
        <translation>Déclarant ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC numbers</source>
        <translation>Numéros ISRC</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+240"/>
        <source>Label editor</source>
        <translation>Éditeur de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the label releases, for your distributor</source>
        <translation>Ce que publie le label, pour votre distributeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label&apos;s products are listed under it in the catalog. Select the label and choose New Product (Ctrl+N) to add one.</source>
        <translation>Les produits du label sont listés sous lui dans le catalogue. Sélectionnez le label et choisissez Nouveau produit (Ctrl+N) pour en ajouter un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile…</source>
        <translation>Lier à un profil de label…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to a label profile</source>
        <translation>Lier à un profil de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this label&apos;s profile on a label-profile service; its description fills the label&apos;s description</source>
        <translation>Choisir le profil de ce label sur un service de profils de label ; sa description remplit celle du label</translation>
    </message>
</context>
<context>
    <name>LabelProfileEditor</name>
    <message>
        <location filename="../app/ui/label_profiles/editor.py" line="+30"/>
        <location line="+33"/>
        <source>Label profile</source>
        <translation>Profil de label</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Not set (the service uses RW)</source>
        <translation>Non défini (le service utilise RW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, reserved code)</source>
        <translation>%1 (%2, code réservé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Server&apos;s</source>
        <translation>Garder celle du serveur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 country of the label</source>
        <translation>Pays ISO 3166 du label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label description or bio</source>
        <translation>Description ou biographie du label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Label</source>
        <translation>Créer le label</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled label</source>
        <translation>Label sans nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New label profile</source>
        <translation>Nouveau profil de label</translation>
    </message>
</context>
<context>
    <name>LabelProfilesController</name>
    <message>
        <location filename="../app/ui/label_profiles/controller.py" line="+80"/>
        <source>Paste the access token for the label-profile connection “%1”:</source>
        <translation>Collez le jeton d&apos;accès de la connexion de profils de label « %1 » :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete label profile</source>
        <translation>Supprimer le profil de label</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Changed here and on the server (%1). The server has: %2</source>
        <translation>Modifié ici et sur le serveur (%1). Le serveur a : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the last change: %1</source>
        <translation>Le serveur a refusé la dernière modification : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” saved here; sync to send it.</source>
        <translation>« %1 » enregistré ici ; synchronisez pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the label profile “%1”? It is deleted on the server at the next sync.</source>
        <translation>Supprimer le profil de label « %1 » ? Il sera supprimé sur le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” deleted here; sync to delete it on the server.</source>
        <translation>« %1 » supprimé ici ; synchronisez pour le supprimer sur le serveur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict settled; sync to send it.</source>
        <translation>Conflit réglé ; synchronisez pour l&apos;envoyer.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n label profile(s) on %1.</source>
        <translation>
            <numerusform>%n profil de label sur %1.</numerusform>
            <numerusform>%n profils de label sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Talking to %1…</source>
        <translation>Communication avec %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n modification envoyée.</numerusform>
            <numerusform>%n modifications envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>%n refusée par le serveur.</numerusform>
            <numerusform>%n refusées par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in conflict: choose which to keep.</source>
        <translation>
            <numerusform>%n en conflit : choisissez la version à garder.</numerusform>
            <numerusform>%n en conflit : choisissez les versions à garder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left for the next sync.</source>
        <translation>
            <numerusform>%n reste pour la prochaine synchronisation.</numerusform>
            <numerusform>%n restent pour la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label profile(s) on the server.</source>
        <translation>
            <numerusform>%n profil de label sur le serveur.</numerusform>
            <numerusform>%n profils de label sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong (%1); nothing was lost and the details are in the log.</source>
        <translation>Une erreur inattendue s&apos;est produite (%1) ; rien n&apos;a été perdu et les détails sont dans le journal.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No access token: the label profiles stay as they are here.</source>
        <translation>Pas de jeton d&apos;accès : les profils de label restent tels quels ici.</translation>
    </message>
</context>
<context>
    <name>LabelProfilesMenu</name>
    <message>
        <location filename="../app/ui/label_profiles/dock.py" line="+28"/>
        <source>&amp;Label Profiles</source>
        <translation>Profils de &amp;label</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a Label-Profile Service…</source>
        <translation>Se connecter à un service de profils de label…</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>LabelProfilesPanel</name>
    <message>
        <location filename="../app/ui/label_profiles/panel.py" line="+34"/>
        <location line="+18"/>
        <source>Label profiles</source>
        <translation>Profils de label</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new label profile</source>
        <translation>Créer un nouveau profil de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected label profile</source>
        <translation>Supprimer le profil de label sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send changes made here and read the server&apos;s labels</source>
        <translation>Envoyer les modifications faites ici et lire les labels du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Token…</source>
        <translation>Jeton d&apos;accès…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Coller un nouveau jeton d&apos;accès pour cette connexion</translation>
    </message>
</context>
<context>
    <name>LabelProfilesTree</name>
    <message>
        <location filename="../app/ui/label_profiles/tree.py" line="+100"/>
        <source>New Label Profile</source>
        <translation>Nouveau profil de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new label profile in this connection</source>
        <translation>Créer un nouveau profil de label dans cette connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync Label Profiles</source>
        <translation>Synchroniser les profils de label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the label profiles changed here and read the server&apos;s</source>
        <translation>Envoyer les profils de label modifiés ici et lire ceux du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access Token…</source>
        <translation>Jeton d&apos;accès…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Coller un nouveau jeton d&apos;accès pour cette connexion</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The label-profile connections could not be opened: %1</source>
        <translation>Les connexions de profils de label n&apos;ont pas pu être ouvertes : %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Connect to a label-profile service first (Label Profiles menu).</source>
        <translation>Connectez-vous d&apos;abord à un service de profils de label (menu Profils de label).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile</source>
        <translation>Lier à un profil de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profile connection:</source>
        <translation>Connexion de profils de label :</translation>
    </message>
</context>
<context>
    <name>LinkLabelProfileDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/link_dialog.py" line="+34"/>
        <source>Link to a Label Profile</source>
        <translation>Lier à un profil de label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the label profile of “%1”; its description fills the label&apos;s description.</source>
        <translation>Choisissez le profil de label de « %1 » ; sa description remplit celle du label.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label profiles</source>
        <translation>Profils de label</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../app/ui/live/dock.py" line="+44"/>
        <source>&amp;Live</source>
        <translation>En &amp;ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk Actions on Selection…</source>
        <translation>&amp;Actions groupées sur la sélection…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stuck and Failed Tasks</source>
        <translation>Tâches &amp;bloquées et échouées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh Live States</source>
        <translation>&amp;Rafraîchir les états en ligne</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <source>Live</source>
        <translation>En ligne</translation>
    </message>
</context>
<context>
    <name>LiveOnPanel</name>
    <message>
        <location filename="../app/ui/live/views.py" line="-173"/>
        <source>Live on</source>
        <translation>En ligne sur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Select a delivered product to see where it is live.</source>
        <translation>Sélectionnez un produit livré pour voir où il est en ligne.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories</source>
        <translation>Territoires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} — reading where it is live…</source>
        <translation>{name} — lecture des services où il est en ligne…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: live on {live} of {known} services</source>
        <translation>{name} : en ligne sur {live} des {known} services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>Le serveur est injoignable : voici les derniers états lus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken down</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on {service}</source>
        <translation>Ouvrir sur {service}</translation>
    </message>
</context>
<context>
    <name>LyricsEditor</name>
    <message>
        <location filename="../app/ui/review/lyrics_tab.py" line="+79"/>
        <source>Lyrics editor</source>
        <translation>Éditeur de paroles</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>Plain lyrics</source>
        <translation>Paroles simples</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>One sung line per line, one empty line between stanzas</source>
        <translation>Une ligne chantée par ligne, une ligne vide entre les strophes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timed lines</source>
        <translation>Lignes horodatées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import .lrc…</source>
        <translation>&amp;Importer un .lrc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;TTML…</source>
        <translation>Exporter en &amp;TTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export .&amp;lrc…</source>
        <translation>Exporter en .&amp;lrc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed Lines → Plain</source>
        <translation>Lignes horodatées → paroles simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Formatting</source>
        <translation>Nettoyer la &amp;mise en forme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove section labels and line-end periods and commas, capitalise each line, one empty line between stanzas</source>
        <translation>Retirer les intitulés de section ainsi que les points et virgules en fin de ligne, mettre une majuscule en début de ligne, une ligne vide entre les strophes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Lyrics</source>
        <translation>&amp;Enregistrer les paroles</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time-synced lines</source>
        <translation>Lignes synchronisées</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Row {row}: “{text}” is not a time like 01:02.500.</source>
        <translation>Ligne {row} : « {text} » n&apos;est pas un temps comme 01:02.500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import time-synced lyrics</source>
        <translation>Importer des paroles synchronisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc);;All files (*)</source>
        <translation>Paroles LRC (*.lrc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {count} timed line(s); save to keep them.</source>
        <translation>{count} ligne(s) horodatée(s) importée(s) ; enregistrez pour les conserver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export TTML lyrics</source>
        <translation>Exporter les paroles en TTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTML (*.ttml *.xml)</source>
        <translation>TTML (*.ttml *.xml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export LRC lyrics</source>
        <translation>Exporter les paroles en LRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc)</source>
        <translation>Paroles LRC (*.lrc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {file}.</source>
        <translation>{file} écrit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lyrics saved; the plain lyrics are sent at the next sync.</source>
        <translation>Paroles enregistrées ; les paroles simples seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+67"/>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Compositeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featuring</source>
        <translation>Featuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remixer</source>
        <translation>Remixeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Parolier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranger</source>
        <translation>Arrangeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestra</source>
        <translation>Orchestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Démarrage du bac à sable avec le catalogue de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox not running</source>
        <translation>Bac à sable arrêté</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — Releasedesk</source>
        <translation>%1 — Releasedesk</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>“%1” is linked; its label profile has no description.</source>
        <translation>« %1 » est lié ; son profil de label n&apos;a pas de description.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefill description from label profile</source>
        <translation>Préremplir la description depuis le profil de label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of “%1” taken from its label profile.</source>
        <translation>Description de « %1 » reprise de son profil de label.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label</source>
        <translation>Nouveau label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label name:</source>
        <translation>Nom du label :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label “%1” created; it is sent with the next sync.</source>
        <translation>Label « %1 » créé ; il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a label first: the new product is added to it.</source>
        <translation>Sélectionnez d&apos;abord un label : le nouveau produit y sera ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft product created.</source>
        <translation>Brouillon de produit créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a product first: the new track is added to it.</source>
        <translation>Sélectionnez d&apos;abord un produit : la nouvelle piste y sera ajoutée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New track</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track added.</source>
        <translation>Piste ajoutée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a draft label, product or track first.</source>
        <translation>Sélectionnez d&apos;abord un label, un produit ou une piste en brouillon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the draft “%1” and everything in it? It was never sent, so this cannot be undone.</source>
        <translation>Supprimer le brouillon « %1 » et tout son contenu ? Il n&apos;a jamais été envoyé, cette action est donc irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget the unsent changes to “%1”? It goes back to the server&apos;s version; nothing is deleted on the server.</source>
        <translation>Oublier les modifications non envoyées de « %1 » ? Il revient à la version du serveur ; rien n&apos;est supprimé sur le serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget changes</source>
        <translation>Oublier les modifications</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” deleted.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to “%1” forgotten.</source>
        <translation>Modifications de « %1 » oubliées.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import a release folder</source>
        <translation>Importer un dossier de sortie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a product first: the files become its tracks.</source>
        <translation>Sélectionnez d&apos;abord un produit : les fichiers deviendront ses pistes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add audio files as tracks</source>
        <translation>Ajouter des fichiers audio comme pistes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio (*.flac *.wav)</source>
        <translation>Audio (*.flac *.wav)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the label to import into, or drop the folder onto the label.</source>
        <translation>Sélectionnez le label dans lequel importer, ou déposez le dossier sur le label.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not use the dropped files</source>
        <translation>Impossible d&apos;utiliser les fichiers déposés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was added</source>
        <translation>Rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported “%1” as a draft with %2 tracks.</source>
        <translation>« %1 » importé comme brouillon avec %2 pistes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 tracks added from the dropped files.</source>
        <translation>%1 pistes ajoutées depuis les fichiers déposés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover set from “%1”.</source>
        <translation>Pochette définie depuis « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video “%1” attached.</source>
        <translation>Vidéo « %1 » jointe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master “%1” attached.</source>
        <translation>Master « %1 » joint.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/outbox_actions.py" line="+71"/>
        <source>Nothing to resolve here.</source>
        <translation>Rien à résoudre ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts resolved; your choices are sent with the next sync.</source>
        <translation>Conflits résolus ; vos choix seront envoyés à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+20"/>
        <source>About Releasedesk</source>
        <translation>À propos de Releasedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2
Prepare, check and deliver music releases.</source>
        <translation>%1 %2
Préparer, vérifier et livrer des sorties musicales.</translation>
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
        <translation>Nouveau &amp;label…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Product</source>
        <translation>Nouveau &amp;produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a draft product to the selected label</source>
        <translation>Ajouter un brouillon de produit au label sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Track</source>
        <translation>Nou&amp;velle piste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a track to the selected product</source>
        <translation>Ajouter une piste au produit sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Release Folder…</source>
        <translation>&amp;Importer un dossier de sortie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Audio Files to Product…</source>
        <translation>Ajouter des fichiers &amp;audio au produit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Draft / Forget Local Changes</source>
        <translation>Supprimer le &amp;brouillon / oublier les modifications locales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a draft made here, or drop the unsent changes of an object from the server</source>
        <translation>Supprimer un brouillon créé ici, ou abandonner les modifications non envoyées d&apos;un objet du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Envoyer les modifications en attente et actualiser le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n In…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Releasedesk</source>
        <translation>À &amp;propos de Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../app/domain/messages.py" line="+180"/>
        <source>The UPC is empty.</source>
        <translation>L&apos;UPC est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has digits only.</source>
        <translation>Un UPC ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has 12 or 13 digits; this one has {length}.</source>
        <translation>Un UPC a 12 ou 13 chiffres ; celui-ci en a {length}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The UPC&apos;s check digit is wrong: it should end in {expected}.</source>
        <translation>La clé de contrôle de l&apos;UPC est fausse : il devrait se terminer par {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISRC is empty.</source>
        <translation>L&apos;ISRC est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISRC has 12 characters (like GBAYE2300001); this one has {length}.</source>
        <translation>Un ISRC a 12 caractères (comme GBAYE2300001) ; celui-ci en a {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISRC is 2 letters, 3 letters or digits, a 2-digit year and 5 digits (like GBAYE2300001).</source>
        <translation>Un ISRC se compose de 2 lettres, 3 lettres ou chiffres, une année sur 2 chiffres et 5 chiffres (comme GBAYE2300001).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC</source>
        <translation>code UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copyright line</source>
        <translation>ligne de copyright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production line</source>
        <translation>ligne de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production year</source>
        <translation>année de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist</source>
        <translation>artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product type</source>
        <translation>type de produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>ISRC</source>
        <translation>code ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio language</source>
        <translation>langue audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s {field} is empty; fill it in.</source>
        <translation>Le champ « {field} » du produit est vide ; remplissez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is archived; archived products can&apos;t be delivered.</source>
        <translation>Le produit est archivé ; un produit archivé ne peut pas être livré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product must be created as a draft; set its status to draft.</source>
        <translation>Un nouveau produit doit être créé comme brouillon ; mettez son statut à « brouillon ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC {upc}: {problem}</source>
        <translation>UPC {upc} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product has no cover; add a square JPEG or PNG of at least 3000 × 3000 pixels.</source>
        <translation>Le produit n&apos;a pas de pochette ; ajoutez un JPEG ou PNG carré d&apos;au moins 3000 × 3000 pixels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no tracks; add at least one.</source>
        <translation>Le produit n&apos;a aucune piste ; ajoutez-en au moins une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is not on the server yet; sync it before activating it.</source>
        <translation>Le produit n&apos;est pas encore sur le serveur ; synchronisez-le avant de l&apos;activer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s {field} is empty; fill it in.</source>
        <translation>Le champ « {field} » de la piste {track} est vide ; remplissez-le.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}, ISRC {isrc}: {problem}</source>
        <translation>Piste {track}, ISRC {isrc} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks {first} and {track} share the ISRC {isrc}; each recording needs its own.</source>
        <translation>Les pistes {first} et {track} partagent l&apos;ISRC {isrc} ; chaque enregistrement doit avoir le sien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s ISRC {isrc} is already used in product {products}; reuse it only for the very same recording.</source>
        <translation>L&apos;ISRC {isrc} de la piste {track} est déjà utilisé dans le produit {products} ; ne le réutilisez que pour exactement le même enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has no audio master; attach a FLAC or WAV file.</source>
        <translation>La piste {track} n&apos;a pas de master audio ; joignez un fichier FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no default offer; sync it again so the server creates one.</source>
        <translation>Le produit n&apos;a pas d&apos;offre par défaut ; synchronisez-le à nouveau pour que le serveur en crée une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default offer has no release date; set one.</source>
        <translation>L&apos;offre par défaut n&apos;a pas de date de sortie ; indiquez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no subgenre; pick one.</source>
        <translation>L&apos;offre par défaut n&apos;a pas de sous-genre ; choisissez-en un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer is not validated; the server activates a product only with an active default offer.</source>
        <translation>L&apos;offre par défaut n&apos;est pas validée ; le serveur n&apos;active un produit qu&apos;avec une offre par défaut active.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer names DSPs; the default offer must not carry DSP information (DSP-specific offers do).</source>
        <translation>L&apos;offre par défaut nomme des DSP ; elle ne doit porter aucune information de DSP (les offres propres à un DSP le font).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right {right} names no DSP; a right needs at least one.</source>
        <translation>Le droit {right} ne nomme aucun DSP ; un droit en demande au moins un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no DSP; a right needs at least one.</source>
        <translation>Un droit ne nomme aucun DSP ; un droit en demande au moins un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no continent or territory; add WW for the whole world.</source>
        <translation>Un droit ne nomme aucun continent ni territoire ; ajoutez WW pour le monde entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right {right} names no continent or territory; add WW for the whole world.</source>
        <translation>Le droit {right} ne nomme aucun continent ni territoire ; ajoutez WW pour le monde entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no right naming DSPs and territories; add one for the DSPs you deliver to.</source>
        <translation>Le produit n&apos;a aucun droit nommant des DSP et des territoires ; ajoutez-en un pour les DSP auxquels vous livrez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No right covers DSP {dsps}; add one or the delivery will fail.</source>
        <translation>Aucun droit ne couvre le DSP {dsps} ; ajoutez-en un, sinon la livraison échouera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The masters mix sample formats ({formats}); DSPs expect one format per release.</source>
        <translation>Les masters mélangent plusieurs formats d&apos;échantillonnage ({formats}) ; les DSP attendent un seul format par sortie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks {tracks} have the very same audio master; attach the right file to each.</source>
        <translation>Les pistes {tracks} ont exactement le même master audio ; joignez le bon fichier à chacune.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The single lasts {seconds} s; DSPs refuse singles under {minimum} s.</source>
        <translation>Le single dure {seconds} s ; les DSP refusent les singles de moins de {minimum} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {volume}&apos;s track numbers are {numbers}; they must run 1 to {count} without gaps or repeats.</source>
        <translation>Les numéros de piste du volume {volume} sont {numbers} ; ils doivent aller de 1 à {count} sans trou ni doublon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release date {release_date} is before the delivery date {delivery_date}; it goes live as soon as each DSP ingests it. Set a later date unless this is back catalogue.</source>
        <translation>La date de sortie {release_date} précède la date de livraison {delivery_date} ; la sortie sera en ligne dès que chaque DSP l&apos;aura ingérée. Choisissez une date plus tardive, sauf pour du back-catalogue.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The release date {release_date} is only %n day(s) after delivery on {delivery_date}; DSPs ask for at least {lead_days} days.</source>
        <translation>
            <numerusform>La date de sortie {release_date} n&apos;est que %n jour après la livraison du {delivery_date} ; les DSP demandent au moins {lead_days} jours.</numerusform>
            <numerusform>La date de sortie {release_date} n&apos;est que %n jours après la livraison du {delivery_date} ; les DSP demandent au moins {lead_days} jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a draft</source>
        <translation>En faire un brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the product&apos;s release date {date}</source>
        <translation>Reprendre la date de sortie du produit, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate the default offer</source>
        <translation>Valider l&apos;offre par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the DSPs from the default offer</source>
        <translation>Retirer les DSP de l&apos;offre par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a worldwide right for these DSPs</source>
        <translation>Ajouter un droit mondial pour ces DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber 1 to {count}</source>
        <translation>Renuméroter de 1 à {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product name “{text}”</source>
        <translation>Le nom du produit « {text} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}&apos;s title “{text}”</source>
        <translation>Le titre de la piste {track}, « {text} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: it names featured artists twice.</source>
        <translation>{what} : les artistes invités y sont nommés deux fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: featured artists are joined as &quot;A, B &amp; C&quot;.</source>
        <translation>{what} : les artistes invités s&apos;écrivent « A, B &amp; C ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: “{word}” should be written “(feat. …)” after the title.</source>
        <translation>{what} : « {word} » doit s&apos;écrire « (feat. …) » après le titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is written in ALL CAPS; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} est entièrement en MAJUSCULES ; les DSP demandent une casse de titre, sauf si c&apos;est la graphie propre de l&apos;artiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is written in all lowercase; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} est entièrement en minuscules ; les DSP demandent une casse de titre, sauf si c&apos;est la graphie propre de l&apos;artiste.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“Various Artists” is only for releases with {minimum} or more primary artists; this one has %n: credit them as the product artists.</source>
        <translation>
            <numerusform>« Various Artists » est réservé aux sorties d&apos;au moins {minimum} artistes principaux ; celle-ci en a %n : créditez-le comme artiste du produit.</numerusform>
            <numerusform>« Various Artists » est réservé aux sorties d&apos;au moins {minimum} artistes principaux ; celle-ci en a %n : créditez-les comme artistes du produit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Various Artists” must be the only product artist; remove the other names.</source>
        <translation>« Various Artists » doit être le seul artiste du produit ; retirez les autres noms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} credits “Various Artists”; a track names its real artists.</source>
        <translation>La piste {track} crédite « Various Artists » ; une piste nomme ses vrais artistes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A track is explicit but the product is marked not explicit; mark the product explicit.</source>
        <translation>Une piste est explicite mais le produit est marqué non explicite ; marquez le produit comme explicite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copyright line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>La ligne de copyright « {text} » contient l&apos;année {year} ; le champ année de production la porte déjà, écrivez donc la ligne sans elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The production line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>La ligne de production « {text} » contient l&apos;année {year} ; le champ année de production la porte déjà, écrivez donc la ligne sans elle.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write “{text}”</source>
        <translation>Écrire « {text} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit the track artists instead</source>
        <translation>Créditer plutôt les artistes des pistes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only “Various Artists”</source>
        <translation>Ne garder que « Various Artists »</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Track {track} is marked both explicit and clean; clear one of the two flags.</source>
        <translation>La piste {track} est marquée à la fois explicite et propre ; retirez l&apos;un des deux indicateurs.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“{title}” has no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental if it has no words.</source>
        <translation>« {title} » n&apos;a pas de parolier : ajoutez le nom légal du parolier, ou marquez la piste comme instrumentale si elle n&apos;a pas de paroles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has lyrics but no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental.</source>
        <translation>« {title} » a des paroles mais pas de parolier : ajoutez le nom légal du parolier ou marquez la piste comme instrumentale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has no composer: add the composer&apos;s legal name.</source>
        <translation>« {title} » n&apos;a pas de compositeur : ajoutez le nom légal du compositeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; is not a T followed by 10 digits (like T-034.524.680-1).</source>
        <translation>L&apos;ISWC &apos;{value}&apos; n&apos;est pas un T suivi de 10 chiffres (comme T-034.524.680-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; has a wrong check digit: it should end in {expected}.</source>
        <translation>L&apos;ISWC &apos;{value}&apos; a un chiffre de contrôle erroné : il devrait se terminer par {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; should be 9 to 11 digits.</source>
        <translation>Le numéro de nom IPI &apos;{value}&apos; doit comporter 9 à 11 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; has wrong check digits: copy it again from the society&apos;s statement.</source>
        <translation>Le numéro de nom IPI &apos;{value}&apos; a des chiffres de contrôle erronés : recopiez-le depuis le relevé de la société de gestion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The writers&apos; shares of “{title}” add up to {total} %; they must total 100 %.</source>
        <translation>Les parts des auteurs de « {title} » totalisent {total} % ; elles doivent faire 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writer of “{title}” has no name: enter the legal name or remove the row.</source>
        <translation>Un auteur de « {title} » n&apos;a pas de nom : saisissez le nom légal ou supprimez la ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split sheet</source>
        <translation>Feuille de répartition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer (legal name)</source>
        <translation>Auteur (nom légal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
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
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer</source>
        <translation>compositeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lyricist</source>
        <translation>parolier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is not a track or a product.</source>
        <translation>{id} n&apos;est ni une piste ni un produit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISRC registrant code &apos;{value}&apos; should be 2 letters and 3 letters or digits (like FR-Z12).</source>
        <translation>Le code déclarant ISRC &apos;{value}&apos; doit comporter 2 lettres puis 3 lettres ou chiffres (comme FR-Z12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ISRC numbers {first} to {last} are not a range: use 1 to 99999, first number first.</source>
        <translation>Les numéros ISRC {first} à {last} ne forment pas une plage : utilisez 1 à 99999, le premier numéro en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GS1 company prefix &apos;{value}&apos; should be 6 to 11 digits.</source>
        <translation>Le préfixe entreprise GS1 &apos;{value}&apos; doit comporter 6 à 11 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no ISRC registrant code yet: set it in the label&apos;s codes.</source>
        <translation>Le label n&apos;a pas encore de code déclarant ISRC : définissez-le dans les codes du label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no GS1 company prefix yet: set it in the label&apos;s codes.</source>
        <translation>Le label n&apos;a pas encore de préfixe entreprise GS1 : définissez-le dans les codes du label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ISRC of {registrant} for the year {year} has been issued: widen the label&apos;s range.</source>
        <translation>Tous les ISRC de {registrant} pour l&apos;année {year} ont été attribués : élargissez la plage du label.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every UPC of the GS1 prefix {prefix} has been issued: ask GS1 for another prefix.</source>
        <translation>Tous les UPC du préfixe GS1 {prefix} ont été attribués : demandez un autre préfixe à GS1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” has the ISRC {isrc}, outside the label&apos;s numbers {first} to {last}: give it the next free ISRC.</source>
        <translation>« {title} » a l&apos;ISRC {isrc}, hors des numéros {first} à {last} du label : attribuez-lui le prochain ISRC libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” ({isrc}) is the same audio as “{other}” ({other_isrc}): one recording keeps one ISRC.</source>
        <translation>« {title} » ({isrc}) a le même audio que « {other} » ({other_isrc}) : un enregistrement garde un seul ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” uses the ISRC {isrc} of “{other}” but its audio differs: a new mix or edit needs its own ISRC.</source>
        <translation>« {title} » utilise l&apos;ISRC {isrc} de « {other} » mais son audio diffère : un nouveau mix ou un nouvel edit a besoin de son propre ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is not a label of this catalog.</source>
        <translation>{id} n&apos;est pas un label de ce catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a catalog sheet is an .xlsx or a .csv file.</source>
        <translation>{path} : un tableur de catalogue est un fichier .xlsx ou .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label {id} in this catalog.</source>
        <translation>Aucun label {id} dans ce catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column &apos;{column}&apos; is not one Releasedesk exports: remove it or fix its name.</source>
        <translation>La colonne &apos;{column}&apos; ne fait pas partie de celles qu&apos;exporte Releasedesk : supprimez-la ou corrigez son nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet has no &apos;{column}&apos; column: export a catalog to see the expected columns.</source>
        <translation>La feuille n&apos;a pas de colonne &apos;{column}&apos; : exportez un catalogue pour voir les colonnes attendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a row kind: use product, track, offer or writer.</source>
        <translation>&apos;{value}&apos; n&apos;est pas un type de ligne : utilisez product, track, offer ou writer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No {kind} {id} in this catalog: new objects are made in the app, not in the sheet.</source>
        <translation>{kind} {id} introuvable dans ce catalogue : les nouveaux objets se créent dans l&apos;application, pas dans la feuille.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent of {id} is {parent} in this catalog, not &apos;{value}&apos;.</source>
        <translation>Le parent de {id} est {parent} dans ce catalogue, et non &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{column}&apos; does not apply to a {kind} row: leave the cell empty.</source>
        <translation>&apos;{column}&apos; ne s&apos;applique pas à une ligne {kind} : laissez la cellule vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a UPC: {reason}</source>
        <translation>&apos;{value}&apos; n&apos;est pas un UPC : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISRC: {reason}</source>
        <translation>&apos;{value}&apos; n&apos;est pas un ISRC : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a whole number.</source>
        <translation>&apos;{value}&apos; doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a date written YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be yes or no.</source>
        <translation>&apos;{value}&apos; doit valoir yes ou no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a share from 0 to 100.</source>
        <translation>&apos;{value}&apos; doit être une part de 0 à 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be one of: {choices}.</source>
        <translation>&apos;{value}&apos; doit être l&apos;une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} appears twice; keep one row.</source>
        <translation>{id} apparaît deux fois ; gardez une seule ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A writer row names the track &apos;{value}&apos;, which is not in this catalog.</source>
        <translation>Une ligne d&apos;auteur désigne la piste &apos;{value}&apos;, qui n&apos;est pas dans ce catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id} {column}: &apos;{old}&apos; → &apos;{new}&apos;</source>
        <translation>{id} {column} : &apos;{old}&apos; → &apos;{new}&apos;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s): nothing was applied.</source>
        <translation>
            <numerusform>%n erreur : rien n&apos;a été appliqué.</numerusform>
            <numerusform>%n erreurs : rien n&apos;a été appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied as drafts.</source>
        <translation>
            <numerusform>%n modification appliquée en brouillon.</numerusform>
            <numerusform>%n modifications appliquées en brouillons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n ligne écrite dans {path}.</numerusform>
            <numerusform>%n lignes écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>ligne {row}, colonne {column} : {message}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The product is marked explicit but no track is; mark the explicit tracks or clear the product&apos;s flag.</source>
        <translation>Le produit est marqué explicite mais aucune piste ne l&apos;est ; marquez les pistes explicites ou retirez l&apos;indicateur du produit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} is not in the store&apos;s title case for its language; write “{fixed}”.</source>
        <translation>{what} ne suit pas la casse de titre de la boutique pour sa langue ; écrivez « {fixed} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, which stores refuse in titles; remove it.</source>
        <translation>{what} contient « {word} », que les boutiques refusent dans les titres ; retirez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, a claim that does not last; stores refuse it in titles.</source>
        <translation>{what} contient « {word} », une mention qui ne dure pas ; les boutiques la refusent dans les titres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is a placeholder, not a title; write the real title (stores refuse generic titles unless they are the real ones).</source>
        <translation>{what} est un texte provisoire, pas un titre ; écrivez le vrai titre (les boutiques refusent les titres génériques, sauf s&apos;il s&apos;agit des vrais titres).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its version after a dash; a version goes in parentheses, a second one in brackets.</source>
        <translation>{what} écrit sa version après un tiret ; une version se met entre parenthèses, une seconde entre crochets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} puts brackets before parentheses; the first version goes in parentheses, then brackets.</source>
        <translation>{what} met des crochets avant des parenthèses ; la première version se met entre parenthèses, la suivante entre crochets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its only version in brackets; the first version goes in parentheses.</source>
        <translation>{what} écrit son unique version entre crochets ; la première version se met entre parenthèses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} names the artist “{artist}”; artists are credited in their fields, only “(feat. …)” and a remixer&apos;s version name them in a title.</source>
        <translation>{what} nomme l&apos;artiste « {artist} » ; les artistes sont crédités dans leurs champs, seuls « (feat. …) » et la version d&apos;un remixeur les nomment dans un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has the same title as track {first} (“{text}”); give one of them its version, e.g. “(Remix)” or “(Live)”.</source>
        <translation>La piste {track} a le même titre que la piste {first} (« {text} ») ; donnez sa version à l&apos;une d&apos;elles, par ex. « (Remix) » ou « (Live) ».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks, each under 10 minutes; this one has %n track(s), the longest {longest} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Un single compte au plus 3 pistes, chacune de moins de 10 minutes ; celui-ci a %n piste, la plus longue de {longest} min : faites-en un EP ou un album.</numerusform>
            <numerusform>Un single compte au plus 3 pistes, chacune de moins de 10 minutes ; celui-ci a %n pistes, la plus longue de {longest} min : faites-en un EP ou un album.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has 4 to 6 tracks (or up to 3 with one of 10 minutes or more) and lasts at most 30 minutes; this one has %n track(s) and {total} min.</source>
        <translation>
            <numerusform>Un EP compte 4 à 6 pistes (ou jusqu&apos;à 3 dont une de 10 minutes ou plus) et dure au plus 30 minutes ; celui-ci a %n piste et {total} min.</numerusform>
            <numerusform>Un EP compte 4 à 6 pistes (ou jusqu&apos;à 3 dont une de 10 minutes ou plus) et dure au plus 30 minutes ; celui-ci a %n pistes et {total} min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Un single compte au plus 3 pistes et 30 minutes ; celui-ci a %n piste et {total} min : faites-en un EP ou un album.</numerusform>
            <numerusform>Un single compte au plus 3 pistes et 30 minutes ; celui-ci a %n pistes et {total} min : faites-en un EP ou un album.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has at most 6 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an album.</source>
        <translation>
            <numerusform>Un EP compte au plus 6 pistes et 30 minutes ; celui-ci a %n piste et {total} min : faites-en un album.</numerusform>
            <numerusform>Un EP compte au plus 6 pistes et 30 minutes ; celui-ci a %n pistes et {total} min : faites-en un album.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The single “{name}” must carry its lead track&apos;s title, “{text}”.</source>
        <translation>Le single « {name} » doit porter le titre de sa piste principale, « {text} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the release “{text}”</source>
        <translation>Nommer la sortie « {text} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} contains “{word}”; explicit content is a flag, never a word in the title.</source>
        <translation>{what} contient « {word} » ; le contenu explicite est un indicateur, jamais un mot du titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} is marked clean but this release has no explicit version of it; “clean” is only for an edit of an explicit track that exists with its own ISRC.</source>
        <translation>La piste {track} est marquée « propre » mais cette sortie n&apos;en a pas de version explicite ; « propre » ne sert qu&apos;à la version éditée d&apos;une piste explicite qui existe avec son propre ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} (clean) has the same ISRC {isrc} as its explicit version, track {other}; a clean version needs its own ISRC.</source>
        <translation>La piste {track} (propre) a le même ISRC {isrc} que sa version explicite, la piste {other} ; une version propre doit avoir son propre ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracks {tracks} are explicit, so the release is explicit; do not call the release clean.</source>
        <translation>Les pistes {tracks} sont explicites, donc la sortie est explicite ; ne la marquez pas comme propre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, line {line} (“{text}”) is not a timed lyric line like “[01:02.50]Words”; correct or remove it.</source>
        <translation>{file}, ligne {line} (« {text} ») n&apos;est pas une ligne de paroles horodatée comme « [01:02.50]Paroles » ; corrigez-la ou retirez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TTML lyrics could not be read ({reason}); export them again.</source>
        <translation>Les paroles TTML n&apos;ont pas pu être lues ({reason}) ; exportez-les à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: section labels are not sung; remove them.</source>
        <translation>Paroles de la piste {track}, ligne {line} « {text} » : les intitulés de section ne sont pas chantés ; retirez-les.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: a repeated line is written out each time it is sung.</source>
        <translation>Paroles de la piste {track}, ligne {line} « {text} » : une ligne répétée s&apos;écrit en entier chaque fois qu&apos;elle est chantée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: no period or comma at the end of a line.</source>
        <translation>Paroles de la piste {track}, ligne {line} « {text} » : pas de point ni de virgule en fin de ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: each line starts with a capital letter.</source>
        <translation>Paroles de la piste {track}, ligne {line} « {text} » : chaque ligne commence par une majuscule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics: stanzas are separated by one empty line, not several.</source>
        <translation>Paroles de la piste {track} : les strophes sont séparées par une seule ligne vide, pas plusieurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: credits, links and notices do not belong in the lyrics.</source>
        <translation>Paroles de la piste {track}, ligne {line} « {text} » : les crédits, liens et mentions n&apos;ont pas leur place dans les paroles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics have a line at {time}, after the audio ends ({seconds} s); correct the timing.</source>
        <translation>Les paroles synchronisées de la piste {track} ont une ligne à {time}, après la fin de l&apos;audio ({seconds} s) ; corrigez le minutage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics do not sing the same lines as its plain lyrics; make them the same.</source>
        <translation>Les paroles synchronisées de la piste {track} ne contiennent pas les mêmes lignes chantées que ses paroles simples ; rendez-les identiques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has synced lyrics but no plain lyrics.</source>
        <translation>La piste {track} a des paroles synchronisées mais pas de paroles simples.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy the lyrics&apos; formatting</source>
        <translation>Nettoyer la mise en forme des paroles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the synced lines as plain lyrics</source>
        <translation>Utiliser les lignes synchronisées comme paroles simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lyrics file {file} could not be read as UTF-8 text; save it as UTF-8 and import again.</source>
        <translation>Le fichier de paroles {file} n&apos;a pas pu être lu comme texte UTF-8 ; enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, not before the release date {release_date}; start it earlier or remove it.</source>
        <translation>La précommande commence le {preorder}, pas avant la date de sortie {release_date} ; faites-la commencer plus tôt ou supprimez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, before the release is sent on {send_date}; stores cannot open a pre-order for a release they do not have.</source>
        <translation>La précommande commence le {preorder}, avant l&apos;envoi de la sortie le {send_date} ; les boutiques ne peuvent pas ouvrir une précommande pour une sortie qu&apos;elles n&apos;ont pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-order starts {preorder}, %n day(s) after sending; allow at least {minimum} days.</source>
        <translation>
            <numerusform>La précommande commence le {preorder}, %n jour après l&apos;envoi ; prévoyez au moins {minimum} jours.</numerusform>
            <numerusform>La précommande commence le {preorder}, %n jours après l&apos;envoi ; prévoyez au moins {minimum} jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no draft or product “{id}” in this catalog; use a draft id or a product id as the drafts list shows them.</source>
        <translation>Il n&apos;y a ni brouillon ni produit « {id} » dans ce catalogue ; utilisez un identifiant de brouillon ou de produit tel que la liste des brouillons les affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{id}” is not a product or one of its tracks; review a product.</source>
        <translation>« {id} » n&apos;est ni un produit ni l&apos;une de ses pistes ; examinez un produit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no store “{store}” to review for; use one of {stores}.</source>
        <translation>Il n&apos;y a pas de boutique « {store} » pour laquelle examiner ; utilisez l&apos;une de celles-ci : {stores}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every store</source>
        <translation>Toutes les boutiques</translation>
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
        <translation>Corriger : {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing a store would bounce was found.</source>
        <translation>Rien de ce qu&apos;une boutique rejetterait n&apos;a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s), {errors}.</source>
        <translation>
            <numerusform>%n constat, {errors}.</numerusform>
            <numerusform>%n constats, {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloquant</numerusform>
            <numerusform>%n bloquants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from this day on.</source>
        <translation>Aucune sortie n&apos;est prévue à partir de ce jour.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n release(s) to {file}.</source>
        <translation>
            <numerusform>%n sortie écrite dans {file}.</numerusform>
            <numerusform>%n sorties écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar could not be written to {file} ({reason}); choose another file.</source>
        <translation>Le calendrier n&apos;a pas pu être écrit dans {file} ({reason}) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” in {what} is not a date like 2026-05-01.</source>
        <translation>« {value} » dans {what} n&apos;est pas une date comme 2026-05-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” does not name a product draft and a date like 2026-05-01.</source>
        <translation>« {item} » n&apos;indique pas un brouillon de produit et une date comme 2026-05-01.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the “clean” flag</source>
        <translation>Retirer l&apos;indicateur « propre »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be opened ({reason}); check the file exists and you may read it.</source>
        <translation>{file} n&apos;a pas pu être ouvert ({reason}) ; vérifiez que le fichier existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder; give the audio or image file itself.</source>
        <translation>{file} est un dossier ; donnez le fichier audio ou image lui-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a symbolic link that leads back to itself (a link loop); point it at the real file.</source>
        <translation>{file} est un lien symbolique qui renvoie vers lui-même (une boucle de liens) ; faites-le pointer vers le vrai fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a symbolic link to {target}, which does not exist; point it at the real file.</source>
        <translation>{file} est un lien symbolique vers {target}, qui n’existe pas ; faites-le pointer vers le vrai fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {path} could not be read ({reason}); its files were not checked. Check that you may open it, or leave it out.</source>
        <translation>Le dossier {path} n’a pas pu être lu ({reason}) ; ses fichiers n’ont pas été vérifiés. Vérifiez que vous avez le droit de l’ouvrir, ou laissez-le de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a regular file; give the audio or image file itself.</source>
        <translation>{file} n&apos;est pas un fichier ordinaire ; donnez le fichier audio ou image lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be checked ({reason}); open it in an editor, save it again and retry.</source>
        <translation>{file} n&apos;a pas pu être vérifié ({reason}) ; ouvrez-le dans un éditeur, enregistrez-le à nouveau et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes), not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} est vide (0 octet), ni audio ni pochette ; exportez le master en FLAC ou WAV (les pochettes en JPEG ou PNG), ou laissez ce fichier de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a text file, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} est un fichier texte, ni audio ni pochette ; exportez le master en FLAC ou WAV (les pochettes en JPEG ou PNG), ou laissez ce fichier de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not in a format Releasedesk can read, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} n&apos;est pas dans un format que Releasedesk sait lire, ni audio ni pochette ; exportez le master en FLAC ou WAV (les pochettes en JPEG ou PNG), ou laissez ce fichier de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an image ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} est une image ({format}), pas de l&apos;audio ; exportez à nouveau le master en FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the master again as FLAC or WAV.</source>
        <translation>{file} est vide (0 octet) ; exportez à nouveau le master en FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} est un fichier texte, pas de l&apos;audio ; exportez à nouveau le master en FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not audio in any format Releasedesk knows; export the master again as FLAC or WAV.</source>
        <translation>{file} n&apos;est de l&apos;audio dans aucun format connu de Releasedesk ; exportez à nouveau le master en FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is audio, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} est de l&apos;audio, pas une image ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); save the cover again as JPEG or PNG.</source>
        <translation>{file} est vide (0 octet) ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>{file} is a text file, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} est un fichier texte, pas une image ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{file} is not an image in any format Releasedesk knows; save the cover again as JPEG or PNG.</source>
        <translation>{file} n&apos;est une image dans aucun format connu de Releasedesk ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty (0 bytes), not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} est vide (0 octet), pas une image ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not in a format Releasedesk can read, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} n&apos;est pas dans un format que Releasedesk sait lire, ce n&apos;est pas une image ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a damaged header that could not be read; export the master again.</source>
        <translation>{file} a un en-tête endommagé illisible ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded (out of memory); check the file.</source>
        <translation>{file} n&apos;a pas pu être décodé (mémoire insuffisante) ; vérifiez le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded ({reason}); the file is damaged — export the master again.</source>
        <translation>{file} n&apos;a pas pu être décodé ({reason}) ; le fichier est endommagé — exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts like a FLAC file but its header is damaged ({reason}); export the master again.</source>
        <translation>{file} commence comme un fichier FLAC mais son en-tête est endommagé ({reason}) ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no format (fmt) chunk, so no player can know how to play it; export the master again.</source>
        <translation>{file} n&apos;a pas de bloc de format (fmt), aucun lecteur ne peut donc savoir comment le lire ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no audio (no data chunk); export the master again.</source>
        <translation>{file} ne contient pas d&apos;audio (pas de bloc data) ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its sample rate; export the master again.</source>
        <translation>{file} n&apos;indique pas sa fréquence d&apos;échantillonnage ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state how many channels it has; export it again.</source>
        <translation>{file} n&apos;indique pas son nombre de canaux ; exportez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no MD5 checksum in its FLAC header, so its integrity can&apos;t be proven; re-encode it with the reference flac encoder.</source>
        <translation>{file} n&apos;a pas de somme MD5 dans son en-tête FLAC, son intégrité ne peut donc pas être prouvée ; réencodez-le avec l&apos;encodeur flac de référence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: its header promises {declared} bytes of audio but {missing} are missing; copy or export the file again.</source>
        <translation>{file} est tronqué : son en-tête annonce {declared} octets d&apos;audio mais il en manque {missing} ; copiez ou exportez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {bytes} bytes after its last chunk that belong to no chunk (some players play them as noise); export the file again.</source>
        <translation>{file} a {bytes} octets après son dernier bloc qui n&apos;appartiennent à aucun bloc (certains lecteurs les jouent comme du bruit) ; exportez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged and does not decode ({reason}); export or copy it again.</source>
        <translation>{file} est endommagé et ne se décode pas ({reason}) ; exportez-le ou copiez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is truncated: {missing} s of the {promised} s its header promises are missing; copy or export the file again.</source>
        <translation>{file} est tronqué : il manque {missing} s des {promised} s annoncées par son en-tête ; copiez ou exportez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not match its own MD5 checksum: the audio was damaged after encoding; copy or export the file again.</source>
        <translation>{file} ne correspond pas à sa propre somme MD5 : l&apos;audio a été endommagé après l&apos;encodage ; copiez ou exportez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a WAV file Releasedesk can read; export it again.</source>
        <translation>{file} n&apos;est pas un fichier WAV que Releasedesk sait lire ; exportez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not FLAC or WAV; deliver the lossless master as FLAC or WAV (16 or 24 bit).</source>
        <translation>{file} est au format {format}, pas FLAC ni WAV ; livrez le master sans perte en FLAC ou WAV (16 ou 24 bits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV holding {codec} audio, not PCM; export it as uncompressed PCM WAV or FLAC.</source>
        <translation>{file} est un WAV contenant de l&apos;audio {codec}, pas du PCM ; exportez-le en WAV PCM non compressé ou en FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit integer samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} est un WAV en échantillons entiers de {bits} bits, un encodage que ni Releasedesk ni les plateformes ne lisent ; exportez-le en WAV PCM 24 bits ou en FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit floating-point samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} est un WAV en échantillons à virgule flottante de {bits} bits, un encodage que ni Releasedesk ni les plateformes ne lisent ; exportez-le en WAV PCM 24 bits ou en FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an ID3 tag in front of the FLAC data, which some DSPs reject; re-encode it or remove the ID3 tag (tags belong in Vorbis comments).</source>
        <translation>{file} a une balise ID3 devant les données FLAC, ce que certains DSP refusent ; réencodez-le ou retirez la balise ID3 (les tags vont dans les commentaires Vorbis).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs need at least 44.1 kHz — export from the original session at 44.1 kHz or higher (don&apos;t upsample).</source>
        <translation>{file} est à {rate} kHz ; les DSP exigent au moins 44,1 kHz — exportez depuis la session d&apos;origine à 44,1 kHz ou plus (sans suréchantillonner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs accept at most 192 kHz — export at 192 kHz or lower.</source>
        <translation>{file} est à {rate} kHz ; les DSP acceptent au plus 192 kHz — exportez à 192 kHz ou moins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {rate} kHz, an unusual rate some DSPs refuse; export at 44.1, 48, 88.2, 96, 176.4 or 192 kHz.</source>
        <translation>{file} est à {rate} kHz, une fréquence inhabituelle que certains DSP refusent ; exportez à 44,1, 48, 88,2, 96, 176,4 ou 192 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit floating point; DSPs need 16- or 24-bit integer PCM — export as 24-bit.</source>
        <translation>{file} est en virgule flottante {bits} bits ; les DSP exigent du PCM entier 16 ou 24 bits — exportez en 24 bits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not state its bit depth; export as 16 or 24 bit.</source>
        <translation>{file} n&apos;indique pas sa résolution ; exportez en 16 ou 24 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {bits}-bit; DSPs need 16- or 24-bit — export as {target}-bit.</source>
        <translation>{file} est en {bits} bits ; les DSP exigent 16 ou 24 bits — exportez en {target} bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is mono; most DSPs expect stereo — export as stereo (both channels the same) unless the release really is mono.</source>
        <translation>{file} est en mono ; la plupart des DSP attendent de la stéréo — exportez en stéréo (deux canaux identiques), sauf si la sortie est vraiment mono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {channels} channels; outside a Dolby Atmos record DSPs need stereo — deliver a stereo mix.</source>
        <translation>{file} a {channels} canaux ; hors enregistrement Dolby Atmos, les DSP exigent de la stéréo — livrez un mixage stéréo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} lasts {seconds} s; under 30 s a track earns no royalties on most DSPs — check this is the full track.</source>
        <translation>{file} dure {seconds} s ; sous 30 s, une piste ne rapporte aucune redevance sur la plupart des DSP — vérifiez qu&apos;il s&apos;agit bien de la piste complète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has WAV quirks some DSPs refuse ({quirks}); export it again as a plain 16- or 24-bit PCM WAV (or FLAC).</source>
        <translation>{file} a des particularités WAV que certains DSP refusent ({quirks}) ; exportez-le à nouveau en WAV PCM 16 ou 24 bits standard (ou en FLAC).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>big-endian RIFX file</source>
        <translation>fichier RIFX gros-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{container} file (WAV over 4 GB)</source>
        <translation>fichier {container} (WAV de plus de 4 Go)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAVE_FORMAT_EXTENSIBLE header</source>
        <translation>en-tête WAVE_FORMAT_EXTENSIBLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{valid}-bit samples in {slot}-bit slots</source>
        <translation>échantillons {valid} bits dans des emplacements de {slot} bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block size of {declared} bytes instead of {expected}</source>
        <translation>une taille de bloc de {declared} octets au lieu de {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong byte rate</source>
        <translation>un débit en octets erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio data before the format chunk</source>
        <translation>des données audio placées avant le bloc de format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no length in the RIFF header (written by a streaming tool)</source>
        <translation>aucune longueur dans l&apos;en-tête RIFF (écrit par un outil de streaming)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no length in the data chunk header (written by a streaming tool)</source>
        <translation>aucune longueur dans l&apos;en-tête du bloc data (écrit par un outil de streaming)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{declared} bytes declared in the RIFF header of a {actual}-byte file</source>
        <translation>{declared} octets annoncés dans l&apos;en-tête RIFF d&apos;un fichier de {actual} octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pad byte after an odd-sized chunk</source>
        <translation>pas d&apos;octet de bourrage après un bloc de taille impaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} contains no audio at all; export the master again.</source>
        <translation>{file} ne contient aucun audio ; exportez à nouveau le master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is completely silent; export the right master.</source>
        <translation>{file} est entièrement silencieux ; exportez le bon master.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} commence par {seconds} s de silence ; coupez-les, sauf si c&apos;est voulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ends with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} se termine par {seconds} s de silence ; coupez-les, sauf si c&apos;est voulu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} clips: {samples} samples sit at full scale ({runs} runs of 3 or more); master it again with a limiter below 0 dBFS.</source>
        <translation>{file} sature : {samples} échantillons sont à pleine échelle ({runs} séries de 3 ou plus) ; remasterisez-le avec un limiteur sous 0 dBFS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz but has nothing above 22 kHz: it looks like an upsampled CD master; deliver the original resolution instead.</source>
        <translation>{file} est à {rate} kHz mais n&apos;a rien au-dessus de 22 kHz : cela ressemble à un master CD suréchantillonné ; livrez plutôt la résolution d&apos;origine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit but its lowest {zero_bits} bits are always zero: it is a 16-bit master padded to 24; deliver it as 16-bit.</source>
        <translation>{file} est en {bits} bits mais ses {zero_bits} bits de poids faible sont toujours à zéro : c&apos;est un master 16 bits complété à 24 ; livrez-le en 16 bits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read as an image ({reason}); save the cover again as JPEG or PNG.</source>
        <translation>{file} n&apos;a pas pu être lu comme une image ({reason}) ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is damaged or truncated and can&apos;t be decoded ({reason}); save the cover again.</source>
        <translation>{file} est endommagé ou tronqué et ne peut pas être décodé ({reason}) ; enregistrez à nouveau la pochette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not JPEG or PNG; save the cover as JPEG or PNG.</source>
        <translation>{file} est au format {format}, pas JPEG ni PNG ; enregistrez la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored rotated and relies on an EXIF orientation flag that some DSPs ignore; rotate the pixels and save it again.</source>
        <translation>{file} est stocké pivoté et dépend d&apos;un indicateur d&apos;orientation EXIF que certains DSP ignorent ; faites pivoter les pixels et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {megabytes} MB; DSPs take at most 20 MB — save it as a JPEG at high quality.</source>
        <translation>{file} fait {megabytes} Mo ; les DSP acceptent au plus 20 Mo — enregistrez-le en JPEG de haute qualité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has too many pixels to open safely; save it at 3000×3000.</source>
        <translation>{file} a trop de pixels pour être ouvert sans risque ; enregistrez-le en 3000×3000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height} ({megapixels} megapixels); DSPs take at most 50 megapixels — save it at 3000×3000.</source>
        <translation>{file} fait {width}×{height} ({megapixels} mégapixels) ; les DSP acceptent au plus 50 mégapixels — enregistrez-le en 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; covers must be square — crop it to {edge}×{edge}.</source>
        <translation>{file} fait {width}×{height} ; les pochettes doivent être carrées — recadrez-la en {edge}×{edge}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}; DSPs need at least 1400×1400 (3000×3000 for Apple Music) — use the original artwork.</source>
        <translation>{file} fait {width}×{height} ; les DSP exigent au moins 1400×1400 (3000×3000 pour Apple Music) — utilisez l&apos;illustration d&apos;origine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; Apple Music needs 3000×3000 — use the original artwork at 3000×3000.</source>
        <translation>{file} fait {width}×{height} ; Apple Music exige 3000×3000 — utilisez l&apos;illustration d&apos;origine en 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an embedded &apos;{profile}&apos; colour profile; convert it to sRGB so colours look the same on every DSP.</source>
        <translation>{file} a un profil colorimétrique « {profile} » intégré ; convertissez-le en sRGB pour que les couleurs soient les mêmes sur tous les DSP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is CMYK (print colours); DSPs need 8-bit RGB — convert it to sRGB.</source>
        <translation>{file} est en CMJN (couleurs d&apos;impression) ; les DSP exigent du RVB 8 bits — convertissez-le en sRGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is grayscale; DSPs need 8-bit RGB — convert it to RGB.</source>
        <translation>{file} est en niveaux de gris ; les DSP exigent du RVB 8 bits — convertissez-le en RVB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {bits} bits per channel; DSPs need 8-bit RGB — save it as 8-bit.</source>
        <translation>{file} a {bits} bits par canal ; les DSP exigent du RVB 8 bits — enregistrez-le en 8 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} uses an indexed palette; save it as RGB for the best result.</source>
        <translation>{file} utilise une palette indexée ; enregistrez-le en RVB pour un meilleur résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {mode} colour mode; DSPs need 8-bit RGB — convert it.</source>
        <translation>{file} est en mode couleur {mode} ; les DSP exigent du RVB 8 bits — convertissez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has transparent areas; DSPs need an opaque cover — flatten it onto a background and save without transparency.</source>
        <translation>{file} a des zones transparentes ; les DSP exigent une pochette opaque — aplatissez-la sur un fond et enregistrez-la sans transparence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an alpha channel (fully opaque); save it without one, as a JPEG or RGB PNG.</source>
        <translation>{file} a un canal alpha (entièrement opaque) ; enregistrez-le sans, en JPEG ou en PNG RVB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} est une vidéo ({format}), pas de l&apos;audio ; exportez à nouveau le master en FLAC ou WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} est une vidéo, pas une image ; enregistrez à nouveau la pochette en JPEG ou PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is audio ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} est de l&apos;audio ({format}), pas une vidéo ; exportez à nouveau la vidéo en MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is an image ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} est une image ({format}), pas une vidéo ; exportez à nouveau la vidéo en MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the video again as MP4 or MOV.</source>
        <translation>{file} est vide (0 octet) ; exportez à nouveau la vidéo en MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} est un fichier texte, pas une vidéo ; exportez à nouveau la vidéo en MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a video in any format Releasedesk knows; export the video again as MP4 or MOV.</source>
        <translation>{file} n&apos;est une vidéo dans aucun format connu de Releasedesk ; exportez à nouveau la vidéo en MP4 ou MOV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a {format} file; deliver the video as MP4 or MOV (QuickTime).</source>
        <translation>{file} est un fichier {format} ; livrez la vidéo en MP4 ou MOV (QuickTime).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no picture (no video track); export the video again with its picture.</source>
        <translation>{file} n&apos;a pas d&apos;image (aucune piste vidéo) ; exportez à nouveau la vidéo avec son image.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encoded as {codec}; deliver music videos as Apple ProRes or H.264 (HEVC and DNxHD are accepted too).</source>
        <translation>{file} est encodé en {codec} ; livrez les clips en Apple ProRes ou H.264 (HEVC et DNxHD sont aussi acceptés).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is encoded as {codec}; Motion Art must be H.264 or Apple ProRes 4444.</source>
        <translation>{file} est encodé en {codec} ; le Motion Art doit être en H.264 ou Apple ProRes 4444.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {codec}; Apple asks for Motion Art in ProRes 4444 or H.264 — export it again in one of those.</source>
        <translation>{file} est en {codec} ; Apple demande le Motion Art en ProRes 4444 ou H.264 — exportez-le à nouveau dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no movie header, so no player can open it (the export did not finish); export the video again.</source>
        <translation>{file} n&apos;a pas d&apos;en-tête vidéo, donc aucun lecteur ne peut l&apos;ouvrir (l&apos;export ne s&apos;est pas terminé) ; exportez à nouveau la vidéo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is cut short before its movie header: the copy or upload did not finish; copy or export it again.</source>
        <translation>{file} s&apos;arrête avant son en-tête vidéo : la copie ou l&apos;envoi ne s&apos;est pas terminé ; copiez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: {missing} bytes of its pictures and sound are missing; copy or export it again.</source>
        <translation>{file} est tronqué : il manque {missing} octets d&apos;image et de son ; copiez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged ({detail}); export the video again.</source>
        <translation>{file} est endommagé ({detail}) ; exportez à nouveau la vidéo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its picture size; export the video again.</source>
        <translation>{file} n&apos;indique pas la taille de son image ; exportez à nouveau la vidéo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} holds no video frames; export the video again.</source>
        <translation>{file} ne contient aucune image vidéo ; exportez à nouveau la vidéo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} lasts {seconds} s; Motion Art must last {min} to {max} s — export a loop of that length.</source>
        <translation>{file} dure {seconds} s ; le Motion Art doit durer de {min} à {max} s — exportez une boucle de cette durée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its picture lasts {video} s but its sound {audio} s; export it again so both end together.</source>
        <translation>{file} : l&apos;image dure {video} s mais le son {audio} s ; exportez-le à nouveau pour que les deux finissent ensemble.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; music videos need at least 1920×1080 — export it at full HD or larger from the original (don&apos;t upscale).</source>
        <translation>{file} fait {width}×{height} ; les clips doivent faire au moins 1920×1080 — exportez-le en Full HD ou plus à partir de l&apos;original (sans l&apos;agrandir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} needs {min_width}×{min_height} — export it at that size from the original artwork.</source>
        <translation>{file} fait {width}×{height} ; {role} nécessite {min_width}×{min_height} — exportez-le à cette taille à partir du visuel original.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has non-square pixels ({ratio}); export it with square pixels (1:1).</source>
        <translation>{file} a des pixels non carrés ({ratio}) ; exportez-le avec des pixels carrés (1:1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}, not 16:9; letterbox or pillarbox it inside a 16:9 frame unless the services were told otherwise.</source>
        <translation>{file} fait {width}×{height}, pas du 16:9 ; placez-le dans un cadre 16:9 avec des bandes noires (letterbox ou pillarbox), sauf accord contraire avec les services.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} must be {ratio} — export it again at that shape.</source>
        <translation>{file} fait {width}×{height} ; {role} doit être au format {ratio} — exportez-le à nouveau dans ce format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple Motion Art for mobile (3:4)</source>
        <translation>Apple Motion Art pour mobile (3:4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Motion Art for desktop (1:1)</source>
        <translation>Apple Motion Art pour ordinateur (1:1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a variable frame rate; export it at a constant rate (the rate it was shot at).</source>
        <translation>{file} a une fréquence d&apos;images variable ; exportez-le à une fréquence constante (celle du tournage).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; Apple Music takes at most 30 — keep this file for the services that take it, and export a 25 or 30 fps version for Apple.</source>
        <translation>{file} tourne à {rate} images par seconde ; Apple Music accepte au plus 30 — gardez ce fichier pour les services qui l&apos;acceptent, et exportez une version à 25 ou 30 fps pour Apple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; deliver it at 23.976, 24, 25, 29.97 or 30, the rate it was shot at.</source>
        <translation>{file} tourne à {rate} images par seconde ; livrez-le à 23,976, 24, 25, 29,97 ou 30 images par seconde, selon la fréquence de tournage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; streaming services show progressive video — export it progressive unless it really is interlaced video-sourced material.</source>
        <translation>{file} est entrelacé ; les services de streaming diffusent de la vidéo progressive — exportez-le en progressif, sauf s&apos;il s&apos;agit vraiment d&apos;une source vidéo entrelacée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; Motion Art must be progressive — export it again progressive.</source>
        <translation>{file} est entrelacé ; le Motion Art doit être progressif — exportez-le à nouveau en progressif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no sound; a music video must carry its stereo audio — export it with the sound.</source>
        <translation>{file} n&apos;a pas de son ; un clip doit contenir son audio stéréo — exportez-le avec le son.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a sound track; Motion Art must be silent — export it without audio.</source>
        <translation>{file} a une piste audio ; le Motion Art doit être muet — exportez-le sans audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {count} sound tracks; deliver one stereo track.</source>
        <translation>{file} a {count} pistes audio ; livrez une seule piste stéréo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is {codec}; deliver it as PCM or AAC.</source>
        <translation>Le son de {file} est en {codec} ; livrez-le en PCM ou AAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is mono; music videos need stereo sound — export it as stereo.</source>
        <translation>Le son de {file} est mono ; les clips nécessitent un son stéréo — exportez-le en stéréo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound has {channels} channels; music videos need stereo — deliver a stereo mix.</source>
        <translation>Le son de {file} a {channels} canaux ; les clips nécessitent de la stéréo — livrez un mixage stéréo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}&apos;s sound is {rate} kHz; music videos need 44.1 or 48 kHz — export the sound at 48 kHz.</source>
        <translation>Le son de {file} est à {rate} kHz ; les clips nécessitent 44,1 ou 48 kHz — exportez le son en 48 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not loop seamlessly: its last frame jumps back to the first; make the end flow into the start.</source>
        <translation>{file} ne boucle pas sans coupure : sa dernière image saute vers la première ; faites en sorte que la fin s&apos;enchaîne avec le début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: whether it loops seamlessly was not checked, as no video decoder (ffmpeg) is installed; install ffmpeg, or watch the loop yourself.</source>
        <translation>{file} : la continuité de la boucle n&apos;a pas été vérifiée, car aucun décodeur vidéo (ffmpeg) n&apos;est installé ; installez ffmpeg, ou regardez la boucle vous-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its first and last frames could not be decoded to check the loop; play it through and export it again if it stops.</source>
        <translation>{file} : sa première et sa dernière image n&apos;ont pas pu être décodées pour vérifier la boucle ; lisez-le en entier et exportez-le à nouveau s&apos;il s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the email and password; check them and try again.</source>
        <translation>Le serveur a refusé l&apos;e-mail et le mot de passe ; vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on the server has expired; log in again.</source>
        <translation>Votre session sur le serveur a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in to the server.</source>
        <translation>Vous n&apos;êtes pas connecté au serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in to {host} (profile &apos;{profile}&apos;).</source>
        <translation>Vous n&apos;êtes pas connecté à {host} (profil « {profile} »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no such item.</source>
        <translation>Le serveur n&apos;a pas cet élément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data: {details}.</source>
        <translation>Le serveur a refusé les données : {details}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data without saying why.</source>
        <translation>Le serveur a refusé les données sans dire pourquoi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not a server address; give one like https://api.example.com.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur ; donnez-en une comme https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing plain http:// for {host}: your password and token would travel unencrypted; use {url} instead.</source>
        <translation>http:// simple refusé pour {host} : votre mot de passe et votre jeton circuleraient en clair ; utilisez plutôt {url}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name does not resolve</source>
        <translation>le nom ne se résout pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its TLS certificate is not trusted by this computer</source>
        <translation>son certificat TLS n&apos;est pas reconnu par cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests; try again later.</source>
        <translation>{host} limite les requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests (it asks to wait {seconds} s); try again later.</source>
        <translation>{host} limite les requêtes (il demande d&apos;attendre {seconds} s) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is unavailable right now (HTTP {status}, {detail}); try again later.</source>
        <translation>{host} est indisponible pour le moment (HTTP {status}, {detail}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to {host} ({reason}); check the server address and your network connection.</source>
        <translation>Impossible de se connecter à {host} ({reason}) ; vérifiez l&apos;adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time; check your network connection or try again later.</source>
        <translation>{host} n&apos;a pas répondu à temps ; vérifiez votre connexion réseau ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to {host} was lost ({reason}); try again later.</source>
        <translation>La connexion à {host} a été perdue ({reason}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered {status}</source>
        <translation>le serveur a répondu {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost</source>
        <translation>la connexion a été perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{request} on {host} failed and {why}: the server may or may not have saved it; check before sending it again.</source>
        <translation>{request} sur {host} a échoué et {why} : le serveur l&apos;a peut-être enregistré, peut-être pas ; vérifiez avant de l&apos;envoyer à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} refused the change as conflicting: {detail}.</source>
        <translation>{host} a refusé la modification pour conflit : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed to answer (HTTP {status}: {detail}).</source>
        <translation>{host} n&apos;a pas su répondre (HTTP {status} : {detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused {request} (HTTP {status}): {detail}.</source>
        <translation>{host} a refusé {request} (HTTP {status}) : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused the login for {login}: {detail}</source>
        <translation>{host} a refusé la connexion de {login} : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} could not log you in right now (HTTP {status}); try again later.</source>
        <translation>{host} ne peut pas vous connecter pour le moment (HTTP {status}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} answered the login without a token; is {url} the right address?</source>
        <translation>{host} a répondu à la connexion sans jeton ; {url} est-elle la bonne adresse ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on {host} has expired ({detail}); log in again.</source>
        <translation>Votre session sur {host} a expiré ({detail}) ; reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not found on {host}.</source>
        <translation>{path} est introuvable sur {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} the right server?</source>
        <translation>{host} a envoyé une réponse qui n&apos;est pas du JSON ; {url} est-il le bon serveur ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent an unexpected reply.</source>
        <translation>{host} a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a {type} item this app cannot read ({reason}).</source>
        <translation>{host} a envoyé un élément {type} que cette application ne sait pas lire ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a {type} listing this app cannot read ({reason}).</source>
        <translation>{host} a envoyé une liste {type} que cette application ne sait pas lire ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({type}) has no server id yet; create it first.</source>
        <translation>Cet objet ({type}) n&apos;a pas encore d&apos;identifiant sur le serveur ; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} does not exist or is not a file; choose another file.</source>
        <translation>Le fichier audio {path} n&apos;existe pas ou n&apos;est pas un fichier ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} is empty; export it again.</source>
        <translation>Le fichier audio {path} est vide ; exportez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video {path} does not exist or is not a file; choose another file.</source>
        <translation>La vidéo {path} n&apos;existe pas ou n&apos;est pas un fichier ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is empty; export it again.</source>
        <translation>La vidéo {path} est vide ; exportez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} does not exist or is not a file; choose another file.</source>
        <translation>L&apos;image de pochette {path} n&apos;existe pas ou n&apos;est pas un fichier ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is empty; export it again.</source>
        <translation>L&apos;image de pochette {path} est vide ; exportez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} is neither JPEG nor PNG; export it as a JPEG.</source>
        <translation>L&apos;image de pochette {path} n&apos;est ni un JPEG ni un PNG ; exportez-la en JPEG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload of {file} was cancelled.</source>
        <translation>L&apos;envoi de {file} a été annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being sent; wait until it is finished being written and try again.</source>
        <translation>{file} a changé pendant son envoi ; attendez qu&apos;il ait fini d&apos;être écrit et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server received different bytes for {file} than were read (md5 {server} vs {local}); upload it again.</source>
        <translation>Le serveur a reçu pour {file} d&apos;autres octets que ceux lus (md5 {server} contre {local}) ; envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the access token ({detail}); paste a new token for the connection &apos;{connection}&apos;.</source>
        <translation>{host} a refusé le jeton d&apos;accès ({detail}) ; collez un nouveau jeton pour la connexion « {connection} ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the label: {detail}.</source>
        <translation>{host} a refusé le label : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} a label-profile server?</source>
        <translation>{host} a envoyé une réponse qui n&apos;est pas du JSON ; {url} est-il un serveur de profils de label ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a reply without data; is {url} a label-profile server?</source>
        <translation>{host} a envoyé une réponse sans données ; {url} est-il un serveur de profils de label ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label this app cannot read ({reason}).</source>
        <translation>{host} a envoyé un label que cette application ne sait pas lire ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label list this app cannot read.</source>
        <translation>{host} a envoyé une liste de labels que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no connection profile named &apos;{name}&apos;; sign in with it first.</source>
        <translation>Il n&apos;y a pas de profil de connexion nommé « {name} » ; connectez-vous d&apos;abord avec ce profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profiles file {path} cannot be read ({reason}); fix or delete it and log in again.</source>
        <translation>Le fichier de profils {path} est illisible ({reason}) ; corrigez-le ou supprimez-le, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection profile &apos;{name}&apos; in {path} is incomplete; log in again to recreate it.</source>
        <translation>Le profil de connexion « {name} » dans {path} est incomplet ; reconnectez-vous pour le recréer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available on this computer.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring could not be used ({reason}).</source>
        <translation>Le trousseau système n&apos;a pas pu être utilisé ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secrets file {path} cannot be read ({reason}); delete it and log in again.</source>
        <translation>Le fichier de secrets {path} est illisible ({reason}) ; supprimez-le et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product attribute is set as ATTRIBUTE=VALUE (like production-line=&quot;2026 Label&quot;); got &apos;{item}&apos;.</source>
        <translation>Un attribut de produit s&apos;écrit ATTRIBUT=VALEUR (comme production-line=&quot;2026 Label&quot;) ; reçu « {item} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{name}&apos; is not a product attribute; use one of {known}.</source>
        <translation>« {name} » n&apos;est pas un attribut de produit ; utilisez l&apos;un de ceux-ci : {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be a whole number; got &apos;{value}&apos;.</source>
        <translation>{name} doit être un nombre entier ; reçu « {value} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be true or false; got &apos;{value}&apos;.</source>
        <translation>{name} doit valoir true ou false ; reçu « {value} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no label {label} in the local catalog; use a label id from the server or from the list of drafts.</source>
        <translation>Il n&apos;y a pas de label {label} dans le catalogue local ; utilisez un identifiant de label du serveur ou de la liste des brouillons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A label is given by its id on the server (a number); got &apos;{label}&apos;.</source>
        <translation>Un label se désigne par son identifiant sur le serveur (un nombre) ; reçu « {label} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder; give the folder that holds the release&apos;s audio files.</source>
        <translation>{folder} n&apos;est pas un dossier ; donnez le dossier qui contient les fichiers audio de la sortie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds no FLAC or WAV files; put the release&apos;s masters in it.</source>
        <translation>{folder} ne contient aucun fichier FLAC ou WAV ; mettez-y les masters de la sortie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This label already has a product with UPC {upc} ({draft}); edit that draft, or discard it before importing {folder} again.</source>
        <translation>Ce label a déjà un produit avec l&apos;UPC {upc} ({draft}) ; modifiez ce brouillon, ou supprimez-le avant d&apos;importer à nouveau {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the product has no {attribute}</source>
        <translation>le produit n&apos;a pas de {attribute}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cover file (cover/folder/front .jpg or .png) in the folder</source>
        <translation>aucun fichier de pochette (cover/folder/front .jpg ou .png) dans le dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>track {position} ({file}) has no {fields}; tag the file or edit the draft</source>
        <translation>la piste {position} ({file}) n&apos;a pas de {fields} ; ajoutez les tags au fichier ou modifiez le brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync cancelled; the rest stays queued</source>
        <translation>synchronisation annulée ; le reste reste en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: {reason}</source>
        <translation>en pause : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held     {what}: {why}; fix it, then sync</source>
        <translation>retenu   {what} : {why} ; corrigez-le, puis synchronisez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting  {what}: {why}</source>
        <translation>en attente {what} : {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {why}; it stays queued</source>
        <translation>échec    {what} : {why} ; il reste en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer</source>
        <translation>pas de réponse claire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: the answer was lost; the server is checked before it is sent again</source>
        <translation>incertain {what} : la réponse a été perdue ; le serveur sera vérifié avant un nouvel envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{error} Log in again, then sync: nothing was lost.</source>
        <translation>{error} Reconnectez-vous, puis synchronisez : rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} Everything stays queued.</source>
        <translation>{error} Tout reste en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected {what}: {error}</source>
        <translation>refusé   {what} : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {error}</source>
        <translation>échec    {what} : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: {error}</source>
        <translation>incertain {what} : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict {what}: changed on the server too ({fields})</source>
        <translation>conflit  {what} : modifié aussi sur le serveur ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent     {what}</source>
        <translation>envoyé   {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted  {what}: it was already on the server; kept that one</source>
        <translation>repris   {what} : il était déjà sur le serveur ; celui-ci est conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy     {what}: {error}</source>
        <translation>occupé   {what} : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking &apos;{file}&apos;</source>
        <translation>vérification de « {file} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This label was deleted on the server; delete it here or make it again.</source>
        <translation>Ce label a été supprimé sur le serveur ; supprimez-le ici ou recréez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} was written by a newer Releasedesk; update the app.</source>
        <translation>Le fichier de profils de label {path} a été écrit par une version plus récente de Releasedesk ; mettez l’application à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} cannot be opened ({reason}); move it away and refresh from the server.</source>
        <translation>Le fichier de profils de label {path} ne peut pas être ouvert ({reason}) ; déplacez-le ailleurs et actualisez depuis le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given; type it when asked.</source>
        <translation>Aucun mot de passe n’a été donné ; saisissez-le quand il est demandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no draft {draft}; the drafts list shows them.</source>
        <translation>Il n’y a pas de brouillon {draft} ; la liste des brouillons les montre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is gone; attach the file again.</source>
        <translation>L&apos;image de pochette {path} a disparu ; joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} is gone; attach the file again.</source>
        <translation>Le master audio {path} a disparu ; joignez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is gone; drop the file again.</source>
        <translation>La vidéo {path} a disparu ; déposez à nouveau le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of {file} was cancelled.</source>
        <translation>La vérification de {file} a été annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown operation &apos;{op}&apos; in the outbox.</source>
        <translation>Opération inconnue « {op} » dans la file d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refresh was cancelled; what was read so far is kept.</source>
        <translation>L&apos;actualisation a été annulée ; ce qui a déjà été lu est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} date &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La date {field} « {value} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends ({until}) before it starts ({since}); swap the two dates.</source>
        <translation>La période se termine ({until}) avant de commencer ({since}) ; inversez les deux dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trends range covers at most {days} days; ask for a shorter range.</source>
        <translation>Une période de tendances couvre au plus {days} jours ; demandez une période plus courte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the trends file (HTTP {status}); ask for the trends again.</source>
        <translation>{host} a refusé le fichier des tendances (HTTP {status}) ; demandez à nouveau les tendances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends are fetched from the server; sign in first.</source>
        <translation>Les tendances sont récupérées sur le serveur ; connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not prepare the trends (extract {id}); try again later.</source>
        <translation>Le serveur n&apos;a pas pu préparer les tendances (extraction {id}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trends (extract {id}) were not ready after {seconds} s; try again later.</source>
        <translation>Les tendances (extraction {id}) n&apos;étaient pas prêtes après {seconds} s ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and no trends of this scope were fetched before; connect and fetch them once.</source>
        <translation>Le serveur est injoignable et aucune tendance de cette portée n&apos;a été récupérée auparavant ; connectez-vous et récupérez-les une fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trends file from the server is unreadable at line {line} ({reason}).</source>
        <translation>Le fichier des tendances reçu du serveur est illisible à la ligne {line} ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: showing the trends cached on {date}.</source>
        <translation>Hors ligne : affichage des tendances mises en cache le {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends fetched on {date}.</source>
        <translation>Tendances récupérées le {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a server id; product, artist and label ids are digits.</source>
        <translation>« {value} » n&apos;est pas un identifiant de serveur ; les identifiants de produit, d&apos;artiste et de label sont des chiffres.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n ligne écrite dans {file}.</numerusform>
            <numerusform>%n lignes écrites dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No streams in this range.</source>
        <translation>Aucune écoute sur cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {file} ({reason}); choose another file.</source>
        <translation>Impossible d&apos;écrire {file} ({reason}) ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog file {path} cannot be opened ({reason}); move it aside and refresh the catalog from the server.</source>
        <translation>Le fichier de catalogue {path} ne peut pas être ouvert ({reason}) ; mettez-le de côté et actualisez le catalogue depuis le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalog was written by a newer Releasedesk (schema {version}); update the app.</source>
        <translation>Ce catalogue a été écrit par une version plus récente de Releasedesk (schéma {version}) ; mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no object {id} in the local catalog; refresh the list.</source>
        <translation>Il n&apos;y a pas d&apos;objet {id} dans le catalogue local ; actualisez la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product {id} in the local catalog; refresh the list.</source>
        <translation>Il n&apos;y a pas de produit {id} dans le catalogue local ; actualisez la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover of {id} was already sent; choose the old cover again instead of undoing.</source>
        <translation>La pochette de {id} a déjà été envoyée ; choisissez à nouveau l&apos;ancienne pochette au lieu d&apos;annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {id} was already sent or is being uploaded; drop the old file again instead of undoing.</source>
        <translation>La vidéo {id} a déjà été envoyée ou est en cours d&apos;envoi ; déposez à nouveau l&apos;ancien fichier au lieu d&apos;annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The master {id} was already sent or is being uploaded; attach the old file again instead of undoing.</source>
        <translation>Le master {id} a déjà été envoyé ou est en cours d&apos;envoi ; joignez à nouveau l&apos;ancien fichier au lieu d&apos;annuler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is being sent right now; wait for the sync to finish.</source>
        <translation>{id} est en cours d&apos;envoi ; attendez la fin de la synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &apos;mine&apos; or &apos;theirs&apos; to resolve a conflict.</source>
        <translation>Choisissez « mine » ou « theirs » pour résoudre un conflit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} of {id} is not in conflict.</source>
        <translation>{field} de {id} n&apos;est pas en conflit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is a {actual}, not a {expected}.</source>
        <translation>{id} est de type {actual}, pas {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is not an editable field of a {kind}; editable fields are {fields}.</source>
        <translation>« {name} » n&apos;est pas un champ modifiable de type {kind} ; les champs modifiables sont {fields}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind}&apos;s {name} follows the {parent} it belongs to; move it instead.</source>
        <translation>Le champ {name} d&apos;un objet {kind} suit l&apos;objet {parent} auquel il appartient ; déplacez-le plutôt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} cannot be drafted here; it comes from the server.</source>
        <translation>Un objet de type {kind} ne peut pas être créé en brouillon ici ; il vient du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} comes from the server and cannot be edited here.</source>
        <translation>Un objet de type {kind} vient du serveur et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of object Releasedesk stores; use one of {kinds}.</source>
        <translation>« {kind} » n&apos;est pas un type d&apos;objet que Releasedesk enregistre ; utilisez l&apos;un de ceux-ci : {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} cannot be read; check that the file exists.</source>
        <translation>La pochette {path} est illisible ; vérifiez que le fichier existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} cannot be read; check that the file exists.</source>
        <translation>Le master audio {path} est illisible ; vérifiez que le fichier existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} cannot be read; check that the file exists.</source>
        <translation>La vidéo {path} est illisible ; vérifiez que le fichier existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is not a file; choose a file.</source>
        <translation>La vidéo {path} n&apos;est pas un fichier ; choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The track {id} is not on the product {parent}; drop the video on one of its tracks.</source>
        <translation>La piste {id} n&apos;appartient pas au produit {parent} ; déposez la vidéo sur l&apos;une de ses pistes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of Motion Art; use one of {kinds}.</source>
        <translation>« {kind} » n&apos;est pas un type de Motion Art ; utilisez l&apos;un de ceux-ci : {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} is not a file; choose a file.</source>
        <translation>La pochette {path} n&apos;est pas un fichier ; choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audio master {path} is not a file; choose a file.</source>
        <translation>Le master audio {path} n&apos;est pas un fichier ; choisissez un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label name is empty; give the label a name.</source>
        <translation>Le nom du label est vide ; donnez un nom au label.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email “{email}” is not a valid address; write it like contact@example.com or leave it empty.</source>
        <translation>L&apos;e-mail « {email} » n&apos;est pas une adresse valide ; écrivez-la comme contact@example.com ou laissez-la vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country “{country}” is not an ISO 3166 country code; pick one from the list (for example US, GB or RW).</source>
        <translation>Le pays « {country} » n&apos;est pas un code pays ISO 3166 ; choisissez-en un dans la liste (par exemple US, GB ou RW).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country cannot be emptied once the label exists; pick one from the list.</source>
        <translation>Le pays ne peut plus être vidé une fois le label créé ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one DSP to deliver to.</source>
        <translation>Nommez au moins un DSP auquel livrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no DSP named &apos;{name}&apos; on this server; known DSPs: {known}.</source>
        <translation>Aucun DSP ne s&apos;appelle « {name} » sur ce serveur ; DSP connus : {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp} has no upload identification on this server; ask the distributor to set up delivery to it.</source>
        <translation>{dsp} n&apos;a pas d&apos;identification d&apos;envoi sur ce serveur ; demandez au distributeur de configurer la livraison vers ce DSP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no subgenre &apos;{value}&apos;; use a name like {examples}.</source>
        <translation>Il n&apos;existe pas de sous-genre « {value} » ; utilisez un nom comme {examples}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is neither WW, a continent nor a two-letter territory code (like FR).</source>
        <translation>« {value} » n&apos;est ni WW, ni un continent, ni un code de territoire à deux lettres (comme FR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a delivery type; use delivery, update, redelivery or delete.</source>
        <translation>« {value} » n&apos;est pas un type de livraison ; utilisez delivery, update, redelivery ou delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a priority; use normal or urgent (next needs an explicit confirmation).</source>
        <translation>« {value} » n&apos;est pas une priorité ; utilisez normal ou urgent (next exige une confirmation explicite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority &apos;next&apos; skips the checks and uses the daily quota of {quota}; confirm it explicitly.</source>
        <translation>La priorité « next » saute les vérifications et utilise le quota quotidien de {quota} ; confirmez-la explicitement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer has no subgenre; choose one.</source>
        <translation>L&apos;offre par défaut n&apos;a pas de sous-genre ; choisissez-en un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no release date; choose one.</source>
        <translation>L&apos;offre par défaut n&apos;a pas de date de sortie ; choisissez-en une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({kind} {ref}) is not on the server any more; refresh and try again.</source>
        <translation>Cet objet ({kind} {ref}) n&apos;est plus sur le serveur ; actualisez et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product} has no default offer on the server; the server creates one with the product.</source>
        <translation>Le produit {product} n&apos;a pas d&apos;offre par défaut sur le serveur ; le serveur en crée une avec le produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {task} is still {status}; wait until it ends.</source>
        <translation>La tâche {task} est encore à l&apos;état {status} ; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer</source>
        <translation>offre par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate offer</source>
        <translation>validation de l&apos;offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate</source>
        <translation>activation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artists</source>
        <translation>artistes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP offer</source>
        <translation>offre DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send task</source>
        <translation>tâche d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a right for {dsps} in {territories}</source>
        <translation>droit ajouté pour {dsps} dans {territories}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rights already cover {dsps}</source>
        <translation>les droits couvrent déjà {dsps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set {changes}</source>
        <translation>défini : {changes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date and subgenre already set</source>
        <translation>date de sortie et sous-genre déjà définis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer is active</source>
        <translation>l&apos;offre par défaut est active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer already active</source>
        <translation>offre par défaut déjà active</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation: {problems}</source>
        <translation>
            <numerusform>%n problème bloque l&apos;activation : {problems}</numerusform>
            <numerusform>%n problèmes bloquent l&apos;activation : {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation was not confirmed</source>
        <translation>l&apos;activation n&apos;a pas été confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active</source>
        <translation>le produit est actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active; new artists: {artists}</source>
        <translation>le produit est actif ; nouveaux artistes : {artists}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product already active</source>
        <translation>produit déjà actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; artist {id} (priority {priority})</source>
        <translation>{name} -&gt; artiste {id} (priorité {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; a new artist</source>
        <translation>{name} -&gt; un nouvel artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no credited names</source>
        <translation>aucun nom crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp} already has an active offer</source>
        <translation>{dsp} a déjà une offre active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer for {dsp} created</source>
        <translation>offre pour {dsp} créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} is already {status}</source>
        <translation>{dsp} : la tâche {task} est déjà à l&apos;état {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: already delivered (task {task})</source>
        <translation>{dsp} : déjà livré (tâche {task})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} ({type}, {priority})</source>
        <translation>{dsp} : tâche {task} ({type}, {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date</source>
        <translation>date de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preorder date</source>
        <translation>date de précommande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subgenre</source>
        <translation>sous-genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second subgenre</source>
        <translation>second sous-genre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n fichier vérifié</numerusform>
            <numerusform>%n fichiers vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files}: {errors}, {warnings}.</source>
        <translation>{files} : {errors}, {warnings}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked {count}: {file}</source>
        <translation>fichier {count} vérifié : {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>virgule flottante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ch</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist and was not checked.</source>
        <translation>{path} n&apos;existe pas et n&apos;a pas été vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n picture(s) of masters written to {folder}.</source>
        <translation>
            <numerusform>%n image de master écrite dans {folder}.</numerusform>
            <numerusform>%n images de masters écrites dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture of {file} could not be written to {folder} ({reason}); choose a writable folder.</source>
        <translation>L&apos;image de {file} n&apos;a pas pu être écrite dans {folder} ({reason}) ; choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} can&apos;t hold the pictures ({reason}); name a folder you can write to.</source>
        <translation>{folder} ne peut pas recevoir les images ({reason}) ; indiquez un dossier où vous pouvez écrire.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n produit trouvé</numerusform>
            <numerusform>%n produits trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n task(s)</source>
        <translation>
            <numerusform>{shown} sur %n tâche</numerusform>
            <numerusform>{shown} sur %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation of “{name}”.</source>
        <translation>
            <numerusform>%n problème bloque l&apos;activation de « {name} ».</numerusform>
            <numerusform>%n problèmes bloquent l&apos;activation de « {name} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n avertissement.</numerusform>
            <numerusform>%n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>Ajouter %n piste</numerusform>
            <numerusform>Ajouter %n pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n send task(s) under way; follow them in the dashboard.</source>
        <translation>
            <numerusform>%n tâche d&apos;envoi en cours ; suivez-la dans le tableau de bord.</numerusform>
            <numerusform>%n tâches d&apos;envoi en cours ; suivez-les dans le tableau de bord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credited name(s).</source>
        <translation>
            <numerusform>%n nom crédité.</numerusform>
            <numerusform>%n noms crédités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n règle.</numerusform>
            <numerusform>%n règles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label profile(s)</source>
        <translation>
            <numerusform>%n profil de label</numerusform>
            <numerusform>%n profils de label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed</source>
        <translation>
            <numerusform>%n livraison échouée</numerusform>
            <numerusform>%n livraisons échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) completed.</source>
        <translation>
            <numerusform>%n livraison terminée.</numerusform>
            <numerusform>%n livraisons terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed; see the dashboard for the reasons.</source>
        <translation>
            <numerusform>%n livraison a échoué ; les raisons sont dans le tableau de bord.</numerusform>
            <numerusform>%n livraisons ont échoué ; les raisons sont dans le tableau de bord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{status}: %n</source>
        <translation>
            <numerusform>{status} : %n</numerusform>
            <numerusform>{status} : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed on the server too: {fields}</source>
        <translation>modifié aussi sur le serveur : {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here and on the server; choose which to keep.</source>
        <translation>Modifié ici et sur le serveur ; choisissez quoi garder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: mine {mine}, server {theirs}</source>
        <translation>{field} : le mien {mine}, serveur {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last try: {error}</source>
        <translation>dernier essai : {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create {subject}</source>
        <translation>créer {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update {subject} ({fields})</source>
        <translation>modifier {subject} ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload cover &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>envoyer la pochette « {file} » du produit « {product} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the replaced master &apos;{file}&apos; of {track}</source>
        <translation>vérifier le master remplacé « {file} » de {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload master &apos;{file}&apos; for {track}</source>
        <translation>envoyer le master « {file} » de {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload video &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>envoyer la vidéo « {file} » pour le produit « {product} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload Motion Art &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>envoyer le Motion Art « {file} » pour le produit « {product} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video &apos;{name}&apos;</source>
        <translation>vidéo « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the video link of track &apos;{name}&apos;</source>
        <translation>le lien vidéo de la piste « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for {subject} ({state})</source>
        <translation>attend {subject} ({state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product &apos;{name}&apos;</source>
        <translation>le produit « {name} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label &apos;{name}&apos;</source>
        <translation>le label « {name} »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a track</source>
        <translation>une piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {id}</source>
        <translation>la piste {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {position} &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>la piste {position} « {name} » de « {product} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>la piste « {name} » de « {product} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to check: {paths} does not exist; give audio files, covers or folders.</source>
        <translation>rien à vérifier : {paths} n&apos;existe pas ; donnez des fichiers audio, des pochettes ou des dossiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox only listens on this machine (127.0.0.1); {host} is not a loopback address. Serving others means plain http: allow it only on a network you trust.</source>
        <translation>Le bac à sable n’écoute que sur cette machine (127.0.0.1) ; {host} n’est pas une adresse de bouclage. Servir d’autres machines passe par du http en clair : ne l’autorisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox cannot listen on {address} ({reason}); choose another port or stop what uses it.</source>
        <translation>Le bac à sable ne peut pas écouter sur {address} ({reason}) ; choisissez un autre port ou arrêtez ce qui l’utilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown dialect &apos;{dialect}&apos;; use limbo or labelcamp.</source>
        <translation>Dialecte « {dialect} » inconnu ; utilisez limbo ou labelcamp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox data in {folder} cannot be used ({reason}); choose another data folder.</source>
        <translation>Les données du bac à sable dans {folder} sont inutilisables ({reason}) ; choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox could not start ({reason}).</source>
        <translation>Le bac à sable n’a pas pu démarrer ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox did not start within {seconds} seconds.</source>
        <translation>Le bac à sable n’a pas démarré en {seconds} secondes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 0 and 65535, not {port}.</source>
        <translation>Le port doit être compris entre 0 et 65535, pas {port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery time cannot be negative.</source>
        <translation>La durée de livraison ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token&apos;s lifetime must be more than 0 seconds.</source>
        <translation>La durée de vie d’un jeton doit dépasser 0 seconde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a file; give a folder for the sandbox&apos;s data.</source>
        <translation>{path} est un fichier ; indiquez un dossier pour les données du bac à sable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Catalog read from the server: %n product(s).</source>
        <translation>
            <numerusform>Catalogue lu depuis le serveur : %n produit.</numerusform>
            <numerusform>Catalogue lu depuis le serveur : %n produits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available; your login is kept in memory for this run only.</source>
        <translation>Aucun trousseau système n&apos;est disponible ; votre connexion est gardée en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something unexpected went wrong ({kind}). Nothing was lost; details are in {log}.</source>
        <translation>un problème inattendu est survenu ({kind}). Rien n&apos;a été perdu ; les détails sont dans {log}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Commands: {commands}.</source>
        <translation>« {word} » n’est ni une commande releasedesk ni un fichier existant. Commandes : {commands}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Did you mean &apos;{closest}&apos;? Commands: {commands}.</source>
        <translation>« {word} » n’est ni une commande releasedesk ni un fichier existant. Vouliez-vous dire « {closest} » ? Commandes : {commands}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to check: {paths} holds no audio files or covers; give the release&apos;s files or the folder that holds them.</source>
        <translation>rien à vérifier : {paths} ne contient ni fichier audio ni pochette ; indiquez les fichiers de la sortie ou le dossier qui les contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no audio files or covers; nothing in it was checked.</source>
        <translation>{path} ne contient ni fichier audio ni pochette ; rien n’y a été vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Draft {draft}: “{name}” with %n track(s), {cover}.</source>
        <translation>
            <numerusform>Brouillon {draft} : « {name} » avec %n piste, {cover}.</numerusform>
            <numerusform>Brouillon {draft} : « {name} » avec %n pistes, {cover}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cover</source>
        <translation>pas de pochette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {file}: only FLAC and WAV masters are sent</source>
        <translation>{file} ignoré : seuls les masters FLAC et WAV sont envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing:</source>
        <translation>Manquant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing missing for the server to accept it.</source>
        <translation>Rien ne manque pour que le serveur l’accepte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media check:</source>
        <translation>Contrôle des médias :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media check: no problems.</source>
        <translation>Contrôle des médias : aucun problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent; run &apos;{command}&apos; to send it.</source>
        <translation>Rien n’a été envoyé ; lancez « {command} » pour l’envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded {draft}.</source>
        <translation>{draft} abandonné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drafts.</source>
        <translation>Aucun brouillon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(id {id} on the server)</source>
        <translation>(id {id} sur le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n brouillon</numerusform>
            <numerusform>%n brouillons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not yet synced</source>
        <translation>
            <numerusform>%n pas encore synchronisé</numerusform>
            <numerusform>%n pas encore synchronisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) queued</source>
        <translation>
            <numerusform>%n opération en attente</numerusform>
            <numerusform>%n opérations en attente</numerusform>
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
        <translation>Rien à envoyer : tous les brouillons sont synchronisés.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) still queued</source>
        <translation>
            <numerusform>%n opération encore en attente</numerusform>
            <numerusform>%n opérations encore en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sent} sent, {rejected} rejected, {conflicts} in conflict, {failed} failed; {remaining} ({requests}, {seconds} s).</source>
        <translation>{sent} envoyé(s), {rejected} refusé(s), {conflicts} en conflit, {failed} en échec ; {remaining} ({requests}, {seconds} s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;{command}&apos; to see what is waiting and why.</source>
        <translation>Lancez « {command} » pour voir ce qui attend et pourquoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {email} on {server}: </source>
        <translation>Mot de passe de {email} sur {server} : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in to {server} ({dialect}) as {user}; profile &apos;{profile}&apos; saved.</source>
        <translation>Connecté à {server} ({dialect}) en tant que {user} ; profil « {profile} » enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out of {server} (profile &apos;{profile}&apos;).</source>
        <translation>Déconnecté de {server} (profil « {profile} »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {user}</source>
        <translation>Utilisateur : {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor: {name} (id {id})</source>
        <translation>Distributeur : {name} (id {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {name} (id {id})</source>
        <translation>Société : {name} (id {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {server} ({dialect}), profile &apos;{profile}&apos;</source>
        <translation>Serveur : {server} ({dialect}), profil « {profile} »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority next: {used} of {quota} used today.</source>
        <translation>Priorité next : {used} sur {quota} utilisées aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product was not delivered; fix the problems above and run the same command again.</source>
        <translation>le produit n’a pas été livré ; corrigez les problèmes ci-dessus et relancez la même commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp}: task {task} {status}</source>
        <translation>{dsp} : tâche {task} {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {status} ({reason})</source>
        <translation>{dsp} : tâche {task} {status} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}</source>
        <translation>{dsp} : tâche {task} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}: {reason}</source>
        <translation>{dsp} : tâche {task} {old} -&gt; {new} : {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped waiting; %n task(s) not finished yet ({tasks}). Run &apos;{command}&apos; to follow them.</source>
        <translation>
            <numerusform>attente interrompue ; %n tâche pas encore terminée ({tasks}). Lancez « {command} » pour la suivre.</numerusform>
            <numerusform>attente interrompue ; %n tâches pas encore terminées ({tasks}). Lancez « {command} » pour les suivre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deliveries.</source>
        <translation>Aucune livraison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deliveries for product {product}.</source>
        <translation>Aucune livraison pour le produit {product}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every delivery has finished.</source>
        <translation>Toutes les livraisons sont terminées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox ready at {url}</source>
        <translation>Bac à sable prêt sur {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: plain http, reachable from the network: use demo data only.</source>
        <translation>Attention : http en clair, accessible depuis le réseau : n’utilisez que des données de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL: {url}</source>
        <translation>URL de base de l’API : {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login: {email} / {password}</source>
        <translation>Identifiants : {email} / {password}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: {folder}</source>
        <translation>Données : {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl-C to stop.</source>
        <translation>Appuyez sur Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox stopped.</source>
        <translation>Bac à sable arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The polling interval must be more than 0 seconds.</source>
        <translation>L’intervalle d’interrogation doit dépasser 0 seconde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profiles sandbox ready at {url}</source>
        <translation>Bac à sable des profils de label prêt sur {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires in {seconds} s. Press Ctrl-C to stop.</source>
        <translation>Le jeton expire dans {seconds} s. Appuyez sur Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This needs the server, and it cannot be reached now.</source>
        <translation>Cette action nécessite le serveur, qui est injoignable pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and product {product}&apos;s live states were never read on this machine.</source>
        <translation>Le serveur est injoignable et les états en ligne du produit {product} n&apos;ont jamais été lus sur cette machine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown service &apos;{service}&apos;; choose one of {known}.</source>
        <translation>Service « {service} » inconnu ; choisissez l&apos;un de ceux-ci : {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Spotify artist id: paste the 22-character id or the artist&apos;s open.spotify.com link.</source>
        <translation>« {value} » n&apos;est pas un identifiant d&apos;artiste Spotify : collez l&apos;identifiant de 22 caractères ou le lien open.spotify.com de l&apos;artiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not an Apple Music artist id: paste the number or the artist&apos;s music.apple.com link.</source>
        <translation>« {value} » n&apos;est pas un identifiant d&apos;artiste Apple Music : collez le numéro ou le lien music.apple.com de l&apos;artiste.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server has no product with %n of these ids: {ids}.</source>
        <translation>
            <numerusform>Le serveur n&apos;a aucun produit pour %n de ces identifiants : {ids}.</numerusform>
            <numerusform>Le serveur n&apos;a aucun produit pour %n de ces identifiants : {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown delivery type &apos;{type}&apos;; choose one of {known}.</source>
        <translation>Type de livraison « {type} » inconnu ; choisissez l&apos;un de ceux-ci : {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products were chosen.</source>
        <translation>Aucun produit n&apos;a été choisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product carries the tag &apos;{tag}&apos;.</source>
        <translation>Aucun produit ne porte l&apos;étiquette « {tag} ».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n next-priority task(s) are more than the daily quota of {quota}; choose urgent.</source>
        <translation>
            <numerusform>%n tâche en priorité next dépasse le quota quotidien de {quota} ; choisissez urgent.</numerusform>
            <numerusform>%n tâches en priorité next dépassent le quota quotidien de {quota} ; choisissez urgent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task {task} is {status}; only a stuck or failed task is redelivered.</source>
        <translation>La tâche {task} est à l&apos;état {status} ; seule une tâche bloquée ou en échec est relivrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag name is 1 to 100 characters; &apos;{tag}&apos; is not.</source>
        <translation>Un nom d&apos;étiquette compte de 1 à 100 caractères ; ce n&apos;est pas le cas de « {tag} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local catalog has no product with id {product}; read the catalog from the server first.</source>
        <translation>Le catalogue local n&apos;a aucun produit d&apos;id {product} ; lisez d&apos;abord le catalogue depuis le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (product {product})</source>
        <translation>{name} (produit {product})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not live anywhere yet: no delivery completed.</source>
        <translation>Encore en ligne nulle part : aucune livraison n&apos;est terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>Le serveur est injoignable : voici les derniers états lus.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>On %n playlist(s):</source>
        <translation>
            <numerusform>Sur %n playlist :</numerusform>
            <numerusform>Sur %n playlists :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} on {dsp}: {track} at #{position}, {followers} followers, added {added}  {url}</source>
        <translation>{name} sur {dsp} : {track} en position {position}, {followers} abonnés, ajouté le {added}  {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On no playlist yet.</source>
        <translation>Sur aucune playlist pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &apos;{tag}&apos; added to {product}; it is sent with the next sync.</source>
        <translation>Étiquette « {tag} » ajoutée à {product} ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag &apos;{tag}&apos; removed from {product}; it is sent with the next sync.</source>
        <translation>Étiquette « {tag} » retirée de {product} ; le changement sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: {product}&apos;s tags are {tags}.</source>
        <translation>Rien à modifier : les étiquettes de {product} sont {tags}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>One factory, %n task(s): {type} of {products} to {dsps}.</source>
        <translation>
            <numerusform>Une fabrique, %n tâche : {type} de {products} vers {dsps}.</numerusform>
            <numerusform>Une fabrique, %n tâches : {type} de {products} vers {dsps}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factory {factory}: {completed} completed, {waiting} waiting, {sending} sending, {error} in error, {stuck} stuck.</source>
        <translation>Fabrique {factory} : {completed} terminées, {waiting} en attente, {sending} en cours d&apos;envoi, {error} en erreur, {stuck} bloquées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({product}): {status}</source>
        <translation>{name} ({product}) : {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({product}) on {dsp}: {status}: {reason}</source>
        <translation>{name} ({product}) sur {dsp} : {status} : {reason}</translation>
    </message>
</context>
<context>
    <name>MotionArtWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="+100"/>
        <source>Motion Art, mobile (3:4)</source>
        <translation>Motion Art, mobile (3:4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motion Art, desktop (1:1)</source>
        <translation>Motion Art, ordinateur (1:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a 3:4 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Déposez ici une boucle Motion Art 3:4 (MP4 ou MOV, sans son)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a 1:1 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Déposez ici une boucle Motion Art 1:1 (MP4 ou MOV, sans son)</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="+282"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default offer</source>
        <translation>Offre par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-order from</source>
        <translation>Précommande à partir du</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the default offer&apos;s status to active</source>
        <translation>Passer le statut de l&apos;offre par défaut à actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release date:</source>
        <translation>Date de sortie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-order:</source>
        <translation>Précommande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Sous-genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Second sous-genre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price code:</source>
        <translation>Code de prix :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSP-specific offers</source>
        <translation>Offres propres à un DSP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload identifications</source>
        <translation>Identifications de téléversement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Offer</source>
        <translation>Ajouter une &amp;offre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload identification:</source>
        <translation>Identification de téléversement :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track offers</source>
        <translation>Offres de piste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep out of fingerprint scanning</source>
        <translation>Exclure de l&apos;analyse d&apos;empreintes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Track Offer</source>
        <translation>Ajouter une offre de piste</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+98"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>(distributor default)</source>
        <translation>(valeur par défaut du distributeur)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not validated</source>
        <translation>non validée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This product has no default offer on the server.</source>
        <translation>Ce produit n&apos;a pas d&apos;offre par défaut sur le serveur.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick an upload identification; the product needs its default offer first.</source>
        <translation>Choisissez une identification de téléversement ; le produit doit d&apos;abord avoir son offre par défaut.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a track (and an offer in the list, or the default offer is used).</source>
        <translation>Choisissez une piste (et une offre dans la liste, sinon l&apos;offre par défaut est utilisée).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track offer {id} saved.</source>
        <translation>Offre de piste {id} enregistrée.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../app/ui/sync/outbox_dialog.py" line="+24"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Everything edited here is kept on this computer and sent by Sync, in this order. Fix what the server refused in the editor; it is queued again.</source>
        <translation>Tout ce qui est modifié ici est conservé sur cet ordinateur et envoyé par la synchronisation, dans cet ordre. Corrigez dans l&apos;éditeur ce que le serveur a refusé ; ce sera remis en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting: every change has been sent.</source>
        <translation>Rien en attente : toutes les modifications ont été envoyées.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/ui/sync/outbox_model.py" line="+17"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+16"/>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session with %1 has ended. Your changes are kept; sign in to send them.</source>
        <translation>Votre session avec %1 a pris fin. Vos modifications sont conservées ; connectez-vous pour les envoyer.</translation>
    </message>
</context>
<context>
    <name>PicturePanel</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="+152"/>
        <source>As the stores play it</source>
        <translation>Tel que les plateformes le jouent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gain each service&apos;s loudness normalisation applies to this master when it plays.</source>
        <translation>Le gain que la normalisation de sonie de chaque service applique à ce master à la lecture.</translation>
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
        <translation>Sélectionnez un produit livré pour voir ses placements en playlist.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Track</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — reading its playlist placements…</source>
        <translation>{name} — lecture de ses placements en playlist…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — playlist placements: {n}</source>
        <translation>{name} — placements en playlist : {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is on no playlist yet.</source>
        <translation>{name} n&apos;est encore sur aucune playlist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: these are the placements last read.</source>
        <translation>Le serveur est injoignable : voici les derniers placements lus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {playlist} on {service}</source>
        <translation>Ouvrir {playlist} sur {service}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/ui/shell/preferences.py" line="+32"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Valeur du système (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language applies the next time Releasedesk starts.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Releasedesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and numbers:</source>
        <translation>Dates et nombres :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+90"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stuck or failed tasks: {n}</source>
        <translation>Tâches bloquées ou en échec : {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stuck</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redeliver</source>
        <translation>Relivrer</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-95"/>
        <source>Product editor</source>
        <translation>Éditeur de produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release title</source>
        <translation>Titre de la sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Deluxe Edition</source>
        <translation>p. ex. Édition Deluxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata language</source>
        <translation>Langue des métadonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation (various artists)</source>
        <translation>Compilation (artistes divers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. summer, catalog (separated by commas)</source>
        <translation>p. ex. été, catalogue (séparés par des virgules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags organise products; search the catalog with tag:NAME.</source>
        <translation>Les étiquettes organisent les produits ; cherchez dans le catalogue avec tag:NOM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes and dates</source>
        <translation>Codes et dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / EAN</source>
        <translation>UPC / EAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 or 13 digits</source>
        <translation>12 ou 13 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode; its last digit is a GS1 check digit.</source>
        <translation>Le code-barres ; son dernier chiffre est une clé de contrôle GS1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release</source>
        <translation>Sortie originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (reissues only)</source>
        <translation>AAAA-MM-JJ (rééditions uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Numéro de catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your label&apos;s own reference</source>
        <translation>La référence propre à votre label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights lines</source>
        <translation>Mentions de droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>© line</source>
        <translation>Mention ©</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>e.g. 2025 Night Owl Records</source>
        <translation>p. ex. 2025 Night Owl Records</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>℗ line</source>
        <translation>Mention ℗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production year</source>
        <translation>Année de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Masterisé par</translation>
    </message>
</context>
<context>
    <name>ReadinessChecklist</name>
    <message>
        <location filename="../app/ui/delivery/checklist.py" line="+41"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness checklist</source>
        <translation>Liste de contrôle avant activation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Readiness findings</source>
        <translation>Constats de préparation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate the product</source>
        <translation>Activer le produit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fix: {label}</source>
        <translation>Corriger : {label}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is active.</source>
        <translation>« {name} » est actif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is ready to activate.</source>
        <translation>« {name} » est prêt à être activé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying “{label}”…</source>
        <translation>Application de « {label} »…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the artists…</source>
        <translation>Recherche des artistes…</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-123"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Droits</translation>
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
        <translation>pochette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio master</source>
        <translation>master audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>DSPs</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territories</source>
        <translation>territoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explicit</source>
        <translation>explicite</translation>
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
        <translation>bloquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>ReviewArea</name>
    <message>
        <location filename="../app/ui/review/install.py" line="+35"/>
        <source>Re&amp;view</source>
        <translation>&amp;Contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store Review…</source>
        <translation>Contrôle des &amp;plateformes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release &amp;Calendar…</source>
        <translation>&amp;Calendrier des sorties…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a draft or a product first.</source>
        <translation>Sélectionnez d&apos;abord un brouillon ou un produit.</translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="-415"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSPs</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two-letter codes, e.g. FR,BE</source>
        <translation>codes à deux lettres, p. ex. FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear All</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSPs / continents:</source>
        <translation>DSP / continents :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territoires :</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown territory code(s): {codes}; use two-letter codes like FR.</source>
        <translation>Code(s) de territoire inconnu(s) : {codes} ; utilisez des codes à deux lettres comme FR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick at least one DSP and a continent or territory.</source>
        <translation>Choisissez au moins un DSP et un continent ou un territoire.</translation>
    </message>
</context>
<context>
    <name>SendTaskModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-347"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processing</source>
        <translation>en traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stuck</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error reason</source>
        <translation>Motif de l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>SheetChangesModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+46"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>SheetController</name>
    <message>
        <location filename="../app/ui/sheet/controller.py" line="+36"/>
        <source>Export Catalog Sheet</source>
        <translation>Exporter le catalogue en tableur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Catalog Sheet</source>
        <translation>Importer un tableur du catalogue</translation>
    </message>
</context>
<context>
    <name>SheetErrorsModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+13"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location line="+26"/>
        <source>Import Catalog Sheet — %1</source>
        <translation>Importer un tableur du catalogue — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply as Drafts</source>
        <translation>Appliquer en brouillons</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix the cells listed below in the file and import it again.</source>
        <translation>Corrigez dans le fichier les cellules listées ci-dessous, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply them as drafts; they are sent at the next sync.</source>
        <translation>Appliquez-les en brouillons ; elles seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file matches the catalog: nothing to change.</source>
        <translation>Le fichier correspond au catalogue : rien à modifier.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="-157"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@label.com</source>
        <translation>vous@label.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email or username</source>
        <translation>E-mail ou nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API dialect</source>
        <translation>Dialecte de l&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-mail ou nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API:</source>
        <translation>&amp;API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fill in the server address, your email or username and your password.</source>
        <translation>Renseignez l&apos;adresse du serveur, votre e-mail ou nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>StoreReview</name>
    <message>
        <location filename="../app/ui/review/findings_view.py" line="+35"/>
        <source>Every store</source>
        <translation>Toutes les boutiques</translation>
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
        <translation>Contrôle des plateformes</translation>
    </message>
</context>
<context>
    <name>StoreReviewView</name>
    <message>
        <location line="-150"/>
        <source>Store review</source>
        <translation>Contrôle des plateformes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Store</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stores</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by store</source>
        <translation>Constats par plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review &amp;Again</source>
        <translation>&amp;Recontrôler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules of:</source>
        <translation>Règles de :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reviewing…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>blocks</source>
        <translation>bloquant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}”: nothing a store would bounce.</source>
        <translation>« {name} » : rien qu&apos;une plateforme refuserait.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1”: %n finding(s), %2 blocking.</source>
        <translation>
            <numerusform>« %1 » : %n constat, dont %2 bloquant(s).</numerusform>
            <numerusform>« %1 » : %n constats, dont %2 bloquant(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track {ref}</source>
        <translation>Piste {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying “{label}”…</source>
        <translation>Application de « {label} »…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="+78"/>
        <source>Offline — working locally</source>
        <translation>Hors ligne — travail en local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to a distributor to send your changes.</source>
        <translation>Connectez-vous à un distributeur pour envoyer vos modifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online · %1</source>
        <translation>En ligne · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline · %1 — edits are kept</source>
        <translation>Hors ligne · %1 — les modifications sont conservées</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to a distributor first (File ▸ Sign In…).</source>
        <translation>Connectez-vous d&apos;abord à un distributeur (Fichier ▸ Se connecter…).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refreshing the catalog…</source>
        <translation>Actualisation du catalogue…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session expired; sign in again to send the rest.</source>
        <translation>Votre session a expiré ; reconnectez-vous pour envoyer le reste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; your changes stay queued.</source>
        <translation>Le serveur est injoignable ; vos modifications restent en file d&apos;attente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent</source>
        <translation>%1 envoyé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected</source>
        <translation>%1 refusé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in conflict</source>
        <translation>%1 en conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 still queued</source>
        <translation>%1 encore en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalog refreshed</source>
        <translation>catalogue actualisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: %1.</source>
        <translation>Synchronisation terminée : %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in again to sync: %1</source>
        <translation>Reconnectez-vous pour synchroniser : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation interrompue : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled; what was not sent stays queued.</source>
        <translation>Synchronisation annulée ; ce qui n&apos;a pas été envoyé reste en file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/ui/sync/status.py" line="+22"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Envoyer les modifications en attente et actualiser le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog (F5)</source>
        <translation>Envoyer les modifications en attente et actualiser le catalogue (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 à traiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+23"/>
        <source>Track editor</source>
        <translation>Éditeur de piste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Radio Edit</source>
        <translation>p. ex. Radio Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Numéro de piste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>Numéro de disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. GBAYE2500001</source>
        <translation>p. ex. GBAYE2500001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 characters: country, registrant, year, number.</source>
        <translation>12 caractères : pays, déclarant, année, numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Langue de l&apos;audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit lyrics</source>
        <translation>Paroles explicites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean version of an explicit track</source>
        <translation>Version censurée d&apos;une piste explicite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview starts at (s)</source>
        <translation>Début de l&apos;extrait (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
</context>
<context>
    <name>TrendsArea</name>
    <message>
        <location filename="../app/ui/trends/dock.py" line="+43"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends of Selected Product</source>
        <translation>&amp;Tendances du produit sélectionné</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Sélectionnez d&apos;abord un produit présent sur le serveur (synchronisé).</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../app/ui/trends/view.py" line="+31"/>
        <source>Whole catalog</source>
        <translation>Tout le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose streams</source>
        <translation>Écoutes de qui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which one (name or server id)</source>
        <translation>Lequel (nom ou identifiant sur le serveur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streams by</source>
        <translation>Écoutes par</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a range and press Show.</source>
        <translation>Choisissez une période et cliquez sur Afficher.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {file}.</source>
        <translation>{file} enregistré.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No streams in this range.</source>
        <translation>Aucune écoute sur cette période.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: {streams} streams</source>
        <translation>Total : {streams} écoutes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetching trends…</source>
        <translation>Récupération des tendances…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export trends as CSV</source>
        <translation>Exporter les tendances en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/ui/editors/validation.py" line="+37"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>Écrivez la date au format AAAA-MM-JJ, p. ex. 2025-03-14.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This date does not exist; check the month and day.</source>
        <translation>Cette date n&apos;existe pas ; vérifiez le mois et le jour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product needs a title.</source>
        <translation>Un produit doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The UPC is required before the product can be sent.</source>
        <translation>L&apos;UPC est obligatoire avant de pouvoir envoyer le produit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required before the product can be sent.</source>
        <translation>Obligatoire avant de pouvoir envoyer le produit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The production year should be between 1900 and next year.</source>
        <translation>L&apos;année de production doit être comprise entre 1900 et l&apos;année prochaine.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The original release date cannot be after the release date.</source>
        <translation>La date de sortie originale ne peut pas être postérieure à la date de sortie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Add at least one main artist (role Artist).</source>
        <translation>Ajoutez au moins un artiste principal (rôle Artiste).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Choose the language of the metadata.</source>
        <translation>Choisissez la langue des métadonnées.</translation>
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
        <translation>Une piste doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Track numbers start at 1.</source>
        <translation>Les numéros de piste commencent à 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview must start before the end of the track.</source>
        <translation>L&apos;extrait doit commencer avant la fin de la piste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A track cannot be both explicit and the clean version.</source>
        <translation>Une piste ne peut pas être à la fois explicite et la version censurée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A label needs a name.</source>
        <translation>Un label doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>VideoWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="-70"/>
        <source>Music video</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poster frame</source>
        <translation>Image d&apos;affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Fréquence d&apos;images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop an MP4 or MOV music video here</source>
        <translation>Déposez ici un clip MP4 ou MOV</translation>
    </message>
</context>
<context>
    <name>VideoWells</name>
    <message>
        <location filename="../app/ui/editors/video_controller.py" line="+115"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Sera refusé : corrigez les problèmes ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Accepté, avec des avertissements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Passe les contrôles de qualité.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>On the server.</source>
        <translation>Sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read; check that the file exists.</source>
        <translation>« %1 » est illisible ; vérifiez que le fichier existe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent with the next sync; video checks are not available in this build.</source>
        <translation>Envoyé à la prochaine synchronisation ; les contrôles vidéo ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” attached; it is uploaded with the next sync.</source>
        <translation>« %1 » joint ; il sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach video</source>
        <translation>Joindre une vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach Motion Art</source>
        <translation>Joindre un Motion Art</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a video</source>
        <translation>Choisir une vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (*.mp4 *.mov *.m4v)</source>
        <translation>Vidéos (*.mp4 *.mov *.m4v)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="-147"/>
        <source>Waveform and loudness over time</source>
        <translation>Forme d&apos;onde et sonie dans le temps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blue: peaks and RMS. Orange: short-term loudness (3 s), scale in LUFS at the right.</source>
        <translation>Bleu : crêtes et RMS. Orange : sonie à court terme (3 s), échelle en LUFS à droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red ticks: clipped samples.</source>
        <translation>Traits rouges : échantillons écrêtés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey: silence at the start or end.</source>
        <translation>Gris : silence au début ou à la fin.</translation>
    </message>
</context>
<context>
    <name>Well</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-72"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file for %1</source>
        <translation>Choisir un fichier pour %1</translation>
    </message>
</context>
<context>
    <name>WritersModel</name>
    <message>
        <location filename="../app/ui/credits/model.py" line="+26"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Compositeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Parolier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share %</source>
        <translation>Part %</translation>
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
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>_RoleDelegate</name>
    <message>
        <location line="-187"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../app/cli.py" line="-23"/>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
</context>
</TS>
