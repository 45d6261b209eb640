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

# Ringkasan, /ask, pertemuan, /facts, /meetings, /commitments, /glossary, tur (/about), dan /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = ringkasan dalam bahasa Inggris
cite-footnote = ¶{ $paragraph }, catatan kaki
cite-heading = judul

# /ask
ask-also = Juga dalam deklarasi
ask-press = Tekan tombol untuk membaca satu paragraf secara utuh
ask-closest = Yang paling mendekati dalam deklarasi
ask-closest-footer = Yang paling mendekati dalam { $title }: { $paragraphs }
ask-not-that-paragraph = Itu ¶{ $found }, bukan ¶{ $guessed }.
search-corrected = Menampilkan hasil untuk: { $query }
search-no-further = { $query } (tidak ada hasil lagi)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Tempat
meeting-label-year = Tahun
meeting-label-dates = Tanggal
meeting-label-theme = Tema
meeting-label-host = Tuan rumah
meeting-label-chair = Ketua
meeting-label-participants = Peserta
meeting-label-headcount = Jumlah peserta
meeting-label-signatories = Penanda tangan
meeting-label-outcome = Hasil
meeting-label-count = Jumlah pertemuan
meeting-label-meeting = Pertemuan
meeting-process = { $label } · proses kerja sama pendidikan ASEM
meeting-all = Deklarasi menyebut { $count } Pertemuan Menteri Pendidikan ASEM: { $list }. `{ $meetings }` menampilkan masing-masing beserta temanya.
meeting-next = Pertemuan Menteri Pendidikan ASEM berikutnya
meeting-future = Deklarasi tidak menyebut apa pun tentang { $which }: di mana, kapan, atau siapa tuan rumahnya. Yang paling mendekati ada di bawah.
# `{ $number }` is the plain number (7).
meeting-summit = KTT ASEM ke-{ $number }
meeting-before-first = Pertemuan Menteri Pendidikan ASEM sebelum yang pertama
meeting-unmentioned = Deklarasi tidak menyebut { $what }. Yang disebut: { $named }.
meeting-held = { $name } ({ $short }) diadakan di { $city } pada tahun { $year }.
meeting-its-theme = Temanya: *“{ $theme }”*.
meeting-theme = Tema { $short } ({ $city }, { $year }) adalah *“{ $theme }”*.
meeting-only-year = Deklarasi hanya menyebut tahunnya: { $name } ({ $short }) diadakan di { $city } pada tahun { $year }; tanggal pastinya tidak disebutkan.
meeting-number = { $short } di { $city } ({ $year }) adalah { $name }.
meeting-unstated-theme = Deklarasi tidak menyebut apa tema { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-host = Deklarasi tidak menyebut siapa tuan rumah { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-chair = Deklarasi tidak menyebut siapa yang mengetuai { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-participants = Deklarasi tidak menyebut siapa saja yang ikut serta dalam { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-party = Deklarasi tidak menyebut satu per satu siapa yang ikut serta dalam { $name } ({ $city }, { $year }), jadi tidak disebutkan apakah pihak yang Anda tanyakan hadir. Yang paling mendekati ada di bawah.
meeting-unstated-headcount = Deklarasi tidak menyebut berapa negara atau orang yang ikut serta dalam { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-signatories = Deklarasi tidak menyebut siapa yang menandatangani apa pun dalam { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-unstated-outcome = Deklarasi tidak menyebut apa yang diadopsi dalam { $name } ({ $city }, { $year }). Yang paling mendekati ada di bawah.
meeting-outcome = Deklarasi menyebut bahwa pada setiap Pertemuan Menteri Pendidikan ASEM, dari yang ke-1 hingga ke-6, diadopsi Kesimpulan Ketua (Conclusions by the Chair) yang mengidentifikasi prioritas pendidikan ASEM dan inisiatif bersama untuk setiap dua tahun berturut-turut; { $name } ({ $city }, { $year }) adalah salah satu pertemuan tersebut. Deklarasi tidak menyebut isi kesimpulan itu.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` untuk satu fakta
meetings-title = Proses kerja sama pendidikan ASEM, { $first }–{ $last }
meetings-description = Bagaimana pertemuan para menteri pendidikan bermula dan di mana saja diadakan.
meetings-source = Sumber: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Komitmen · { $theme }
commitments-matched = Komitmen para menteri tentang hal ini, yang paling terkait lebih dulu, dengan kata-kata mereka sendiri.
commitments-overview = Komitmen · { $count } dalam { $themes } tema
commitments-overview-description = Komitmen para menteri, masing-masing dengan tingkat kekuatan sesuai kata kerja dalam deklarasi (declare, will strive, express willingness…).
commitments-footer = { $title } · tekan sebuah tema untuk membacanya, atau gunakan `{ $command }`
commitment-source = — { $paragraph } · bunyi aslinya: *{ $strength }*

# /glossary
glossary-title = Glosarium · { $count } istilah
glossary-footer = `{ $command }` menjelaskan satu istilah
term-in = Dalam { $paragraph }
term-used = Dipakai dalam { $title } { $paragraphs }

# /about, tur untuk pengguna baru
tour-footer = Langkah { $step } dari { $steps } · { $title }
tour-welcome-title = Selamat datang · Apa itu ASEM?
tour-asem = Forum **ASEM** ({ $expansion }) adalah wadah kerja sama Asia dan Eropa.
tour-meeting-title = Pertemuan ini · { $meeting }
tour-when = Kapan
tour-where = Di mana
tour-theme = Tema
tour-adopted = Para menteri mengesahkan **{ $title }** ({ $paragraph }), yang pada bagian judulnya berbunyi *{ $subtitle }*.
tour-facts = `{ $facts }` menampilkan kartu info pertemuan.
tour-declaration-title = Deklarasi · { $count } paragraf
tour-quote = `{ $example }` mengirim satu paragraf kata demi kata.
tour-themes-title = Tema-tema utama
tour-commitments = `{ $example }` menampilkan apa saja yang dijanjikan, lengkap dengan kata-kata persisnya.
tour-use-title = Cara memakai saya
tour-use-ask = `{ $ask }` menjawab pertanyaan yang Anda ajukan dengan kata-kata sendiri, misalnya *siapa tuan rumah pertemuan itu?* atau *bagaimana dengan kursus daring?*
tour-use-search = `{ $search }` menampilkan paragraf terbaik; tekan **{ $show }** untuk membaca satu paragraf secara utuh.
tour-use-quote = `{ $quote }` mengirim satu paragraf kata demi kata, untuk semua orang.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` untuk kartu referensi.
tour-use-menu = Klik kanan sebuah pesan › Aplikasi › **{ $menu }** untuk menemukan bagian yang terkait dengannya.
tour-use-help = Mention saya sambil bertanya, atau gunakan `{ $help }` untuk melihat semua perintah.

# /reload (administrators)
reload-title = Dimuat ulang
reload-done = Sekarang melayani { $documents } dokumen, { $paragraphs } paragraf (dibaca dan diindeks dalam { $ms } ms).

console-only-you = (hanya kamu yang dapat melihat ini)
console-no-suggestions = (tidak ada saran)
