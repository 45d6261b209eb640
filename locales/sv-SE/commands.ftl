# Swedish: the command table as Discord shows it in the command picker.

command-ask = fråga
    .description = Ställ en fråga om Seouldeklarationen och få de punkter som besvarar den
option-ask-question = frågan
    .description = Din fråga, med egna ord

command-search = sök
    .description = Sök i deklarationen och visa de bästa punkterna med markerade utdrag
option-search-query = sökord
    .description = Ord att söka efter (stavfel och förkortningar går bra)
option-search-limit = antal
    .description = Hur många punkter som visas (1–10, standard 5)

command-quote = citera
    .description = Publicerar en punkt ur deklarationen ordagrant, med källhänvisning
option-quote-paragraph = punkt
    .description = Ett nummer (6), ett intervall (6-7) eller ord ur punkten

command-facts = fakta
    .description = Nyckeluppgifter om mötet: datum, plats, tema, värd, deltagare
option-facts-topic = uppgift
    .description = En uppgift, t.ex. dates, place, theme, host

command-meetings = möten
    .description = Tidslinje över ASEM:s utbildningsministermöten, 2006 till 2017

command-commitments = åtaganden
    .description = Vad ministrarna åtog sig, per tema, var och en med sin punkt
option-commitments-theme = tema
    .description = Ett tema, t.ex. mobility, recognition, ict

command-glossary = ordlista
    .description = Förkortningar och program i deklarationen (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = term
    .description = Termen eller förkortningen som ska förklaras

command-about = om
    .description = En kort rundtur: ASEM, detta möte, deklarationen och hur boten används

command-help = hjälp
    .description = Alla kommandon, en rad var

command-reload = ladda-om
    .description = Administratörer: ladda om data/ utan omstart (är nya data felaktiga används de gamla)

command-find-in-declaration = Hitta i deklarationen
