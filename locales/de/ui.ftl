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
error-range-too-long = ¶{ $first }–{ $last } sind zusammen länger, als eine Discord-Nachricht fassen kann.
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

# Zusammenfassungen, /ask, Treffen, /facts, /meetings, /commitments, /glossary, die Tour (/about) und /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = Zusammenfassungen auf Englisch
cite-footnote = ¶{ $paragraph }, Fußnote
cite-heading = Überschrift

# /ask
ask-also = Außerdem in der Erklärung
ask-press = Drück auf einen Button, um einen Absatz ganz zu lesen
ask-closest = Die nächstliegenden Stellen der Erklärung
ask-closest-footer = Nächstliegende Stellen in der { $title }: { $paragraphs }
ask-not-that-paragraph = Das ist ¶{ $found }, nicht ¶{ $guessed }.
search-corrected = Ergebnisse für: { $query }
search-no-further = { $query } (keine weiteren Ergebnisse)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Ort
meeting-label-year = Jahr
meeting-label-dates = Datum
meeting-label-theme = Thema
meeting-label-host = Gastgeber
meeting-label-chair = Vorsitz
meeting-label-participants = Teilnehmende
meeting-label-headcount = Teilnehmerzahl
meeting-label-signatories = Unterzeichner
meeting-label-outcome = Ergebnis
meeting-label-count = Anzahl der Treffen
meeting-label-meeting = Treffen
meeting-process = { $label } · der ASEM-Bildungsprozess
meeting-all = Die Erklärung nennt { $count } ASEM-Bildungsministertreffen: { $list }. `{ $meetings }` zeigt jedes mit seinem Thema.
meeting-next = das nächste ASEM-Bildungsministertreffen
meeting-future = Die Erklärung sagt nichts über { $which }: weder wo noch wann es stattfindet noch wer Gastgeber ist. Am ehesten passen die Absätze unten.
# `{ $number }` is the plain number (7).
meeting-summit = der { $number }. ASEM-Gipfel
meeting-before-first = ein etwaiges ASEM-Bildungsministertreffen vor dem ersten
meeting-unmentioned = In der Erklärung kommt { $what } nicht vor. Sie nennt: { $named }.
meeting-held = { $name } ({ $short }) fand { $year } in { $city } statt.
meeting-its-theme = Thema: *„{ $theme }“*.
meeting-theme = Das Thema von { $short } ({ $city }, { $year }) lautete *„{ $theme }“*.
meeting-only-year = Die Erklärung nennt nur das Jahr: { $name } ({ $short }) fand { $year } in { $city } statt; an welchen Tagen, sagt sie nicht.
meeting-number = { $short } in { $city } ({ $year }) war das { $name }.
meeting-unstated-theme = Die Erklärung sagt nicht, welches Thema { $name } ({ $city }, { $year }) hatte. Am ehesten passen die Absätze unten.
meeting-unstated-host = Die Erklärung sagt nicht, wer Gastgeber von { $name } ({ $city }, { $year }) war. Am ehesten passen die Absätze unten.
meeting-unstated-chair = Die Erklärung sagt nicht, wer bei { $name } ({ $city }, { $year }) den Vorsitz führte. Am ehesten passen die Absätze unten.
meeting-unstated-participants = Die Erklärung sagt nicht, wer an { $name } ({ $city }, { $year }) teilgenommen hat. Am ehesten passen die Absätze unten.
meeting-unstated-party = Die Erklärung zählt nicht einzeln auf, wer an { $name } ({ $city }, { $year }) teilgenommen hat, und sagt daher nicht, ob derjenige, nach dem du fragst, dabei war. Am ehesten passen die Absätze unten.
meeting-unstated-headcount = Die Erklärung sagt nicht, wie viele Länder oder Personen an { $name } ({ $city }, { $year }) teilgenommen haben. Am ehesten passen die Absätze unten.
meeting-unstated-signatories = Die Erklärung sagt nicht, wer bei { $name } ({ $city }, { $year }) etwas unterzeichnet hat. Am ehesten passen die Absätze unten.
meeting-unstated-outcome = Die Erklärung sagt nicht, was bei { $name } ({ $city }, { $year }) angenommen wurde. Am ehesten passen die Absätze unten.
meeting-outcome = Die Erklärung sagt, dass auf jedem ASEM-Bildungsministertreffen, vom 1. bis zum 6., Schlussfolgerungen des Vorsitzes (*Conclusions by the Chair*) angenommen wurden, die die ASEM-Bildungsprioritäten und gemeinsamen Initiativen für jeweils zwei aufeinanderfolgende Jahre benannten; { $name } ({ $city }, { $year }) war eines davon. Deren Inhalt gibt die Erklärung nicht wieder.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` für einen einzelnen Fakt
meetings-title = Der ASEM-Bildungsprozess, { $first }–{ $last }
meetings-description = Wie die Treffen der Bildungsminister begannen und wo sie stattfanden.
meetings-source = Quelle: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Zusagen · { $theme }
commitments-matched = Was die Minister dazu zugesagt haben, das Passendste zuerst, in ihren eigenen Worten.
commitments-overview = Zusagen · { $count } in { $themes } Themen
commitments-overview-description = Wozu sich die Minister verpflichtet haben, jeweils so verbindlich, wie die Erklärung es formuliert (*declare*, *will strive*, *express willingness* …).
commitments-footer = { $title } · Drück auf ein Thema, um es zu lesen, oder nutze `{ $command }`
commitment-source = — { $paragraph } · Wortlaut: *{ $strength }*

# /glossary
glossary-title = Glossar · { $count } Begriffe
glossary-footer = `{ $command }` erklärt einen Begriff
term-in = In { $paragraph }
term-used = Vorkommen: { $title } { $paragraphs }

# /about, die Tour für Neue
tour-footer = Schritt { $step } von { $steps } · { $title }
tour-welcome-title = Willkommen · Was ist ASEM?
tour-asem = Im Forum **ASEM** ({ $expansion }) arbeiten Asien und Europa zusammen.
tour-meeting-title = Dieses Treffen · { $meeting }
tour-when = Wann
tour-where = Wo
tour-theme = Thema
tour-adopted = Die Minister verabschiedeten die **{ $title }** ({ $paragraph }); ihre Überschrift lautet *{ $subtitle }*.
tour-facts = `{ $facts }` zeigt den Steckbrief des Treffens.
tour-declaration-title = Die Erklärung · { $count } Absätze
tour-quote = `{ $example }` postet einen Absatz im Wortlaut.
tour-themes-title = Die wichtigsten Themen
tour-commitments = `{ $example }` listet auf, was zugesagt wurde – im genauen Wortlaut.
tour-use-title = So nutzt du mich
tour-use-ask = `{ $ask }` beantwortet Fragen, die du in eigenen Worten stellst, z. B. *Wer war Gastgeber des Treffens?* oder *Was steht zu Online-Kursen drin?*
tour-use-search = `{ $search }` listet die besten Absätze; drück **{ $show }**, um einen ganz zu lesen.
tour-use-quote = `{ $quote }` postet einen Absatz im Wortlaut, für alle sichtbar.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` zeigen die Übersichtskarten.
tour-use-menu = Rechtsklick auf eine Nachricht › Apps › **{ $menu }** zeigt, worauf sie sich in der Erklärung bezieht.
tour-use-help = Erwähne mich mit einer Frage oder nutze `{ $help }` für alle Befehle.

# /reload (administrators)
reload-title = Neu geladen
reload-done = Jetzt im Einsatz: { $documents } Dokumente, { $paragraphs } Absätze (gelesen und indexiert in { $ms } ms).

console-only-you = (nur für dich sichtbar)
console-no-suggestions = (keine Vorschläge)
