# Indonesian: what the bot writes in its replies.

help-title = Perintah asem-bot
help-message-menu = menu pesan
help-menu-description = Temukan paragraf deklarasi yang terkait dengan sebuah pesan
help-mention = Mention saya sambil bertanya untuk mendapat jawaban `{ $ask }` sebagai balasan.
help-footer = Jawaban bersumber dari Deklarasi Seoul ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Jawaban mengutip deklarasi dalam teks resminya yang berbahasa Inggris.
