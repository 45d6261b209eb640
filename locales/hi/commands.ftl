# Hindi: the command table as Discord shows it in the command picker.

command-ask = पूछें
    .description = सियोल घोषणा के बारे में प्रश्न पूछें और उसका उत्तर देने वाले अनुच्छेद पाएँ
option-ask-question = प्रश्न
    .description = आपका प्रश्न, अपने शब्दों में

command-search = खोजें
    .description = घोषणा में खोजें और हाइलाइट किए अंशों के साथ सबसे उपयुक्त अनुच्छेद देखें
option-search-query = शब्द
    .description = खोजने के लिए शब्द (टाइपिंग की गलतियाँ और संक्षिप्त रूप चलेंगे)
option-search-limit = संख्या
    .description = कितने अनुच्छेद दिखाएँ (1–10, डिफ़ॉल्ट 5)

command-quote = उद्धरण
    .description = घोषणा का कोई अनुच्छेद शब्दशः, संदर्भ सहित पोस्ट करें
option-quote-paragraph = अनुच्छेद
    .description = संख्या (6), रेंज (6-7) या अनुच्छेद के शब्द

command-facts = तथ्य
    .description = बैठक के मुख्य तथ्य: तिथियाँ, स्थान, विषय, मेज़बान, प्रतिभागी
option-facts-topic = विषय
    .description = एक तथ्य, जैसे dates, place, theme, host

command-meetings = बैठकें
    .description = ASEM शिक्षा मंत्रियों की बैठकों की समयरेखा, 2006 से 2017 तक

command-commitments = प्रतिबद्धताएँ
    .description = मंत्रियों की प्रतिबद्धताएँ, विषयवार, हर एक अपने अनुच्छेद के साथ
option-commitments-theme = विषय
    .description = एक विषय, जैसे mobility, recognition, ict

command-glossary = शब्दावली
    .description = घोषणा के संक्षिप्त रूप और कार्यक्रम (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = शब्द
    .description = समझाने के लिए शब्द या संक्षिप्त रूप

command-about = परिचय
    .description = संक्षिप्त परिचय: ASEM, यह बैठक, घोषणा और इस बॉट का उपयोग कैसे करें

command-help = सहायता
    .description = सभी कमांड, हर एक एक पंक्ति में

command-reload = रीलोड
    .description = व्यवस्थापक: बिना रीस्टार्ट data/ दोबारा लोड करें (नया डेटा खराब हो तो पुराना चलता रहेगा)

command-find-in-declaration = घोषणा में खोजें
