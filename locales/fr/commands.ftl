# French: the command table as Discord shows it in the command picker.

command-ask = demander
    .description = Pose une question sur la Déclaration de Séoul et obtiens les paragraphes qui y répondent
option-ask-question = question
    .description = Ta question, avec tes propres mots

command-search = rechercher
    .description = Cherche dans la déclaration et liste les meilleurs paragraphes, extraits surlignés
option-search-query = termes
    .description = Mots à chercher (fautes de frappe et sigles acceptés)
option-search-limit = nombre
    .description = Nombre de paragraphes à afficher (1–10, 5 par défaut)

command-quote = citer
    .description = Publie un paragraphe de la déclaration mot pour mot, avec sa référence
option-quote-paragraph = paragraphe
    .description = Un numéro (6), une plage (6-7) ou des mots du paragraphe

command-facts = faits
    .description = L'essentiel sur la réunion : dates, lieu, thème, hôte, participants
option-facts-topic = fait
    .description = Un seul fait, p. ex. dates, place, theme, host

command-meetings = réunions
    .description = Chronologie des réunions des ministres de l'Éducation de l'ASEM, de 2006 à 2017

command-commitments = engagements
    .description = Les engagements des ministres, par thème, chacun avec son paragraphe
option-commitments-theme = thème
    .description = Un seul thème, p. ex. mobility, recognition, ict

command-glossary = glossaire
    .description = Sigles et programmes de la déclaration (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = terme
    .description = Le terme ou le sigle à expliquer

command-about = à-propos
    .description = Courte visite guidée : l'ASEM, cette réunion, la déclaration et l'usage de ce bot

command-help = aide
    .description = Toutes les commandes, une ligne chacune

command-reload = recharger
    .description = Admins : recharge data/ à chaud (si les nouvelles données sont invalides, les anciennes restent)

command-find-in-declaration = Chercher dans la déclaration
