# German: the command table as Discord shows it in the command picker.

command-ask = fragen
    .description = Stelle eine Frage zur Seoul-Erklärung und erhalte die Absätze, die sie beantworten
option-ask-question = frage
    .description = Deine Frage, in deinen eigenen Worten

command-search = suche
    .description = Durchsucht die Erklärung und listet die besten Absätze mit markierten Textstellen
option-search-query = begriffe
    .description = Suchbegriffe (Tippfehler und Abkürzungen sind kein Problem)
option-search-limit = anzahl
    .description = Wie viele Absätze angezeigt werden (1–10, Standard 5)

command-quote = zitat
    .description = Postet einen Absatz der Erklärung im Wortlaut, mit Quellenangabe
option-quote-paragraph = absatz
    .description = Eine Nummer (6), ein Bereich (6-7) oder Wörter aus dem Absatz

command-facts = fakten
    .description = Die wichtigsten Fakten zum Treffen: Datum, Ort, Thema, Gastgeber, Teilnehmende
option-facts-topic = thema
    .description = Ein einzelner Fakt, z. B. dates, place, theme, host

command-meetings = treffen
    .description = Chronologie der ASEM-Bildungsministertreffen, 2006 bis 2017

command-commitments = zusagen
    .description = Wozu sich die Minister verpflichtet haben, nach Thema, jeweils mit Absatz
option-commitments-theme = thema
    .description = Ein einzelnes Thema, z. B. mobility, recognition, ict

command-glossary = glossar
    .description = Abkürzungen und Programme der Erklärung (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = begriff
    .description = Der Begriff oder die Abkürzung, die erklärt werden soll

command-about = info
    .description = Kurze Einführung: ASEM, dieses Treffen, die Erklärung und wie man diesen Bot nutzt

command-help = hilfe
    .description = Alle Befehle, je eine Zeile

command-reload = neu-laden
    .description = Admins: data/ ohne Neustart neu laden (sind die neuen Daten fehlerhaft, bleiben die alten aktiv)

command-find-in-declaration = In der Erklärung suchen
