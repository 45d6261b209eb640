# Greek: the command table as Discord shows it in the command picker.

command-ask = ρώτα
    .description = Κάντε μια ερώτηση για τη Διακήρυξη της Σεούλ και δείτε τις παραγράφους που απαντούν
option-ask-question = ερώτηση
    .description = Η ερώτησή σας, με δικά σας λόγια

command-search = αναζήτηση
    .description = Αναζήτηση στη διακήρυξη: οι καλύτερες παράγραφοι με επισημασμένα αποσπάσματα
option-search-query = λέξεις
    .description = Λέξεις προς αναζήτηση (τα ορθογραφικά λάθη και τα ακρωνύμια δεν πειράζουν)
option-search-limit = πλήθος
    .description = Πόσες παράγραφοι θα εμφανιστούν (1–10, προεπιλογή 5)

command-quote = παράθεση
    .description = Δημοσιεύει αυτολεξεί μια παράγραφο της διακήρυξης, με παραπομπή
option-quote-paragraph = παράγραφος
    .description = Αριθμός (6), εύρος (6-7) ή λέξεις από την παράγραφο

command-facts = στοιχεία
    .description = Βασικά στοιχεία της συνόδου: ημερομηνίες, τόπος, θέμα, διοργανωτής, συμμετέχοντες
option-facts-topic = στοιχείο
    .description = Ένα στοιχείο, π.χ. dates, place, theme, host

command-meetings = σύνοδοι
    .description = Το χρονολόγιο των Συνόδων Υπουργών Παιδείας της ASEM, από το 2006 έως το 2017

command-commitments = δεσμεύσεις
    .description = Οι δεσμεύσεις των υπουργών ανά θέμα, η καθεμία με την παράγραφό της
option-commitments-theme = θέμα
    .description = Ένα θέμα, π.χ. mobility, recognition, ict

command-glossary = γλωσσάριο
    .description = Ακρωνύμια και προγράμματα της διακήρυξης (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = όρος
    .description = Ο όρος ή το ακρωνύμιο προς επεξήγηση

command-about = πληροφορίες
    .description = Σύντομη ξενάγηση: η ASEM, αυτή η σύνοδος, η διακήρυξη και η χρήση του bot

command-help = βοήθεια
    .description = Όλες οι εντολές, μία γραμμή η καθεμία

command-reload = επαναφόρτωση
    .description = Διαχειριστές: επαναφόρτωση του data/ χωρίς επανεκκίνηση (αν τα νέα είναι λάθος, μένουν τα παλιά)

command-find-in-declaration = Εύρεση στη διακήρυξη
