# Croatian: the command table as Discord shows it in the command picker.

command-ask = pitaj
    .description = Postavi pitanje o Seulskoj deklaraciji i dobij točke koje na njega odgovaraju
option-ask-question = pitanje
    .description = Tvoje pitanje, tvojim riječima

command-search = traži
    .description = Pretraži deklaraciju i prikaži najbolje točke s istaknutim isječcima
option-search-query = pojmovi
    .description = Riječi za pretragu (pogreške pri tipkanju i kratice su u redu)
option-search-limit = broj
    .description = Koliko točaka prikazati (1–10, zadano 5)

command-quote = citiraj
    .description = Objavi točku deklaracije doslovno, s navodom izvora
option-quote-paragraph = točka
    .description = Broj (6), raspon (6-7) ili riječi iz točke

command-facts = činjenice
    .description = Ključni podaci o sastanku: datumi, mjesto, tema, domaćin, sudionici
option-facts-topic = podatak
    .description = Jedan podatak, npr. dates, place, theme, host

command-meetings = sastanci
    .description = Kronologija sastanaka ministara obrazovanja ASEM-a, od 2006. do 2017.

command-commitments = obveze
    .description = Na što su se ministri obvezali, po temama, svaka s pripadajućom točkom
option-commitments-theme = tema
    .description = Jedna tema, npr. mobility, recognition, ict

command-glossary = pojmovnik
    .description = Kratice i programi iz deklaracije (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = pojam
    .description = Pojam ili kratica koju treba objasniti

command-about = uvod
    .description = Kratki vodič: ASEM, ovaj sastanak, deklaracija i kako koristiti ovog bota

command-help = pomoć
    .description = Sve naredbe, svaka u jednom retku

command-reload = ponovno-učitaj
    .description = Administratori: ponovno učitaj data/ bez restarta (ako su novi podaci neispravni, ostaju stari)

command-find-in-declaration = Pronađi u deklaraciji
