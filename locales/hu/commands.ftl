# Hungarian: the command table as Discord shows it in the command picker.

command-ask = kérdezz
    .description = Tegyen fel kérdést a Szöuli Nyilatkozatról, és megkapja a választ adó pontokat
option-ask-question = kérdés
    .description = Az Ön kérdése, saját szavaival

command-search = keresés
    .description = Keresés a nyilatkozatban: a legjobb pontok kiemelt részletekkel
option-search-query = kifejezés
    .description = Keresett szavak (az elgépelés és a rövidítés nem gond)
option-search-limit = darabszám
    .description = Hány pont jelenjen meg (1–10, alapértelmezés 5)

command-quote = idézet
    .description = A nyilatkozat egy pontjának szó szerinti közzététele, hivatkozással
option-quote-paragraph = pont
    .description = Szám (6), tartomány (6-7) vagy szavak a pontból

command-facts = tények
    .description = A találkozó fő adatai: időpont, helyszín, téma, házigazda, résztvevők
option-facts-topic = adat
    .description = Egyetlen adat, pl. dates, place, theme, host

command-meetings = találkozók
    .description = Az ASEM oktatási miniszteri találkozóinak idővonala, 2006–2017

command-commitments = vállalások
    .description = A miniszterek vállalásai témánként, mindegyik a saját pontjával
option-commitments-theme = téma
    .description = Egyetlen téma, pl. mobility, recognition, ict

command-glossary = szójegyzék
    .description = A nyilatkozat rövidítései és programjai (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = fogalom
    .description = A magyarázandó fogalom vagy rövidítés

command-about = bemutató
    .description = Rövid bemutató: az ASEM, ez a találkozó, a nyilatkozat és a bot használata

command-help = súgó
    .description = Az összes parancs, mindegyik egy sorban

command-reload = újratöltés
    .description = Adminoknak: a data/ újratöltése újraindítás nélkül (ha az új adat hibás, a régi marad érvényben)

command-find-in-declaration = Keresés a nyilatkozatban
