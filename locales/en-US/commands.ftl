# The command table as Discord shows it in the command picker, in English (en-US, the source).
#
# Each command: its name (lower case, 1-32 letters, digits, - or _; no spaces) and `.description`
# (1-100 characters). Each option: `option-<command>-<option>` with its name and `.description`.
# The message menu command's name is shown in the message's Apps menu and may have spaces and capitals.
# A translation keeps every id and attribute; names must stay unique within a command.

command-ask = ask
    .description = Ask a question about the Seoul Declaration and get the paragraphs that answer it
option-ask-question = question
    .description = Your question, in your own words

command-search = search
    .description = Search the declaration and list the best paragraphs with highlighted snippets
option-search-query = query
    .description = Words to look for (typos and acronyms are fine)
option-search-limit = limit
    .description = How many paragraphs to show (1–10, default 5)

command-quote = quote
    .description = Post a paragraph of the declaration word for word, cited
option-quote-paragraph = paragraph
    .description = A number (6), a range (6-7) or words from the paragraph

command-facts = facts
    .description = Key facts about the meeting: dates, place, theme, host, participants
option-facts-topic = topic
    .description = One fact, e.g. dates, place, theme, host

command-meetings = meetings
    .description = The timeline of ASEM education ministers' meetings, 2006 to 2017

command-commitments = commitments
    .description = What the ministers committed to, by theme, each with its paragraph
option-commitments-theme = theme
    .description = One theme, e.g. mobility, recognition, ict

command-glossary = glossary
    .description = Acronyms and programmes of the declaration (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = term
    .description = The term or acronym to explain

command-about = about
    .description = A short guided tour: ASEM, this meeting, the declaration and how to use this bot

command-help = help
    .description = Every command, one line each

command-reload = reload
    .description = Administrators: reload data/ without a restart (the old data serves on if the new is broken)

command-find-in-declaration = Find in declaration
