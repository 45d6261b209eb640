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

# सारांश, /ask, बैठकें, /facts, /meetings, /commitments, /glossary, परिचय (/about) और /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = सारांश अंग्रेज़ी में
cite-footnote = ¶{ $paragraph }, फ़ुटनोट
cite-heading = शीर्षक

# /ask
ask-also = घोषणा में यह भी
ask-press = पूरा अनुच्छेद पढ़ने के लिए कोई बटन दबाएँ
ask-closest = घोषणा में सबसे करीबी अंश
ask-closest-footer = { $title } में सबसे करीबी अंश: { $paragraphs }
ask-not-that-paragraph = यह ¶{ $found } है, ¶{ $guessed } नहीं।
search-corrected = इसके नतीजे दिखाए जा रहे हैं: { $query }
search-no-further = { $query } (और कोई नतीजा नहीं)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = स्थान
meeting-label-year = वर्ष
meeting-label-dates = तिथियाँ
meeting-label-theme = विषय
meeting-label-host = मेज़बान
meeting-label-chair = अध्यक्ष
meeting-label-participants = प्रतिभागी
meeting-label-headcount = प्रतिभागियों की संख्या
meeting-label-signatories = हस्ताक्षरकर्ता
meeting-label-outcome = परिणाम
meeting-label-count = बैठकें
meeting-label-meeting = बैठक
meeting-process = { $label } · ASEM शिक्षा प्रक्रिया
meeting-all = घोषणा में ASEM शिक्षा मंत्रियों की { $count } बैठकों का ज़िक्र है: { $list }। `{ $meetings }` हर बैठक को उसके विषय के साथ दिखाता है।
meeting-next = ASEM शिक्षा मंत्रियों की अगली बैठक
meeting-future = घोषणा { $which } के बारे में कुछ नहीं कहती: न कहाँ, न कब, न ही यह कि मेज़बान कौन होगा। सबसे करीबी अंश नीचे हैं।
# `{ $number }` is the plain number (7).
meeting-summit = ASEM{ $number } शिखर सम्मेलन
meeting-before-first = पहली बैठक से पहले की ASEM शिक्षा मंत्रियों की किसी बैठक
meeting-unmentioned = घोषणा में { $what } का ज़िक्र नहीं है। इसमें इनके नाम हैं: { $named }।
meeting-held = { $name } ({ $short }) का आयोजन { $year } में { $city } में हुआ था।
meeting-its-theme = इसका विषय: *“{ $theme }”*।
meeting-theme = { $short } ({ $city }, { $year }) का विषय था *“{ $theme }”*।
meeting-only-year = घोषणा में सिर्फ़ वर्ष दिया गया है: { $name } ({ $short }) का आयोजन { $year } में { $city } में हुआ था; किन तारीख़ों को, यह नहीं बताया गया।
meeting-number = { $short } ({ $city }, { $year }) का पूरा नाम { $name } है।
meeting-unstated-theme = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) का विषय क्या था। सबसे करीबी अंश नीचे हैं।
meeting-unstated-host = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) की मेज़बानी किसने की थी। सबसे करीबी अंश नीचे हैं।
meeting-unstated-chair = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) की अध्यक्षता किसने की थी। सबसे करीबी अंश नीचे हैं।
meeting-unstated-participants = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) में किसने भाग लिया था। सबसे करीबी अंश नीचे हैं।
meeting-unstated-party = घोषणा { $name } ({ $city }, { $year }) में भाग लेने वालों के नाम एक-एक करके नहीं बताती, इसलिए यह नहीं कहती कि जिनके बारे में आप पूछ रहे हैं वे वहाँ थे या नहीं। सबसे करीबी अंश नीचे हैं।
meeting-unstated-headcount = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) में कितने देशों या लोगों ने भाग लिया था। सबसे करीबी अंश नीचे हैं।
meeting-unstated-signatories = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) में किसने किस चीज़ पर हस्ताक्षर किए थे। सबसे करीबी अंश नीचे हैं।
meeting-unstated-outcome = घोषणा यह नहीं बताती कि { $name } ({ $city }, { $year }) में क्या अपनाया गया था। सबसे करीबी अंश नीचे हैं।
meeting-outcome = घोषणा बताती है कि पहली से छठी तक, ASEM शिक्षा मंत्रियों की हर बैठक में अध्यक्ष के निष्कर्ष (Conclusions by the Chair) अपनाए गए थे, जिनमें हर दो लगातार वर्षों के लिए ASEM की शिक्षा प्राथमिकताओं और संयुक्त पहलों की पहचान की गई थी; { $name } ({ $city }, { $year }) इन्हीं बैठकों में से एक थी। घोषणा इन निष्कर्षों की विषय-वस्तु नहीं बताती।

# /facts and /meetings
facts-footer = { $title } · कोई एक तथ्य देखने के लिए `{ $command }`
meetings-title = ASEM शिक्षा प्रक्रिया, { $first }–{ $last }
meetings-description = शिक्षा मंत्रियों की बैठकें कैसे शुरू हुईं और कहाँ-कहाँ हुईं।
meetings-source = स्रोत: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = प्रतिबद्धताएँ · { $theme }
commitments-matched = इस विषय पर मंत्रियों ने क्या प्रतिबद्धताएँ जताईं, सबसे ज़्यादा संबंधित पहले, उन्हीं के शब्दों में।
commitments-overview = प्रतिबद्धताएँ · { $themes } विषयों में { $count }
commitments-overview-description = मंत्रियों ने किन बातों की प्रतिबद्धता जताई, हर एक घोषणा के अपने शब्दों की ताकत के साथ (declare, will strive, express willingness…)।
commitments-footer = { $title } · पढ़ने के लिए कोई विषय दबाएँ, या `{ $command }` लिखें
commitment-source = — { $paragraph } · मूल शब्द: *{ $strength }*

# /glossary
glossary-title = शब्दावली · { $count } शब्द
glossary-footer = किसी एक शब्द की व्याख्या के लिए `{ $command }`
term-in = { $paragraph } में
term-used = { $title } में प्रयोग: { $paragraphs }

# /about, नए लोगों के लिए परिचय
tour-footer = चरण { $step }/{ $steps } · { $title }
tour-welcome-title = स्वागत है · ASEM क्या है?
tour-asem = एशिया और यूरोप जिस मंच पर आपस में सहयोग करते हैं, वह है **ASEM** ({ $expansion })।
tour-meeting-title = यह बैठक · { $meeting }
tour-when = कब
tour-where = कहाँ
tour-theme = विषय
tour-adopted = मंत्रियों ने **{ $title }** ({ $paragraph }) को अपनाया, जिसके शीर्षक में लिखा है *{ $subtitle }*।
tour-facts = `{ $facts }` बैठक का जानकारी कार्ड दिखाता है।
tour-declaration-title = घोषणा · { $count } अनुच्छेद
tour-quote = `{ $example }` किसी अनुच्छेद को शब्दशः पोस्ट करता है।
tour-themes-title = मुख्य विषय
tour-commitments = `{ $example }` बताता है कि क्या-क्या वादा किया गया, सटीक शब्दों के साथ।
tour-use-title = मेरा इस्तेमाल कैसे करें
tour-use-ask = `{ $ask }` आपके अपने शब्दों में पूछे गए सवालों के जवाब देता है, जैसे *बैठक की मेज़बानी किसने की?* या *ऑनलाइन कोर्स के बारे में क्या?*
tour-use-search = `{ $search }` सबसे उपयुक्त अनुच्छेद दिखाता है; पूरा अनुच्छेद पढ़ने के लिए **{ $show }** दबाएँ।
tour-use-quote = `{ $quote }` किसी अनुच्छेद को शब्दशः, सबके लिए पोस्ट करता है।
tour-use-cards = रेफ़रेंस कार्ड के लिए `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }`।
tour-use-menu = किसी मैसेज पर राइट-क्लिक करें › ऐप्स › **{ $menu }**, ताकि पता चले कि वह घोषणा के किस हिस्से से जुड़ा है।
tour-use-help = सवाल के साथ मुझे मेंशन करें, या सभी कमांड के लिए `{ $help }` लिखें।

# /reload (administrators)
reload-title = रीलोड हो गया
reload-done = अब { $documents } दस्तावेज़ और { $paragraphs } अनुच्छेद उपलब्ध हैं ({ $ms } ms में पढ़े और इंडेक्स किए गए)।

console-only-you = (यह केवल आपको दिखाई देता है)
console-no-suggestions = (कोई सुझाव नहीं)
