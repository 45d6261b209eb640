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
