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
