# Hindi: what the bot writes in its replies.

help-title = asem-bot कमांड
help-message-menu = मैसेज मेनू
help-menu-description = किसी संदेश से जुड़े घोषणा के अनुच्छेद खोजें
help-mention = सवाल के साथ मुझे मेंशन करें, `{ $ask }` वाला जवाब आपको रिप्लाई में मिलेगा।
help-footer = जवाबों का स्रोत: ASEMME6 की सियोल घोषणा (2017)
# Shown under the command list in every language but English.
help-english-note = जवाबों में घोषणा को उसके आधिकारिक अंग्रेज़ी पाठ से उद्धृत किया जाता है।

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = कुछ गड़बड़ है
title-no-match = कुछ नहीं मिला
title-slow-down = थोड़ा धीरे
title-reload-failed = रीलोड नहीं हो पाया
title-sorry = माफ़ कीजिए
error-empty-line = कोई कमांड लिखें, जैसे `{ $example }`, या सूची देखने के लिए `{ $help }` लिखें।
error-unknown-command = `/{ $command }` नाम का कोई कमांड नहीं है।
error-unknown-option = `{ $command }` में `{ $option }` नाम का कोई विकल्प नहीं है।
error-missing-option = `{ $command }` के लिए `{ $option }` ज़रूरी है।
error-bad-number = `{ $option }` में { $min } से { $max } तक की कोई पूर्ण संख्या चाहिए, “{ $given }” नहीं।
error-too-long = `{ $option }` { $length } अक्षरों का है; ज़्यादा से ज़्यादा { $max } अक्षर ही लिए जा सकते हैं।
error-no-such-paragraph = ¶{ $asked } मौजूद नहीं है: { $title } में { $count } अनुच्छेद हैं, ¶1 से ¶{ $count } तक।
error-range-too-long = ¶{ $first }–{ $last } एक साथ इतने लंबे हैं कि एक Discord मैसेज में नहीं समा सकते।
error-no-match = घोषणा में “{ $query }” से मेल खाता कुछ नहीं मिला।
error-unknown-choice = “{ $given }” नाम का कोई { $what } मुझे नहीं मिला।
error-unknown-button = यह बटन एक्सपायर हो चुका है या मेरा नहीं है।
error-empty-message = उस मैसेज में खोजने लायक कोई टेक्स्ट नहीं है।
error-slow-down-user = थोड़ा धीरे: आप हर { $seconds } सेकंड में { $count } कमांड चला सकते हैं।
error-slow-down-channel = थोड़ा धीरे: इस चैनल में हर { $seconds } सेकंड में { $count } कमांड चलाए जा सकते हैं।
error-not-allowed = `{ $command }` सिर्फ़ बॉट के एडमिन के लिए है।
error-reload-failed = डेटा रीलोड नहीं हुआ; जवाब अब भी पहले लोड किए गए डेटा से ही दिए जा रहे हैं।
error-internal = जवाब देते समय मेरी तरफ़ से कुछ गड़बड़ हो गई।
hint-help = सभी कमांड देखने के लिए `{ $help }` लिखें।
hint-usage = इस्तेमाल का तरीका: `{ $usage }`
hint-example = उदाहरण: `{ $example }`
hint-bad-number = { $min } से { $max } तक कोई संख्या चुनें।
hint-too-long = इसे ज़रूरी शब्दों तक छोटा करें, जैसे `छात्र गतिशीलता`।
hint-no-such-paragraph = 1 से { $count } तक कोई संख्या, `6-7` जैसी रेंज, या अनुच्छेद के शब्द लिखें।
hint-range-too-long = एक बार में कम अनुच्छेद उद्धृत करें, जैसे `{ $example }`।
hint-no-match = दूसरे शब्द आज़माएँ, या कम शब्दों का इस्तेमाल करें।
hint-no-match-topics = घोषणा में { $topics } जैसे विषयों की बात है।
hint-about = `{ $about }` से एक संक्षिप्त परिचय मिलेगा।
hint-known = उपलब्ध विकल्प: { $known }।
hint-unknown-button = नए बटन पाने के लिए कमांड फिर से चलाएँ।
hint-empty-message = इसे ऐसे मैसेज पर इस्तेमाल करें जिसमें शब्द हों; एम्बेड और अटैचमेंट नहीं पढ़े जाते।
hint-slow-down = { $seconds } सेकंड बाद फिर से कोशिश करें।
hint-not-allowed = किसी एडमिन से कहें: उनकी यूज़र आईडी ASEM_ADMIN_USER_IDS में होनी चाहिए।
hint-reload-failed = `data/` में वह लाइन ठीक करें, फिर `{ $reload }` दोबारा चलाएँ (या प्रोसेस को SIGHUP भेजें)।
hint-internal = कृपया थोड़ी देर बाद फिर से कोशिश करें।
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = बैठक कब हुई थी?
example-search-query = योग्यताओं की मान्यता

# बटन (ज़्यादा से ज़्यादा 80 अक्षर) और खोज नतीजों के शीर्षक।
button-show = ¶{ $paragraph } देखें
button-post-paragraph = ¶{ $paragraph } पोस्ट करें
button-post = चैनल में पोस्ट करें
button-more = और नतीजे
button-back = पीछे
button-next = आगे
search-title = खोज: { $query }
search-results = नतीजे { $first }–{ $last }, सबसे मिलते-जुलते पहले।
quote-choose-title = कौन-सा अनुच्छेद?
quote-choose = “{ $asked }” से कई अनुच्छेद मेल खाते हैं। चैनल में पोस्ट करने के लिए किसी एक को दबाएँ; जब तक आप नहीं दबाते, कुछ भी पोस्ट नहीं होगा।
menu-title = घोषणा में इससे जुड़े अंश
menu-for = इस मैसेज के लिए: “{ $message }”
