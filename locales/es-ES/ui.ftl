# Spanish (Spain): what the bot writes in its replies.

help-title = Comandos de asem-bot
help-message-menu = menú del mensaje
help-menu-description = Busca los párrafos de la declaración relacionados con un mensaje
help-mention = Mencióname con una pregunta y te contestaré igual que con `{ $ask }`.
help-footer = Respuestas basadas en la Declaración de Seúl de la ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Las respuestas citan la declaración en su texto oficial en inglés.
