<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArtistLiveView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+232"/>
        <location line="+4"/>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artist id</source>
        <translation>Id del artista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Artist id or profile link</source>
        <translation>Id del artista o enlace del perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The server cannot be reached: these are the places last read.</source>
        <translation>No se puede acceder al servidor: estos son los lugares leídos la última vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services where the artist is: {n}</source>
        <translation>Servicios donde está el artista: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewDialog</name>
    <message>
        <location filename="../app/ui/delivery/artist_preview.py" line="+41"/>
        <source>Artists on activation</source>
        <translation>Artistas al activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist preview</source>
        <translation>Vista previa de artistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the product goes active, each credited name is linked to the same-name artist with the highest priority, or a new artist is created. Check that each name lands on the right profile.</source>
        <translation>Cuando el producto pasa a activo, cada nombre acreditado se vincula al artista homónimo de mayor prioridad, o se crea un artista nuevo. Comprueba que cada nombre llegue al perfil correcto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credited names and their artists</source>
        <translation>Nombres acreditados y sus artistas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Same-name artist to use</source>
        <translation>Artista homónimo que usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use This Artist</source>
        <translation>&amp;Usar este artista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority of the new artist</source>
        <translation>Prioridad del nuevo artista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create Artist</source>
        <translation>&amp;Crear artista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an artist with the selected name now, with the priority on the left</source>
        <translation>Crear ahora un artista con el nombre seleccionado, con la prioridad indicada a la izquierda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same-name artists:</source>
        <translation>Artistas homónimos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New artists will be created for: {names}.</source>
        <translation>Se crearán artistas nuevos para: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several artists share the name: {names}.</source>
        <translation>Varios artistas comparten el nombre: {names}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>artist {id}, priority {p}</source>
        <translation>artista {id}, prioridad {p}</translation>
    </message>
</context>
<context>
    <name>ArtistPreviewModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="+423"/>
        <source>Credited name</source>
        <translation>Nombre acreditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited as</source>
        <translation>Acreditado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will resolve to</source>
        <translation>Se vinculará a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP ids</source>
        <translation>Identificadores de DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other same-name artists</source>
        <translation>Otros artistas homónimos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a new artist (priority 1)</source>
        <translation>un artista nuevo (prioridad 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist {id} (priority {priority})</source>
        <translation>artista {id} (prioridad {priority})</translation>
    </message>
</context>
<context>
    <name>AudioWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="+173"/>
        <source>Master audio</source>
        <translation>Máster de audio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bit depth</source>
        <translation>Profundidad de bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>True peak</source>
        <translation>Pico real</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a FLAC or WAV master here</source>
        <translation>Suelta aquí un máster FLAC o WAV</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+164"/>
        <source>Act on this message</source>
        <translation>Actuar sobre este mensaje</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../app/ui/live/bulk_dialog.py" line="+47"/>
        <source>Bulk actions</source>
        <translation>Acciones en bloque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected in the catalog: {n}</source>
        <translation>Seleccionados en el catálogo: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and every product with this tag (optional)</source>
        <translation>y todos los productos con esta etiqueta (opcional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+150"/>
        <source>Redeliver</source>
        <translation>Volver a entregar</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Take down</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next</source>
        <translation>inmediata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products:</source>
        <translation>Productos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services:</source>
        <translation>Servicios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result per product</source>
        <translation>Resultado por producto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m tasks finished</source>
        <translation>%v de %m tareas terminadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“next” today: {used} of {quota} used, {left} left</source>
        <translation>«inmediata» hoy: {used} de {quota} usados, quedan {left}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the products…</source>
        <translation>Leyendo los productos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One send-task factory: {tasks} tasks, {action} of {products} product(s) to {dsps}.</source>
        <translation>Una sola fábrica de tareas de envío: {tasks} tareas ({action} {products} producto(s); servicios: {dsps}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Factory {id} created.</source>
        <translation>Fábrica {id} creada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stuck</source>
        <translation>atascada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../app/ui/calendar/view.py" line="+250"/>
        <source>Release Calendar</source>
        <translation>Calendario de lanzamientos</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location line="-192"/>
        <source>Release calendar</source>
        <translation>Calendario de lanzamientos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Blue: release days. Green: send days. A warning means fewer than 7 days between sending and release: no editorial pitch.</source>
        <translation>Azul: días de lanzamiento. Verde: días de envío. Una advertencia indica menos de 7 días entre el envío y el lanzamiento: no hay pitch editorial posible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming releases</source>
        <translation>Próximos lanzamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead (days)</source>
        <translation>Antelación (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artists</source>
        <translation>Artistas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Plan &amp;Send Date</source>
        <translation>Planificar fecha de &amp;envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;ggest</source>
        <translation>Su&amp;gerir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export .ics…</source>
        <translation>E&amp;xportar .ics…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send the selected release on</source>
        <translation>Enviar el lanzamiento seleccionado el</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} upcoming release(s).</source>
        <translation>{count} lanzamiento(s) próximo(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from today on.</source>
        <translation>No hay ningún lanzamiento previsto a partir de hoy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (draft)</source>
        <translation> (borrador)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Select a release first.</source>
        <translation>Seleccione primero un lanzamiento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the release calendar</source>
        <translation>Exportar el calendario de lanzamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {count} release(s) to {file}.</source>
        <translation>Se escribieron {count} lanzamiento(s) en {file}.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../app/ui/catalog/controller.py" line="+175"/>
        <source>First %1 matches; type more to narrow down.</source>
        <translation>Primeros %1 resultados; escribe más para acotar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No product matches “%1”.</source>
        <translation>Ningún producto coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../app/ui/catalog/model.py" line="+48"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / ISRC</source>
        <translation>UPC / ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending sync</source>
        <translation>sincronización pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>Label profiles from the label-profile service “%1”</source>
        <translation>Perfiles de sello del servicio de perfiles de sello «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>My catalog</source>
        <translation>Mi catálogo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>(unnamed label)</source>
        <translation>(sello sin nombre)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../app/ui/catalog/search_model.py" line="+74"/>
        <source>(untitled product)</source>
        <translation>(producto sin título)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>live on %1/%2</source>
        <translation>publicado en %1/%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(untitled track)</source>
        <translation>(pista sin título)</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../app/ui/catalog/panel.py" line="+92"/>
        <source>Search title, artist, UPC, ISRC or tag:NAME</source>
        <translation>Buscar título, artista, UPC, ISRC o tag:NOMBRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Buscar en el catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli.py" line="+132"/>
        <source>Commands: </source>
        <translation>Comandos: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;releasedesk COMMAND --help&apos; for one command&apos;s options.</source>
        <translation>Ejecute &apos;releasedesk COMMAND --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(app)s %(version)s: prepare, check and deliver music releases.</source>
        <translation>%(app)s %(version)s: preparar, comprobar y entregar lanzamientos musicales.</translation>
    </message>
    <message>
        <location filename="../app/commands/help_texts.py" line="+18"/>
        <source>run the local sandbox server</source>
        <translation>iniciar el servidor local del entorno de pruebas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign in to a distributor server and remember the profile</source>
        <translation>iniciar sesión en un servidor de distribuidor y recordar el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a profile&apos;s token</source>
        <translation>olvidar el token de un perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the signed-in user, distributor and company</source>
        <translation>mostrar el usuario conectado, el distribuidor y la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check audio masters and covers for what a DSP would reject</source>
        <translation>comprobar en los másteres de audio y las portadas lo que un DSP rechazaría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a local draft product from a release folder</source>
        <translation>crear un producto borrador local a partir de una carpeta de lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list local drafts and their sync state</source>
        <translation>listar los borradores locales y su estado de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send pending drafts to the server</source>
        <translation>enviar los borradores pendientes al servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate a product and deliver it to DSPs</source>
        <translation>activar un producto y entregarlo a los DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list or watch deliveries</source>
        <translation>listar o seguir las entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show where a product is live, with its links</source>
        <translation>mostrar dónde está publicado un producto, con sus enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove a product&apos;s tag (sent with the next sync)</source>
        <translation>añadir o quitar una etiqueta de un producto (se envía en la próxima sincronización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export the catalog to a spreadsheet, or import one back</source>
        <translation>exportar el catálogo a una hoja de cálculo o volver a importar una</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily streams by service, territory, track or product</source>
        <translation>reproducciones diarias por servicio, territorio, pista o producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list what a store would bounce a draft or product for</source>
        <translation>listar los motivos por los que una plataforma rechazaría un borrador o un producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list planned releases with their send dates, or write an .ics</source>
        <translation>listar los lanzamientos previstos con sus fechas de envío, o escribir un .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the app on the embedded sandbox</source>
        <translation>abrir la aplicación en el entorno de pruebas integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check this installation and exit</source>
        <translation>comprobar esta instalación y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile to open</source>
        <translation>perfil de conexión que abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters or cover images to open</source>
        <translation>másteres de audio o imágenes de portada que abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address to listen on (default 127.0.0.1; others need --allow-remote)</source>
        <translation>dirección en la que escuchar (por defecto 127.0.0.1; las demás requieren --allow-remote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port to listen on (default 8700; 0 = any free)</source>
        <translation>puerto en el que escuchar (por defecto 8700; 0 = cualquiera libre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the sandbox&apos;s SQLite store and files (default: a temporary folder)</source>
        <translation>carpeta para el almacén SQLite y los archivos del entorno de pruebas (por defecto: una carpeta temporal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limbo/Beat v1 (default) or Labelcamp v2 conventions</source>
        <translation>convenciones de limbo/Beat v1 (por defecto) o de Labelcamp v2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed a believable demo catalog</source>
        <translation>precargar un catálogo de demostración verosímil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long a send task takes from pending to completed (default 3)</source>
        <translation>cuánto tarda una tarea de envío en pasar de pendiente a completada (por defecto 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds before an access token expires (default 3600)</source>
        <translation>segundos antes de que caduque un token de acceso (por defecto 3600)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distributor JSON:API (default) or the label-profiles REST API, which prints a signed access token (token: &lt;JWT&gt;)</source>
        <translation>la JSON:API del distribuidor (por defecto) o la API REST label-profiles, que muestra un token de acceso firmado (token: &lt;JWT&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allow a non-loopback --host (plain http: only on a network you trust)</source>
        <translation>permitir un --host que no sea de loopback (http: sin cifrar, solo en una red de confianza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile name (default: default)</source>
        <translation>nombre del perfil de conexión (por defecto: default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server address, e.g. https://api.idol.io or https://host/api/v1</source>
        <translation>dirección del servidor, p. ej. https://api.idol.io o https://host/api/v1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your login (email, or Labelcamp username)</source>
        <translation>su usuario (correo electrónico o nombre de usuario de Labelcamp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API dialect (detected from the address or the server when omitted)</source>
        <translation>dialecto de la API (se detecta por la dirección o el servidor si se omite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the first line of standard input</source>
        <translation>leer la contraseña de la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the password in the keyring to renew an expired session silently</source>
        <translation>guardar la contraseña en el llavero para renovar en silencio una sesión caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the token in a private file (mode 0600) when no keyring is available</source>
        <translation>guardar el token en un archivo privado (modo 0600) si no hay ningún llavero disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio masters, covers, videos, or folders of them</source>
        <translation>másteres de audio, portadas, vídeos o carpetas que los contengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print one JSON document instead of text</source>
        <translation>mostrar un único documento JSON en lugar de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files checked at once (default: one per CPU core)</source>
        <translation>archivos comprobados a la vez (por defecto: uno por núcleo de CPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read headers only: fast, but no decoding, checksum or loudness</source>
        <translation>leer solo las cabeceras: rápido, pero sin decodificación, suma de verificación ni sonoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write a picture of each audio master (waveform, loudness over time, clipping, silence) as DIR/&lt;name&gt;.png</source>
        <translation>escribir también una imagen de cada máster de audio (forma de onda, sonoridad en el tiempo, saturación, silencio) como DIR/&lt;nombre&gt;.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audio belongs to a Dolby Atmos record (more than 2 channels allowed)</source>
        <translation>el audio pertenece a un disco Dolby Atmos (se permiten más de 2 canales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the videos as Apple Motion Art of this type (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) instead of as music videos</source>
        <translation>comprobar los vídeos como Apple Motion Art de este tipo (apple_motion_art_mobile: 3:4, apple_motion_art_desktop: 1:1) en lugar de como videoclips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the release folder: tagged FLAC/WAV files and a cover</source>
        <translation>la carpeta del lanzamiento: archivos FLAC/WAV etiquetados y una portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label&apos;s id on the server (or a local label id)</source>
        <translation>el id del sello en el servidor (o un id de sello local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product&apos;s language id (e.g. 5 Spanish)</source>
        <translation>el id de idioma del producto (p. ej. 5 español)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product type id (1 Album, 2 Single)</source>
        <translation>el id del tipo de producto (1 álbum, 2 sencillo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a product attribute by its API name, e.g. --set production-line=&quot;2026 Label&quot; (repeatable)</source>
        <translation>establecer un atributo del producto por su nombre en la API, p. ej. --set production-line=&quot;2026 Label&quot; (repetible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the media QC of the files</source>
        <translation>omitir el control de calidad de medios de los archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the result as JSON</source>
        <translation>mostrar el resultado como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection profile (default: default)</source>
        <translation>perfil de conexión (por defecto: default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the drafts as JSON</source>
        <translation>mostrar los borradores como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forget a draft: a new one is removed, an existing one loses its unsent changes (nothing is deleted on the server)</source>
        <translation>olvidar un borrador: uno nuevo se elimina, uno existente pierde sus cambios no enviados (no se borra nada en el servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print only the summary</source>
        <translation>mostrar solo el resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>then read the catalog from the server, as the app&apos;s Sync does</source>
        <translation>después leer el catálogo del servidor, como hace la sincronización de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first interval between status checks; it grows while nothing changes</source>
        <translation>primer intervalo entre comprobaciones de estado; aumenta mientras nada cambie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop waiting after this long (exit 1)</source>
        <translation>dejar de esperar tras este tiempo (código de salida 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the products&apos; server ids; more than one go through one send-task factory</source>
        <translation>los id de los productos en el servidor; si hay varios, pasan por una sola fábrica de tareas de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every product carrying this tag (through one send-task factory)</source>
        <translation>todos los productos con esta etiqueta (mediante una sola fábrica de tareas de envío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note kept with a factory</source>
        <translation>una nota guardada con la fábrica</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the product&apos;s server id</source>
        <translation>el id del producto en el servidor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum streams by service (dsp), territory, track or product (default: dsp)</source>
        <translation>sumar las reproducciones por servicio (dsp), territorio, pista o producto (por defecto: dsp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product (server id)</source>
        <translation>solo este producto (id en el servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this artist&apos;s products</source>
        <translation>solo los productos de este artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label&apos;s products</source>
        <translation>solo los productos de este sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write date,&lt;by&gt;,streams rows to FILE instead of a table</source>
        <translation>escribir filas date,&lt;by&gt;,streams en FILE en lugar de una tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read only what was fetched before</source>
        <translation>leer solo lo que ya se obtuvo antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a draft id as &apos;releasedesk drafts&apos; shows it, or a product id</source>
        <translation>un id de borrador tal como lo muestra &apos;releasedesk drafts&apos;, o un id de producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the rules of this store (and those all stores share)</source>
        <translation>solo las reglas de esta plataforma (y las comunes a todas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the findings as JSON</source>
        <translation>mostrar los hallazgos como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the calendar as an .ics file</source>
        <translation>escribir el calendario como archivo .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan the day a release is sent to the stores (repeatable; DRAFT_ID=none forgets it)</source>
        <translation>planificar el día en que un lanzamiento se envía a las plataformas (repetible; DRAFT_ID=none lo olvida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first release date shown (default today)</source>
        <translation>primera fecha de lanzamiento mostrada (por defecto: hoy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the releases as JSON</source>
        <translation>mostrar los lanzamientos como JSON</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>a DSP to deliver to, by name (repeat for several: one task each)</source>
        <translation>un DSP al que entregar, por nombre (repetir para varios: una tarea cada uno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the right applies: WW (worldwide) or ISO codes like FR,BE</source>
        <translation>dónde se aplica el derecho: WW (todo el mundo) o códigos ISO como FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirm priority &apos;next&apos; (skips checks, spends the daily quota)</source>
        <translation>confirmar la prioridad &apos;next&apos; (omite las comprobaciones, consume la cuota diaria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold the delivery until then</source>
        <translation>retener la entrega hasta entonces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow each DSP&apos;s status until it completes or fails</source>
        <translation>seguir el estado de cada DSP hasta que termine o falle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this product&apos;s tasks</source>
        <translation>solo las tareas de este producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only tasks in this status (e.g. error)</source>
        <translation>solo las tareas en este estado (p. ej. error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow the unfinished tasks until each completes or fails</source>
        <translation>seguir las tareas sin terminar hasta que cada una termine o falle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the states as JSON</source>
        <translation>mostrar los estados como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add or remove the tag</source>
        <translation>añadir o quitar la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag&apos;s name</source>
        <translation>el nombre de la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the catalog to FILE.xlsx or FILE.csv</source>
        <translation>escribir el catálogo en FILE.xlsx o FILE.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply the edits of a sheet exported before</source>
        <translation>aplicar los cambios de una hoja de cálculo exportada antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (.xlsx or .csv)</source>
        <translation>el archivo que escribir (.xlsx o .csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only this label (its id on the server, or a local id)</source>
        <translation>solo este sello (su id en el servidor o un id local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .xlsx or .csv file</source>
        <translation>el archivo .xlsx o .csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the changes and errors, apply nothing</source>
        <translation>listar los cambios y los errores, sin aplicar nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print {&quot;changes&quot;: N, &quot;errors&quot;: [...]} as JSON</source>
        <translation>mostrar {&quot;changes&quot;: N, &quot;errors&quot;: [...]} como JSON</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../app/ui/editors/commands.py" line="+77"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/ui/sync/conflicts.py" line="+37"/>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolver conflictos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed here and on the server since the last sync. Choose, for each field, which value to keep.</source>
        <translation>«%1» se modificó aquí y en el servidor desde la última sincronización. Elige, para cada campo, qué valor conservar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this computer)</source>
        <translation>El mío (este ordenador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (server)</source>
        <translation>El del servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep my %1</source>
        <translation>Conservar mi valor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s %1</source>
        <translation>Tomar el valor del servidor: %1</translation>
    </message>
</context>
<context>
    <name>ConnectLabelProfilesDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/connect_dialog.py" line="+22"/>
        <source>Connect to a Label-Profile Service</source>
        <translation>Conectar con un servicio de perfiles de sello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the connection a name.</source>
        <translation>Ponle un nombre a la conexión.</translation>
    </message>
</context>
<context>
    <name>ContributorsModel</name>
    <message>
        <location filename="../app/ui/editors/contributors.py" line="+20"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>ContributorsView</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-85"/>
        <location line="+4"/>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contributor</source>
        <translation>Añadir un colaborador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected contributors</source>
        <translation>Quitar los colaboradores seleccionados</translation>
    </message>
</context>
<context>
    <name>CoverWell</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-58"/>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover image</source>
        <translation>Imagen de portada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drop a cover image here
(3000 × 3000 JPEG or PNG)</source>
        <translation>Suelta aquí una imagen de portada
(JPEG o PNG de 3000 × 3000)</translation>
    </message>
</context>
<context>
    <name>CreditsArea</name>
    <message>
        <location filename="../app/ui/credits/install.py" line="+47"/>
        <source>C&amp;redits</source>
        <translation>C&amp;réditos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign Next &amp;ISRC</source>
        <translation>Asignar el siguiente &amp;ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign Next &amp;UPC</source>
        <translation>Asignar el siguiente &amp;UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Split Sheet…</source>
        <translation>Exportar hoja de &amp;reparto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Catalog Sheet…</source>
        <translation>&amp;Exportar el catálogo a hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Catalog Sheet…</source>
        <translation>&amp;Importar hoja de cálculo del catálogo…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a product first.</source>
        <translation>Seleccione primero un producto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select a product or a track first.</source>
        <translation>Seleccione primero un producto o una pista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
</context>
<context>
    <name>CreditsController</name>
    <message>
        <location filename="../app/ui/credits/controller.py" line="+99"/>
        <source>Credits saved.</source>
        <translation>Créditos guardados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit Credits</source>
        <translation>Editar créditos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The track&apos;s ISRC is now %1.</source>
        <translation>El ISRC de la pista es ahora %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The product&apos;s UPC is now %1.</source>
        <translation>El UPC del producto es ahora %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Split Sheet</source>
        <translation>Exportar hoja de reparto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Split sheet written to %1.</source>
        <translation>Hoja de reparto escrita en %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: new tracks and products get their codes from these ranges.</source>
        <translation>Guardado: las nuevas pistas y los nuevos productos reciben sus códigos de estos rangos.</translation>
    </message>
</context>
<context>
    <name>CreditsPanel</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+50"/>
        <location line="+18"/>
        <source>Writers and splits</source>
        <translation>Autores y porcentajes</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add Writer</source>
        <translation>Añadir autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Writer</source>
        <translation>Quitar autor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ISWC of the work</source>
        <translation>ISWC de la obra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrumental (no lyrics, no lyricist)</source>
        <translation>Instrumental (sin letra ni letrista)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Producers</source>
        <translation>Productores</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+4"/>
        <source>Names separated by ;</source>
        <translation>Nombres separados por ;</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>Publishers</source>
        <translation>Editores</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Work</source>
        <translation>Obra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Credits</source>
        <translation>Guardar créditos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Split Sheet…</source>
        <translation>Exportar hoja de reparto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign Next ISRC</source>
        <translation>Asignar el siguiente ISRC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next free ISRC of the label&apos;s range for this year</source>
        <translation>El siguiente ISRC libre del rango del sello para este año</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total: %1 % — must be 100 %</source>
        <translation>Total: %1 % — debe ser 100 %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total: %1 %</source>
        <translation>Total: %1 %</translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <location filename="../app/ui/delivery/deliver_dialog.py" line="+58"/>
        <source>Deliver product {id}</source>
        <translation>Entregar el producto {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSPs to deliver to</source>
        <translation>DSP de destino</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hold until</source>
        <translation>Retener hasta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WW for the whole world, or two-letter codes like FR,BE</source>
        <translation>WW para todo el mundo, o códigos de dos letras como FR,BE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery steps</source>
        <translation>Pasos de la entrega</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DSPs:</source>
        <translation>DSP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send date:</source>
        <translation>Fecha de envío:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date:</source>
        <translation>Fecha de lanzamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Subgénero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Segundo subgénero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territorios:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deliver</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“next” today: {used} of {quota} used</source>
        <translation>«inmediata» hoy: {used} de {quota} usados</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” ({status})</source>
        <translation>«{name}» ({status})</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Priority next</source>
        <translation>Prioridad «next»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority “next” jumps the queue and skips the distributor&apos;s checks. {used} of {quota} “next” deliveries are used today. Use it for this delivery?</source>
        <translation>La prioridad «next» se salta la cola y los controles del distribuidor. Hoy ya se han usado {used} de {quota} entregas «next». ¿Usarla para esta entrega?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delivering to {dsps}…</source>
        <translation>Entregando a {dsps}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not activated: nothing was delivered.</source>
        <translation>No activado: no se ha entregado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already done</source>
        <translation>ya hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems above and deliver again.</source>
        <translation>Corrige los problemas de arriba y vuelve a entregar.</translation>
    </message>
</context>
<context>
    <name>DeliveryArea</name>
    <message>
        <location filename="../app/ui/delivery/dock.py" line="+45"/>
        <source>&amp;Delivery</source>
        <translation>E&amp;ntrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deliver…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Readiness Checklist…</source>
        <translation>Lista de &amp;comprobación para activar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;ights…</source>
        <translation>&amp;Derechos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offers…</source>
        <translation>&amp;Ofertas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh &amp;Deliveries</source>
        <translation>Ac&amp;tualizar entregas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Selecciona primero un producto que esté en el servidor (sincronizado).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Readiness of product {id}</source>
        <translation>Preparación del producto {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rights of product {id}</source>
        <translation>Derechos del producto {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offers of product {id}</source>
        <translation>Ofertas del producto {id}</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <location filename="../app/ui/delivery/controller.py" line="+154"/>
        <source>Something unexpected went wrong ({name}); details are in the log.</source>
        <translation>Algo salió mal de forma inesperada ({name}); los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>delivering {done}/{total}</source>
        <translation>entregando {done}/{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered to {n}</source>
        <translation>entregado a {n}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} reached {dsp}.</source>
        <translation>{product} ha llegado a {dsp}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Delivery failed</source>
        <translation>Entrega fallida</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>{product} to {dsp}: {reason}</source>
        <translation>{product} a {dsp}: {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Redelivery started</source>
        <translation>Nueva entrega iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} replaces task {old}.</source>
        <translation>La tarea {id} sustituye a la tarea {old}.</translation>
    </message>
</context>
<context>
    <name>DeliveryDashboard</name>
    <message>
        <location filename="../app/ui/delivery/dashboard.py" line="+51"/>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery dashboard</source>
        <translation>Panel de entregas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by DSP</source>
        <translation>Filtrar por DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by label</source>
        <translation>Filtrar por sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh deliveries</source>
        <translation>Actualizar las entregas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;deliver</source>
        <translation>&amp;Volver a entregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redeliver the selected task</source>
        <translation>Volver a entregar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new task for the selected failed delivery</source>
        <translation>Crear una tarea nueva para la entrega fallida seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSP:</source>
        <translation>DSP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Sello:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send tasks</source>
        <translation>Tareas de envío</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+16"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Task {id}: {status}</source>
        <translation>Tarea {id}: {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgment: {ack}</source>
        <translation>Acuse de recibo: {ack}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
</context>
<context>
    <name>DeliveryPollerJob</name>
    <message>
        <location filename="../app/workers/delivery_poller.py" line="+31"/>
        <source>Watching deliveries</source>
        <translation>Siguiendo las entregas</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message>
        <location filename="../app/ui/common/drops.py" line="+96"/>
        <source>“%1” cannot be found; drop files that are on this computer.</source>
        <translation>No se encuentra «%1»; suelta archivos que estén en este ordenador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drop a release folder (audio files and a cover) here to import it as a new draft; drop single files onto a product or track.</source>
        <translation>Suelta aquí una carpeta de lanzamiento (archivos de audio y una portada) para importarla como borrador nuevo; suelta archivos sueltos sobre un producto o una pista.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder “%1” has no FLAC or WAV files; a release folder needs its masters.</source>
        <translation>La carpeta «%1» no tiene archivos FLAC ni WAV; una carpeta de lanzamiento necesita sus másteres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a cover image; drop a JPEG or PNG file.</source>
        <translation>«%1» no es una imagen de portada; suelta un archivo JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Drop one cover image at a time.</source>
        <translation>Suelta una sola imagen de portada cada vez.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>“%1” is not an audio file; drop a FLAC or WAV master onto a track.</source>
        <translation>«%1» no es un archivo de audio; suelta un máster FLAC o WAV sobre una pista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop one master per track; to add several tracks, drop them onto the product.</source>
        <translation>Un máster por pista; para añadir varias pistas, suéltalas sobre el producto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is neither audio nor an image; drop FLAC or WAV masters or a JPEG/PNG cover onto a product.</source>
        <translation>«%1» no es ni audio ni una imagen; suelta másteres FLAC o WAV o una portada JPEG/PNG sobre un producto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be dropped here.</source>
        <translation>Aquí no se puede soltar nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a video; drop an MP4 or MOV Motion Art loop.</source>
        <translation>«%1» no es un vídeo; suelte un bucle Motion Art MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a video; drop an MP4 or MOV music video.</source>
        <translation>«%1» no es un vídeo; suelte un videoclip MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop one video at a time.</source>
        <translation>Suelte un solo vídeo cada vez.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/ui/editors/controller.py" line="+49"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
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
        <translation>Línea ©</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>℗ line</source>
        <translation>Línea ℗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production year</source>
        <translation>Año de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Fecha de lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release date</source>
        <translation>Fecha de lanzamiento original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation</source>
        <translation>Recopilatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Número de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Masterizado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Número de pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>Número de disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Idioma del audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit</source>
        <translation>Explícito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean</source>
        <translation>Versión limpia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview start</source>
        <translation>Inicio del fragmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Se rechazará: corrige los problemas de abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Aceptado, con advertencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Supera los controles de calidad.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Untitled product</source>
        <translation>Producto sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unnamed label</source>
        <translation>Sello sin nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled track</source>
        <translation>Pista sin título</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changed here and on the server since the last sync: %1. Choose which to keep.</source>
        <translation>Modificado aquí y en el servidor desde la última sincronización: %1. Elige qué conservar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused this %1; see the fields marked in red.</source>
        <translation>El servidor rechazó este elemento (%1); revisa los campos marcados en rojo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked in red need fixing too.</source>
        <translation>Los campos marcados en rojo también deben corregirse.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Edit contributors</source>
        <translation>Editar colaboradores</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not save the change: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cover on the server.</source>
        <translation>Portada en el servidor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cover on the server could not be shown (offline?).</source>
        <translation>No se pudo mostrar la portada del servidor (¿sin conexión?).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read as an image; choose a JPEG or PNG file.</source>
        <translation>«%1» no se pudo leer como imagen; elige un archivo JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cover set from “%1”; it is sent with the next sync.</source>
        <translation>Portada tomada de «%1»; se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a cover image</source>
        <translation>Elegir una imagen de portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Master on the server.</source>
        <translation>Máster en el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measuring loudness…</source>
        <translation>Midiendo la sonoridad…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” could not be checked: %2</source>
        <translation>No se pudo comprobar «%1»: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” could not be read as audio; drop a FLAC or WAV master.</source>
        <translation>«%1» no se pudo leer como audio; suelta un máster FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Master “%1” attached; it is uploaded with the next sync.</source>
        <translation>Máster «%1» adjuntado; se sube en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the master audio file</source>
        <translation>Elegir el archivo de audio máster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.flac *.wav *.aif *.aiff)</source>
        <translation>Audio (*.flac *.wav *.aif *.aiff)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set cover</source>
        <translation>Establecer portada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach master</source>
        <translation>Adjuntar máster</translation>
    </message>
</context>
<context>
    <name>EmptyEditor</name>
    <message>
        <location filename="../app/ui/editors/empty.py" line="+16"/>
        <source>Select a product or a track in the catalog to edit it.

Drop a release folder onto the catalog to import it as a new draft,
audio files onto a product to add tracks, or a cover image onto a product.</source>
        <translation>Selecciona un producto o una pista del catálogo para editarlo.

Suelta una carpeta de lanzamiento sobre el catálogo para importarla como borrador nuevo, archivos de audio sobre un producto para añadir pistas, o una imagen de portada sobre un producto.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+119"/>
        <location line="+1"/>
        <source>Welcome to Releasedesk</source>
        <translation>Te damos la bienvenida a Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Releasedesk prepares your releases, checks masters and covers, and delivers them through your distributor. How do you want to start?</source>
        <translation>Releasedesk prepara tus lanzamientos, comprueba másteres y portadas, y los entrega a través de tu distribuidor. ¿Cómo quieres empezar?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Sign in to my distributor</source>
        <translation>Iniciar sesión en mi distribuidor</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Use your account on a Labelcamp or limbo/Beat server.</source>
        <translation>Usa tu cuenta en un servidor Labelcamp o limbo/Beat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Try the sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A local practice server with a demo catalog. Nothing leaves this computer.</source>
        <translation>Un servidor local de práctica con un catálogo de demostración. Nada sale de este ordenador.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the choices</source>
        <translation>Volver a las opciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Iniciando el entorno de pruebas con el catálogo de demostración…</translation>
    </message>
</context>
<context>
    <name>LabelCodesBox</name>
    <message>
        <location filename="../app/ui/credits/panel.py" line="+29"/>
        <source>Codes the label owns</source>
        <translation>Códigos propiedad del sello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISRC registrant code</source>
        <translation>Código de registrante ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. FR-Z12</source>
        <translation>p. ej. FR-Z12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First ISRC number</source>
        <translation>Primer número ISRC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last ISRC number</source>
        <translation>Último número ISRC</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>GS1 company prefix</source>
        <translation>Prefijo de empresa GS1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>6 to 11 digits</source>
        <translation>De 6 a 11 dígitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Codes</source>
        <translation>Guardar códigos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ISRC registrant</source>
        <translation>Registrante ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC numbers</source>
        <translation>Números ISRC</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+240"/>
        <source>Label editor</source>
        <translation>Editor de sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the label releases, for your distributor</source>
        <translation>Lo que publica el sello, para tu distribuidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label&apos;s products are listed under it in the catalog. Select the label and choose New Product (Ctrl+N) to add one.</source>
        <translation>Los productos del sello aparecen debajo de él en el catálogo. Selecciona el sello y elige Nuevo producto (Ctrl+N) para añadir uno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile…</source>
        <translation>Vincular a un perfil de sello…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to a label profile</source>
        <translation>Vincular a un perfil de sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this label&apos;s profile on a label-profile service; its description fills the label&apos;s description</source>
        <translation>Elegir el perfil de este sello en un servicio de perfiles de sello; su descripción rellena la del sello</translation>
    </message>
</context>
<context>
    <name>LabelProfileEditor</name>
    <message>
        <location filename="../app/ui/label_profiles/editor.py" line="+30"/>
        <location line="+33"/>
        <source>Label profile</source>
        <translation>Perfil de sello</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Not set (the service uses RW)</source>
        <translation>Sin definir (el servicio usa RW)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, reserved code)</source>
        <translation>%1 (%2, código reservado)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep Mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the Server&apos;s</source>
        <translation>Conservar el del servidor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 3166 country of the label</source>
        <translation>País ISO 3166 del sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label description or bio</source>
        <translation>Descripción o biografía del sello</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create Label</source>
        <translation>Crear sello</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Untitled label</source>
        <translation>Sello sin nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New label profile</source>
        <translation>Nuevo perfil de sello</translation>
    </message>
</context>
<context>
    <name>LabelProfilesController</name>
    <message>
        <location filename="../app/ui/label_profiles/controller.py" line="+80"/>
        <source>Paste the access token for the label-profile connection “%1”:</source>
        <translation>Pega el token de acceso de la conexión de perfiles de sello «%1»:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete label profile</source>
        <translation>Eliminar perfil de sello</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Changed here and on the server (%1). The server has: %2</source>
        <translation>Modificado aquí y en el servidor (%1). El servidor tiene: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the last change: %1</source>
        <translation>El servidor rechazó el último cambio: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” saved here; sync to send it.</source>
        <translation>«%1» guardado aquí; sincroniza para enviarlo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the label profile “%1”? It is deleted on the server at the next sync.</source>
        <translation>¿Eliminar el perfil de sello «%1»? Se eliminará en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” deleted here; sync to delete it on the server.</source>
        <translation>«%1» eliminado aquí; sincroniza para eliminarlo en el servidor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflict settled; sync to send it.</source>
        <translation>Conflicto resuelto; sincroniza para enviarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n label profile(s) on %1.</source>
        <translation>
            <numerusform>%n perfil de sello en %1.</numerusform>
            <numerusform>%n perfiles de sello en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Talking to %1…</source>
        <translation>Comunicando con %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n cambio enviado.</numerusform>
            <numerusform>%n cambios enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused by the server.</source>
        <translation>
            <numerusform>%n rechazado por el servidor.</numerusform>
            <numerusform>%n rechazados por el servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in conflict: choose which to keep.</source>
        <translation>
            <numerusform>%n en conflicto: elige cuál conservar.</numerusform>
            <numerusform>%n en conflicto: elige cuáles conservar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n left for the next sync.</source>
        <translation>
            <numerusform>%n queda para la próxima sincronización.</numerusform>
            <numerusform>%n quedan para la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label profile(s) on the server.</source>
        <translation>
            <numerusform>%n perfil de sello en el servidor.</numerusform>
            <numerusform>%n perfiles de sello en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something unexpected went wrong (%1); nothing was lost and the details are in the log.</source>
        <translation>Algo salió mal de forma inesperada (%1); no se ha perdido nada y los detalles están en el registro.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No access token: the label profiles stay as they are here.</source>
        <translation>Sin token de acceso: los perfiles de sello se quedan como están aquí.</translation>
    </message>
</context>
<context>
    <name>LabelProfilesMenu</name>
    <message>
        <location filename="../app/ui/label_profiles/dock.py" line="+28"/>
        <source>&amp;Label Profiles</source>
        <translation>Perfi&amp;les de sello</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a Label-Profile Service…</source>
        <translation>Conectar con un servicio de perfiles de sello…</translation>
    </message>
</context>
<context>
    <name>LabelProfilesModel</name>
    <message>
        <location filename="../app/ui/label_profiles/model.py" line="+32"/>
        <source>Label</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
</context>
<context>
    <name>LabelProfilesPanel</name>
    <message>
        <location filename="../app/ui/label_profiles/panel.py" line="+34"/>
        <location line="+18"/>
        <source>Label profiles</source>
        <translation>Perfiles de sello</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new label profile</source>
        <translation>Crear un perfil de sello nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected label profile</source>
        <translation>Eliminar el perfil de sello seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send changes made here and read the server&apos;s labels</source>
        <translation>Enviar los cambios hechos aquí y leer los sellos del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access Token…</source>
        <translation>Token de acceso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Pegar un token de acceso nuevo para esta conexión</translation>
    </message>
</context>
<context>
    <name>LabelProfilesTree</name>
    <message>
        <location filename="../app/ui/label_profiles/tree.py" line="+100"/>
        <source>New Label Profile</source>
        <translation>Nuevo perfil de sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new label profile in this connection</source>
        <translation>Crear un perfil de sello nuevo en esta conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync Label Profiles</source>
        <translation>Sincronizar perfiles de sello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the label profiles changed here and read the server&apos;s</source>
        <translation>Enviar los perfiles de sello modificados aquí y leer los del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access Token…</source>
        <translation>Token de acceso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a new access token for this connection</source>
        <translation>Pegar un token de acceso nuevo para esta conexión</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The label-profile connections could not be opened: %1</source>
        <translation>No se pudieron abrir las conexiones de perfiles de sello: %1</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Connect to a label-profile service first (Label Profiles menu).</source>
        <translation>Conéctate primero a un servicio de perfiles de sello (menú Perfiles de sello).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link to Label Profile</source>
        <translation>Vincular a un perfil de sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profile connection:</source>
        <translation>Conexión de perfiles de sello:</translation>
    </message>
</context>
<context>
    <name>LinkLabelProfileDialog</name>
    <message>
        <location filename="../app/ui/label_profiles/link_dialog.py" line="+34"/>
        <source>Link to a Label Profile</source>
        <translation>Vincular a un perfil de sello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the label profile of “%1”; its description fills the label&apos;s description.</source>
        <translation>Elige el perfil de sello de «%1»; su descripción rellena la del sello.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Label profiles</source>
        <translation>Perfiles de sello</translation>
    </message>
</context>
<context>
    <name>LiveArea</name>
    <message>
        <location filename="../app/ui/live/dock.py" line="+44"/>
        <source>&amp;Live</source>
        <translation>&amp;Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk Actions on Selection…</source>
        <translation>Acciones en &amp;bloque sobre la selección…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stuck and Failed Tasks</source>
        <translation>&amp;Tareas atascadas y fallidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh Live States</source>
        <translation>&amp;Actualizar estados de publicación</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+9"/>
        <source>Live</source>
        <translation>Publicado</translation>
    </message>
</context>
<context>
    <name>LiveOnPanel</name>
    <message>
        <location filename="../app/ui/live/views.py" line="-173"/>
        <source>Live on</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Select a delivered product to see where it is live.</source>
        <translation>Seleccione un producto entregado para ver dónde está publicado.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories</source>
        <translation>Territorios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} — reading where it is live…</source>
        <translation>{name} — leyendo dónde está publicado…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: live on {live} of {known} services</source>
        <translation>{name}: publicado en {live} de {known} servicios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>No se puede contactar con el servidor: estos son los últimos estados leídos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>publicado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>processing</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken down</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on {service}</source>
        <translation>Abrir en {service}</translation>
    </message>
</context>
<context>
    <name>LyricsEditor</name>
    <message>
        <location filename="../app/ui/review/lyrics_tab.py" line="+79"/>
        <source>Lyrics editor</source>
        <translation>Editor de letras</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>Plain lyrics</source>
        <translation>Letra simple</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>One sung line per line, one empty line between stanzas</source>
        <translation>Un verso cantado por línea, una línea vacía entre estrofas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timed lines</source>
        <translation>Líneas temporizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import .lrc…</source>
        <translation>&amp;Importar .lrc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;TTML…</source>
        <translation>Exportar &amp;TTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export .&amp;lrc…</source>
        <translation>Exportar .&amp;lrc…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed Lines → Plain</source>
        <translation>Líneas temporizadas → letra simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy &amp;Formatting</source>
        <translation>Ordenar el &amp;formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove section labels and line-end periods and commas, capitalise each line, one empty line between stanzas</source>
        <translation>Quitar las etiquetas de sección y los puntos y las comas al final de línea, empezar cada línea con mayúscula, una línea vacía entre estrofas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Lyrics</source>
        <translation>&amp;Guardar letra</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time-synced lines</source>
        <translation>Líneas sincronizadas</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Row {row}: “{text}” is not a time like 01:02.500.</source>
        <translation>Fila {row}: «{text}» no es un tiempo como 01:02.500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Import time-synced lyrics</source>
        <translation>Importar letra sincronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc);;All files (*)</source>
        <translation>Letras LRC (*.lrc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported {count} timed line(s); save to keep them.</source>
        <translation>Se importaron {count} línea(s) temporizada(s); guarde para conservarlas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export TTML lyrics</source>
        <translation>Exportar letra TTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTML (*.ttml *.xml)</source>
        <translation>TTML (*.ttml *.xml)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export LRC lyrics</source>
        <translation>Exportar letra LRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRC lyrics (*.lrc)</source>
        <translation>Letras LRC (*.lrc)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {file}.</source>
        <translation>Se escribió {file}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lyrics saved; the plain lyrics are sent at the next sync.</source>
        <translation>Letra guardada; la letra simple se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+67"/>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Compositor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Featuring</source>
        <translation>Featuring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remixer</source>
        <translation>Remezclador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Letrista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performer</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arranger</source>
        <translation>Arreglista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestra</source>
        <translation>Orquesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Editorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributor</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the sandbox with the demo catalog…</source>
        <translation>Iniciando el entorno de pruebas con el catálogo de demostración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox not running</source>
        <translation>Entorno de pruebas detenido</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 — Releasedesk</source>
        <translation>%1 — Releasedesk</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>“%1” is linked; its label profile has no description.</source>
        <translation>«%1» está vinculado; su perfil de sello no tiene descripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefill description from label profile</source>
        <translation>Rellenar la descripción con el perfil de sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of “%1” taken from its label profile.</source>
        <translation>Descripción de «%1» tomada de su perfil de sello.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New label</source>
        <translation>Nuevo sello</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label name:</source>
        <translation>Nombre del sello:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label “%1” created; it is sent with the next sync.</source>
        <translation>Sello «%1» creado; se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a label first: the new product is added to it.</source>
        <translation>Selecciona primero un sello: el producto nuevo se añade a él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft product created.</source>
        <translation>Borrador de producto creado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a product first: the new track is added to it.</source>
        <translation>Selecciona primero un producto: la pista nueva se añade a él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New track</source>
        <translation>Nueva pista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track added.</source>
        <translation>Pista añadida.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a draft label, product or track first.</source>
        <translation>Selecciona primero un sello, producto o pista en borrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete the draft “%1” and everything in it? It was never sent, so this cannot be undone.</source>
        <translation>¿Eliminar el borrador «%1» y todo su contenido? Nunca se envió, así que no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forget the unsent changes to “%1”? It goes back to the server&apos;s version; nothing is deleted on the server.</source>
        <translation>¿Olvidar los cambios no enviados de «%1»? Vuelve a la versión del servidor; no se elimina nada en el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget changes</source>
        <translation>Olvidar cambios</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” deleted.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to “%1” forgotten.</source>
        <translation>Cambios de «%1» olvidados.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import a release folder</source>
        <translation>Importar una carpeta de lanzamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a product first: the files become its tracks.</source>
        <translation>Selecciona primero un producto: los archivos pasan a ser sus pistas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add audio files as tracks</source>
        <translation>Añadir archivos de audio como pistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audio (*.flac *.wav)</source>
        <translation>Audio (*.flac *.wav)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select the label to import into, or drop the folder onto the label.</source>
        <translation>Selecciona el sello en el que importar, o suelta la carpeta sobre el sello.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not use the dropped files</source>
        <translation>No se pudieron usar los archivos soltados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was added</source>
        <translation>No se ha añadido nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported “%1” as a draft with %2 tracks.</source>
        <translation>«%1» importado como borrador con %2 pistas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 tracks added from the dropped files.</source>
        <translation>%1 pistas añadidas a partir de los archivos soltados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cover set from “%1”.</source>
        <translation>Portada tomada de «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Video “%1” attached.</source>
        <translation>Vídeo «%1» adjuntado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master “%1” attached.</source>
        <translation>Máster «%1» adjuntado.</translation>
    </message>
    <message>
        <location filename="../app/ui/sync/outbox_actions.py" line="+71"/>
        <source>Nothing to resolve here.</source>
        <translation>Aquí no hay nada que resolver.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Conflicts resolved; your choices are sent with the next sync.</source>
        <translation>Conflictos resueltos; tus elecciones se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/controller.py" line="+20"/>
        <source>About Releasedesk</source>
        <translation>Acerca de Releasedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2
Prepare, check and deliver music releases.</source>
        <translation>%1 %2
Prepara, comprueba y entrega lanzamientos musicales.</translation>
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
        <translation>Nuevo &amp;sello…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Product</source>
        <translation>Nuevo &amp;producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a draft product to the selected label</source>
        <translation>Añadir un borrador de producto al sello seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Track</source>
        <translation>Nueva pis&amp;ta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a track to the selected product</source>
        <translation>Añadir una pista al producto seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Release Folder…</source>
        <translation>&amp;Importar carpeta de lanzamiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Audio Files to Product…</source>
        <translation>Añadir archivos de &amp;audio al producto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Draft / Forget Local Changes</source>
        <translation>&amp;Eliminar borrador / olvidar cambios locales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove a draft made here, or drop the unsent changes of an object from the server</source>
        <translation>Quitar un borrador creado aquí, o descartar los cambios no enviados de un objeto del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Enviar los cambios pendientes y actualizar el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sig&amp;n In…</source>
        <translation>I&amp;niciar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Releasedesk</source>
        <translation>Acerca &amp;de Releasedesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../app/domain/messages.py" line="+180"/>
        <source>The UPC is empty.</source>
        <translation>El UPC está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has digits only.</source>
        <translation>Un UPC solo contiene dígitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UPC has 12 or 13 digits; this one has {length}.</source>
        <translation>Un UPC tiene 12 o 13 dígitos; este tiene {length}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The UPC&apos;s check digit is wrong: it should end in {expected}.</source>
        <translation>El dígito de control del UPC es incorrecto: debería terminar en {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISRC is empty.</source>
        <translation>El ISRC está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ISRC has 12 characters (like GBAYE2300001); this one has {length}.</source>
        <translation>Un ISRC tiene 12 caracteres (como GBAYE2300001); este tiene {length}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISRC is 2 letters, 3 letters or digits, a 2-digit year and 5 digits (like GBAYE2300001).</source>
        <translation>Un ISRC consta de 2 letras, 3 letras o dígitos, un año de 2 dígitos y 5 dígitos (como GBAYE2300001).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC</source>
        <translation>código UPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copyright line</source>
        <translation>línea de copyright</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production line</source>
        <translation>línea de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>production year</source>
        <translation>año de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist</source>
        <translation>artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product type</source>
        <translation>tipo de producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>ISRC</source>
        <translation>código ISRC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio language</source>
        <translation>idioma del audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product&apos;s {field} is empty; fill it in.</source>
        <translation>El campo «{field}» del producto está vacío; rellénelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is archived; archived products can&apos;t be delivered.</source>
        <translation>El producto está archivado; un producto archivado no se puede entregar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product must be created as a draft; set its status to draft.</source>
        <translation>Un producto nuevo debe crearse como borrador; cambie su estado a borrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPC {upc}: {problem}</source>
        <translation>UPC {upc}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product has no cover; add a square JPEG or PNG of at least 3000 × 3000 pixels.</source>
        <translation>El producto no tiene portada; añada un JPEG o PNG cuadrado de al menos 3000 × 3000 píxeles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no tracks; add at least one.</source>
        <translation>El producto no tiene pistas; añada al menos una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product is not on the server yet; sync it before activating it.</source>
        <translation>El producto aún no está en el servidor; sincronícelo antes de activarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s {field} is empty; fill it in.</source>
        <translation>El campo «{field}» de la pista {track} está vacío; rellénelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}, ISRC {isrc}: {problem}</source>
        <translation>Pista {track}, ISRC {isrc}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks {first} and {track} share the ISRC {isrc}; each recording needs its own.</source>
        <translation>Las pistas {first} y {track} comparten el ISRC {isrc}; cada grabación necesita el suyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s ISRC {isrc} is already used in product {products}; reuse it only for the very same recording.</source>
        <translation>El ISRC {isrc} de la pista {track} ya se usa en el producto {products}; reutilícelo solo para la misma grabación exacta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has no audio master; attach a FLAC or WAV file.</source>
        <translation>La pista {track} no tiene máster de audio; adjunte un archivo FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no default offer; sync it again so the server creates one.</source>
        <translation>El producto no tiene oferta predeterminada; sincronícelo de nuevo para que el servidor cree una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default offer has no release date; set one.</source>
        <translation>La oferta predeterminada no tiene fecha de lanzamiento; indique una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no subgenre; pick one.</source>
        <translation>La oferta predeterminada no tiene subgénero; elija uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer is not validated; the server activates a product only with an active default offer.</source>
        <translation>La oferta predeterminada no está validada; el servidor solo activa un producto con una oferta predeterminada activa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer names DSPs; the default offer must not carry DSP information (DSP-specific offers do).</source>
        <translation>La oferta predeterminada nombra DSP; no debe llevar información de DSP (las ofertas específicas de cada DSP sí).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right {right} names no DSP; a right needs at least one.</source>
        <translation>El derecho {right} no nombra ningún DSP; un derecho necesita al menos uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no DSP; a right needs at least one.</source>
        <translation>Un derecho no nombra ningún DSP; un derecho necesita al menos uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right names no continent or territory; add WW for the whole world.</source>
        <translation>Un derecho no nombra ningún continente ni territorio; añada WW para todo el mundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right {right} names no continent or territory; add WW for the whole world.</source>
        <translation>El derecho {right} no nombra ningún continente ni territorio; añada WW para todo el mundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no right naming DSPs and territories; add one for the DSPs you deliver to.</source>
        <translation>El producto no tiene ningún derecho que nombre DSP y territorios; añada uno para los DSP a los que entrega.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No right covers DSP {dsps}; add one or the delivery will fail.</source>
        <translation>Ningún derecho cubre el DSP {dsps}; añada uno o la entrega fallará.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The masters mix sample formats ({formats}); DSPs expect one format per release.</source>
        <translation>Los másteres mezclan formatos de muestreo ({formats}); los DSP esperan un solo formato por lanzamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracks {tracks} have the very same audio master; attach the right file to each.</source>
        <translation>Las pistas {tracks} tienen exactamente el mismo máster de audio; adjunte el archivo correcto a cada una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The single lasts {seconds} s; DSPs refuse singles under {minimum} s.</source>
        <translation>El sencillo dura {seconds} s; los DSP rechazan sencillos de menos de {minimum} s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume {volume}&apos;s track numbers are {numbers}; they must run 1 to {count} without gaps or repeats.</source>
        <translation>Los números de pista del volumen {volume} son {numbers}; deben ir de 1 a {count} sin huecos ni repeticiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The release date {release_date} is before the delivery date {delivery_date}; it goes live as soon as each DSP ingests it. Set a later date unless this is back catalogue.</source>
        <translation>La fecha de lanzamiento {release_date} es anterior a la fecha de entrega {delivery_date}; se publicará en cuanto cada DSP la ingeste. Elija una fecha posterior salvo que sea catálogo antiguo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The release date {release_date} is only %n day(s) after delivery on {delivery_date}; DSPs ask for at least {lead_days} days.</source>
        <translation>
            <numerusform>La fecha de lanzamiento {release_date} es solo %n día después de la entrega del {delivery_date}; los DSP piden al menos {lead_days} días.</numerusform>
            <numerusform>La fecha de lanzamiento {release_date} es solo %n días después de la entrega del {delivery_date}; los DSP piden al menos {lead_days} días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a draft</source>
        <translation>Convertirlo en borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the product&apos;s release date {date}</source>
        <translation>Usar la fecha de lanzamiento del producto, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate the default offer</source>
        <translation>Validar la oferta predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the DSPs from the default offer</source>
        <translation>Quitar los DSP de la oferta predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a worldwide right for these DSPs</source>
        <translation>Añadir un derecho mundial para estos DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renumber 1 to {count}</source>
        <translation>Renumerar de 1 a {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product name “{text}”</source>
        <translation>El nombre del producto «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track {track}&apos;s title “{text}”</source>
        <translation>El título de la pista {track}, «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: it names featured artists twice.</source>
        <translation>{what}: nombra dos veces a los artistas invitados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: featured artists are joined as &quot;A, B &amp; C&quot;.</source>
        <translation>{what}: los artistas invitados se escriben «A, B &amp; C».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: “{word}” should be written “(feat. …)” after the title.</source>
        <translation>{what}: «{word}» debe escribirse «(feat. …)» después del título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is written in ALL CAPS; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} está escrito todo en MAYÚSCULAS; los DSP piden mayúsculas de título salvo que sea la grafía propia del artista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} is written in all lowercase; DSPs ask for title case unless it is the artist&apos;s own stylisation.</source>
        <translation>{what} está escrito todo en minúsculas; los DSP piden mayúsculas de título salvo que sea la grafía propia del artista.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“Various Artists” is only for releases with {minimum} or more primary artists; this one has %n: credit them as the product artists.</source>
        <translation>
            <numerusform>«Various Artists» es solo para lanzamientos con {minimum} o más artistas principales; este tiene %n: acredítelo como artista del producto.</numerusform>
            <numerusform>«Various Artists» es solo para lanzamientos con {minimum} o más artistas principales; este tiene %n: acredítelos como artistas del producto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“Various Artists” must be the only product artist; remove the other names.</source>
        <translation>«Various Artists» debe ser el único artista del producto; quite los demás nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} credits “Various Artists”; a track names its real artists.</source>
        <translation>La pista {track} acredita a «Various Artists»; una pista nombra a sus artistas reales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A track is explicit but the product is marked not explicit; mark the product explicit.</source>
        <translation>Una pista es explícita pero el producto está marcado como no explícito; marque el producto como explícito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copyright line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>La línea de copyright «{text}» contiene el año {year}; el campo año de producción ya lo lleva, así que escriba la línea sin él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The production line “{text}” contains the year {year}; the production year field carries it, so write the line without it.</source>
        <translation>La línea de producción «{text}» contiene el año {year}; el campo año de producción ya lo lleva, así que escriba la línea sin él.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Write “{text}”</source>
        <translation>Escribir «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit the track artists instead</source>
        <translation>Acreditar en su lugar a los artistas de las pistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep only “Various Artists”</source>
        <translation>Dejar solo «Various Artists»</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Track {track} is marked both explicit and clean; clear one of the two flags.</source>
        <translation>La pista {track} está marcada como explícita y como limpia a la vez; quite uno de los dos indicadores.</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“{title}” has no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental if it has no words.</source>
        <translation>«{title}» no tiene letrista: añada el nombre legal del letrista, o marque la pista como instrumental si no tiene letra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has lyrics but no lyricist: add the lyricist&apos;s legal name, or mark the track instrumental.</source>
        <translation>“{title}” tiene letra pero no letrista: añada el nombre legal del letrista o marque la pista como instrumental.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has no composer: add the composer&apos;s legal name.</source>
        <translation>“{title}” no tiene compositor: añada el nombre legal del compositor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; is not a T followed by 10 digits (like T-034.524.680-1).</source>
        <translation>El ISWC &apos;{value}&apos; no es una T seguida de 10 dígitos (como T-034.524.680-1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ISWC &apos;{value}&apos; has a wrong check digit: it should end in {expected}.</source>
        <translation>El ISWC &apos;{value}&apos; tiene un dígito de control incorrecto: debería terminar en {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; should be 9 to 11 digits.</source>
        <translation>El número de nombre IPI &apos;{value}&apos; debe tener de 9 a 11 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IPI name number &apos;{value}&apos; has wrong check digits: copy it again from the society&apos;s statement.</source>
        <translation>El número de nombre IPI &apos;{value}&apos; tiene dígitos de control incorrectos: vuelva a copiarlo de la liquidación de la entidad de gestión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The writers&apos; shares of “{title}” add up to {total} %; they must total 100 %.</source>
        <translation>Los porcentajes de los autores de “{title}” suman {total} %; deben sumar 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A writer of “{title}” has no name: enter the legal name or remove the row.</source>
        <translation>Un autor de “{title}” no tiene nombre: introduzca el nombre legal o elimine la fila.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split sheet</source>
        <translation>Hoja de reparto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISWC</source>
        <translation>ISWC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer (legal name)</source>
        <translation>Autor (nombre legal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (%)</source>
        <translation>Porcentaje (%)</translation>
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
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>composer</source>
        <translation>compositor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lyricist</source>
        <translation>letrista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is not a track or a product.</source>
        <translation>{id} no es una pista ni un producto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISRC registrant code &apos;{value}&apos; should be 2 letters and 3 letters or digits (like FR-Z12).</source>
        <translation>El código de registrante ISRC &apos;{value}&apos; debe tener 2 letras y 3 letras o dígitos (como FR-Z12).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ISRC numbers {first} to {last} are not a range: use 1 to 99999, first number first.</source>
        <translation>Los números ISRC {first} a {last} no forman un rango: use de 1 a 99999, con el primer número primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GS1 company prefix &apos;{value}&apos; should be 6 to 11 digits.</source>
        <translation>El prefijo de empresa GS1 &apos;{value}&apos; debe tener de 6 a 11 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no ISRC registrant code yet: set it in the label&apos;s codes.</source>
        <translation>El sello aún no tiene código de registrante ISRC: configúrelo en los códigos del sello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label has no GS1 company prefix yet: set it in the label&apos;s codes.</source>
        <translation>El sello aún no tiene prefijo de empresa GS1: configúrelo en los códigos del sello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every ISRC of {registrant} for the year {year} has been issued: widen the label&apos;s range.</source>
        <translation>Se han emitido todos los ISRC de {registrant} para el año {year}: amplíe el rango del sello.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every UPC of the GS1 prefix {prefix} has been issued: ask GS1 for another prefix.</source>
        <translation>Se han emitido todos los UPC del prefijo GS1 {prefix}: solicite otro prefijo a GS1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{title}” has the ISRC {isrc}, outside the label&apos;s numbers {first} to {last}: give it the next free ISRC.</source>
        <translation>“{title}” tiene el ISRC {isrc}, fuera de los números {first} a {last} del sello: asígnele el siguiente ISRC libre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” ({isrc}) is the same audio as “{other}” ({other_isrc}): one recording keeps one ISRC.</source>
        <translation>“{title}” ({isrc}) tiene el mismo audio que “{other}” ({other_isrc}): una grabación conserva un único ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” uses the ISRC {isrc} of “{other}” but its audio differs: a new mix or edit needs its own ISRC.</source>
        <translation>“{title}” usa el ISRC {isrc} de “{other}”, pero su audio es distinto: una nueva mezcla o edición necesita su propio ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is not a label of this catalog.</source>
        <translation>{id} no es un sello de este catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a catalog sheet is an .xlsx or a .csv file.</source>
        <translation>{path}: una hoja de cálculo del catálogo es un archivo .xlsx o .csv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not read {path}: {reason}</source>
        <translation>No se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No label {id} in this catalog.</source>
        <translation>No hay ningún sello {id} en este catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column &apos;{column}&apos; is not one Releasedesk exports: remove it or fix its name.</source>
        <translation>La columna &apos;{column}&apos; no es una de las que exporta Releasedesk: elimínela o corrija su nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet has no &apos;{column}&apos; column: export a catalog to see the expected columns.</source>
        <translation>La hoja de cálculo no tiene la columna &apos;{column}&apos;: exporte un catálogo para ver las columnas esperadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a row kind: use product, track, offer or writer.</source>
        <translation>&apos;{value}&apos; no es un tipo de fila: use product, track, offer o writer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No {kind} {id} in this catalog: new objects are made in the app, not in the sheet.</source>
        <translation>{kind} {id} no está en este catálogo: los objetos nuevos se crean en la aplicación, no en la hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent of {id} is {parent} in this catalog, not &apos;{value}&apos;.</source>
        <translation>El elemento padre de {id} es {parent} en este catálogo, no &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{column}&apos; does not apply to a {kind} row: leave the cell empty.</source>
        <translation>&apos;{column}&apos; no se aplica a una fila {kind}: deje la celda vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a UPC: {reason}</source>
        <translation>&apos;{value}&apos; no es un UPC: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not an ISRC: {reason}</source>
        <translation>&apos;{value}&apos; no es un ISRC: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a whole number.</source>
        <translation>&apos;{value}&apos; debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a date written YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be yes or no.</source>
        <translation>&apos;{value}&apos; debe ser yes o no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be a share from 0 to 100.</source>
        <translation>&apos;{value}&apos; debe ser un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; should be one of: {choices}.</source>
        <translation>&apos;{value}&apos; debe ser uno de estos valores: {choices}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} appears twice; keep one row.</source>
        <translation>{id} aparece dos veces; conserve una sola fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A writer row names the track &apos;{value}&apos;, which is not in this catalog.</source>
        <translation>Una fila de autor indica la pista &apos;{value}&apos;, que no está en este catálogo.</translation>
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
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s): nothing was applied.</source>
        <translation>
            <numerusform>%n error: no se ha aplicado nada.</numerusform>
            <numerusform>%n errores: no se ha aplicado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) applied as drafts.</source>
        <translation>
            <numerusform>%n cambio aplicado como borrador.</numerusform>
            <numerusform>%n cambios aplicados como borradores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) written to {path}.</source>
        <translation>
            <numerusform>%n fila escrita en {path}.</numerusform>
            <numerusform>%n filas escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}, column {column}: {message}</source>
        <translation>fila {row}, columna {column}: {message}</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The product is marked explicit but no track is; mark the explicit tracks or clear the product&apos;s flag.</source>
        <translation>El producto está marcado como explícito pero ninguna pista lo está; marque las pistas explícitas o quite el indicador del producto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} is not in the store&apos;s title case for its language; write “{fixed}”.</source>
        <translation>{what} no sigue las mayúsculas de título de la tienda para su idioma; escriba «{fixed}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, which stores refuse in titles; remove it.</source>
        <translation>{what} contiene «{word}», que las tiendas rechazan en los títulos; elimínelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} contains “{word}”, a claim that does not last; stores refuse it in titles.</source>
        <translation>{what} contiene «{word}», una afirmación que no perdura; las tiendas la rechazan en los títulos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is a placeholder, not a title; write the real title (stores refuse generic titles unless they are the real ones).</source>
        <translation>{what} es un marcador de posición, no un título; escriba el título real (las tiendas rechazan los títulos genéricos salvo que sean los reales).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its version after a dash; a version goes in parentheses, a second one in brackets.</source>
        <translation>{what} escribe su versión tras un guion; una versión va entre paréntesis y una segunda, entre corchetes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} puts brackets before parentheses; the first version goes in parentheses, then brackets.</source>
        <translation>{what} pone corchetes antes que paréntesis; la primera versión va entre paréntesis y la siguiente, entre corchetes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} writes its only version in brackets; the first version goes in parentheses.</source>
        <translation>{what} escribe su única versión entre corchetes; la primera versión va entre paréntesis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} names the artist “{artist}”; artists are credited in their fields, only “(feat. …)” and a remixer&apos;s version name them in a title.</source>
        <translation>{what} nombra al artista «{artist}»; los artistas se acreditan en sus campos, y solo «(feat. …)» y la versión de un remezclador los nombran en un título.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has the same title as track {first} (“{text}”); give one of them its version, e.g. “(Remix)” or “(Live)”.</source>
        <translation>La pista {track} tiene el mismo título que la pista {first} («{text}»); indique la versión de una de ellas, p. ej. «(Remix)» o «(Live)».</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks, each under 10 minutes; this one has %n track(s), the longest {longest} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Un sencillo tiene como máximo 3 pistas, cada una de menos de 10 minutos; este tiene %n pista, la más larga de {longest} min: conviértalo en un EP o un álbum.</numerusform>
            <numerusform>Un sencillo tiene como máximo 3 pistas, cada una de menos de 10 minutos; este tiene %n pistas, la más larga de {longest} min: conviértalo en un EP o un álbum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has 4 to 6 tracks (or up to 3 with one of 10 minutes or more) and lasts at most 30 minutes; this one has %n track(s) and {total} min.</source>
        <translation>
            <numerusform>Un EP tiene de 4 a 6 pistas (o hasta 3 si una dura 10 minutos o más) y dura como máximo 30 minutos; este tiene %n pista y {total} min.</numerusform>
            <numerusform>Un EP tiene de 4 a 6 pistas (o hasta 3 si una dura 10 minutos o más) y dura como máximo 30 minutos; este tiene %n pistas y {total} min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A single has at most 3 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an EP or an album.</source>
        <translation>
            <numerusform>Un sencillo tiene como máximo 3 pistas y 30 minutos; este tiene %n pista y {total} min: conviértalo en un EP o un álbum.</numerusform>
            <numerusform>Un sencillo tiene como máximo 3 pistas y 30 minutos; este tiene %n pistas y {total} min: conviértalo en un EP o un álbum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>An EP has at most 6 tracks and 30 minutes; this one has %n track(s) and {total} min: make it an album.</source>
        <translation>
            <numerusform>Un EP tiene como máximo 6 pistas y 30 minutos; este tiene %n pista y {total} min: conviértalo en un álbum.</numerusform>
            <numerusform>Un EP tiene como máximo 6 pistas y 30 minutos; este tiene %n pistas y {total} min: conviértalo en un álbum.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The single “{name}” must carry its lead track&apos;s title, “{text}”.</source>
        <translation>El sencillo «{name}» debe llevar el título de su pista principal, «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the release “{text}”</source>
        <translation>Titular el lanzamiento «{text}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} contains “{word}”; explicit content is a flag, never a word in the title.</source>
        <translation>{what} contiene «{word}»; el contenido explícito es un indicador, nunca una palabra del título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track} is marked clean but this release has no explicit version of it; “clean” is only for an edit of an explicit track that exists with its own ISRC.</source>
        <translation>La pista {track} está marcada como limpia pero este lanzamiento no tiene su versión explícita; «limpia» es solo para una edición de una pista explícita que existe con su propio ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} (clean) has the same ISRC {isrc} as its explicit version, track {other}; a clean version needs its own ISRC.</source>
        <translation>La pista {track} (limpia) tiene el mismo ISRC {isrc} que su versión explícita, la pista {other}; una versión limpia necesita su propio ISRC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracks {tracks} are explicit, so the release is explicit; do not call the release clean.</source>
        <translation>Las pistas {tracks} son explícitas, así que el lanzamiento es explícito; no lo marque como limpio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, line {line} (“{text}”) is not a timed lyric line like “[01:02.50]Words”; correct or remove it.</source>
        <translation>{file}, línea {line} («{text}») no es una línea de letra temporizada como «[01:02.50]Texto»; corríjala o elimínela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TTML lyrics could not be read ({reason}); export them again.</source>
        <translation>No se pudo leer la letra TTML ({reason}); expórtela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: section labels are not sung; remove them.</source>
        <translation>Letra de la pista {track}, línea {line} «{text}»: las etiquetas de sección no se cantan; elimínelas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: a repeated line is written out each time it is sung.</source>
        <translation>Letra de la pista {track}, línea {line} «{text}»: una línea repetida se escribe completa cada vez que se canta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: no period or comma at the end of a line.</source>
        <translation>Letra de la pista {track}, línea {line} «{text}»: sin punto ni coma al final de la línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: each line starts with a capital letter.</source>
        <translation>Letra de la pista {track}, línea {line} «{text}»: cada línea empieza con mayúscula.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s lyrics: stanzas are separated by one empty line, not several.</source>
        <translation>Letra de la pista {track}: las estrofas se separan con una sola línea vacía, no con varias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track {track}&apos;s lyrics, line {line} “{text}”: credits, links and notices do not belong in the lyrics.</source>
        <translation>Letra de la pista {track}, línea {line} «{text}»: los créditos, enlaces y avisos no van en la letra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics have a line at {time}, after the audio ends ({seconds} s); correct the timing.</source>
        <translation>La letra sincronizada de la pista {track} tiene una línea en {time}, después del final del audio ({seconds} s); corrija los tiempos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track}&apos;s synced lyrics do not sing the same lines as its plain lyrics; make them the same.</source>
        <translation>La letra sincronizada de la pista {track} no canta los mismos versos que su letra simple; haga que coincidan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Track {track} has synced lyrics but no plain lyrics.</source>
        <translation>La pista {track} tiene letra sincronizada pero no letra simple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidy the lyrics&apos; formatting</source>
        <translation>Ordenar el formato de la letra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the synced lines as plain lyrics</source>
        <translation>Usar las líneas sincronizadas como letra simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lyrics file {file} could not be read as UTF-8 text; save it as UTF-8 and import again.</source>
        <translation>No se pudo leer el archivo de letra {file} como texto UTF-8; guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, not before the release date {release_date}; start it earlier or remove it.</source>
        <translation>La preventa empieza el {preorder}, no antes de la fecha de lanzamiento {release_date}; adelántela o elimínela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pre-order starts {preorder}, before the release is sent on {send_date}; stores cannot open a pre-order for a release they do not have.</source>
        <translation>La preventa empieza el {preorder}, antes de que se envíe el lanzamiento el {send_date}; las tiendas no pueden abrir una preventa de un lanzamiento que no tienen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-order starts {preorder}, %n day(s) after sending; allow at least {minimum} days.</source>
        <translation>
            <numerusform>La preventa empieza el {preorder}, %n día después del envío; deje al menos {minimum} días.</numerusform>
            <numerusform>La preventa empieza el {preorder}, %n días después del envío; deje al menos {minimum} días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no draft or product “{id}” in this catalog; use a draft id or a product id as the drafts list shows them.</source>
        <translation>No hay ningún borrador ni producto «{id}» en este catálogo; use un id de borrador o de producto tal como los muestra la lista de borradores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{id}” is not a product or one of its tracks; review a product.</source>
        <translation>«{id}» no es un producto ni una de sus pistas; revise un producto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no store “{store}” to review for; use one of {stores}.</source>
        <translation>No hay ninguna tienda «{store}» para la que revisar; use una de estas: {stores}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every store</source>
        <translation>Todas las tiendas</translation>
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
        <translation>Corregir: {fix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing a store would bounce was found.</source>
        <translation>No se encontró nada que una tienda fuera a rechazar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s), {errors}.</source>
        <translation>
            <numerusform>%n hallazgo, {errors}.</numerusform>
            <numerusform>%n hallazgos, {errors}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n blocking</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No release is planned from this day on.</source>
        <translation>No hay ningún lanzamiento previsto a partir de este día.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrote %n release(s) to {file}.</source>
        <translation>
            <numerusform>Se escribió %n lanzamiento en {file}.</numerusform>
            <numerusform>Se escribieron %n lanzamientos en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar could not be written to {file} ({reason}); choose another file.</source>
        <translation>No se pudo escribir el calendario en {file} ({reason}); elija otro archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” in {what} is not a date like 2026-05-01.</source>
        <translation>«{value}» en {what} no es una fecha como 2026-05-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{item}” does not name a product draft and a date like 2026-05-01.</source>
        <translation>«{item}» no indica un borrador de producto y una fecha como 2026-05-01.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the “clean” flag</source>
        <translation>Quitar el indicador «limpia»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be opened ({reason}); check the file exists and you may read it.</source>
        <translation>No se pudo abrir {file} ({reason}); compruebe que el archivo existe y que puede leerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder; give the audio or image file itself.</source>
        <translation>{file} es una carpeta; indique el archivo de audio o de imagen en sí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a symbolic link that leads back to itself (a link loop); point it at the real file.</source>
        <translation>{file} es un enlace simbólico que apunta a sí mismo (un bucle de enlaces); haga que apunte al archivo real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a symbolic link to {target}, which does not exist; point it at the real file.</source>
        <translation>{file} es un enlace simbólico a {target}, que no existe; haga que apunte al archivo real.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {path} could not be read ({reason}); its files were not checked. Check that you may open it, or leave it out.</source>
        <translation>No se pudo leer la carpeta {path} ({reason}); sus archivos no se comprobaron. Compruebe que tiene permiso para abrirla, o déjela fuera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a regular file; give the audio or image file itself.</source>
        <translation>{file} no es un archivo normal; indique el archivo de audio o de imagen en sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be checked ({reason}); open it in an editor, save it again and retry.</source>
        <translation>No se pudo comprobar {file} ({reason}); ábralo en un editor, guárdelo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes), not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} está vacío (0 bytes), no es audio ni una portada; exporte el máster como FLAC o WAV (las portadas como JPEG o PNG) o deje fuera este archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a text file, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} es un archivo de texto, no es audio ni una portada; exporte el máster como FLAC o WAV (las portadas como JPEG o PNG) o deje fuera este archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not in a format Releasedesk can read, not audio or a cover; export the master as FLAC or WAV (covers as JPEG or PNG), or leave this file out.</source>
        <translation>{file} no está en un formato que Releasedesk pueda leer, no es audio ni una portada; exporte el máster como FLAC o WAV (las portadas como JPEG o PNG) o deje fuera este archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is an image ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} es una imagen ({format}), no audio; exporte de nuevo el máster como FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the master again as FLAC or WAV.</source>
        <translation>{file} está vacío (0 bytes); exporte de nuevo el máster como FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} es un archivo de texto, no audio; exporte de nuevo el máster como FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not audio in any format Releasedesk knows; export the master again as FLAC or WAV.</source>
        <translation>{file} no es audio en ningún formato que Releasedesk conozca; exporte de nuevo el máster como FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is audio, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} es audio, no una imagen; guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); save the cover again as JPEG or PNG.</source>
        <translation>{file} está vacío (0 bytes); guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>{file} is a text file, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} es un archivo de texto, no una imagen; guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{file} is not an image in any format Releasedesk knows; save the cover again as JPEG or PNG.</source>
        <translation>{file} no es una imagen en ningún formato que Releasedesk conozca; guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty (0 bytes), not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} está vacío (0 bytes), no es una imagen; guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not in a format Releasedesk can read, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} no está en un formato que Releasedesk pueda leer, no es una imagen; guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a damaged header that could not be read; export the master again.</source>
        <translation>{file} tiene una cabecera dañada que no se pudo leer; exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded (out of memory); check the file.</source>
        <translation>No se pudo decodificar {file} (memoria insuficiente); compruebe el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} could not be decoded ({reason}); the file is damaged — export the master again.</source>
        <translation>No se pudo decodificar {file} ({reason}); el archivo está dañado: exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts like a FLAC file but its header is damaged ({reason}); export the master again.</source>
        <translation>{file} empieza como un archivo FLAC pero su cabecera está dañada ({reason}); exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no format (fmt) chunk, so no player can know how to play it; export the master again.</source>
        <translation>{file} no tiene bloque de formato (fmt), así que ningún reproductor puede saber cómo reproducirlo; exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no audio (no data chunk); export the master again.</source>
        <translation>{file} no contiene audio (no hay bloque data); exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its sample rate; export the master again.</source>
        <translation>{file} no indica su frecuencia de muestreo; exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state how many channels it has; export it again.</source>
        <translation>{file} no indica cuántos canales tiene; expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no MD5 checksum in its FLAC header, so its integrity can&apos;t be proven; re-encode it with the reference flac encoder.</source>
        <translation>{file} no tiene suma MD5 en su cabecera FLAC, así que no se puede demostrar su integridad; vuelva a codificarlo con el codificador flac de referencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: its header promises {declared} bytes of audio but {missing} are missing; copy or export the file again.</source>
        <translation>{file} está truncado: su cabecera promete {declared} bytes de audio pero faltan {missing}; copie o exporte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {bytes} bytes after its last chunk that belong to no chunk (some players play them as noise); export the file again.</source>
        <translation>{file} tiene {bytes} bytes tras su último bloque que no pertenecen a ningún bloque (algunos reproductores los reproducen como ruido); exporte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged and does not decode ({reason}); export or copy it again.</source>
        <translation>{file} está dañado y no se decodifica ({reason}); expórtelo o cópielo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is truncated: {missing} s of the {promised} s its header promises are missing; copy or export the file again.</source>
        <translation>{file} está truncado: faltan {missing} s de los {promised} s que promete su cabecera; copie o exporte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not match its own MD5 checksum: the audio was damaged after encoding; copy or export the file again.</source>
        <translation>{file} no coincide con su propia suma MD5: el audio se dañó después de codificarlo; copie o exporte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a WAV file Releasedesk can read; export it again.</source>
        <translation>{file} no es un archivo WAV que Releasedesk pueda leer; expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not FLAC or WAV; deliver the lossless master as FLAC or WAV (16 or 24 bit).</source>
        <translation>{file} está en formato {format}, no FLAC ni WAV; entregue el máster sin pérdidas como FLAC o WAV (16 o 24 bits).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV holding {codec} audio, not PCM; export it as uncompressed PCM WAV or FLAC.</source>
        <translation>{file} es un WAV con audio {codec}, no PCM; expórtelo como WAV PCM sin comprimir o FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit integer samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} es un WAV con muestras enteras de {bits} bits, una codificación que ni Releasedesk ni las plataformas leen; expórtelo como WAV PCM de 24 bits o FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a WAV of {bits}-bit floating-point samples, an encoding Releasedesk and DSPs don&apos;t read; export it as 24-bit PCM WAV or FLAC.</source>
        <translation>{file} es un WAV con muestras de coma flotante de {bits} bits, una codificación que ni Releasedesk ni las plataformas leen; expórtelo como WAV PCM de 24 bits o FLAC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an ID3 tag in front of the FLAC data, which some DSPs reject; re-encode it or remove the ID3 tag (tags belong in Vorbis comments).</source>
        <translation>{file} tiene una etiqueta ID3 delante de los datos FLAC, que algunos DSP rechazan; vuelva a codificarlo o quite la etiqueta ID3 (las etiquetas van en los comentarios Vorbis).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs need at least 44.1 kHz — export from the original session at 44.1 kHz or higher (don&apos;t upsample).</source>
        <translation>{file} está a {rate} kHz; los DSP exigen al menos 44,1 kHz: exporte desde la sesión original a 44,1 kHz o más (sin sobremuestrear).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz; DSPs accept at most 192 kHz — export at 192 kHz or lower.</source>
        <translation>{file} está a {rate} kHz; los DSP aceptan como máximo 192 kHz: exporte a 192 kHz o menos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {rate} kHz, an unusual rate some DSPs refuse; export at 44.1, 48, 88.2, 96, 176.4 or 192 kHz.</source>
        <translation>{file} está a {rate} kHz, una frecuencia inusual que algunos DSP rechazan; exporte a 44,1, 48, 88,2, 96, 176,4 o 192 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit floating point; DSPs need 16- or 24-bit integer PCM — export as 24-bit.</source>
        <translation>{file} está en coma flotante de {bits} bits; los DSP exigen PCM entero de 16 o 24 bits: exporte a 24 bits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not state its bit depth; export as 16 or 24 bit.</source>
        <translation>{file} no indica su profundidad de bits; exporte a 16 o 24 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {bits}-bit; DSPs need 16- or 24-bit — export as {target}-bit.</source>
        <translation>{file} está a {bits} bits; los DSP exigen 16 o 24 bits: exporte a {target} bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is mono; most DSPs expect stereo — export as stereo (both channels the same) unless the release really is mono.</source>
        <translation>{file} está en mono; la mayoría de los DSP esperan estéreo: exporte en estéreo (ambos canales iguales) salvo que el lanzamiento sea realmente mono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has {channels} channels; outside a Dolby Atmos record DSPs need stereo — deliver a stereo mix.</source>
        <translation>{file} tiene {channels} canales; fuera de una grabación Dolby Atmos los DSP exigen estéreo: entregue una mezcla estéreo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} lasts {seconds} s; under 30 s a track earns no royalties on most DSPs — check this is the full track.</source>
        <translation>{file} dura {seconds} s; por debajo de 30 s una pista no genera regalías en la mayoría de los DSP: compruebe que es la pista completa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has WAV quirks some DSPs refuse ({quirks}); export it again as a plain 16- or 24-bit PCM WAV (or FLAC).</source>
        <translation>{file} tiene peculiaridades WAV que algunos DSP rechazan ({quirks}); expórtelo de nuevo como WAV PCM estándar de 16 o 24 bits (o FLAC).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>big-endian RIFX file</source>
        <translation>archivo RIFX big-endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{container} file (WAV over 4 GB)</source>
        <translation>archivo {container} (WAV de más de 4 GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAVE_FORMAT_EXTENSIBLE header</source>
        <translation>cabecera WAVE_FORMAT_EXTENSIBLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{valid}-bit samples in {slot}-bit slots</source>
        <translation>muestras de {valid} bits en huecos de {slot} bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block size of {declared} bytes instead of {expected}</source>
        <translation>un tamaño de bloque de {declared} bytes en lugar de {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a wrong byte rate</source>
        <translation>una tasa de bytes errónea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio data before the format chunk</source>
        <translation>datos de audio antes del bloque de formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no length in the RIFF header (written by a streaming tool)</source>
        <translation>ninguna longitud en la cabecera RIFF (escrita por una herramienta de streaming)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no length in the data chunk header (written by a streaming tool)</source>
        <translation>ninguna longitud en la cabecera del bloque data (escrita por una herramienta de streaming)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{declared} bytes declared in the RIFF header of a {actual}-byte file</source>
        <translation>{declared} bytes declarados en la cabecera RIFF de un archivo de {actual} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pad byte after an odd-sized chunk</source>
        <translation>falta el byte de relleno tras un bloque de tamaño impar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} contains no audio at all; export the master again.</source>
        <translation>{file} no contiene nada de audio; exporte de nuevo el máster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is completely silent; export the right master.</source>
        <translation>{file} está completamente en silencio; exporte el máster correcto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} starts with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} empieza con {seconds} s de silencio; recórtelos salvo que sea intencionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ends with {seconds} s of silence; trim it unless it is intended.</source>
        <translation>{file} termina con {seconds} s de silencio; recórtelos salvo que sea intencionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} clips: {samples} samples sit at full scale ({runs} runs of 3 or more); master it again with a limiter below 0 dBFS.</source>
        <translation>{file} satura: {samples} muestras están a escala completa ({runs} series de 3 o más); vuelva a masterizarlo con un limitador por debajo de 0 dBFS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {rate} kHz but has nothing above 22 kHz: it looks like an upsampled CD master; deliver the original resolution instead.</source>
        <translation>{file} está a {rate} kHz pero no tiene nada por encima de 22 kHz: parece un máster de CD sobremuestreado; entregue en su lugar la resolución original.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {bits}-bit but its lowest {zero_bits} bits are always zero: it is a 16-bit master padded to 24; deliver it as 16-bit.</source>
        <translation>{file} está a {bits} bits pero sus {zero_bits} bits más bajos son siempre cero: es un máster de 16 bits rellenado a 24; entréguelo a 16 bits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} could not be read as an image ({reason}); save the cover again as JPEG or PNG.</source>
        <translation>No se pudo leer {file} como imagen ({reason}); guarde de nuevo la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is damaged or truncated and can&apos;t be decoded ({reason}); save the cover again.</source>
        <translation>{file} está dañado o truncado y no se puede decodificar ({reason}); guarde de nuevo la portada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {format} format, not JPEG or PNG; save the cover as JPEG or PNG.</source>
        <translation>{file} está en formato {format}, no JPEG ni PNG; guarde la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is stored rotated and relies on an EXIF orientation flag that some DSPs ignore; rotate the pixels and save it again.</source>
        <translation>{file} está guardado girado y depende de un indicador de orientación EXIF que algunos DSP ignoran; gire los píxeles y guárdelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {megabytes} MB; DSPs take at most 20 MB — save it as a JPEG at high quality.</source>
        <translation>{file} ocupa {megabytes} MB; los DSP aceptan como máximo 20 MB: guárdelo como JPEG de alta calidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has too many pixels to open safely; save it at 3000×3000.</source>
        <translation>{file} tiene demasiados píxeles para abrirlo con seguridad; guárdelo a 3000×3000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height} ({megapixels} megapixels); DSPs take at most 50 megapixels — save it at 3000×3000.</source>
        <translation>{file} mide {width}×{height} ({megapixels} megapíxeles); los DSP aceptan como máximo 50 megapíxeles: guárdelo a 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; covers must be square — crop it to {edge}×{edge}.</source>
        <translation>{file} mide {width}×{height}; las portadas deben ser cuadradas: recórtela a {edge}×{edge}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}; DSPs need at least 1400×1400 (3000×3000 for Apple Music) — use the original artwork.</source>
        <translation>{file} mide {width}×{height}; los DSP exigen al menos 1400×1400 (3000×3000 para Apple Music): use la ilustración original.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; Apple Music needs 3000×3000 — use the original artwork at 3000×3000.</source>
        <translation>{file} mide {width}×{height}; Apple Music exige 3000×3000: use la ilustración original a 3000×3000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an embedded &apos;{profile}&apos; colour profile; convert it to sRGB so colours look the same on every DSP.</source>
        <translation>{file} tiene incrustado el perfil de color «{profile}»; conviértalo a sRGB para que los colores se vean igual en todos los DSP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is CMYK (print colours); DSPs need 8-bit RGB — convert it to sRGB.</source>
        <translation>{file} está en CMYK (colores de impresión); los DSP exigen RGB de 8 bits: conviértalo a sRGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is grayscale; DSPs need 8-bit RGB — convert it to RGB.</source>
        <translation>{file} está en escala de grises; los DSP exigen RGB de 8 bits: conviértalo a RGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {bits} bits per channel; DSPs need 8-bit RGB — save it as 8-bit.</source>
        <translation>{file} tiene {bits} bits por canal; los DSP exigen RGB de 8 bits: guárdelo a 8 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} uses an indexed palette; save it as RGB for the best result.</source>
        <translation>{file} usa una paleta indexada; guárdelo en RGB para obtener el mejor resultado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is in {mode} colour mode; DSPs need 8-bit RGB — convert it.</source>
        <translation>{file} está en modo de color {mode}; los DSP exigen RGB de 8 bits: conviértalo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has transparent areas; DSPs need an opaque cover — flatten it onto a background and save without transparency.</source>
        <translation>{file} tiene zonas transparentes; los DSP exigen una portada opaca: acóplela sobre un fondo y guárdela sin transparencia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has an alpha channel (fully opaque); save it without one, as a JPEG or RGB PNG.</source>
        <translation>{file} tiene un canal alfa (totalmente opaco); guárdelo sin él, como JPEG o PNG RGB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video ({format}), not audio; export the master again as FLAC or WAV.</source>
        <translation>{file} es un vídeo ({format}), no audio; vuelva a exportar el máster como FLAC o WAV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a video, not an image; save the cover again as JPEG or PNG.</source>
        <translation>{file} es un vídeo, no una imagen; vuelva a guardar la portada como JPEG o PNG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is audio ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} es audio ({format}), no un vídeo; vuelva a exportar el vídeo como MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is an image ({format}), not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} es una imagen ({format}), no un vídeo; vuelva a exportar el vídeo como MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is empty (0 bytes); export the video again as MP4 or MOV.</source>
        <translation>{file} está vacío (0 bytes); vuelva a exportar el vídeo como MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a text file, not a video; export the video again as MP4 or MOV.</source>
        <translation>{file} es un archivo de texto, no un vídeo; vuelva a exportar el vídeo como MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a video in any format Releasedesk knows; export the video again as MP4 or MOV.</source>
        <translation>{file} no es un vídeo en ningún formato que Releasedesk conozca; vuelva a exportar el vídeo como MP4 o MOV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is a {format} file; deliver the video as MP4 or MOV (QuickTime).</source>
        <translation>{file} es un archivo {format}; entregue el vídeo como MP4 o MOV (QuickTime).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no picture (no video track); export the video again with its picture.</source>
        <translation>{file} no tiene imagen (ninguna pista de vídeo); vuelva a exportar el vídeo con su imagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is encoded as {codec}; deliver music videos as Apple ProRes or H.264 (HEVC and DNxHD are accepted too).</source>
        <translation>{file} está codificado en {codec}; entregue los videoclips en Apple ProRes o H.264 (también se aceptan HEVC y DNxHD).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is encoded as {codec}; Motion Art must be H.264 or Apple ProRes 4444.</source>
        <translation>{file} está codificado en {codec}; el Motion Art debe estar en H.264 o Apple ProRes 4444.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {codec}; Apple asks for Motion Art in ProRes 4444 or H.264 — export it again in one of those.</source>
        <translation>{file} está en {codec}; Apple pide el Motion Art en ProRes 4444 o H.264 — vuelva a exportarlo en uno de esos formatos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no movie header, so no player can open it (the export did not finish); export the video again.</source>
        <translation>{file} no tiene cabecera de vídeo, así que ningún reproductor puede abrirlo (la exportación no terminó); vuelva a exportar el vídeo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is cut short before its movie header: the copy or upload did not finish; copy or export it again.</source>
        <translation>{file} está cortado antes de su cabecera de vídeo: la copia o la subida no terminó; vuelva a copiarlo o exportarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is truncated: {missing} bytes of its pictures and sound are missing; copy or export it again.</source>
        <translation>{file} está truncado: faltan {missing} bytes de imagen y sonido; vuelva a copiarlo o exportarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is damaged ({detail}); export the video again.</source>
        <translation>{file} está dañado ({detail}); vuelva a exportar el vídeo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} does not state its picture size; export the video again.</source>
        <translation>{file} no indica el tamaño de su imagen; vuelva a exportar el vídeo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} holds no video frames; export the video again.</source>
        <translation>{file} no contiene fotogramas de vídeo; vuelva a exportar el vídeo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} lasts {seconds} s; Motion Art must last {min} to {max} s — export a loop of that length.</source>
        <translation>{file} dura {seconds} s; el Motion Art debe durar entre {min} y {max} s — exporte un bucle de esa duración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its picture lasts {video} s but its sound {audio} s; export it again so both end together.</source>
        <translation>{file}: la imagen dura {video} s, pero el sonido {audio} s; vuelva a exportarlo para que ambos terminen a la vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; music videos need at least 1920×1080 — export it at full HD or larger from the original (don&apos;t upscale).</source>
        <translation>{file} mide {width}×{height}; los videoclips necesitan al menos 1920×1080 — expórtelo en Full HD o superior a partir del original (sin ampliarlo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} needs {min_width}×{min_height} — export it at that size from the original artwork.</source>
        <translation>{file} mide {width}×{height}; {role} necesita {min_width}×{min_height} — expórtelo a ese tamaño a partir del material original.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has non-square pixels ({ratio}); export it with square pixels (1:1).</source>
        <translation>{file} tiene píxeles no cuadrados ({ratio}); expórtelo con píxeles cuadrados (1:1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is {width}×{height}, not 16:9; letterbox or pillarbox it inside a 16:9 frame unless the services were told otherwise.</source>
        <translation>{file} mide {width}×{height}, no es 16:9; colóquelo en un cuadro 16:9 con bandas negras (letterbox o pillarbox), salvo que se haya acordado otra cosa con los servicios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is {width}×{height}; {role} must be {ratio} — export it again at that shape.</source>
        <translation>{file} mide {width}×{height}; {role} debe tener formato {ratio} — vuelva a exportarlo con esa proporción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apple Motion Art for mobile (3:4)</source>
        <translation>Apple Motion Art para móvil (3:4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apple Motion Art for desktop (1:1)</source>
        <translation>Apple Motion Art para ordenador (1:1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has a variable frame rate; export it at a constant rate (the rate it was shot at).</source>
        <translation>{file} tiene una velocidad de fotogramas variable; expórtelo a una velocidad constante (la de la grabación).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; Apple Music takes at most 30 — keep this file for the services that take it, and export a 25 or 30 fps version for Apple.</source>
        <translation>{file} va a {rate} fotogramas por segundo; Apple Music admite como máximo 30 — conserve este archivo para los servicios que lo admiten y exporte una versión a 25 o 30 fps para Apple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} runs at {rate} frames per second; deliver it at 23.976, 24, 25, 29.97 or 30, the rate it was shot at.</source>
        <translation>{file} va a {rate} fotogramas por segundo; entréguelo a 23,976, 24, 25, 29,97 o 30, la velocidad a la que se grabó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; streaming services show progressive video — export it progressive unless it really is interlaced video-sourced material.</source>
        <translation>{file} está entrelazado; los servicios de streaming muestran vídeo progresivo — expórtelo en progresivo, salvo que sea realmente material de origen vídeo entrelazado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is interlaced; Motion Art must be progressive — export it again progressive.</source>
        <translation>{file} está entrelazado; el Motion Art debe ser progresivo — vuelva a exportarlo en progresivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has no sound; a music video must carry its stereo audio — export it with the sound.</source>
        <translation>{file} no tiene sonido; un videoclip debe incluir su audio estéreo — expórtelo con el sonido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has a sound track; Motion Art must be silent — export it without audio.</source>
        <translation>{file} tiene una pista de audio; el Motion Art debe ser mudo — expórtelo sin audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} has {count} sound tracks; deliver one stereo track.</source>
        <translation>{file} tiene {count} pistas de audio; entregue una sola pista estéreo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is {codec}; deliver it as PCM or AAC.</source>
        <translation>El sonido de {file} está en {codec}; entréguelo en PCM o AAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound is mono; music videos need stereo sound — export it as stereo.</source>
        <translation>El sonido de {file} es mono; los videoclips necesitan sonido estéreo — expórtelo en estéreo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}&apos;s sound has {channels} channels; music videos need stereo — deliver a stereo mix.</source>
        <translation>El sonido de {file} tiene {channels} canales; los videoclips necesitan estéreo — entregue una mezcla estéreo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}&apos;s sound is {rate} kHz; music videos need 44.1 or 48 kHz — export the sound at 48 kHz.</source>
        <translation>El sonido de {file} está a {rate} kHz; los videoclips necesitan 44,1 o 48 kHz — exporte el sonido a 48 kHz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} does not loop seamlessly: its last frame jumps back to the first; make the end flow into the start.</source>
        <translation>{file} no se repite en bucle sin cortes: su último fotograma salta al primero; haga que el final enlace con el inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: whether it loops seamlessly was not checked, as no video decoder (ffmpeg) is installed; install ffmpeg, or watch the loop yourself.</source>
        <translation>{file}: no se ha comprobado si el bucle es continuo, porque no hay ningún decodificador de vídeo (ffmpeg) instalado; instale ffmpeg o revise el bucle usted mismo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: its first and last frames could not be decoded to check the loop; play it through and export it again if it stops.</source>
        <translation>{file}: no se pudieron decodificar su primer y último fotograma para comprobar el bucle; reprodúzcalo entero y vuelva a exportarlo si se detiene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused the email and password; check them and try again.</source>
        <translation>El servidor rechazó el correo y la contraseña; compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on the server has expired; log in again.</source>
        <translation>Su sesión en el servidor ha caducado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not logged in to the server.</source>
        <translation>No ha iniciado sesión en el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not logged in to {host} (profile &apos;{profile}&apos;).</source>
        <translation>No ha iniciado sesión en {host} (perfil «{profile}»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server has no such item.</source>
        <translation>El servidor no tiene ese elemento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data: {details}.</source>
        <translation>El servidor rechazó los datos: {details}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the data without saying why.</source>
        <translation>El servidor rechazó los datos sin decir por qué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{url}&apos; is not a server address; give one like https://api.example.com.</source>
        <translation>«{url}» no es una dirección de servidor; indique una como https://api.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusing plain http:// for {host}: your password and token would travel unencrypted; use {url} instead.</source>
        <translation>Se rechaza http:// sin cifrar para {host}: su contraseña y su token viajarían sin cifrar; use {url} en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name does not resolve</source>
        <translation>el nombre no se resuelve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its TLS certificate is not trusted by this computer</source>
        <translation>este ordenador no confía en su certificado TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>se agotó el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests; try again later.</source>
        <translation>{host} está limitando las solicitudes; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} is limiting requests (it asks to wait {seconds} s); try again later.</source>
        <translation>{host} está limitando las solicitudes (pide esperar {seconds} s); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} is unavailable right now (HTTP {status}, {detail}); try again later.</source>
        <translation>{host} no está disponible ahora (HTTP {status}, {detail}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to {host} ({reason}); check the server address and your network connection.</source>
        <translation>No se puede conectar con {host} ({reason}); compruebe la dirección del servidor y su conexión de red.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time; check your network connection or try again later.</source>
        <translation>{host} no respondió a tiempo; compruebe su conexión de red o vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to {host} was lost ({reason}); try again later.</source>
        <translation>Se perdió la conexión con {host} ({reason}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered {status}</source>
        <translation>el servidor respondió {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was lost</source>
        <translation>se perdió la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{request} on {host} failed and {why}: the server may or may not have saved it; check before sending it again.</source>
        <translation>{request} en {host} falló y {why}: puede que el servidor lo haya guardado o no; compruébelo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} refused the change as conflicting: {detail}.</source>
        <translation>{host} rechazó el cambio por conflicto: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} failed to answer (HTTP {status}: {detail}).</source>
        <translation>{host} no pudo responder (HTTP {status}: {detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused {request} (HTTP {status}): {detail}.</source>
        <translation>{host} rechazó {request} (HTTP {status}): {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} refused the login for {login}: {detail}</source>
        <translation>{host} rechazó el inicio de sesión de {login}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} could not log you in right now (HTTP {status}); try again later.</source>
        <translation>{host} no puede iniciar su sesión ahora (HTTP {status}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} answered the login without a token; is {url} the right address?</source>
        <translation>{host} respondió al inicio de sesión sin token; ¿es {url} la dirección correcta?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session on {host} has expired ({detail}); log in again.</source>
        <translation>Su sesión en {host} ha caducado ({detail}); vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not found on {host}.</source>
        <translation>{path} no se encontró en {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} the right server?</source>
        <translation>{host} envió una respuesta que no es JSON; ¿es {url} el servidor correcto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent an unexpected reply.</source>
        <translation>{host} envió una respuesta inesperada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a {type} item this app cannot read ({reason}).</source>
        <translation>{host} envió un elemento {type} que esta aplicación no puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a {type} listing this app cannot read ({reason}).</source>
        <translation>{host} envió un listado {type} que esta aplicación no puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({type}) has no server id yet; create it first.</source>
        <translation>Este objeto ({type}) aún no tiene id en el servidor; créelo primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} does not exist or is not a file; choose another file.</source>
        <translation>El archivo de audio {path} no existe o no es un archivo; elija otro archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio file {path} is empty; export it again.</source>
        <translation>El archivo de audio {path} está vacío; expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video {path} does not exist or is not a file; choose another file.</source>
        <translation>El vídeo {path} no existe o no es un archivo; elija otro archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is empty; export it again.</source>
        <translation>El vídeo {path} está vacío; vuelva a exportarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} does not exist or is not a file; choose another file.</source>
        <translation>La imagen de portada {path} no existe o no es un archivo; elija otro archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is empty; export it again.</source>
        <translation>La imagen de portada {path} está vacía; expórtela de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover image {path} is neither JPEG nor PNG; export it as a JPEG.</source>
        <translation>La imagen de portada {path} no es JPEG ni PNG; expórtela como JPEG.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upload of {file} was cancelled.</source>
        <translation>Se canceló la subida de {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} changed while it was being sent; wait until it is finished being written and try again.</source>
        <translation>{file} cambió mientras se enviaba; espere a que termine de escribirse y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server received different bytes for {file} than were read (md5 {server} vs {local}); upload it again.</source>
        <translation>El servidor recibió para {file} bytes distintos de los leídos (md5 {server} frente a {local}); súbalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the access token ({detail}); paste a new token for the connection &apos;{connection}&apos;.</source>
        <translation>{host} rechazó el token de acceso ({detail}); pegue un token nuevo para la conexión «{connection}».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} refused the label: {detail}.</source>
        <translation>{host} rechazó el sello: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} sent a reply that is not JSON; is {url} a label-profile server?</source>
        <translation>{host} envió una respuesta que no es JSON; ¿es {url} un servidor de perfiles de sello?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a reply without data; is {url} a label-profile server?</source>
        <translation>{host} envió una respuesta sin datos; ¿es {url} un servidor de perfiles de sello?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label this app cannot read ({reason}).</source>
        <translation>{host} envió un sello que esta aplicación no puede leer ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} sent a label list this app cannot read.</source>
        <translation>{host} envió una lista de sellos que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no connection profile named &apos;{name}&apos;; sign in with it first.</source>
        <translation>No hay ningún perfil de conexión llamado «{name}»; inicie sesión primero con ese perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profiles file {path} cannot be read ({reason}); fix or delete it and log in again.</source>
        <translation>El archivo de perfiles {path} no se puede leer ({reason}); corríjalo o bórrelo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection profile &apos;{name}&apos; in {path} is incomplete; log in again to recreate it.</source>
        <translation>El perfil de conexión «{name}» en {path} está incompleto; vuelva a iniciar sesión para recrearlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keyring is available on this computer.</source>
        <translation>No hay ningún llavero del sistema disponible en este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keyring could not be used ({reason}).</source>
        <translation>No se pudo usar el llavero del sistema ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secrets file {path} cannot be read ({reason}); delete it and log in again.</source>
        <translation>El archivo de secretos {path} no se puede leer ({reason}); bórrelo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product attribute is set as ATTRIBUTE=VALUE (like production-line=&quot;2026 Label&quot;); got &apos;{item}&apos;.</source>
        <translation>Un atributo de producto se escribe ATRIBUTO=VALOR (como production-line=&quot;2026 Label&quot;); se recibió «{item}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{name}&apos; is not a product attribute; use one of {known}.</source>
        <translation>«{name}» no es un atributo de producto; use uno de estos: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be a whole number; got &apos;{value}&apos;.</source>
        <translation>{name} debe ser un número entero; se recibió «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} must be true or false; got &apos;{value}&apos;.</source>
        <translation>{name} debe ser true o false; se recibió «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no label {label} in the local catalog; use a label id from the server or from the list of drafts.</source>
        <translation>No hay ningún sello {label} en el catálogo local; use un id de sello del servidor o de la lista de borradores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A label is given by its id on the server (a number); got &apos;{label}&apos;.</source>
        <translation>Un sello se indica con su id en el servidor (un número); se recibió «{label}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} is not a folder; give the folder that holds the release&apos;s audio files.</source>
        <translation>{folder} no es una carpeta; indique la carpeta que contiene los archivos de audio del lanzamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{folder} holds no FLAC or WAV files; put the release&apos;s masters in it.</source>
        <translation>{folder} no contiene archivos FLAC ni WAV; ponga en ella los másteres del lanzamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This label already has a product with UPC {upc} ({draft}); edit that draft, or discard it before importing {folder} again.</source>
        <translation>Este sello ya tiene un producto con el UPC {upc} ({draft}); edite ese borrador o descártelo antes de volver a importar {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the product has no {attribute}</source>
        <translation>el producto no tiene {attribute}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cover file (cover/folder/front .jpg or .png) in the folder</source>
        <translation>no hay archivo de portada (cover/folder/front .jpg o .png) en la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>track {position} ({file}) has no {fields}; tag the file or edit the draft</source>
        <translation>a la pista {position} ({file}) le falta {fields}; etiquete el archivo o edite el borrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync cancelled; the rest stays queued</source>
        <translation>sincronización cancelada; el resto sigue en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: {reason}</source>
        <translation>en pausa: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held     {what}: {why}; fix it, then sync</source>
        <translation>retenido {what}: {why}; corríjalo y sincronice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting  {what}: {why}</source>
        <translation>en espera {what}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {why}; it stays queued</source>
        <translation>fallido  {what}: {why}; sigue en cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no clear answer</source>
        <translation>sin respuesta clara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: the answer was lost; the server is checked before it is sent again</source>
        <translation>incierto {what}: se perdió la respuesta; se comprobará el servidor antes de enviarlo de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{error} Log in again, then sync: nothing was lost.</source>
        <translation>{error} Vuelva a iniciar sesión y sincronice: no se ha perdido nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error} Everything stays queued.</source>
        <translation>{error} Todo sigue en cola.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected {what}: {error}</source>
        <translation>rechazado {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed   {what}: {error}</source>
        <translation>fallido  {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsure   {what}: {error}</source>
        <translation>incierto {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict {what}: changed on the server too ({fields})</source>
        <translation>conflicto {what}: también cambió en el servidor ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent     {what}</source>
        <translation>enviado  {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted  {what}: it was already on the server; kept that one</source>
        <translation>adoptado {what}: ya estaba en el servidor; se conserva ese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busy     {what}: {error}</source>
        <translation>ocupado  {what}: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking &apos;{file}&apos;</source>
        <translation>comprobando «{file}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This label was deleted on the server; delete it here or make it again.</source>
        <translation>Este sello se eliminó en el servidor; elimínelo aquí o vuelva a crearlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} was written by a newer Releasedesk; update the app.</source>
        <translation>El archivo de perfiles de sello {path} lo escribió una versión más reciente de Releasedesk; actualice la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label-profile file {path} cannot be opened ({reason}); move it away and refresh from the server.</source>
        <translation>No se puede abrir el archivo de perfiles de sello {path} ({reason}); muévalo a otro sitio y actualice desde el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given; type it when asked.</source>
        <translation>No se indicó ninguna contraseña; escríbala cuando se le pida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no draft {draft}; the drafts list shows them.</source>
        <translation>No hay ningún borrador {draft}; la lista de borradores los muestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover image {path} is gone; attach the file again.</source>
        <translation>La imagen de portada {path} ya no está; adjunte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} is gone; attach the file again.</source>
        <translation>El máster de audio {path} ya no está; adjunte de nuevo el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is gone; drop the file again.</source>
        <translation>El vídeo {path} ya no existe; vuelva a soltar el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of {file} was cancelled.</source>
        <translation>Se canceló la comprobación de {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown operation &apos;{op}&apos; in the outbox.</source>
        <translation>Operación desconocida «{op}» en la cola de envío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refresh was cancelled; what was read so far is kept.</source>
        <translation>Se canceló la actualización; se conserva lo leído hasta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} date &apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La fecha {field} «{value}» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The range ends ({until}) before it starts ({since}); swap the two dates.</source>
        <translation>El periodo termina ({until}) antes de empezar ({since}); intercambie las dos fechas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trends range covers at most {days} days; ask for a shorter range.</source>
        <translation>Un periodo de tendencias abarca como máximo {days} días; solicite un periodo más corto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{host} refused the trends file (HTTP {status}); ask for the trends again.</source>
        <translation>{host} rechazó el archivo de tendencias (HTTP {status}); vuelva a solicitar las tendencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends are fetched from the server; sign in first.</source>
        <translation>Las tendencias se obtienen del servidor; inicie sesión primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not prepare the trends (extract {id}); try again later.</source>
        <translation>El servidor no pudo preparar las tendencias (extracción {id}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trends (extract {id}) were not ready after {seconds} s; try again later.</source>
        <translation>Las tendencias (extracción {id}) no estaban listas tras {seconds} s; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and no trends of this scope were fetched before; connect and fetch them once.</source>
        <translation>No se puede contactar con el servidor y no se obtuvo antes ninguna tendencia de este ámbito; conéctese y obténgalas una vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trends file from the server is unreadable at line {line} ({reason}).</source>
        <translation>El archivo de tendencias del servidor no se puede leer en la línea {line} ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: showing the trends cached on {date}.</source>
        <translation>Sin conexión: se muestran las tendencias guardadas en caché el {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trends fetched on {date}.</source>
        <translation>Tendencias obtenidas el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a server id; product, artist and label ids are digits.</source>
        <translation>«{value}» no es un id de servidor; los id de producto, artista y sello son dígitos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) written to {file}.</source>
        <translation>
            <numerusform>%n fila escrita en {file}.</numerusform>
            <numerusform>%n filas escritas en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No streams in this range.</source>
        <translation>No hay reproducciones en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {file} ({reason}); choose another file.</source>
        <translation>No se puede escribir {file} ({reason}); elija otro archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog file {path} cannot be opened ({reason}); move it aside and refresh the catalog from the server.</source>
        <translation>No se puede abrir el archivo de catálogo {path} ({reason}); apártelo y actualice el catálogo desde el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This catalog was written by a newer Releasedesk (schema {version}); update the app.</source>
        <translation>Este catálogo lo escribió una versión más reciente de Releasedesk (esquema {version}); actualice la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no object {id} in the local catalog; refresh the list.</source>
        <translation>No hay ningún objeto {id} en el catálogo local; actualice la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product {id} in the local catalog; refresh the list.</source>
        <translation>No hay ningún producto {id} en el catálogo local; actualice la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover of {id} was already sent; choose the old cover again instead of undoing.</source>
        <translation>La portada de {id} ya se envió; elija de nuevo la portada anterior en lugar de deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {id} was already sent or is being uploaded; drop the old file again instead of undoing.</source>
        <translation>El vídeo {id} ya se envió o se está subiendo; vuelva a soltar el archivo anterior en lugar de deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The master {id} was already sent or is being uploaded; attach the old file again instead of undoing.</source>
        <translation>El máster {id} ya se envió o se está subiendo; adjunte de nuevo el archivo anterior en lugar de deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is being sent right now; wait for the sync to finish.</source>
        <translation>{id} se está enviando ahora mismo; espere a que termine la sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &apos;mine&apos; or &apos;theirs&apos; to resolve a conflict.</source>
        <translation>Elija «mine» o «theirs» para resolver un conflicto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} of {id} is not in conflict.</source>
        <translation>{field} de {id} no está en conflicto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} is a {actual}, not a {expected}.</source>
        <translation>{id} es de tipo {actual}, no {expected}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{name}&apos; is not an editable field of a {kind}; editable fields are {fields}.</source>
        <translation>«{name}» no es un campo editable de tipo {kind}; los campos editables son {fields}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind}&apos;s {name} follows the {parent} it belongs to; move it instead.</source>
        <translation>El campo {name} de un objeto {kind} sigue al objeto {parent} al que pertenece; muévalo en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} cannot be drafted here; it comes from the server.</source>
        <translation>Un objeto de tipo {kind} no se puede crear como borrador aquí; viene del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A {kind} comes from the server and cannot be edited here.</source>
        <translation>Un objeto de tipo {kind} viene del servidor y no se puede editar aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of object Releasedesk stores; use one of {kinds}.</source>
        <translation>«{kind}» no es un tipo de objeto que Releasedesk guarde; use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} cannot be read; check that the file exists.</source>
        <translation>No se puede leer la portada {path}; compruebe que el archivo existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audio master {path} cannot be read; check that the file exists.</source>
        <translation>No se puede leer el máster de audio {path}; compruebe que el archivo existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} cannot be read; check that the file exists.</source>
        <translation>No se puede leer el vídeo {path}; compruebe que el archivo existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video {path} is not a file; choose a file.</source>
        <translation>El vídeo {path} no es un archivo; elija un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The track {id} is not on the product {parent}; drop the video on one of its tracks.</source>
        <translation>La pista {id} no está en el producto {parent}; suelte el vídeo sobre una de sus pistas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{kind}&apos; is not a kind of Motion Art; use one of {kinds}.</source>
        <translation>«{kind}» no es un tipo de Motion Art; use uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cover {path} is not a file; choose a file.</source>
        <translation>La portada {path} no es un archivo; elija un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audio master {path} is not a file; choose a file.</source>
        <translation>El máster de audio {path} no es un archivo; elija un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The label name is empty; give the label a name.</source>
        <translation>El nombre del sello está vacío; dele un nombre al sello.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email “{email}” is not a valid address; write it like contact@example.com or leave it empty.</source>
        <translation>El correo «{email}» no es una dirección válida; escríbalo como contact@example.com o déjelo vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country “{country}” is not an ISO 3166 country code; pick one from the list (for example US, GB or RW).</source>
        <translation>El país «{country}» no es un código de país ISO 3166; elija uno de la lista (por ejemplo US, GB o RW).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country cannot be emptied once the label exists; pick one from the list.</source>
        <translation>El país no se puede vaciar una vez creado el sello; elija uno de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name at least one DSP to deliver to.</source>
        <translation>Indique al menos un DSP al que entregar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no DSP named &apos;{name}&apos; on this server; known DSPs: {known}.</source>
        <translation>No hay ningún DSP llamado «{name}» en este servidor; DSP conocidos: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp} has no upload identification on this server; ask the distributor to set up delivery to it.</source>
        <translation>{dsp} no tiene identificación de envío en este servidor; pida al distribuidor que configure la entrega a ese DSP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no subgenre &apos;{value}&apos;; use a name like {examples}.</source>
        <translation>No existe el subgénero «{value}»; use un nombre como {examples}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is neither WW, a continent nor a two-letter territory code (like FR).</source>
        <translation>«{value}» no es WW, ni un continente, ni un código de territorio de dos letras (como FR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a delivery type; use delivery, update, redelivery or delete.</source>
        <translation>«{value}» no es un tipo de entrega; use delivery, update, redelivery o delete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a priority; use normal or urgent (next needs an explicit confirmation).</source>
        <translation>«{value}» no es una prioridad; use normal o urgent (next requiere una confirmación explícita).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority &apos;next&apos; skips the checks and uses the daily quota of {quota}; confirm it explicitly.</source>
        <translation>La prioridad «next» omite las comprobaciones y usa la cuota diaria de {quota}; confírmela explícitamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default offer has no subgenre; choose one.</source>
        <translation>La oferta predeterminada no tiene subgénero; elija uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The default offer has no release date; choose one.</source>
        <translation>La oferta predeterminada no tiene fecha de lanzamiento; elija una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This object ({kind} {ref}) is not on the server any more; refresh and try again.</source>
        <translation>Este objeto ({kind} {ref}) ya no está en el servidor; actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product {product} has no default offer on the server; the server creates one with the product.</source>
        <translation>El producto {product} no tiene oferta predeterminada en el servidor; el servidor crea una con el producto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {task} is still {status}; wait until it ends.</source>
        <translation>La tarea {task} sigue en estado {status}; espere a que termine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rights</source>
        <translation>derechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer</source>
        <translation>oferta predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validate offer</source>
        <translation>validar oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activate</source>
        <translation>activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artists</source>
        <translation>artistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP offer</source>
        <translation>oferta DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>send task</source>
        <translation>tarea de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added a right for {dsps} in {territories}</source>
        <translation>se añadió un derecho para {dsps} en {territories}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rights already cover {dsps}</source>
        <translation>los derechos ya cubren {dsps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set {changes}</source>
        <translation>establecido: {changes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date and subgenre already set</source>
        <translation>fecha de lanzamiento y subgénero ya establecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer is active</source>
        <translation>la oferta predeterminada está activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default offer already active</source>
        <translation>oferta predeterminada ya activa</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation: {problems}</source>
        <translation>
            <numerusform>%n problema bloquea la activación: {problems}</numerusform>
            <numerusform>%n problemas bloquean la activación: {problems}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation was not confirmed</source>
        <translation>la activación no se confirmó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active</source>
        <translation>el producto está activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product is active; new artists: {artists}</source>
        <translation>el producto está activo; artistas nuevos: {artists}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product already active</source>
        <translation>producto ya activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; artist {id} (priority {priority})</source>
        <translation>{name} -&gt; artista {id} (prioridad {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} -&gt; a new artist</source>
        <translation>{name} -&gt; un artista nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no credited names</source>
        <translation>ningún nombre acreditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp} already has an active offer</source>
        <translation>{dsp} ya tiene una oferta activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer for {dsp} created</source>
        <translation>oferta para {dsp} creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} is already {status}</source>
        <translation>{dsp}: la tarea {task} ya está en estado {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: already delivered (task {task})</source>
        <translation>{dsp}: ya entregado (tarea {task})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} ({type}, {priority})</source>
        <translation>{dsp}: tarea {task} ({type}, {priority})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date</source>
        <translation>fecha de lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preorder date</source>
        <translation>fecha de preventa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subgenre</source>
        <translation>subgénero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second subgenre</source>
        <translation>segundo subgénero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n archivo comprobado</numerusform>
            <numerusform>%n archivos comprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
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
        <translation>archivo {count} comprobado: {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>coma flotante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ch</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist and was not checked.</source>
        <translation>{path} no existe y no se ha comprobado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n picture(s) of masters written to {folder}.</source>
        <translation>
            <numerusform>%n imagen de máster escrita en {folder}.</numerusform>
            <numerusform>%n imágenes de másteres escritas en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture of {file} could not be written to {folder} ({reason}); choose a writable folder.</source>
        <translation>No se pudo escribir la imagen de {file} en {folder} ({reason}); elija una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} can&apos;t hold the pictures ({reason}); name a folder you can write to.</source>
        <translation>{folder} no puede guardar las imágenes ({reason}); indique una carpeta en la que pueda escribir.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n producto encontrado</numerusform>
            <numerusform>%n productos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{shown} of %n task(s)</source>
        <translation>
            <numerusform>{shown} de %n tarea</numerusform>
            <numerusform>{shown} de %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block activation of “{name}”.</source>
        <translation>
            <numerusform>%n problema bloquea la activación de «{name}».</numerusform>
            <numerusform>%n problemas bloquean la activación de «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n aviso.</numerusform>
            <numerusform>%n avisos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Add %n track(s)</source>
        <translation>
            <numerusform>Añadir %n pista</numerusform>
            <numerusform>Añadir %n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n send task(s) under way; follow them in the dashboard.</source>
        <translation>
            <numerusform>%n tarea de envío en curso; sígala en el panel.</numerusform>
            <numerusform>%n tareas de envío en curso; sígalas en el panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n credited name(s).</source>
        <translation>
            <numerusform>%n nombre acreditado.</numerusform>
            <numerusform>%n nombres acreditados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n regla.</numerusform>
            <numerusform>%n reglas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n label profile(s)</source>
        <translation>
            <numerusform>%n perfil de sello</numerusform>
            <numerusform>%n perfiles de sello</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed</source>
        <translation>
            <numerusform>%n entrega fallida</numerusform>
            <numerusform>%n entregas fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) completed.</source>
        <translation>
            <numerusform>%n entrega completada.</numerusform>
            <numerusform>%n entregas completadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deliver(y|ies) failed; see the dashboard for the reasons.</source>
        <translation>
            <numerusform>%n entrega falló; los motivos están en el panel.</numerusform>
            <numerusform>%n entregas fallaron; los motivos están en el panel.</numerusform>
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
        <translation>modificado también en el servidor: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here and on the server; choose which to keep.</source>
        <translation>Modificado aquí y en el servidor; elija qué conservar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: mine {mine}, server {theirs}</source>
        <translation>{field}: el mío {mine}, servidor {theirs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last try: {error}</source>
        <translation>último intento: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create {subject}</source>
        <translation>crear {subject}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update {subject} ({fields})</source>
        <translation>modificar {subject} ({fields})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload cover &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>subir la portada «{file}» del producto «{product}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the replaced master &apos;{file}&apos; of {track}</source>
        <translation>comprobar el máster sustituido «{file}» de {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload master &apos;{file}&apos; for {track}</source>
        <translation>subir el máster «{file}» de {track}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload video &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>subir el vídeo «{file}» para el producto «{product}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upload Motion Art &apos;{file}&apos; for product &apos;{product}&apos;</source>
        <translation>subir el Motion Art «{file}» para el producto «{product}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>video &apos;{name}&apos;</source>
        <translation>vídeo «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the video link of track &apos;{name}&apos;</source>
        <translation>el enlace de vídeo de la pista «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for {subject} ({state})</source>
        <translation>espera a {subject} ({state})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product &apos;{name}&apos;</source>
        <translation>el producto «{name}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label &apos;{name}&apos;</source>
        <translation>el sello «{name}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a track</source>
        <translation>una pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {id}</source>
        <translation>la pista {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {position} &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>la pista {position} «{name}» de «{product}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track &apos;{name}&apos; of &apos;{product}&apos;</source>
        <translation>la pista «{name}» de «{product}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to check: {paths} does not exist; give audio files, covers or folders.</source>
        <translation>nada que comprobar: {paths} no existe; indique archivos de audio, portadas o carpetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox only listens on this machine (127.0.0.1); {host} is not a loopback address. Serving others means plain http: allow it only on a network you trust.</source>
        <translation>El entorno de pruebas solo escucha en esta máquina (127.0.0.1); {host} no es una dirección de bucle local. Servir a otros significa http sin cifrar: permítalo solo en una red de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox cannot listen on {address} ({reason}); choose another port or stop what uses it.</source>
        <translation>El entorno de pruebas no puede escuchar en {address} ({reason}); elija otro puerto o detenga lo que lo usa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown dialect &apos;{dialect}&apos;; use limbo or labelcamp.</source>
        <translation>Dialecto «{dialect}» desconocido; use limbo o labelcamp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox data in {folder} cannot be used ({reason}); choose another data folder.</source>
        <translation>Los datos del entorno de pruebas en {folder} no se pueden usar ({reason}); elija otra carpeta de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox could not start ({reason}).</source>
        <translation>El entorno de pruebas no pudo iniciarse ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox did not start within {seconds} seconds.</source>
        <translation>El entorno de pruebas no se inició en {seconds} segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be between 0 and 65535, not {port}.</source>
        <translation>El puerto debe estar entre 0 y 65535, no {port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery time cannot be negative.</source>
        <translation>El tiempo de entrega no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token&apos;s lifetime must be more than 0 seconds.</source>
        <translation>La vida de un token debe ser de más de 0 segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a file; give a folder for the sandbox&apos;s data.</source>
        <translation>{path} es un archivo; indique una carpeta para los datos del entorno de pruebas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted.</source>
        <translation>interrumpido.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Catalog read from the server: %n product(s).</source>
        <translation>
            <numerusform>Catálogo leído del servidor: %n producto.</numerusform>
            <numerusform>Catálogo leído del servidor: %n productos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring is available; your login is kept in memory for this run only.</source>
        <translation>No hay ningún llavero del sistema disponible; tu sesión se guarda en memoria solo durante esta ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something unexpected went wrong ({kind}). Nothing was lost; details are in {log}.</source>
        <translation>algo inesperado salió mal ({kind}). No se ha perdido nada; los detalles están en {log}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Commands: {commands}.</source>
        <translation>«{word}» no es un comando de releasedesk ni un archivo existente. Comandos: {commands}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{word}&apos; is not a releasedesk command, nor a file that exists. Did you mean &apos;{closest}&apos;? Commands: {commands}.</source>
        <translation>«{word}» no es un comando de releasedesk ni un archivo existente. ¿Quiso decir «{closest}»? Comandos: {commands}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to check: {paths} holds no audio files or covers; give the release&apos;s files or the folder that holds them.</source>
        <translation>nada que comprobar: {paths} no contiene archivos de audio ni portadas; indique los archivos del lanzamiento o la carpeta que los contiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds no audio files or covers; nothing in it was checked.</source>
        <translation>{path} no contiene archivos de audio ni portadas; no se comprobó nada en ella.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Draft {draft}: “{name}” with %n track(s), {cover}.</source>
        <translation>
            <numerusform>Borrador {draft}: «{name}» con %n pista, {cover}.</numerusform>
            <numerusform>Borrador {draft}: «{name}» con %n pistas, {cover}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cover</source>
        <translation>sin portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {file}: only FLAC and WAV masters are sent</source>
        <translation>{file} omitido: solo se envían másteres FLAC y WAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing:</source>
        <translation>Falta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing missing for the server to accept it.</source>
        <translation>No falta nada para que el servidor lo acepte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media check:</source>
        <translation>Control de medios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media check: no problems.</source>
        <translation>Control de medios: ningún problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent; run &apos;{command}&apos; to send it.</source>
        <translation>No se ha enviado nada; ejecute «{command}» para enviarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded {draft}.</source>
        <translation>{draft} descartado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drafts.</source>
        <translation>No hay borradores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(id {id} on the server)</source>
        <translation>(id {id} en el servidor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n borrador</numerusform>
            <numerusform>%n borradores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not yet synced</source>
        <translation>
            <numerusform>%n aún sin sincronizar</numerusform>
            <numerusform>%n aún sin sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) queued</source>
        <translation>
            <numerusform>%n operación en cola</numerusform>
            <numerusform>%n operaciones en cola</numerusform>
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
        <translation>Nada que enviar: todos los borradores están sincronizados.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s) still queued</source>
        <translation>
            <numerusform>%n operación aún en cola</numerusform>
            <numerusform>%n operaciones aún en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sent} sent, {rejected} rejected, {conflicts} in conflict, {failed} failed; {remaining} ({requests}, {seconds} s).</source>
        <translation>{sent} enviadas, {rejected} rechazadas, {conflicts} en conflicto, {failed} fallidas; {remaining} ({requests}, {seconds} s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;{command}&apos; to see what is waiting and why.</source>
        <translation>Ejecute «{command}» para ver qué está pendiente y por qué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {email} on {server}: </source>
        <translation>Contraseña de {email} en {server}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in to {server} ({dialect}) as {user}; profile &apos;{profile}&apos; saved.</source>
        <translation>Sesión iniciada en {server} ({dialect}) como {user}; perfil «{profile}» guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged out of {server} (profile &apos;{profile}&apos;).</source>
        <translation>Sesión cerrada en {server} (perfil «{profile}»).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {user}</source>
        <translation>Usuario: {user}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributor: {name} (id {id})</source>
        <translation>Distribuidor: {name} (id {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: {name} (id {id})</source>
        <translation>Empresa: {name} (id {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {server} ({dialect}), profile &apos;{profile}&apos;</source>
        <translation>Servidor: {server} ({dialect}), perfil «{profile}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority next: {used} of {quota} used today.</source>
        <translation>Prioridad next: {used} de {quota} usadas hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the product was not delivered; fix the problems above and run the same command again.</source>
        <translation>el producto no se ha entregado; corrija los problemas anteriores y vuelva a ejecutar el mismo comando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dsp}: task {task} {status}</source>
        <translation>{dsp}: tarea {task} {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {status} ({reason})</source>
        <translation>{dsp}: tarea {task} {status} ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}</source>
        <translation>{dsp}: tarea {task} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dsp}: task {task} {old} -&gt; {new}: {reason}</source>
        <translation>{dsp}: tarea {task} {old} -&gt; {new}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>stopped waiting; %n task(s) not finished yet ({tasks}). Run &apos;{command}&apos; to follow them.</source>
        <translation>
            <numerusform>se dejó de esperar; %n tarea aún sin terminar ({tasks}). Ejecute «{command}» para seguirla.</numerusform>
            <numerusform>se dejó de esperar; %n tareas aún sin terminar ({tasks}). Ejecute «{command}» para seguirlas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No deliveries.</source>
        <translation>No hay entregas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deliveries for product {product}.</source>
        <translation>No hay entregas para el producto {product}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every delivery has finished.</source>
        <translation>Todas las entregas han terminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox ready at {url}</source>
        <translation>Entorno de pruebas listo en {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: plain http, reachable from the network: use demo data only.</source>
        <translation>Atención: http sin cifrar, accesible desde la red: use solo datos de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL: {url}</source>
        <translation>URL base de la API: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login: {email} / {password}</source>
        <translation>Acceso: {email} / {password}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: {folder}</source>
        <translation>Datos: {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl-C to stop.</source>
        <translation>Pulse Ctrl-C para detener.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox stopped.</source>
        <translation>Entorno de pruebas detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The polling interval must be more than 0 seconds.</source>
        <translation>El intervalo de consulta debe ser de más de 0 segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label-profiles sandbox ready at {url}</source>
        <translation>Entorno de pruebas de perfiles de sello listo en {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires in {seconds} s. Press Ctrl-C to stop.</source>
        <translation>El token caduca en {seconds} s. Pulse Ctrl-C para detener.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This needs the server, and it cannot be reached now.</source>
        <translation>Esto necesita el servidor, y ahora no se puede contactar con él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached and product {product}&apos;s live states were never read on this machine.</source>
        <translation>No se puede contactar con el servidor y los estados de publicación del producto {product} nunca se han leído en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown service &apos;{service}&apos;; choose one of {known}.</source>
        <translation>Servicio «{service}» desconocido; elija uno de estos: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not a Spotify artist id: paste the 22-character id or the artist&apos;s open.spotify.com link.</source>
        <translation>«{value}» no es un identificador de artista de Spotify: pegue el identificador de 22 caracteres o el enlace open.spotify.com del artista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{value}&apos; is not an Apple Music artist id: paste the number or the artist&apos;s music.apple.com link.</source>
        <translation>«{value}» no es un identificador de artista de Apple Music: pegue el número o el enlace music.apple.com del artista.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server has no product with %n of these ids: {ids}.</source>
        <translation>
            <numerusform>El servidor no tiene ningún producto con %n de estos identificadores: {ids}.</numerusform>
            <numerusform>El servidor no tiene ningún producto con %n de estos identificadores: {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown delivery type &apos;{type}&apos;; choose one of {known}.</source>
        <translation>Tipo de entrega «{type}» desconocido; elija uno de estos: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products were chosen.</source>
        <translation>No se ha elegido ningún producto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No product carries the tag &apos;{tag}&apos;.</source>
        <translation>Ningún producto lleva la etiqueta «{tag}».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n next-priority task(s) are more than the daily quota of {quota}; choose urgent.</source>
        <translation>
            <numerusform>%n tarea con prioridad next supera la cuota diaria de {quota}; elija urgent.</numerusform>
            <numerusform>%n tareas con prioridad next superan la cuota diaria de {quota}; elija urgent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task {task} is {status}; only a stuck or failed task is redelivered.</source>
        <translation>La tarea {task} está en estado {status}; solo se vuelve a entregar una tarea atascada o fallida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag name is 1 to 100 characters; &apos;{tag}&apos; is not.</source>
        <translation>El nombre de una etiqueta tiene de 1 a 100 caracteres; «{tag}» no los tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local catalog has no product with id {product}; read the catalog from the server first.</source>
        <translation>El catálogo local no tiene ningún producto con id {product}; lea primero el catálogo del servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (product {product})</source>
        <translation>{name} (producto {product})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not live anywhere yet: no delivery completed.</source>
        <translation>Aún no está publicado en ningún servicio: no se ha completado ninguna entrega.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: these are the states last read.</source>
        <translation>No se puede contactar con el servidor: estos son los últimos estados leídos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>On %n playlist(s):</source>
        <translation>
            <numerusform>En %n playlist:</numerusform>
            <numerusform>En %n playlists:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} on {dsp}: {track} at #{position}, {followers} followers, added {added}  {url}</source>
        <translation>{name} en {dsp}: {track} en la posición {position}, {followers} seguidores, añadida el {added}  {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On no playlist yet.</source>
        <translation>Aún no está en ninguna playlist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &apos;{tag}&apos; added to {product}; it is sent with the next sync.</source>
        <translation>Etiqueta «{tag}» añadida a {product}; se enviará con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag &apos;{tag}&apos; removed from {product}; it is sent with the next sync.</source>
        <translation>Etiqueta «{tag}» quitada de {product}; el cambio se enviará con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: {product}&apos;s tags are {tags}.</source>
        <translation>No hay nada que cambiar: las etiquetas de {product} son {tags}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>One factory, %n task(s): {type} of {products} to {dsps}.</source>
        <translation>
            <numerusform>Una fábrica, %n tarea: {type} de {products} a {dsps}.</numerusform>
            <numerusform>Una fábrica, %n tareas: {type} de {products} a {dsps}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Factory {factory}: {completed} completed, {waiting} waiting, {sending} sending, {error} in error, {stuck} stuck.</source>
        <translation>Fábrica {factory}: {completed} completadas, {waiting} en espera, {sending} enviándose, {error} con error, {stuck} atascadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({product}): {status}</source>
        <translation>{name} ({product}): {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({product}) on {dsp}: {status}: {reason}</source>
        <translation>{name} ({product}) en {dsp}: {status}: {reason}</translation>
    </message>
</context>
<context>
    <name>MotionArtWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="+100"/>
        <source>Motion Art, mobile (3:4)</source>
        <translation>Motion Art, móvil (3:4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Motion Art, desktop (1:1)</source>
        <translation>Motion Art, ordenador (1:1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a 3:4 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Suelte aquí un bucle de Motion Art 3:4 (MP4 o MOV, sin sonido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a 1:1 Motion Art loop here (MP4 or MOV, no sound)</source>
        <translation>Suelte aquí un bucle de Motion Art 1:1 (MP4 o MOV, sin sonido)</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="+282"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default offer</source>
        <translation>Oferta predeterminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre-order from</source>
        <translation>Preventa desde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validate</source>
        <translation>&amp;Validar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the default offer&apos;s status to active</source>
        <translation>Poner en activo el estado de la oferta predeterminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Release date:</source>
        <translation>Fecha de lanzamiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-order:</source>
        <translation>Preventa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subgenre:</source>
        <translation>Subgénero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second subgenre:</source>
        <translation>Segundo subgénero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price code:</source>
        <translation>Código de precio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSP-specific offers</source>
        <translation>Ofertas específicas de un DSP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upload identifications</source>
        <translation>Identificaciones de subida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add &amp;Offer</source>
        <translation>Añadir &amp;oferta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload identification:</source>
        <translation>Identificación de subida:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Track offers</source>
        <translation>Ofertas de pista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep out of fingerprint scanning</source>
        <translation>Excluir del análisis de huellas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Track Offer</source>
        <translation>Añadir oferta de pista</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+98"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>(distributor default)</source>
        <translation>(predeterminado del distribuidor)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not validated</source>
        <translation>sin validar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This product has no default offer on the server.</source>
        <translation>Este producto no tiene oferta predeterminada en el servidor.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Pick an upload identification; the product needs its default offer first.</source>
        <translation>Elige una identificación de subida; antes, el producto necesita su oferta predeterminada.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pick a track (and an offer in the list, or the default offer is used).</source>
        <translation>Elige una pista (y una oferta de la lista; si no, se usa la oferta predeterminada).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track offer {id} saved.</source>
        <translation>Oferta de pista {id} guardada.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../app/ui/sync/outbox_dialog.py" line="+24"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Everything edited here is kept on this computer and sent by Sync, in this order. Fix what the server refused in the editor; it is queued again.</source>
        <translation>Todo lo que se edita aquí se guarda en este ordenador y se envía al sincronizar, en este orden. Corrige en el editor lo que el servidor rechazó; vuelve a la cola.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting: every change has been sent.</source>
        <translation>No hay nada pendiente: todos los cambios se han enviado.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/ui/sync/outbox_model.py" line="+17"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="+16"/>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session with %1 has ended. Your changes are kept; sign in to send them.</source>
        <translation>Tu sesión con %1 ha terminado. Tus cambios se conservan; inicia sesión para enviarlos.</translation>
    </message>
</context>
<context>
    <name>PicturePanel</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="+152"/>
        <source>As the stores play it</source>
        <translation>Como lo reproducen las tiendas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gain each service&apos;s loudness normalisation applies to this master when it plays.</source>
        <translation>La ganancia que la normalización de sonoridad de cada servicio aplica a este máster al reproducirlo.</translation>
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
        <translation>Selecciona un producto entregado para ver sus inclusiones en playlists.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Añadida el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — reading its playlist placements…</source>
        <translation>{name} — leyendo sus inclusiones en playlists…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} — playlist placements: {n}</source>
        <translation>{name} — inclusiones en playlists: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is on no playlist yet.</source>
        <translation>{name} aún no está en ninguna playlist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached: these are the placements last read.</source>
        <translation>No se puede contactar con el servidor: estas son las últimas inclusiones leídas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {playlist} on {service}</source>
        <translation>Abrir {playlist} en {service}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/ui/shell/preferences.py" line="+32"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language applies the next time Releasedesk starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Releasedesk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates and numbers:</source>
        <translation>Fechas y números:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../app/ui/live/views.py" line="+90"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stuck or failed tasks: {n}</source>
        <translation>Tareas atascadas o fallidas: {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stuck</source>
        <translation>atascada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redeliver</source>
        <translation>Volver a entregar</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="-95"/>
        <source>Product editor</source>
        <translation>Editor de producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release title</source>
        <translation>Título del lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Deluxe Edition</source>
        <translation>p. ej. Edición Deluxe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata language</source>
        <translation>Idioma de los metadatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation (various artists)</source>
        <translation>Recopilatorio (varios artistas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. summer, catalog (separated by commas)</source>
        <translation>p. ej., verano, catálogo (separadas por comas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags organise products; search the catalog with tag:NAME.</source>
        <translation>Las etiquetas organizan los productos; busque en el catálogo con tag:NOMBRE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes and dates</source>
        <translation>Códigos y fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPC / EAN</source>
        <translation>UPC / EAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 or 13 digits</source>
        <translation>12 o 13 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode; its last digit is a GS1 check digit.</source>
        <translation>El código de barras; su último dígito es un dígito de control GS1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release date</source>
        <translation>Fecha de lanzamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original release</source>
        <translation>Lanzamiento original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD (reissues only)</source>
        <translation>AAAA-MM-DD (solo reediciones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog number</source>
        <translation>Número de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your label&apos;s own reference</source>
        <translation>La referencia propia de tu sello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights lines</source>
        <translation>Líneas de derechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>© line</source>
        <translation>Línea ©</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>e.g. 2025 Night Owl Records</source>
        <translation>p. ej. 2025 Night Owl Records</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>℗ line</source>
        <translation>Línea ℗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production year</source>
        <translation>Año de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastered by</source>
        <translation>Masterizado por</translation>
    </message>
</context>
<context>
    <name>ReadinessChecklist</name>
    <message>
        <location filename="../app/ui/delivery/checklist.py" line="+41"/>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness checklist</source>
        <translation>Lista de comprobación para activar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Readiness findings</source>
        <translation>Hallazgos de preparación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check &amp;Again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate the product</source>
        <translation>Activar el producto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fix: {label}</source>
        <translation>Corregir: {label}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is active.</source>
        <translation>«{name}» está activo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is ready to activate.</source>
        <translation>«{name}» está listo para activarse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applying “{label}”…</source>
        <translation>Aplicando «{label}»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Looking up the artists…</source>
        <translation>Buscando los artistas…</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-123"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rights</source>
        <translation>Derechos</translation>
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
        <translation>portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audio master</source>
        <translation>máster de audio</translation>
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
        <translation>territorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explicit</source>
        <translation>explícito</translation>
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
        <translation>bloquea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>ReviewArea</name>
    <message>
        <location filename="../app/ui/review/install.py" line="+35"/>
        <source>Re&amp;view</source>
        <translation>Revi&amp;sión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Store Review…</source>
        <translation>Revisión de &amp;tiendas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release &amp;Calendar…</source>
        <translation>&amp;Calendario de lanzamientos…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Select a draft or a product first.</source>
        <translation>Seleccione primero un borrador o un producto.</translation>
    </message>
</context>
<context>
    <name>RightsEditor</name>
    <message>
        <location filename="../app/ui/delivery/rights_offers.py" line="-415"/>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSPs</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>two-letter codes, e.g. FR,BE</source>
        <translation>códigos de dos letras, p. ej. FR,BE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Rule</source>
        <translation>&amp;Eliminar regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear All</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSPs / continents:</source>
        <translation>DSP / continentes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories:</source>
        <translation>Territorios:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unknown territory code(s): {codes}; use two-letter codes like FR.</source>
        <translation>Código(s) de territorio desconocido(s): {codes}; usa códigos de dos letras como FR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick at least one DSP and a continent or territory.</source>
        <translation>Elige al menos un DSP y un continente o territorio.</translation>
    </message>
</context>
<context>
    <name>SendTaskModel</name>
    <message>
        <location filename="../app/ui/delivery/models.py" line="-347"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>processing</source>
        <translation>en proceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stuck</source>
        <translation>atascada</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSP</source>
        <translation>DSP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgment</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error reason</source>
        <translation>Motivo del error</translation>
    </message>
</context>
<context>
    <name>SheetChangesModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+46"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>SheetController</name>
    <message>
        <location filename="../app/ui/sheet/controller.py" line="+36"/>
        <source>Export Catalog Sheet</source>
        <translation>Exportar el catálogo a hoja de cálculo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import Catalog Sheet</source>
        <translation>Importar hoja de cálculo del catálogo</translation>
    </message>
</context>
<context>
    <name>SheetErrorsModel</name>
    <message>
        <location filename="../app/ui/sheet/dialog.py" line="+13"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location line="+26"/>
        <source>Import Catalog Sheet — %1</source>
        <translation>Importar hoja de cálculo del catálogo — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply as Drafts</source>
        <translation>Aplicar como borradores</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix the cells listed below in the file and import it again.</source>
        <translation>Corrija en el archivo las celdas indicadas abajo y vuelva a importarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply them as drafts; they are sent at the next sync.</source>
        <translation>Aplíquelos como borradores; se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file matches the catalog: nothing to change.</source>
        <translation>El archivo coincide con el catálogo: no hay nada que cambiar.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../app/ui/shell/first_run.py" line="-157"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@label.com</source>
        <translation>tu@sello.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email or username</source>
        <translation>Correo o nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API dialect</source>
        <translation>Dialecto de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
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
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;Correo o nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API:</source>
        <translation>&amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fill in the server address, your email or username and your password.</source>
        <translation>Rellena la dirección del servidor, tu correo o nombre de usuario y tu contraseña.</translation>
    </message>
</context>
<context>
    <name>StoreReview</name>
    <message>
        <location filename="../app/ui/review/findings_view.py" line="+35"/>
        <source>Every store</source>
        <translation>Todas las tiendas</translation>
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
        <translation>Revisión de tiendas</translation>
    </message>
</context>
<context>
    <name>StoreReviewView</name>
    <message>
        <location line="-150"/>
        <source>Store review</source>
        <translation>Revisión de tiendas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stores</source>
        <translation>Todas las tiendas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by store</source>
        <translation>Hallazgos por tienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review &amp;Again</source>
        <translation>Revisar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules of:</source>
        <translation>Reglas de:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reviewing…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>blocks</source>
        <translation>bloquea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}”: nothing a store would bounce.</source>
        <translation>«{name}»: nada que una tienda rechazaría.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1”: %n finding(s), %2 blocking.</source>
        <translation>
            <numerusform>«%1»: %n hallazgo, %2 bloqueante(s).</numerusform>
            <numerusform>«%1»: %n hallazgos, %2 bloqueante(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Track {ref}</source>
        <translation>Pista {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying “{label}”…</source>
        <translation>Aplicando «{label}»…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../app/ui/sync/controller.py" line="+78"/>
        <source>Offline — working locally</source>
        <translation>Sin conexión — trabajando en local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to a distributor to send your changes.</source>
        <translation>Inicia sesión en un distribuidor para enviar tus cambios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online · %1</source>
        <translation>En línea · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline · %1 — edits are kept</source>
        <translation>Sin conexión · %1 — los cambios se conservan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to a distributor first (File ▸ Sign In…).</source>
        <translation>Inicia sesión primero en un distribuidor (Archivo ▸ Iniciar sesión…).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refreshing the catalog…</source>
        <translation>Actualizando el catálogo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your session expired; sign in again to send the rest.</source>
        <translation>Tu sesión ha caducado; vuelve a iniciar sesión para enviar el resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot be reached; your changes stay queued.</source>
        <translation>No se puede contactar con el servidor; tus cambios siguen en cola.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 sent</source>
        <translation>%1 enviado(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected</source>
        <translation>%1 rechazado(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in conflict</source>
        <translation>%1 en conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 still queued</source>
        <translation>%1 aún en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalog refreshed</source>
        <translation>catálogo actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: %1.</source>
        <translation>Sincronización terminada: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in again to sync: %1</source>
        <translation>Vuelve a iniciar sesión para sincronizar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled; what was not sent stays queued.</source>
        <translation>Sincronización cancelada; lo que no se envió sigue en cola.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../app/ui/sync/status.py" line="+22"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes waiting to be sent</source>
        <translation>Cambios pendientes de envío</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send pending changes and refresh the catalog</source>
        <translation>Enviar los cambios pendientes y actualizar el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send pending changes and refresh the catalog (F5)</source>
        <translation>Enviar los cambios pendientes y actualizar el catálogo (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All changes sent</source>
        <translation>Todos los cambios enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pending</source>
        <translation>%1 pendiente(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 need attention</source>
        <translation>%1 requieren atención</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>TrackEditor</name>
    <message>
        <location filename="../app/ui/editors/views.py" line="+23"/>
        <source>Track editor</source>
        <translation>Editor de pista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Radio Edit</source>
        <translation>p. ej. Radio Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track number</source>
        <translation>Número de pista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc number</source>
        <translation>Número de disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISRC</source>
        <translation>ISRC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. GBAYE2500001</source>
        <translation>p. ej. GBAYE2500001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 characters: country, registrant, year, number.</source>
        <translation>12 caracteres: país, registrante, año, número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio language</source>
        <translation>Idioma del audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explicit lyrics</source>
        <translation>Letra explícita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean version of an explicit track</source>
        <translation>Versión limpia de una pista explícita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview starts at (s)</source>
        <translation>El fragmento empieza en (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
</context>
<context>
    <name>TrendsArea</name>
    <message>
        <location filename="../app/ui/trends/dock.py" line="+43"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trends of Selected Product</source>
        <translation>&amp;Tendencias del producto seleccionado</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a product that is on the server (synced) first.</source>
        <translation>Seleccione primero un producto que esté en el servidor (sincronizado).</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <location filename="../app/ui/trends/view.py" line="+31"/>
        <source>Whole catalog</source>
        <translation>Todo el catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose streams</source>
        <translation>De quién son las reproducciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which one (name or server id)</source>
        <translation>Cuál (nombre o id en el servidor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streams by</source>
        <translation>Reproducciones por</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a range and press Show.</source>
        <translation>Elija un periodo y pulse Mostrar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {file}.</source>
        <translation>{file} guardado.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No streams in this range.</source>
        <translation>No hay reproducciones en este periodo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: {streams} streams</source>
        <translation>Total: {streams} reproducciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetching trends…</source>
        <translation>Obteniendo tendencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export trends as CSV</source>
        <translation>Exportar tendencias como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/ui/editors/validation.py" line="+37"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>Escribe la fecha como AAAA-MM-DD, p. ej. 2025-03-14.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This date does not exist; check the month and day.</source>
        <translation>Esta fecha no existe; revisa el mes y el día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A product needs a title.</source>
        <translation>Un producto necesita un título.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The UPC is required before the product can be sent.</source>
        <translation>El UPC es obligatorio antes de poder enviar el producto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required before the product can be sent.</source>
        <translation>Obligatorio antes de poder enviar el producto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The production year should be between 1900 and next year.</source>
        <translation>El año de producción debe estar entre 1900 y el año que viene.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The original release date cannot be after the release date.</source>
        <translation>La fecha de lanzamiento original no puede ser posterior a la fecha de lanzamiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Add at least one main artist (role Artist).</source>
        <translation>Añade al menos un artista principal (rol Artista).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Choose the language of the metadata.</source>
        <translation>Elige el idioma de los metadatos.</translation>
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
        <translation>Una pista necesita un título.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Track numbers start at 1.</source>
        <translation>Los números de pista empiezan en 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preview must start before the end of the track.</source>
        <translation>El fragmento debe empezar antes del final de la pista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A track cannot be both explicit and the clean version.</source>
        <translation>Una pista no puede ser a la vez explícita y la versión limpia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A label needs a name.</source>
        <translation>Un sello necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>VideoWell</name>
    <message>
        <location filename="../app/ui/editors/video_wells.py" line="-70"/>
        <source>Music video</source>
        <translation>Videoclip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poster frame</source>
        <translation>Fotograma de portada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop an MP4 or MOV music video here</source>
        <translation>Suelte aquí un videoclip MP4 o MOV</translation>
    </message>
</context>
<context>
    <name>VideoWells</name>
    <message>
        <location filename="../app/ui/editors/video_controller.py" line="+115"/>
        <source>Will be rejected: fix the problems below.</source>
        <translation>Se rechazará: corrija los problemas de abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted, with warnings.</source>
        <translation>Aceptado, con advertencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passes quality checks.</source>
        <translation>Supera los controles de calidad.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>On the server.</source>
        <translation>En el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read; check that the file exists.</source>
        <translation>No se puede leer «%1»; compruebe que el archivo existe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sent with the next sync; video checks are not available in this build.</source>
        <translation>Se envía con la próxima sincronización; las comprobaciones de vídeo no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” attached; it is uploaded with the next sync.</source>
        <translation>«%1» adjuntado; se subirá con la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attach video</source>
        <translation>Adjuntar vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach Motion Art</source>
        <translation>Adjuntar Motion Art</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a video</source>
        <translation>Elegir un vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (*.mp4 *.mov *.m4v)</source>
        <translation>Vídeos (*.mp4 *.mov *.m4v)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../app/ui/editors/waveform.py" line="-147"/>
        <source>Waveform and loudness over time</source>
        <translation>Forma de onda y sonoridad en el tiempo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blue: peaks and RMS. Orange: short-term loudness (3 s), scale in LUFS at the right.</source>
        <translation>Azul: picos y RMS. Naranja: sonoridad a corto plazo (3 s), escala en LUFS a la derecha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red ticks: clipped samples.</source>
        <translation>Marcas rojas: muestras saturadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grey: silence at the start or end.</source>
        <translation>Gris: silencio al principio o al final.</translation>
    </message>
</context>
<context>
    <name>Well</name>
    <message>
        <location filename="../app/ui/editors/wells.py" line="-72"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file for %1</source>
        <translation>Elegir un archivo para %1</translation>
    </message>
</context>
<context>
    <name>WritersModel</name>
    <message>
        <location filename="../app/ui/credits/model.py" line="+26"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composer</source>
        <translation>Compositor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyricist</source>
        <translation>Letrista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share %</source>
        <translation>Porcentaje %</translation>
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
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>_RoleDelegate</name>
    <message>
        <location line="-187"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../app/cli.py" line="-23"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
</TS>
