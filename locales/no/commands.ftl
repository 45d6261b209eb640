# Norwegian (Bokmål): the command table as Discord shows it in the command picker.

command-ask = spør
    .description = Still et spørsmål om Seoul-erklæringen og få avsnittene som svarer på det
option-ask-question = spørsmål
    .description = Spørsmålet ditt, med dine egne ord

command-search = søk
    .description = Søk i erklæringen og få de beste avsnittene med uthevede utdrag
option-search-query = søkeord
    .description = Ord å søke etter (skrivefeil og forkortelser går fint)
option-search-limit = antall
    .description = Hvor mange avsnitt som vises (1–10, standard 5)

command-quote = siter
    .description = Legger ut et avsnitt fra erklæringen ordrett, med kildehenvisning
option-quote-paragraph = avsnitt
    .description = Et nummer (6), et intervall (6-7) eller ord fra avsnittet

command-facts = fakta
    .description = Nøkkelfakta om møtet: datoer, sted, tema, vertskap, deltakere
option-facts-topic = emne
    .description = Ett faktum, f.eks. dates, place, theme, host

command-meetings = møter
    .description = Tidslinjen for ASEMs utdanningsministermøter, 2006 til 2017

command-commitments = forpliktelser
    .description = Hva ministrene forpliktet seg til, etter tema, hver med sitt avsnitt
option-commitments-theme = tema
    .description = Ett tema, f.eks. mobility, recognition, ict

command-glossary = ordliste
    .description = Forkortelser og programmer i erklæringen (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = begrep
    .description = Begrepet eller forkortelsen som skal forklares

command-about = om
    .description = En kort omvisning: ASEM, dette møtet, erklæringen og hvordan boten brukes

command-help = hjelp
    .description = Alle kommandoer, én linje hver

command-reload = last-inn-på-nytt
    .description = Administratorer: last inn data/ på nytt uten omstart (de gamle dataene brukes hvis de nye er feil)

command-find-in-declaration = Finn i erklæringen
