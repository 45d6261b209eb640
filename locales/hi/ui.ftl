# Hindi: what the bot writes in its replies.

help-title = asem-bot कमांड
help-message-menu = मैसेज मेनू
help-menu-description = किसी संदेश से जुड़े घोषणा के अनुच्छेद खोजें
help-mention = सवाल के साथ मुझे मेंशन करें, `{ $ask }` वाला जवाब आपको रिप्लाई में मिलेगा।
help-footer = जवाबों का स्रोत: ASEMME6 की सियोल घोषणा (2017)
# Shown under the command list in every language but English.
help-english-note = जवाबों में घोषणा को उसके आधिकारिक अंग्रेज़ी पाठ से उद्धृत किया जाता है।
