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
error-slow-down-channel = Doucement : ce salon peut lancer { $count } commandes toutes les { $seconds } s.
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
