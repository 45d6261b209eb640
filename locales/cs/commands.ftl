# Czech: the command table as Discord shows it in the command picker.

command-ask = zeptej-se
    .description = Položte otázku k Soulské deklaraci a získejte body, které na ni odpovídají
option-ask-question = otázka
    .description = Vaše otázka, vlastními slovy

command-search = hledat
    .description = Prohledá deklaraci a vypíše nejlepší body se zvýrazněnými úryvky
option-search-query = výraz
    .description = Hledaná slova (překlepy a zkratky nevadí)
option-search-limit = počet
    .description = Kolik bodů zobrazit (1–10, výchozí 5)

command-quote = citovat
    .description = Zveřejní bod deklarace doslovně, s citací zdroje
option-quote-paragraph = bod
    .description = Číslo (6), rozsah (6-7) nebo slova z daného bodu

command-facts = fakta
    .description = Hlavní údaje o setkání: termín, místo, téma, hostitel, účastníci
option-facts-topic = údaj
    .description = Jeden údaj, např. dates, place, theme, host

command-meetings = setkání
    .description = Přehled setkání ministrů školství ASEM v letech 2006–2017

command-commitments = závazky
    .description = K čemu se ministři zavázali, podle témat, vždy s příslušným bodem
option-commitments-theme = téma
    .description = Jedno téma, např. mobility, recognition, ict

command-glossary = glosář
    .description = Zkratky a programy z deklarace (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = pojem
    .description = Pojem nebo zkratka k vysvětlení

command-about = úvod
    .description = Krátký průvodce: ASEM, toto setkání, deklarace a jak bota používat

command-help = nápověda
    .description = Všechny příkazy, každý na jednom řádku

command-reload = znovu-načíst
    .description = Správci: znovu načte data/ bez restartu (jsou-li nová data chybná, zůstanou stará)

command-find-in-declaration = Najít v deklaraci
