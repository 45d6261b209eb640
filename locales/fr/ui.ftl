# French: what the bot writes in its replies.

help-title = Commandes d'asem-bot
help-message-menu = menu du message
help-menu-description = Trouve les paragraphes de la déclaration liés à un message
help-mention = Mentionne-moi avec une question et je te répondrai directement, comme avec `{ $ask }`.
help-footer = Réponses tirées de la Déclaration de Séoul de l'ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Les réponses citent la déclaration dans son texte officiel en anglais.
