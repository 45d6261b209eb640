# Indonesian: the command table as Discord shows it in the command picker.

command-ask = tanya
    .description = Ajukan pertanyaan tentang Deklarasi Seoul dan dapatkan paragraf yang menjawabnya
option-ask-question = pertanyaan
    .description = Pertanyaan Anda, dengan kata-kata sendiri

command-search = cari
    .description = Cari di deklarasi dan tampilkan paragraf terbaik dengan cuplikan yang disorot
option-search-query = kata-kunci
    .description = Kata yang dicari (salah ketik dan singkatan tidak masalah)
option-search-limit = jumlah
    .description = Jumlah paragraf yang ditampilkan (1–10, bawaan 5)

command-quote = kutip
    .description = Kirim satu paragraf deklarasi kata demi kata, lengkap dengan sumbernya
option-quote-paragraph = paragraf
    .description = Nomor (6), rentang (6-7), atau kata dari paragraf

command-facts = fakta
    .description = Fakta utama pertemuan: tanggal, tempat, tema, tuan rumah, peserta
option-facts-topic = topik
    .description = Satu fakta, mis. dates, place, theme, host

command-meetings = pertemuan
    .description = Linimasa Pertemuan Menteri Pendidikan ASEM, 2006 hingga 2017

command-commitments = komitmen
    .description = Komitmen para menteri per tema, masing-masing dengan paragrafnya
option-commitments-theme = tema
    .description = Satu tema, mis. mobility, recognition, ict

command-glossary = glosarium
    .description = Singkatan dan program dalam deklarasi (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = istilah
    .description = Istilah atau singkatan yang ingin dijelaskan

command-about = tentang
    .description = Tur singkat: ASEM, pertemuan ini, deklarasi, dan cara memakai bot ini

command-help = bantuan
    .description = Semua perintah, masing-masing satu baris

command-reload = muat-ulang
    .description = Admin: muat ulang data/ tanpa restart (jika data baru rusak, data lama tetap dipakai)

command-find-in-declaration = Cari di deklarasi
