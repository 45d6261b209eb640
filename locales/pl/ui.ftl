# Polish: what the bot writes in its replies.

help-title = Komendy asem-bot
help-message-menu = menu wiadomości
help-menu-description = Znajduje akapity deklaracji związane z wiadomością
help-mention = Oznacz mnie i zadaj pytanie – odpowiem tak samo jak na `{ $ask }`.
help-footer = Odpowiedzi pochodzą z Deklaracji seulskiej ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Odpowiedzi cytują deklarację w jej oficjalnej wersji angielskiej.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Coś nie tak
title-no-match = Brak wyników
title-slow-down = Zwolnij
title-reload-failed = Nie udało się przeładować
title-sorry = Przepraszam
error-empty-line = Wpisz komendę, na przykład `{ $example }`, albo `{ $help }`, żeby zobaczyć listę.
error-unknown-command = Nie ma komendy `/{ $command }`.
error-unknown-option = `{ $command }` nie ma opcji `{ $option }`.
error-missing-option = `{ $command }` wymaga opcji `{ $option }`.
error-bad-number = `{ $option }` przyjmuje liczbę całkowitą od { $min } do { $max }, a nie „{ $given }”.
error-too-long = Tekst w `{ $option }` ma za dużo znaków ({ $length }); przyjmuję maksymalnie { $max }.
error-no-such-paragraph = Nie ma ¶{ $asked }: { $title } ma akapity od ¶1 do ¶{ $count }.
error-range-too-long = ¶{ $first }–{ $last } razem przekraczają limit długości jednej wiadomości Discord.
error-no-match = Nic w deklaracji nie pasuje do „{ $query }”.
error-unknown-choice = Nieznany { $what }: „{ $given }”.
error-unknown-button = Ten przycisk wygasł albo nie należy do mnie.
error-empty-message = W tej wiadomości nie ma tekstu, który da się przeszukać.
error-slow-down-user = Zwolnij trochę: Twój limit komend to { $count } w ciągu { $seconds } s.
error-slow-down-channel = Zwolnij trochę: limit komend na tym kanale to { $count } w ciągu { $seconds } s.
error-not-allowed = `{ $command }` jest tylko dla administratorów bota.
error-reload-failed = Dane nie zostały przeładowane; nadal odpowiadam na podstawie wcześniej wczytanych danych.
error-internal = Coś poszło nie tak po mojej stronie podczas odpowiadania.
hint-help = Wpisz `{ $help }`, żeby zobaczyć wszystkie komendy.
hint-usage = Użycie: `{ $usage }`
hint-example = Na przykład: `{ $example }`
hint-bad-number = Wybierz liczbę od { $min } do { $max }.
hint-too-long = Zostaw tylko najważniejsze słowa, np. `mobilność studentów`.
hint-no-such-paragraph = Wybierz liczbę od 1 do { $count }, zakres, np. `6-7`, albo słowa z akapitu.
hint-range-too-long = Cytuj mniej akapitów naraz, np. `{ $example }`.
hint-no-match = Spróbuj innych słów albo użyj ich mniej.
hint-no-match-topics = Deklaracja porusza m.in. tematy: { $topics }.
hint-about = `{ $about }` pokaże ogólny przegląd.
hint-known = Dostępne: { $known }.
hint-unknown-button = Uruchom komendę jeszcze raz, żeby dostać nowe przyciski.
hint-empty-message = Użyj tego na wiadomości z tekstem; embedów i załączników nie odczytuję.
hint-slow-down = Spróbuj ponownie za { $seconds } s.
hint-not-allowed = Poproś administratora: jego ID użytkownika musi być w ASEM_ADMIN_USER_IDS.
hint-reload-failed = Popraw tę linię w `data/`, a potem uruchom ponownie `{ $reload }` (albo wyślij do procesu SIGHUP).
hint-internal = Spróbuj ponownie za chwilę.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Kiedy odbyło się spotkanie?
example-search-query = uznawanie kwalifikacji

# Przyciski (maksymalnie 80 znaków) i nagłówki wyników wyszukiwania.
button-show = Pokaż ¶{ $paragraph }
button-post-paragraph = Opublikuj ¶{ $paragraph }
button-post = Opublikuj na kanale
button-more = Więcej wyników
button-back = Wstecz
button-next = Dalej
search-title = Wyszukiwanie: { $query }
search-results = Wyniki { $first }–{ $last }, od najlepiej pasujących.
quote-choose-title = Który akapit?
quote-choose = Do „{ $asked }” pasuje kilka akapitów. Naciśnij jeden, żeby opublikować go na kanale; dopóki tego nie zrobisz, nic nie zostanie opublikowane.
menu-title = Powiązane fragmenty deklaracji
menu-for = Dla wiadomości: „{ $message }”

# Podsumowania, /ask, spotkania, /facts, /meetings, /commitments, /glossary, przewodnik (/about) i /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = podsumowania po angielsku
cite-footnote = ¶{ $paragraph }, przypis
cite-heading = nagłówek

# /ask
ask-also = Również w deklaracji
ask-press = Naciśnij przycisk, żeby przeczytać cały akapit
ask-closest = Najbliższe fragmenty deklaracji
ask-closest-footer = Najbliższe fragmenty – { $title }: { $paragraphs }
ask-not-that-paragraph = To ¶{ $found }, nie ¶{ $guessed }.
search-corrected = Wyniki dla: { $query }
search-no-further = { $query } (brak dalszych wyników)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Miejsce
meeting-label-year = Rok
meeting-label-dates = Daty
meeting-label-theme = Temat
meeting-label-host = Gospodarz
meeting-label-chair = Przewodnictwo
meeting-label-participants = Uczestnicy
meeting-label-headcount = Liczba uczestników
meeting-label-signatories = Sygnatariusze
meeting-label-outcome = Wynik
meeting-label-count = Spotkania
meeting-label-meeting = Spotkanie
meeting-process = { $label } · proces edukacyjny ASEM
meeting-all = Spotkania ministrów edukacji ASEM wymienione w deklaracji ({ $count }): { $list }. `{ $meetings }` pokazuje każde z nich wraz z tematem.
meeting-next = następne spotkanie ministrów edukacji ASEM
meeting-future = Deklaracja nie mówi nic o tym, gdzie i kiedy odbędzie się { $which } ani kto będzie gospodarzem. Poniżej najbliższe fragmenty.
# `{ $number }` is the plain number (7).
meeting-summit = { $number }. szczyt ASEM
meeting-before-first = żadne spotkanie ministrów edukacji ASEM przed pierwszym
meeting-unmentioned = W deklaracji nie pojawia się { $what }. Wymienia ona: { $named }.
meeting-held = Spotkanie { $name } ({ $short }) odbyło się w { $year } r. w mieście { $city }.
meeting-its-theme = Temat: *„{ $theme }”*.
meeting-theme = Tematem spotkania { $short } ({ $city }, { $year }) było *„{ $theme }”*.
meeting-only-year = Deklaracja podaje tylko rok: spotkanie { $name } ({ $short }) odbyło się w { $year } r. w mieście { $city }; nie mówi, w jakich dniach.
meeting-number = Spotkanie { $short } w mieście { $city } ({ $year }) to { $name }.
meeting-unstated-theme = Deklaracja nie mówi, jaki był temat spotkania { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-host = Deklaracja nie mówi, kto był gospodarzem spotkania { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-chair = Deklaracja nie mówi, kto przewodniczył spotkaniu { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-participants = Deklaracja nie mówi, kto brał udział w spotkaniu { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-party = Deklaracja nie wymienia z osobna uczestników spotkania { $name } ({ $city }, { $year }), więc nie mówi, czy brał w nim udział ten, o kogo pytasz. Poniżej najbliższe fragmenty.
meeting-unstated-headcount = Deklaracja nie mówi, ile krajów lub osób wzięło udział w spotkaniu { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-signatories = Deklaracja nie mówi, kto cokolwiek podpisał podczas spotkania { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-unstated-outcome = Deklaracja nie mówi, co przyjęto podczas spotkania { $name } ({ $city }, { $year }). Poniżej najbliższe fragmenty.
meeting-outcome = Deklaracja mówi, że na każdym spotkaniu ministrów edukacji ASEM, od 1. do 6., przyjęto Konkluzje przewodniczącego (*Conclusions by the Chair*), wskazujące priorytety ASEM w dziedzinie edukacji i wspólne inicjatywy na każde dwa kolejne lata; spotkanie { $name } ({ $city }, { $year }) było jednym z nich. Deklaracja nie podaje treści tych konkluzji.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` pokaże jeden fakt
meetings-title = Proces edukacyjny ASEM, { $first }–{ $last }
meetings-description = Jak zaczęły się spotkania ministrów edukacji i gdzie się odbywały.
meetings-source = Źródło: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Zobowiązania · { $theme }
commitments-matched = Do czego w tej sprawie zobowiązali się ministrowie – najbardziej pasujące najpierw, ich własnymi słowami.
commitments-overview = Zobowiązania · { $count } w { $themes } tematach
commitments-overview-description = Do czego zobowiązali się ministrowie, każde zobowiązanie z mocą, jaką nadaje mu deklaracja (*declare*, *will strive*, *express willingness*…).
commitments-footer = { $title } · naciśnij temat, żeby go przeczytać, albo użyj `{ $command }`
commitment-source = — { $paragraph } · w oryginale: *{ $strength }*

# /glossary
glossary-title = Słowniczek · terminy: { $count }
glossary-footer = `{ $command }` objaśnia jeden z nich
term-in = W { $paragraph }
term-used = Występuje w: { $title } { $paragraphs }

# /about, przewodnik dla nowych
tour-footer = Krok { $step } z { $steps } · { $title }
tour-welcome-title = Witaj · Czym jest ASEM?
tour-asem = Forum **ASEM** ({ $expansion }) to miejsce współpracy Azji i Europy.
tour-meeting-title = To spotkanie · { $meeting }
tour-when = Kiedy
tour-where = Gdzie
tour-theme = Temat
tour-adopted = Ministrowie przyjęli **{ $title }** ({ $paragraph }), zatytułowaną w nagłówku *{ $subtitle }*.
tour-facts = `{ $facts }` pokazuje kartę spotkania.
tour-declaration-title = Deklaracja · akapity: { $count }
tour-quote = `{ $example }` publikuje akapit słowo w słowo.
tour-themes-title = Główne tematy
tour-commitments = `{ $example }` wymienia, co obiecano, dokładnymi słowami deklaracji.
tour-use-title = Jak ze mnie korzystać
tour-use-ask = `{ $ask }` odpowiada na pytania zadane własnymi słowami, np. *kto był gospodarzem spotkania?* albo *co z kursami online?*
tour-use-search = `{ $search }` wyświetla najlepsze akapity; naciśnij **{ $show }**, żeby przeczytać cały.
tour-use-quote = `{ $quote }` publikuje akapit słowo w słowo, dla wszystkich.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` – karty z informacjami.
tour-use-menu = Kliknij wiadomość prawym przyciskiem › Aplikacje › **{ $menu }**, żeby znaleźć, czego dotyczy.
tour-use-help = Oznacz mnie i zadaj pytanie albo użyj `{ $help }`, żeby zobaczyć wszystkie komendy.

# /reload (administrators)
reload-title = Przeładowano
reload-done = Teraz w użyciu: dokumenty: { $documents }, akapity: { $paragraphs } (wczytane i zaindeksowane w { $ms } ms).

console-only-you = (widoczne tylko dla ciebie)
console-no-suggestions = (brak podpowiedzi)
