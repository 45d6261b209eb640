# Indonesian: what the bot writes in its replies.

help-title = Perintah asem-bot
help-message-menu = menu pesan
help-menu-description = Temukan paragraf deklarasi yang terkait dengan sebuah pesan
help-mention = Mention saya sambil bertanya untuk mendapat jawaban `{ $ask }` sebagai balasan.
help-footer = Jawaban bersumber dari Deklarasi Seoul ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Jawaban mengutip deklarasi dalam teks resminya yang berbahasa Inggris.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Belum tepat
title-no-match = Tidak ditemukan
title-slow-down = Pelan-pelan
title-reload-failed = Gagal memuat ulang
title-sorry = Maaf
error-empty-line = Ketik perintah, misalnya `{ $example }`, atau `{ $help }` untuk melihat daftarnya.
error-unknown-command = Perintah `/{ $command }` tidak ada.
error-unknown-option = `{ $command }` tidak punya opsi `{ $option }`.
error-missing-option = `{ $command }` memerlukan `{ $option }`.
error-bad-number = `{ $option }` harus berupa bilangan bulat dari { $min } sampai { $max }, bukan “{ $given }”.
error-too-long = `{ $option }` panjangnya { $length } karakter; saya hanya menerima paling banyak { $max }.
error-no-such-paragraph = Tidak ada ¶{ $asked }: { $title } memiliki { $count } paragraf, ¶1 sampai ¶{ $count }.
error-range-too-long = ¶{ $first }–{ $last } jika digabung terlalu panjang untuk satu pesan Discord.
error-no-match = Tidak ada bagian deklarasi yang cocok dengan “{ $query }”.
error-unknown-choice = Saya tidak mengenal { $what } “{ $given }”.
error-unknown-button = Tombol ini sudah kedaluwarsa atau bukan milik saya.
error-empty-message = Pesan itu tidak berisi teks yang bisa saya cari.
error-slow-down-user = Pelan-pelan sedikit, ya: Anda bisa menjalankan { $count } perintah setiap { $seconds } detik.
error-slow-down-channel = Pelan-pelan sedikit, ya: di kanal ini hanya bisa dijalankan { $count } perintah setiap { $seconds } detik.
error-not-allowed = `{ $command }` hanya untuk administrator bot.
error-reload-failed = Data gagal dimuat ulang; saya masih menjawab dengan data yang dimuat sebelumnya.
error-internal = Terjadi kesalahan di pihak saya saat menjawab.
hint-help = Ketik `{ $help }` untuk melihat semua perintah.
hint-usage = Cara pakai: `{ $usage }`
hint-example = Contoh: `{ $example }`
hint-bad-number = Pilih angka dari { $min } sampai { $max }.
hint-too-long = Persingkat menjadi kata-kata pentingnya saja, misalnya `mobilitas mahasiswa`.
hint-no-such-paragraph = Pilih angka dari 1 sampai { $count }, rentang seperti `6-7`, atau kata-kata dari paragrafnya.
hint-range-too-long = Kutip lebih sedikit paragraf sekaligus, misalnya `{ $example }`.
hint-no-match = Coba kata lain, atau gunakan lebih sedikit kata.
hint-no-match-topics = Deklarasi ini membahas { $topics }.
hint-about = `{ $about }` memberikan gambaran umum.
hint-known = Yang tersedia: { $known }.
hint-unknown-button = Jalankan perintahnya lagi untuk mendapatkan tombol baru.
hint-empty-message = Gunakan pada pesan yang berisi kata-kata; embed dan lampiran tidak dibaca.
hint-slow-down = Coba lagi dalam { $seconds } detik.
hint-not-allowed = Minta bantuan administrator: ID pengguna mereka harus tercantum di ASEM_ADMIN_USER_IDS.
hint-reload-failed = Perbaiki baris itu di `data/`, lalu jalankan `{ $reload }` lagi (atau kirim SIGHUP ke prosesnya).
hint-internal = Silakan coba lagi sebentar lagi.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Kapan pertemuan itu diadakan?
example-search-query = pengakuan kualifikasi

# Tombol (paling banyak 80 karakter) dan judul hasil pencarian.
button-show = Lihat ¶{ $paragraph }
button-post-paragraph = Kirim ¶{ $paragraph }
button-post = Kirim ke kanal
button-more = Hasil lainnya
button-back = Kembali
button-next = Berikutnya
search-title = Pencarian: { $query }
search-results = Hasil { $first }–{ $last }, yang paling relevan lebih dulu.
quote-choose-title = Paragraf yang mana?
quote-choose = Ada beberapa paragraf yang cocok dengan “{ $asked }”. Tekan salah satunya untuk mengirimnya ke kanal; tidak ada yang dikirim sebelum Anda menekannya.
menu-title = Yang terkait dalam deklarasi
menu-for = Untuk pesan: “{ $message }”
