# German: what the bot writes in its replies.

help-title = asem-bot-Befehle
help-message-menu = Nachrichtenmenü
help-menu-description = Findet die Absätze der Erklärung, die zu einer Nachricht passen
help-mention = Erwähne mich mit einer Frage und ich antworte dir direkt darauf – genau wie mit `{ $ask }`.
help-footer = Antworten aus der Seoul-Erklärung von ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Die Antworten zitieren die Erklärung im offiziellen englischen Wortlaut.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Nicht ganz
title-no-match = Kein Treffer
title-slow-down = Langsamer, bitte
title-reload-failed = Neuladen fehlgeschlagen
title-sorry = Entschuldigung
error-empty-line = Gib einen Befehl ein, zum Beispiel `{ $example }`, oder `{ $help }` für die Liste.
error-unknown-command = Einen Befehl `/{ $command }` gibt es nicht.
error-unknown-option = `{ $command }` hat keine Option `{ $option }`.
error-missing-option = `{ $command }` braucht `{ $option }`.
error-bad-number = `{ $option }` erwartet eine ganze Zahl von { $min } bis { $max }, nicht „{ $given }“.
error-too-long = `{ $option }` ist { $length } Zeichen lang; ich nehme höchstens { $max }.
error-no-such-paragraph = Einen ¶{ $asked } gibt es nicht: Die { $title } hat { $count } Absätze, ¶1 bis ¶{ $count }.
error-range-too-long = ¶{ $first }–{ $last } zusammen ist länger, als eine Discord-Nachricht fassen kann.
error-no-match = Nichts in der Erklärung passt zu „{ $query }“.
error-unknown-choice = „{ $given }“ ist mir als { $what } nicht bekannt.
error-unknown-button = Dieser Button ist abgelaufen oder gehört nicht zu mir.
error-empty-message = Diese Nachricht enthält keinen Text, den ich durchsuchen kann.
error-slow-down-user = Etwas langsamer, bitte: Du kannst { $count } Befehle pro { $seconds } s ausführen.
error-slow-down-channel = Etwas langsamer, bitte: In diesem Kanal gehen { $count } Befehle pro { $seconds } s.
error-not-allowed = `{ $command }` ist den Administratoren des Bots vorbehalten.
error-reload-failed = Die Daten wurden nicht neu geladen; ich antworte weiter mit den zuvor geladenen Daten.
error-internal = Beim Antworten ist bei mir etwas schiefgelaufen.
hint-help = Gib `{ $help }` ein, um alle Befehle zu sehen.
hint-usage = Verwendung: `{ $usage }`
hint-example = Zum Beispiel: `{ $example }`
hint-bad-number = Wähle eine Zahl von { $min } bis { $max }.
hint-too-long = Kürze es auf die wichtigen Wörter, z. B. `Mobilität von Studierenden`.
hint-no-such-paragraph = Wähle eine Zahl von 1 bis { $count }, einen Bereich wie `6-7` oder Wörter aus dem Absatz.
hint-range-too-long = Zitiere weniger Absätze auf einmal, z. B. `{ $example }`.
hint-no-match = Versuch es mit anderen oder weniger Wörtern.
hint-no-match-topics = Die Erklärung behandelt { $topics }.
hint-about = `{ $about }` gibt dir einen Überblick.
hint-known = Bekannt sind: { $known }.
hint-unknown-button = Führ den Befehl noch einmal aus, dann bekommst du neue Buttons.
hint-empty-message = Nutze es für eine Nachricht mit Text; Embeds und Anhänge lese ich nicht.
hint-slow-down = Versuch es in { $seconds } s noch einmal.
hint-not-allowed = Frag einen Administrator – dessen Benutzer-ID muss in ASEM_ADMIN_USER_IDS stehen.
hint-reload-failed = Korrigiere diese Zeile in `data/` und führ dann `{ $reload }` erneut aus (oder sende dem Prozess SIGHUP).
hint-internal = Bitte versuch es gleich noch einmal.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Wann fand das Treffen statt?
example-search-query = Anerkennung von Abschlüssen

# Buttons (höchstens 80 Zeichen) und die Überschriften der Suchergebnisse.
button-show = ¶{ $paragraph } anzeigen
button-post-paragraph = ¶{ $paragraph } posten
button-post = Im Kanal posten
button-more = Weitere Ergebnisse
button-back = Zurück
button-next = Weiter
search-title = Suche: { $query }
search-results = Ergebnisse { $first }–{ $last }, die besten zuerst.
quote-choose-title = Welcher Absatz?
quote-choose = Mehrere Absätze passen zu „{ $asked }“. Drück auf einen, um ihn im Kanal zu posten; vorher wird nichts gepostet.
menu-title = Passendes aus der Erklärung
menu-for = Zur Nachricht: „{ $message }“
