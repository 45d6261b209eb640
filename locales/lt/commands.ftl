# Lithuanian: the command table as Discord shows it in the command picker.

command-ask = klausti
    .description = Užduokite klausimą apie Seulo deklaraciją ir gaukite į jį atsakančius punktus
option-ask-question = klausimas
    .description = Jūsų klausimas, savais žodžiais

command-search = ieškoti
    .description = Ieškoti deklaracijoje ir parodyti geriausius punktus su paryškintomis ištraukomis
option-search-query = žodžiai
    .description = Ieškomi žodžiai (rašybos klaidos ir santrumpos tinka)
option-search-limit = kiekis
    .description = Kiek punktų rodyti (1–10, numatyta 5)

command-quote = cituoti
    .description = Paskelbia deklaracijos punktą pažodžiui, su nuoroda į šaltinį
option-quote-paragraph = punktas
    .description = Numeris (6), intervalas (6-7) arba žodžiai iš punkto

command-facts = faktai
    .description = Pagrindiniai faktai apie susitikimą: datos, vieta, tema, šeimininkė, dalyviai
option-facts-topic = faktas
    .description = Vienas faktas, pvz., dates, place, theme, host

command-meetings = susitikimai
    .description = ASEM švietimo ministrų susitikimų chronologija, 2006–2017 m.

command-commitments = įsipareigojimai
    .description = Kuo įsipareigojo ministrai, pagal temas, kiekvienas su savo punktu
option-commitments-theme = tema
    .description = Viena tema, pvz., mobility, recognition, ict

command-glossary = žodynėlis
    .description = Deklaracijos santrumpos ir programos (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = terminas
    .description = Terminas ar santrumpa, kurią reikia paaiškinti

command-about = apie
    .description = Trumpas gidas: ASEM, šis susitikimas, deklaracija ir kaip naudotis botu

command-help = pagalba
    .description = Visos komandos, po vieną eilutę

command-reload = perkrauti
    .description = Administratoriams: iš naujo įkelia data/ nestabdant boto (jei nauji duomenys klaidingi, lieka seni)

command-find-in-declaration = Rasti deklaracijoje
