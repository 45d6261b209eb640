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
search-results = Risultati { $first }–{ $last }, dai più pertinenti.
quote-choose-title = Quale paragrafo?
quote-choose = Più paragrafi corrispondono a «{ $asked }». Premine uno per pubblicarlo nel canale; finché non lo fai, non viene pubblicato nulla.
menu-title = Parti collegate della dichiarazione
menu-for = Per il messaggio: «{ $message }»
