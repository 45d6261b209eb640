# Polish: what the bot writes in its replies.

help-title = Komendy asem-bot
help-message-menu = menu wiadomości
help-menu-description = Znajduje akapity deklaracji związane z wiadomością
help-mention = Oznacz mnie i zadaj pytanie – odpowiem tak samo jak na `{ $ask }`.
help-footer = Odpowiedzi pochodzą z Deklaracji seulskiej ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Odpowiedzi cytują deklarację w jej oficjalnej wersji angielskiej.
