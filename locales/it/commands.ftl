# Italian: the command table as Discord shows it in the command picker.

command-ask = chiedi
    .description = Fai una domanda sulla Dichiarazione di Seul e ricevi i paragrafi che vi rispondono
option-ask-question = domanda
    .description = La tua domanda, con parole tue

command-search = cerca
    .description = Cerca nella dichiarazione ed elenca i paragrafi migliori con estratti evidenziati
option-search-query = parole
    .description = Parole da cercare (refusi e sigle vanno bene)
option-search-limit = numero
    .description = Quanti paragrafi mostrare (1–10, predefinito 5)

command-quote = cita
    .description = Pubblica alla lettera un paragrafo della dichiarazione, con riferimento
option-quote-paragraph = paragrafo
    .description = Un numero (6), un intervallo (6-7) o parole del paragrafo

command-facts = fatti
    .description = I dati principali della riunione: date, luogo, tema, chi l'ha ospitata, partecipanti
option-facts-topic = dato
    .description = Un solo dato, ad es. dates, place, theme, host

command-meetings = riunioni
    .description = Cronologia delle riunioni dei ministri dell'Istruzione ASEM, dal 2006 al 2017

command-commitments = impegni
    .description = Gli impegni presi dai ministri, per tema, ciascuno con il suo paragrafo
option-commitments-theme = tema
    .description = Un solo tema, ad es. mobility, recognition, ict

command-glossary = glossario
    .description = Sigle e programmi della dichiarazione (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = termine
    .description = Il termine o la sigla da spiegare

command-about = info
    .description = Breve visita guidata: l'ASEM, questa riunione, la dichiarazione e come usare il bot

command-help = aiuto
    .description = Tutti i comandi, una riga ciascuno

command-reload = ricarica
    .description = Amministratori: ricarica data/ senza riavvio (se i nuovi dati sono errati restano i vecchi)

command-find-in-declaration = Cerca nella dichiarazione
