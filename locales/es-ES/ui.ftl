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
