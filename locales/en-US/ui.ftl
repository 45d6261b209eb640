# What the bot itself writes in its replies, in English (en-US, the source). The declaration is never
# translated: it is quoted in its official English text.

help-title = asem-bot commands
help-message-menu = message menu
help-menu-description = Find the declaration paragraphs related to a message
help-mention = Mention me with a question to get the `{ $ask }` answer as a reply.
help-footer = Answers come from the Seoul Declaration of ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Answers quote the declaration in its official English text.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Not quite
title-no-match = No match
title-slow-down = Slow down
title-reload-failed = Reload failed
title-sorry = Sorry
error-empty-line = Type a command, for example `{ $example }`, or `{ $help }` for the list.
error-unknown-command = There is no `/{ $command }` command.
error-unknown-option = `{ $command }` has no option `{ $option }`.
error-missing-option = `{ $command }` needs `{ $option }`.
error-bad-number = `{ $option }` takes a whole number from { $min } to { $max }, not “{ $given }”.
error-too-long = `{ $option }` is { $length } characters long; the most I take is { $max }.
error-no-such-paragraph = There is no ¶{ $asked }: the { $title } has { $count } paragraphs, ¶1 to ¶{ $count }.
error-range-too-long = ¶{ $first }–{ $last } together is longer than one Discord message can hold.
error-no-match = Nothing in the declaration matches “{ $query }”.
error-unknown-choice = I don't know the { $what } “{ $given }”.
error-unknown-button = This button has expired or does not belong to me.
error-empty-message = That message has no text I can search.
error-slow-down-user = Slow down a little: you can run { $count } commands every { $seconds } s.
error-slow-down-channel = Slow down a little: this channel can run { $count } commands every { $seconds } s.
error-not-allowed = `{ $command }` is for the bot's administrators.
error-reload-failed = The data did not reload; I am still answering from the data loaded before.
error-internal = Something went wrong on my side while answering.
hint-help = Type `{ $help }` to see every command.
hint-usage = Usage: `{ $usage }`
hint-example = For example: `{ $example }`
hint-bad-number = Pick a number from { $min } to { $max }.
hint-too-long = Shorten it to the words that matter, e.g. `mobility of students`.
hint-no-such-paragraph = Pick a number from 1 to { $count }, a range such as `6-7`, or words from the paragraph.
hint-range-too-long = Quote fewer paragraphs at once, e.g. `{ $example }`.
hint-no-match = Try other words, or fewer of them.
hint-no-match-topics = The declaration talks about { $topics }.
hint-about = `{ $about }` gives an overview.
hint-known = Known: { $known }.
hint-unknown-button = Run the command again for fresh buttons.
hint-empty-message = Use it on a message with words in it; embeds and attachments are not read.
hint-slow-down = Try again in { $seconds } s.
hint-not-allowed = Ask an administrator: their user id must be in ASEM_ADMIN_USER_IDS.
hint-reload-failed = Fix that line in `data/`, then run `{ $reload }` again (or send the process SIGHUP).
hint-internal = Please try again in a moment.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = When did the meeting take place?
example-search-query = recognition of qualifications

# Buttons (at most 80 characters) and the headings of search results.
button-show = Show ¶{ $paragraph }
button-post-paragraph = Post ¶{ $paragraph }
button-post = Post in channel
button-more = More results
button-back = Back
button-next = Next
search-title = Search: { $query }
search-results = Results { $first }–{ $last }, best first.
quote-choose-title = Which paragraph?
quote-choose = Several paragraphs match “{ $asked }”. Press one to post it in the channel; nothing is posted until you do.
menu-title = Related in the declaration
menu-for = For the message: “{ $message }”

# Under the project's own summaries (facts, commitments, glossary, the tour) in a translated locale:
# they are written in English.
summaries-in-english = summaries in English
# Where a fact or tour statement stands.
cite-footnote = ¶{ $paragraph }, footnote
cite-heading = heading

# /ask
ask-also = Also in the declaration
ask-press = Press a button to read a paragraph whole
ask-closest = Closest in the declaration
ask-closest-footer = Closest in the { $title }: { $paragraphs }
# When the words quoted (or a name) pin down another paragraph than the number the user guessed.
ask-not-that-paragraph = That is ¶{ $found }, not ¶{ $guessed }.
search-corrected = Showing results for: { $query }
search-no-further = { $query } (no further results)

# Meetings asked about in /ask: `{ $name }` is the meeting's name ("3rd ASEM Education Ministers'
# Meeting"), `{ $short }` its short name (ASEMME3); both stay as the declaration names them.
meeting-label-city = Place
meeting-label-year = Year
meeting-label-dates = Dates
meeting-label-theme = Theme
meeting-label-host = Host
meeting-label-chair = Chair
meeting-label-participants = Participants
meeting-label-headcount = How many took part
meeting-label-signatories = Signatories
meeting-label-outcome = Outcome
meeting-label-count = Meetings
meeting-label-meeting = Meeting
meeting-process = { $label } · the ASEM education process
meeting-all = The declaration names { $count } ASEM Education Ministers' Meetings: { $list }. `{ $meetings }` shows each with its theme.
meeting-next = the next ASEM Education Ministers' Meeting
meeting-future = The declaration does not say anything about { $which }: where, when or who will host it. The closest it comes is below.
# `{ $ordinal }` is the number in English ("7th"); a translation may use `{ $number }` (7) instead.
meeting-summit = the { $ordinal } ASEM Summit
meeting-before-first = any ASEM Education Ministers' Meeting before the 1st
meeting-unmentioned = The declaration does not mention { $what }. It names: { $named }.
meeting-held = The { $name } ({ $short }) was held in { $city } in { $year }.
meeting-its-theme = Its theme: *“{ $theme }”*.
meeting-theme = The theme of the { $short } ({ $city }, { $year }) was *“{ $theme }”*.
meeting-only-year = The declaration gives only the year: the { $name } ({ $short }) was held in { $city } in { $year }; it does not say on which days.
meeting-number = The { $short } in { $city } ({ $year }) was the { $name }.
meeting-unstated-theme = The declaration does not say what the theme was of the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-host = The declaration does not say who hosted the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-chair = The declaration does not say who chaired the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-participants = The declaration does not say who took part in the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-party = The declaration does not list one by one who took part in the { $name } ({ $city }, { $year }), so it does not say whether the one you ask about was there. The closest it comes is below.
meeting-unstated-headcount = The declaration does not say how many countries or people took part in the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-signatories = The declaration does not say who signed anything at the { $name } ({ $city }, { $year }). The closest it comes is below.
meeting-unstated-outcome = The declaration does not say what the { $name } ({ $city }, { $year }) adopted. The closest it comes is below.
meeting-outcome = The declaration says that Conclusions by the Chair were adopted at each ASEM Education Ministers' Meeting from the 1st to the 6th, identifying ASEM education priorities and joint initiatives for every two successive years; the { $name } ({ $city }, { $year }) was one of them. It does not give their content.

# /facts and /meetings
facts-footer = { $title } · `{ $command }` for one fact
meetings-title = The ASEM education process, { $first }–{ $last }
meetings-description = How the education ministers' meetings began and where they met.
meetings-source = Source: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb ("express willingness"), in English.
commitments-title = Commitments · { $theme }
commitments-matched = What the ministers committed to on this, most related first, in their own words.
commitments-overview = Commitments · { $count } in { $themes } themes
commitments-overview-description = What the ministers committed to, each in the declaration's own strength (declare, will strive, express willingness…).
commitments-footer = { $title } · press a theme to read it, or `{ $command }`
commitment-source = — { $paragraph } · they *{ $strength }*

# /glossary
glossary-title = Glossary · { $count } terms
glossary-footer = `{ $command }` explains one
term-in = In { $paragraph }
term-used = Used in { $title } { $paragraphs }

# /about, the tour for newcomers
tour-footer = Step { $step } of { $steps } · { $title }
tour-welcome-title = Welcome · What is ASEM?
tour-asem = **ASEM** ({ $expansion }) is where Asia and Europe cooperate.
tour-meeting-title = This meeting · { $meeting }
tour-when = When
tour-where = Where
tour-theme = Theme
tour-adopted = The ministers adopted the **{ $title }** ({ $paragraph }), titled in its heading *{ $subtitle }*.
tour-facts = `{ $facts }` has the meeting card.
tour-declaration-title = The declaration · { $count } paragraphs
tour-quote = `{ $example }` posts a paragraph word for word.
tour-themes-title = The main themes
tour-commitments = `{ $example }` lists what was promised, with the exact words.
tour-use-title = How to use me
tour-use-ask = `{ $ask }` answers in your own words, e.g. *who hosted the meeting?* or *what about online courses?*
tour-use-search = `{ $search }` lists the best paragraphs; press **{ $show }** to read one whole.
tour-use-quote = `{ $quote }` posts a paragraph word for word, for everyone.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` for the reference cards.
tour-use-menu = Right-click a message › Apps › **{ $menu }** to find what it relates to.
tour-use-help = Mention me with a question, or `{ $help }` for every command.

# /reload (administrators)
reload-title = Reloaded
reload-done = Now serving { $documents } documents, { $paragraphs } paragraphs (read and indexed in { $ms } ms).

# The local console's own notes (the terminal shows what Discord would show only to the user).
console-only-you = (only you can see this)
console-no-suggestions = (no suggestions)
