# German: what the bot writes in its replies.

help-title = asem-bot-Befehle
help-message-menu = Nachrichtenmenü
help-menu-description = Findet die Absätze der Erklärung, die zu einer Nachricht passen
help-mention = Erwähne mich mit einer Frage und ich antworte dir direkt darauf – genau wie mit `{ $ask }`.
help-footer = Antworten aus der Seoul-Erklärung von ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Die Antworten zitieren die Erklärung im offiziellen englischen Wortlaut.
