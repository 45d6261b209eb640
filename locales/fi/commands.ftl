# Finnish: the command table as Discord shows it in the command picker.

command-ask = kysy
    .description = Kysy Soulin julistuksesta ja saat kohdat, jotka vastaavat kysymykseesi
option-ask-question = kysymys
    .description = Kysymyksesi omin sanoin

command-search = hae
    .description = Hae julistuksesta ja näytä parhaat kohdat korostettuine otteineen
option-search-query = hakusanat
    .description = Haettavat sanat (kirjoitusvirheet ja lyhenteet käyvät)
option-search-limit = määrä
    .description = Montako kohtaa näytetään (1–10, oletus 5)

command-quote = lainaa
    .description = Julkaisee julistuksen kohdan sanatarkasti lähdeviitteineen
option-quote-paragraph = kohta
    .description = Numero (6), väli (6-7) tai sanoja kohdasta

command-facts = tiedot
    .description = Kokouksen perustiedot: ajankohta, paikka, teema, isäntämaa, osallistujat
option-facts-topic = tieto
    .description = Yksi tieto, esim. dates, place, theme, host

command-meetings = kokoukset
    .description = ASEM-opetusministerikokousten aikajana 2006–2017

command-commitments = sitoumukset
    .description = Mihin ministerit sitoutuivat, teemoittain, kukin kohtineen
option-commitments-theme = teema
    .description = Yksi teema, esim. mobility, recognition, ict

command-glossary = sanasto
    .description = Julistuksen lyhenteet ja ohjelmat (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = termi
    .description = Selitettävä termi tai lyhenne

command-about = esittely
    .description = Lyhyt esittely: ASEM, tämä kokous, julistus ja botin käyttö

command-help = ohje
    .description = Kaikki komennot, kukin yhdellä rivillä

command-reload = lataa-uudelleen
    .description = Ylläpitäjille: lataa data/ uudelleen ilman uudelleenkäynnistystä (virheen sattuessa vanhat jäävät)

command-find-in-declaration = Etsi julistuksesta
