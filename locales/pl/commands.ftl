# Polish: the command table as Discord shows it in the command picker.

command-ask = zapytaj
    .description = Zadaj pytanie o Deklarację seulską i otrzymaj akapity, które na nie odpowiadają
option-ask-question = pytanie
    .description = Twoje pytanie, własnymi słowami

command-search = szukaj
    .description = Przeszukaj deklarację i wyświetl najlepsze akapity z wyróżnionymi fragmentami
option-search-query = fraza
    .description = Szukane słowa (literówki i skróty nie przeszkadzają)
option-search-limit = liczba
    .description = Ile akapitów pokazać (1–10, domyślnie 5)

command-quote = cytuj
    .description = Opublikuj dosłowne brzmienie akapitu deklaracji ze wskazaniem źródła
option-quote-paragraph = akapit
    .description = Numer (6), zakres (6-7) lub słowa z danego akapitu

command-facts = fakty
    .description = Najważniejsze fakty o spotkaniu: daty, miejsce, temat, gospodarz, uczestnicy
option-facts-topic = fakt
    .description = Jeden fakt, np. dates, place, theme, host

command-meetings = spotkania
    .description = Kalendarium spotkań ministrów edukacji ASEM w latach 2006–2017

command-commitments = zobowiązania
    .description = Do czego zobowiązali się ministrowie, według tematów, każde z numerem akapitu
option-commitments-theme = temat
    .description = Jeden temat, np. mobility, recognition, ict

command-glossary = słowniczek
    .description = Skróty i programy z deklaracji (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = termin
    .description = Termin lub skrót do objaśnienia

command-about = informacje
    .description = Krótki przewodnik: ASEM, to spotkanie, deklaracja i jak korzystać z bota

command-help = pomoc
    .description = Wszystkie komendy, po jednym wierszu

command-reload = przeładuj
    .description = Administratorzy: przeładuj data/ bez restartu (jeśli nowe dane są błędne, zostają stare)

command-find-in-declaration = Znajdź w deklaracji
