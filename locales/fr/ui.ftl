# French: what the bot writes in its replies.

help-title = Commandes d'asem-bot
help-message-menu = menu du message
help-menu-description = Trouve les paragraphes de la déclaration liés à un message
help-mention = Mentionne-moi avec une question et je te répondrai directement, comme avec `{ $ask }`.
help-footer = Réponses tirées de la Déclaration de Séoul de l'ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Les réponses citent la déclaration dans son texte officiel en anglais.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Pas tout à fait
title-no-match = Aucun résultat
title-slow-down = Doucement
title-reload-failed = Échec du rechargement
title-sorry = Désolé
error-empty-line = Tape une commande, par exemple `{ $example }`, ou `{ $help }` pour voir la liste.
error-unknown-command = La commande `/{ $command }` n'existe pas.
error-unknown-option = `{ $command }` n'a pas d'option `{ $option }`.
error-missing-option = `{ $command }` a besoin de `{ $option }`.
error-bad-number = `{ $option }` attend un nombre entier de { $min } à { $max }, pas « { $given } ».
error-too-long = `{ $option }` fait { $length } caractères, alors que j'en accepte { $max } au maximum.
error-no-such-paragraph = Il n'y a pas de ¶{ $asked } : la { $title } compte { $count } paragraphes, du ¶1 au ¶{ $count }.
error-range-too-long = Ensemble, les ¶{ $first }–{ $last } dépassent ce qu'un message Discord peut contenir.
error-no-match = Rien dans la déclaration ne correspond à « { $query } ».
error-unknown-choice = Je ne connais pas le { $what } « { $given } ».
error-unknown-button = Ce bouton a expiré ou ne m'appartient pas.
error-empty-message = Ce message ne contient aucun texte dans lequel je puisse chercher.
error-slow-down-user = Doucement : tu peux lancer { $count } commandes toutes les { $seconds } s.
error-slow-down-channel = Doucement : dans ce salon, on peut lancer { $count } commandes toutes les { $seconds } s.
error-not-allowed = La commande `{ $command }` est réservée aux administrateurs du bot.
error-reload-failed = Les données n'ont pas été rechargées ; je continue de répondre avec celles chargées auparavant.
error-internal = Un problème est survenu de mon côté pendant la réponse.
hint-help = Tape `{ $help }` pour voir toutes les commandes.
hint-usage = Utilisation : `{ $usage }`
hint-example = Par exemple : `{ $example }`
hint-bad-number = Choisis un nombre de { $min } à { $max }.
hint-too-long = Garde seulement les mots importants, par exemple `mobilité des étudiants`.
hint-no-such-paragraph = Choisis un nombre de 1 à { $count }, une plage comme `6-7` ou des mots du paragraphe.
hint-range-too-long = Cite moins de paragraphes à la fois, par exemple `{ $example }`.
hint-no-match = Essaie d'autres mots, ou moins de mots.
hint-no-match-topics = La déclaration parle de { $topics }.
hint-about = `{ $about }` donne une vue d'ensemble.
hint-known = Je connais : { $known }.
hint-unknown-button = Relance la commande pour avoir de nouveaux boutons.
hint-empty-message = Utilise-la sur un message qui contient du texte ; je ne lis ni les embeds ni les pièces jointes.
hint-slow-down = Réessaie dans { $seconds } s.
hint-not-allowed = Demande à un administrateur : son identifiant utilisateur doit figurer dans ASEM_ADMIN_USER_IDS.
hint-reload-failed = Corrige cette ligne dans `data/`, puis relance `{ $reload }` (ou envoie SIGHUP au processus).
hint-internal = Réessaie dans un instant.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Quand la réunion a-t-elle eu lieu ?
example-search-query = reconnaissance des diplômes

# Boutons (80 caractères au maximum) et titres des résultats de recherche.
button-show = Voir le ¶{ $paragraph }
button-post-paragraph = Publier le ¶{ $paragraph }
button-post = Publier dans le salon
button-more = Plus de résultats
button-back = Retour
button-next = Suivant
search-title = Recherche : { $query }
search-results = Résultats { $first }–{ $last }, les plus pertinents d'abord.
quote-choose-title = Quel paragraphe ?
quote-choose = Plusieurs paragraphes correspondent à « { $asked } ». Appuie sur l'un d'eux pour le publier dans le salon ; rien n'est publié tant que tu ne l'as pas fait.
menu-title = Passages liés dans la déclaration
menu-for = Pour le message : « { $message } »

# Résumés, /ask, réunions, /facts, /meetings, /commitments, /glossary, la visite guidée (/about) et /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = résumés en anglais
cite-footnote = ¶{ $paragraph }, note de bas de page
cite-heading = titre

# /ask
ask-also = Aussi dans la déclaration
ask-press = Appuie sur un bouton pour lire un paragraphe en entier
ask-closest = Les passages les plus proches dans la déclaration
ask-closest-footer = Passages les plus proches dans la { $title } : { $paragraphs }
ask-not-that-paragraph = C'est le ¶{ $found }, pas le ¶{ $guessed }.
search-corrected = Résultats pour : { $query }
search-no-further = { $query } (pas d'autres résultats)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Lieu
meeting-label-year = Année
meeting-label-dates = Dates
meeting-label-theme = Thème
meeting-label-host = Hôte
meeting-label-chair = Présidence
meeting-label-participants = Participants
meeting-label-headcount = Nombre de participants
meeting-label-signatories = Signataires
meeting-label-outcome = Résultat
meeting-label-count = Réunions
meeting-label-meeting = Réunion
meeting-process = { $label } · le processus ASEM pour l'éducation
meeting-all = La déclaration cite { $count } réunions des ministres de l'Éducation de l'ASEM : { $list }. `{ $meetings }` les présente chacune avec son thème.
meeting-next = la prochaine réunion des ministres de l'Éducation de l'ASEM
meeting-future = La déclaration ne dit rien sur { $which } : ni où, ni quand, ni qui l'accueillera. Voici ce qui s'en rapproche le plus.
# `{ $number }` is the plain number (7).
meeting-summit = le sommet de l'ASEM nº { $number }
meeting-before-first = une éventuelle réunion des ministres de l'Éducation de l'ASEM antérieure à la première
meeting-unmentioned = La déclaration ne mentionne pas { $what }. Elle cite : { $named }.
meeting-held = { $name } ({ $short }) a eu lieu à { $city } en { $year }.
meeting-its-theme = Thème : *« { $theme } »*.
meeting-theme = { $short } ({ $city }, { $year }) avait pour thème *« { $theme } »*.
meeting-only-year = La déclaration ne donne que l'année : { $name } ({ $short }) a eu lieu à { $city } en { $year } ; elle ne précise pas les jours.
meeting-number = { $short } ({ $city }, { $year }) a pour nom complet { $name }.
meeting-unstated-theme = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas quel était le thème. Voici ce qui s'en rapproche le plus.
meeting-unstated-host = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas qui en était l'hôte. Voici ce qui s'en rapproche le plus.
meeting-unstated-chair = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas qui en assurait la présidence. Voici ce qui s'en rapproche le plus.
meeting-unstated-participants = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas qui y a participé. Voici ce qui s'en rapproche le plus.
meeting-unstated-party = Pour { $name } ({ $city }, { $year }), la déclaration n'énumère pas un à un les participants : elle ne dit donc pas si celui dont tu parles y était. Voici ce qui s'en rapproche le plus.
meeting-unstated-headcount = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas combien de pays ou de personnes y ont participé. Voici ce qui s'en rapproche le plus.
meeting-unstated-signatories = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas qui y a signé quoi que ce soit. Voici ce qui s'en rapproche le plus.
meeting-unstated-outcome = Pour { $name } ({ $city }, { $year }), la déclaration ne dit pas ce qui y a été adopté. Voici ce qui s'en rapproche le plus.
meeting-outcome = La déclaration dit que des Conclusions de la présidence (*Conclusions by the Chair*) ont été adoptées à chaque réunion des ministres de l'Éducation de l'ASEM, de la 1re à la 6e, identifiant les priorités de l'ASEM en matière d'éducation et les initiatives communes pour chaque période de deux années successives ; { $name } ({ $city }, { $year }) était l'une de ces réunions. La déclaration n'en donne pas le contenu.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` pour un seul fait
meetings-title = Le processus ASEM pour l'éducation, { $first }–{ $last }
meetings-description = Comment les réunions des ministres de l'Éducation ont commencé et où elles se sont tenues.
meetings-source = Source : { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Engagements · { $theme }
commitments-matched = Ce à quoi les ministres se sont engagés sur ce point, du plus pertinent au moins pertinent, avec leurs propres mots.
commitments-overview = Engagements · { $count } dans { $themes } thèmes
commitments-overview-description = Ce à quoi les ministres se sont engagés, chaque fois avec la force que lui donne la déclaration (*declare*, *will strive*, *express willingness*…).
commitments-footer = { $title } · appuie sur un thème pour le lire, ou utilise `{ $command }`
commitment-source = — { $paragraph } · formulation : *{ $strength }*

# /glossary
glossary-title = Glossaire · { $count } termes
glossary-footer = `{ $command }` en explique un
term-in = Dans le { $paragraph }
term-used = Employé dans la { $title } : { $paragraphs }

# /about, la visite guidée
tour-footer = Étape { $step } sur { $steps } · { $title }
tour-welcome-title = Bienvenue · Qu'est-ce que l'ASEM ?
tour-asem = L'**ASEM** ({ $expansion }) est le cadre où l'Asie et l'Europe coopèrent.
tour-meeting-title = Cette réunion · { $meeting }
tour-when = Quand
tour-where = Où
tour-theme = Thème
tour-adopted = Les ministres ont adopté la **{ $title }** ({ $paragraph }), dont l'intitulé en tête du texte est *{ $subtitle }*.
tour-facts = `{ $facts }` affiche la fiche de la réunion.
tour-declaration-title = La déclaration · { $count } paragraphes
tour-quote = `{ $example }` publie un paragraphe mot pour mot.
tour-themes-title = Les grands thèmes
tour-commitments = `{ $example }` liste ce qui a été promis, avec les mots exacts.
tour-use-title = Comment m'utiliser
tour-use-ask = `{ $ask }` répond à tes questions posées avec tes propres mots, par exemple *qui a accueilli la réunion ?* ou *et les cours en ligne ?*
tour-use-search = `{ $search }` liste les meilleurs paragraphes ; appuie sur **{ $show }** pour en lire un en entier.
tour-use-quote = `{ $quote }` publie un paragraphe mot pour mot, visible par tous.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` pour les fiches de référence.
tour-use-menu = Clic droit sur un message › Applications › **{ $menu }** pour trouver ce qui s'y rapporte.
tour-use-help = Mentionne-moi avec une question, ou tape `{ $help }` pour voir toutes les commandes.

# /reload (administrators)
reload-title = Rechargé
reload-done = Désormais en service : { $documents } documents, { $paragraphs } paragraphes (lus et indexés en { $ms } ms).

console-only-you = (visible uniquement par toi)
console-no-suggestions = (aucune suggestion)
