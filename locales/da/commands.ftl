# Danish: the command table as Discord shows it in the command picker.

command-ask = spørg
    .description = Stil et spørgsmål om Seoul-erklæringen, og få de afsnit, der besvarer det
option-ask-question = spørgsmål
    .description = Dit spørgsmål, med dine egne ord

command-search = søg
    .description = Søg i erklæringen, og se de bedste afsnit med fremhævede uddrag
option-search-query = søgeord
    .description = Ord at søge efter (stavefejl og forkortelser er fine)
option-search-limit = antal
    .description = Hvor mange afsnit der vises (1–10, standard 5)

command-quote = citer
    .description = Indsæt et afsnit fra erklæringen ordret, med kildeangivelse
option-quote-paragraph = afsnit
    .description = Et nummer (6), et interval (6-7) eller ord fra afsnittet

command-facts = fakta
    .description = Nøglefakta om mødet: datoer, sted, tema, vært, deltagere
option-facts-topic = emne
    .description = Ét faktum, f.eks. dates, place, theme, host

command-meetings = møder
    .description = Tidslinjen for ASEM's uddannelsesministermøder, 2006 til 2017

command-commitments = forpligtelser
    .description = Hvad ministrene forpligtede sig til, efter tema, hver med sit afsnit
option-commitments-theme = tema
    .description = Ét tema, f.eks. mobility, recognition, ict

command-glossary = ordliste
    .description = Forkortelser og programmer i erklæringen (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = begreb
    .description = Begrebet eller forkortelsen, der skal forklares

command-about = om
    .description = En kort rundvisning: ASEM, dette møde, erklæringen og hvordan botten bruges

command-help = hjælp
    .description = Alle kommandoer, én linje hver

command-reload = genindlæs
    .description = Administratorer: genindlæs data/ uden genstart (er de nye data fejlbehæftede, bruges de gamle)

command-find-in-declaration = Find i erklæringen
