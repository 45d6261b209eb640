# Dutch: the command table as Discord shows it in the command picker.

command-ask = vragen
    .description = Stel een vraag over de Verklaring van Seoul en krijg de paragrafen die hem beantwoorden
option-ask-question = vraag
    .description = Je vraag, in je eigen woorden

command-search = zoeken
    .description = Doorzoek de verklaring en toon de beste paragrafen met gemarkeerde fragmenten
option-search-query = zoektermen
    .description = Woorden om op te zoeken (typfouten en afkortingen zijn geen probleem)
option-search-limit = aantal
    .description = Hoeveel paragrafen er getoond worden (1–10, standaard 5)

command-quote = citeren
    .description = Plaats een paragraaf uit de verklaring letterlijk, met bronvermelding
option-quote-paragraph = paragraaf
    .description = Een nummer (6), een reeks (6-7) of woorden uit de paragraaf

command-facts = feiten
    .description = Kerngegevens van de bijeenkomst: data, plaats, thema, gastland, deelnemers
option-facts-topic = gegeven
    .description = Eén gegeven, bijv. dates, place, theme, host

command-meetings = bijeenkomsten
    .description = Tijdlijn van de ASEM-bijeenkomsten van ministers van Onderwijs, 2006 tot 2017

command-commitments = toezeggingen
    .description = Waartoe de ministers zich verbonden, per thema, elk met de bijbehorende paragraaf
option-commitments-theme = thema
    .description = Eén thema, bijv. mobility, recognition, ict

command-glossary = woordenlijst
    .description = Afkortingen en programma's uit de verklaring (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = term
    .description = De term of afkorting die uitgelegd moet worden

command-about = over
    .description = Korte rondleiding: ASEM, deze bijeenkomst, de verklaring en hoe je deze bot gebruikt

command-help = help
    .description = Alle commando's, elk op één regel

command-reload = herladen
    .description = Beheerders: data/ herladen zonder herstart (zijn de nieuwe gegevens defect, dan blijven de oude)

command-find-in-declaration = Zoeken in de verklaring
