# What the bot itself writes in its replies, in English (en-US, the source). The declaration is never
# translated: it is quoted in its official English text.

help-title = asem-bot commands
help-message-menu = message menu
help-menu-description = Find the declaration paragraphs related to a message
help-mention = Mention me with a question to get the `{ $ask }` answer as a reply.
help-footer = Answers come from the Seoul Declaration of ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Answers quote the declaration in its official English text.
