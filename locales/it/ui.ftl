# Italian: what the bot writes in its replies.

help-title = Comandi di asem-bot
help-message-menu = menu del messaggio
help-menu-description = Trova i paragrafi della dichiarazione collegati a un messaggio
help-mention = Menzionami con una domanda e ti risponderò direttamente, come con `{ $ask }`.
help-footer = Risposte tratte dalla Dichiarazione di Seul dell'ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Le risposte citano la dichiarazione nel testo ufficiale in inglese.
