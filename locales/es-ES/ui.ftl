# Spanish (Spain): what the bot writes in its replies.

help-title = Comandos de asem-bot
help-message-menu = menú del mensaje
help-menu-description = Busca los párrafos de la declaración relacionados con un mensaje
help-mention = Mencióname con una pregunta y te contestaré igual que con `{ $ask }`.
help-footer = Respuestas basadas en la Declaración de Seúl de la ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Las respuestas citan la declaración en su texto oficial en inglés.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = No del todo
title-no-match = Sin resultados
title-slow-down = Más despacio
title-reload-failed = Error al recargar
title-sorry = Lo siento
error-empty-line = Escribe un comando, por ejemplo `{ $example }`, o `{ $help }` para ver la lista.
error-unknown-command = No existe el comando `/{ $command }`.
error-unknown-option = `{ $command }` no tiene la opción `{ $option }`.
error-missing-option = `{ $command }` necesita `{ $option }`.
error-bad-number = `{ $option }` admite un número entero del { $min } al { $max }, no «{ $given }».
error-too-long = `{ $option }` tiene { $length } caracteres; el máximo que acepto es { $max }.
error-no-such-paragraph = No existe el ¶{ $asked }: la { $title } tiene { $count } párrafos, del ¶1 al ¶{ $count }.
error-range-too-long = Los ¶{ $first }–{ $last } juntos no caben en un solo mensaje de Discord.
error-no-match = No hay nada en la declaración que coincida con «{ $query }».
error-unknown-choice = No conozco el { $what } «{ $given }».
error-unknown-button = Este botón ha caducado o no es mío.
error-empty-message = Ese mensaje no tiene texto en el que pueda buscar.
error-slow-down-user = Más despacio: puedes usar { $count } comandos cada { $seconds } s.
error-slow-down-channel = Más despacio: en este canal se pueden usar { $count } comandos cada { $seconds } s.
error-not-allowed = `{ $command }` es solo para los administradores del bot.
error-reload-failed = Los datos no se han recargado; sigo respondiendo con los que estaban cargados antes.
error-internal = Algo ha fallado por mi parte al responder.
hint-help = Escribe `{ $help }` para ver todos los comandos.
hint-usage = Uso: `{ $usage }`
hint-example = Por ejemplo: `{ $example }`
hint-bad-number = Elige un número del { $min } al { $max }.
hint-too-long = Déjalo en las palabras clave, por ejemplo `movilidad de estudiantes`.
hint-no-such-paragraph = Elige un número del 1 al { $count }, un intervalo como `6-7` o palabras del párrafo.
hint-range-too-long = Cita menos párrafos a la vez, por ejemplo `{ $example }`.
hint-no-match = Prueba con otras palabras, o con menos.
hint-no-match-topics = La declaración trata temas como { $topics }.
hint-about = `{ $about }` te da una visión general.
hint-known = Conozco: { $known }.
hint-unknown-button = Vuelve a usar el comando para tener botones nuevos.
hint-empty-message = Úsalo en un mensaje que tenga texto; no leo los embeds ni los archivos adjuntos.
hint-slow-down = Vuelve a intentarlo dentro de { $seconds } s.
hint-not-allowed = Pídeselo a un administrador: su ID de usuario tiene que estar en ASEM_ADMIN_USER_IDS.
hint-reload-failed = Corrige esa línea en `data/` y vuelve a ejecutar `{ $reload }` (o envía SIGHUP al proceso).
hint-internal = Vuelve a intentarlo en un momento.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = ¿Cuándo se celebró la reunión?
example-search-query = reconocimiento de títulos

# Botones (80 caracteres como máximo) y títulos de los resultados de búsqueda.
button-show = Ver ¶{ $paragraph }
button-post-paragraph = Publicar ¶{ $paragraph }
button-post = Publicar en el canal
button-more = Más resultados
button-back = Atrás
button-next = Siguiente
search-title = Búsqueda: { $query }
search-results = Resultados { $first }–{ $last }, de más a menos relevantes.
quote-choose-title = ¿Qué párrafo?
quote-choose = Varios párrafos coinciden con «{ $asked }». Pulsa uno para publicarlo en el canal; no se publica nada hasta que lo hagas.
menu-title = Párrafos relacionados de la declaración
menu-for = Para el mensaje: «{ $message }»

# Resúmenes, /ask, reuniones, /facts, /meetings, /commitments, /glossary, la visita guiada (/about) y /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = resúmenes en inglés
cite-footnote = ¶{ $paragraph }, nota al pie
cite-heading = encabezado

# /ask
ask-also = También en la declaración
ask-press = Pulsa un botón para leer un párrafo completo
ask-closest = Lo más cercano en la declaración
ask-closest-footer = Lo más cercano en la { $title }: { $paragraphs }
ask-not-that-paragraph = Es el ¶{ $found }, no el ¶{ $guessed }.
search-corrected = Mostrando resultados de: { $query }
search-no-further = { $query } (no hay más resultados)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Lugar
meeting-label-year = Año
meeting-label-dates = Fechas
meeting-label-theme = Tema
meeting-label-host = Anfitrión
meeting-label-chair = Presidencia
meeting-label-participants = Participantes
meeting-label-headcount = Número de participantes
meeting-label-signatories = Firmantes
meeting-label-outcome = Resultado
meeting-label-count = Reuniones
meeting-label-meeting = Reunión
meeting-process = { $label } · el proceso de educación de la ASEM
meeting-all = La declaración menciona { $count } reuniones de ministros de Educación de la ASEM: { $list }. `{ $meetings }` muestra cada una con su tema.
meeting-next = la próxima reunión de ministros de Educación de la ASEM
meeting-future = La declaración no dice nada sobre { $which }: ni dónde ni cuándo se celebrará, ni quién será el anfitrión. Abajo tienes lo más cercano.
# `{ $number }` is the plain number (7).
meeting-summit = la { $number }.ª Cumbre de la ASEM
meeting-before-first = ninguna reunión de ministros de Educación de la ASEM anterior a la primera
meeting-unmentioned = La declaración no menciona { $what }. Menciona: { $named }.
meeting-held = La { $name } ({ $short }) se celebró en { $city } en { $year }.
meeting-its-theme = Su tema: *«{ $theme }»*.
meeting-theme = El tema de la { $short } ({ $city }, { $year }) fue *«{ $theme }»*.
meeting-only-year = La declaración solo da el año: la { $name } ({ $short }) se celebró en { $city } en { $year }; no dice en qué días.
meeting-number = La { $short } de { $city } ({ $year }) fue la { $name }.
meeting-unstated-theme = La declaración no dice cuál fue el tema de la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-host = La declaración no dice quién fue el anfitrión de la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-chair = La declaración no dice quién presidió la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-participants = La declaración no dice quién participó en la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-party = La declaración no enumera uno por uno a quienes participaron en la { $name } ({ $city }, { $year }), así que no dice si estuvo allí aquel por quien preguntas. Abajo tienes lo más cercano.
meeting-unstated-headcount = La declaración no dice cuántos países o personas participaron en la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-signatories = La declaración no dice quién firmó algún documento en la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-unstated-outcome = La declaración no dice qué se adoptó en la { $name } ({ $city }, { $year }). Abajo tienes lo más cercano.
meeting-outcome = La declaración dice que en cada reunión de ministros de Educación de la ASEM, de la 1.ª a la 6.ª, se adoptaron unas Conclusiones de la Presidencia (*Conclusions by the Chair*) que identificaban las prioridades de la ASEM en materia de educación y las iniciativas conjuntas para cada periodo de dos años consecutivos; la { $name } ({ $city }, { $year }) fue una de ellas. La declaración no recoge el contenido de esas conclusiones.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` para un solo dato
meetings-title = El proceso de educación de la ASEM, { $first }–{ $last }
meetings-description = Cómo empezaron las reuniones de ministros de Educación y dónde se celebraron.
meetings-source = Fuente: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Compromisos · { $theme }
commitments-matched = Lo que los ministros se comprometieron a hacer en este tema, de más a menos relacionado, con sus propias palabras.
commitments-overview = Compromisos · { $count } en { $themes } temas
commitments-overview-description = Lo que se comprometieron a hacer los ministros, cada compromiso con la fuerza que le da la declaración (*declare*, *will strive*, *express willingness*…).
commitments-footer = { $title } · pulsa un tema para leerlo, o usa `{ $command }`
commitment-source = — { $paragraph } · en el original: *{ $strength }*

# /glossary
glossary-title = Glosario · { $count } términos
glossary-footer = `{ $command }` explica uno
term-in = En el { $paragraph }
term-used = Aparece en la { $title }: { $paragraphs }

# /about, la visita guiada
tour-footer = Paso { $step } de { $steps } · { $title }
tour-welcome-title = Te damos la bienvenida · ¿Qué es la ASEM?
tour-asem = La **ASEM** ({ $expansion }) es el foro en el que Asia y Europa cooperan.
tour-meeting-title = Esta reunión · { $meeting }
tour-when = Cuándo
tour-where = Dónde
tour-theme = Tema
tour-adopted = Los ministros adoptaron la **{ $title }** ({ $paragraph }), que en su encabezado se titula *{ $subtitle }*.
tour-facts = `{ $facts }` muestra la ficha de la reunión.
tour-declaration-title = La declaración · { $count } párrafos
tour-quote = `{ $example }` publica un párrafo de forma literal.
tour-themes-title = Los temas principales
tour-commitments = `{ $example }` enumera lo que se prometió, con las palabras exactas.
tour-use-title = Cómo usarme
tour-use-ask = `{ $ask }` responde a preguntas hechas con tus propias palabras, p. ej. *¿quién fue el anfitrión de la reunión?* o *¿y los cursos en línea?*
tour-use-search = `{ $search }` muestra los mejores párrafos; pulsa **{ $show }** para leer uno completo.
tour-use-quote = `{ $quote }` publica un párrafo de forma literal, para todos.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` para las fichas de consulta.
tour-use-menu = Haz clic derecho en un mensaje › Aplicaciones › **{ $menu }** para ver con qué está relacionado.
tour-use-help = Mencióname con una pregunta, o usa `{ $help }` para ver todos los comandos.

# /reload (administrators)
reload-title = Recargado
reload-done = Ahora sirvo { $documents } documentos y { $paragraphs } párrafos (leídos e indexados en { $ms } ms).

console-only-you = (solo tú puedes ver esto)
console-no-suggestions = (sin sugerencias)
