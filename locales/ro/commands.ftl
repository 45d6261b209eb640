# Romanian: the command table as Discord shows it in the command picker.

command-ask = întreabă
    .description = Pune o întrebare despre Declarația de la Seul și primește paragrafele care îi răspund
option-ask-question = întrebare
    .description = Întrebarea ta, în cuvintele tale

command-search = caută
    .description = Caută în declarație și afișează cele mai bune paragrafe, cu fragmente evidențiate
option-search-query = termeni
    .description = Cuvinte de căutat (greșelile de tastare și acronimele sunt în regulă)
option-search-limit = număr
    .description = Câte paragrafe să fie afișate (1–10, implicit 5)

command-quote = citează
    .description = Publică un paragraf din declarație cuvânt cu cuvânt, cu trimitere
option-quote-paragraph = paragraf
    .description = Un număr (6), un interval (6-7) sau cuvinte din paragraf

command-facts = fapte
    .description = Date esențiale despre reuniune: perioada, locul, tema, gazda, participanții
option-facts-topic = subiect
    .description = Un singur element, de ex. dates, place, theme, host

command-meetings = reuniuni
    .description = Cronologia reuniunilor miniștrilor educației ASEM, din 2006 până în 2017

command-commitments = angajamente
    .description = Angajamentele miniștrilor, pe teme, fiecare cu paragraful său
option-commitments-theme = temă
    .description = O singură temă, de ex. mobility, recognition, ict

command-glossary = glosar
    .description = Acronime și programe din declarație (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = termen
    .description = Termenul sau acronimul de explicat

command-about = despre
    .description = Scurt tur ghidat: ASEM, această reuniune, declarația și cum se folosește botul

command-help = ajutor
    .description = Toate comenzile, câte un rând fiecare

command-reload = reîncarcă
    .description = Administratori: reîncarcă data/ fără repornire (dacă datele noi sunt greșite, rămân cele vechi)

command-find-in-declaration = Caută în declarație
