# Italian: what the bot writes in its replies.

help-title = Comandi di asem-bot
help-message-menu = menu del messaggio
help-menu-description = Trova i paragrafi della dichiarazione collegati a un messaggio
help-mention = Menzionami con una domanda e ti risponderò direttamente, come con `{ $ask }`.
help-footer = Risposte tratte dalla Dichiarazione di Seul dell'ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Le risposte citano la dichiarazione nel testo ufficiale in inglese.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Non proprio
title-no-match = Nessun risultato
title-slow-down = Rallenta
title-reload-failed = Ricaricamento non riuscito
title-sorry = Mi dispiace
error-empty-line = Scrivi un comando, per esempio `{ $example }`, oppure `{ $help }` per l'elenco.
error-unknown-command = Il comando `/{ $command }` non esiste.
error-unknown-option = `{ $command }` non ha l'opzione `{ $option }`.
error-missing-option = `{ $command }` richiede `{ $option }`.
error-bad-number = `{ $option }` accetta un numero intero da { $min } a { $max }, non «{ $given }».
error-too-long = `{ $option }` è lungo { $length } caratteri; al massimo ne accetto { $max }.
error-no-such-paragraph = Il ¶{ $asked } non esiste: la { $title } ha { $count } paragrafi, dal ¶1 al ¶{ $count }.
error-range-too-long = I ¶{ $first }–{ $last } insieme non stanno in un solo messaggio di Discord.
error-no-match = Nella dichiarazione non c'è nulla che corrisponda a «{ $query }».
error-unknown-choice = Non conosco il { $what } «{ $given }».
error-unknown-button = Questo pulsante è scaduto o non è mio.
error-empty-message = Quel messaggio non ha testo in cui io possa cercare.
error-slow-down-user = Rallenta un po': puoi usare { $count } comandi ogni { $seconds } s.
error-slow-down-channel = Rallenta un po': in questo canale si possono usare { $count } comandi ogni { $seconds } s.
error-not-allowed = `{ $command }` è riservato agli amministratori del bot.
error-reload-failed = I dati non sono stati ricaricati; continuo a rispondere con quelli caricati prima.
error-internal = Qualcosa è andato storto da parte mia mentre rispondevo.
hint-help = Scrivi `{ $help }` per vedere tutti i comandi.
hint-usage = Uso: `{ $usage }`
hint-example = Per esempio: `{ $example }`
hint-bad-number = Scegli un numero da { $min } a { $max }.
hint-too-long = Riducilo alle parole essenziali, per esempio `mobilità degli studenti`.
hint-no-such-paragraph = Scegli un numero da 1 a { $count }, un intervallo come `6-7` o delle parole del paragrafo.
hint-range-too-long = Cita meno paragrafi alla volta, per esempio `{ $example }`.
hint-no-match = Prova con altre parole, o con meno parole.
hint-no-match-topics = La dichiarazione parla di { $topics }.
hint-about = `{ $about }` ti dà una panoramica.
hint-known = Conosco: { $known }.
hint-unknown-button = Esegui di nuovo il comando per avere pulsanti nuovi.
hint-empty-message = Usalo su un messaggio che contiene del testo; embed e allegati non li leggo.
hint-slow-down = Riprova tra { $seconds } s.
hint-not-allowed = Chiedi a un amministratore: il suo ID utente deve essere in ASEM_ADMIN_USER_IDS.
hint-reload-failed = Correggi quella riga in `data/`, poi esegui di nuovo `{ $reload }` (o invia SIGHUP al processo).
hint-internal = Riprova tra un momento.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Quando si è svolta la riunione?
example-search-query = riconoscimento dei titoli di studio

# Pulsanti (al massimo 80 caratteri) e titoli dei risultati di ricerca.
button-show = Mostra ¶{ $paragraph }
button-post-paragraph = Pubblica ¶{ $paragraph }
button-post = Pubblica nel canale
button-more = Altri risultati
button-back = Indietro
button-next = Avanti
search-title = Ricerca: { $query }
search-results = Risultati { $first }–{ $last }, in ordine di pertinenza.
quote-choose-title = Quale paragrafo?
quote-choose = Più paragrafi corrispondono a «{ $asked }». Premine uno per pubblicarlo nel canale; finché non lo fai, non viene pubblicato nulla.
menu-title = Parti collegate della dichiarazione
menu-for = Per il messaggio: «{ $message }»

# Riepiloghi, /ask, riunioni, /facts, /meetings, /commitments, /glossary, la visita guidata (/about) e /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = riepiloghi in inglese
cite-footnote = ¶{ $paragraph }, nota a piè di pagina
cite-heading = titolo

# /ask
ask-also = Anche nella dichiarazione
ask-press = Premi un pulsante per leggere un paragrafo per intero
ask-closest = I passi più vicini nella dichiarazione
ask-closest-footer = I passi più vicini nella { $title }: { $paragraphs }
ask-not-that-paragraph = È il ¶{ $found }, non il ¶{ $guessed }.
search-corrected = Risultati per: { $query }
search-no-further = { $query } (nessun altro risultato)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Luogo
meeting-label-year = Anno
meeting-label-dates = Date
meeting-label-theme = Tema
meeting-label-host = Ospitante
meeting-label-chair = Presidenza
meeting-label-participants = Partecipanti
meeting-label-headcount = Numero di partecipanti
meeting-label-signatories = Firmatari
meeting-label-outcome = Esito
meeting-label-count = Riunioni
meeting-label-meeting = Riunione
meeting-process = { $label } · il processo ASEM per l'istruzione
meeting-all = La dichiarazione nomina { $count } riunioni dei ministri dell'Istruzione ASEM: { $list }. `{ $meetings }` le mostra una per una con il loro tema.
meeting-next = la prossima riunione dei ministri dell'Istruzione ASEM
meeting-future = Per { $which } la dichiarazione non dice nulla: né dove, né quando, né chi la ospiterà. Qui sotto trovi i passi più vicini.
# `{ $number }` is the plain number (7).
meeting-summit = il { $number }º Vertice ASEM
meeting-before-first = nessuna riunione dei ministri dell'Istruzione ASEM precedente alla prima
meeting-unmentioned = La dichiarazione non menziona { $what }. Nomina: { $named }.
meeting-held = { $name } ({ $short }) ha avuto luogo a { $city } nel { $year }.
meeting-its-theme = Tema: *«{ $theme }»*.
meeting-theme = Il tema di { $short } ({ $city }, { $year }) era *«{ $theme }»*.
meeting-only-year = La dichiarazione indica solo l'anno: { $name } ({ $short }) ha avuto luogo a { $city } nel { $year }; non dice in quali giorni.
meeting-number = Il nome completo di { $short } ({ $city }, { $year }) è { $name }.
meeting-unstated-theme = La dichiarazione non dice quale fosse il tema di { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-host = La dichiarazione non dice chi abbia ospitato { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-chair = La dichiarazione non dice chi abbia presieduto { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-participants = La dichiarazione non dice chi abbia partecipato a { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-party = La dichiarazione non elenca uno per uno i partecipanti a { $name } ({ $city }, { $year }), quindi non dice se fosse presente chi intendi. Qui sotto trovi i passi più vicini.
meeting-unstated-headcount = La dichiarazione non dice quanti paesi o quante persone abbiano partecipato a { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-signatories = La dichiarazione non dice chi abbia firmato qualcosa in occasione di { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-unstated-outcome = La dichiarazione non dice che cosa sia stato adottato in occasione di { $name } ({ $city }, { $year }). Qui sotto trovi i passi più vicini.
meeting-outcome = La dichiarazione dice che a ogni riunione dei ministri dell'Istruzione ASEM, dalla 1ª alla 6ª, sono state adottate Conclusioni della Presidenza (*Conclusions by the Chair*) che individuavano le priorità ASEM per l'istruzione e le iniziative comuni per ogni periodo di due anni successivi; { $name } ({ $city }, { $year }) è stata una di queste riunioni. La dichiarazione non ne riporta il contenuto.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` per un solo dato
meetings-title = Il processo ASEM per l'istruzione, { $first }–{ $last }
meetings-description = Come sono nate le riunioni dei ministri dell'Istruzione e dove si sono tenute.
meetings-source = Fonte: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Impegni · { $theme }
commitments-matched = Gli impegni presi dai ministri su questo punto, in ordine di pertinenza, con le loro stesse parole.
commitments-overview = Impegni · { $count } in { $themes } temi
commitments-overview-description = Gli impegni presi dai ministri, ciascuno con la forza che gli dà la dichiarazione (*declare*, *will strive*, *express willingness*…).
commitments-footer = { $title } · premi un tema per leggerlo, oppure usa `{ $command }`
commitment-source = — { $paragraph } · testo originale: *{ $strength }*

# /glossary
glossary-title = Glossario · { $count } termini
glossary-footer = `{ $command }` ne spiega uno
term-in = Nel { $paragraph }
term-used = Usato nella { $title }: { $paragraphs }

# /about, la visita guidata
tour-footer = Passo { $step } di { $steps } · { $title }
tour-welcome-title = Benvenuti · Che cos'è l'ASEM?
tour-asem = L'**ASEM** ({ $expansion }) è il foro in cui Asia ed Europa cooperano.
tour-meeting-title = Questa riunione · { $meeting }
tour-when = Quando
tour-where = Dove
tour-theme = Tema
tour-adopted = I ministri hanno adottato la **{ $title }** ({ $paragraph }), che nell'intestazione porta il titolo *{ $subtitle }*.
tour-facts = `{ $facts }` mostra la scheda della riunione.
tour-declaration-title = La dichiarazione · { $count } paragrafi
tour-quote = `{ $example }` pubblica un paragrafo alla lettera.
tour-themes-title = I temi principali
tour-commitments = `{ $example }` elenca che cosa è stato promesso, con le parole esatte.
tour-use-title = Come usarmi
tour-use-ask = `{ $ask }` risponde alle domande fatte con parole tue, per esempio *chi ha ospitato la riunione?* o *e i corsi online?*
tour-use-search = `{ $search }` elenca i paragrafi migliori; premi **{ $show }** per leggerne uno per intero.
tour-use-quote = `{ $quote }` pubblica un paragrafo alla lettera, visibile a tutti.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` per le schede di consultazione.
tour-use-menu = Clic destro su un messaggio › App › **{ $menu }** per trovare a che cosa si riferisce.
tour-use-help = Menzionami con una domanda, oppure usa `{ $help }` per vedere tutti i comandi.

# /reload (administrators)
reload-title = Ricaricato
reload-done = Ora in uso: { $documents } documenti, { $paragraphs } paragrafi (letti e indicizzati in { $ms } ms).

console-only-you = (visibile solo a te)
console-no-suggestions = (nessun suggerimento)
