# Russian: the command table as Discord shows it in the command picker.

command-ask = спросить
    .description = Задайте вопрос о Сеульской декларации и получите пункты, которые на него отвечают
option-ask-question = вопрос
    .description = Ваш вопрос, своими словами

command-search = поиск
    .description = Поиск по декларации: лучшие пункты с выделенными фрагментами
option-search-query = запрос
    .description = Слова для поиска (опечатки и аббревиатуры не помеха)
option-search-limit = количество
    .description = Сколько пунктов показать (1–10, по умолчанию 5)

command-quote = цитата
    .description = Публикует пункт декларации дословно, со ссылкой
option-quote-paragraph = пункт
    .description = Номер (6), диапазон (6-7) или слова из пункта

command-facts = факты
    .description = Главное о встрече: даты, место, тема, принимающая сторона, участники
option-facts-topic = факт
    .description = Один факт, напр. dates, place, theme, host

command-meetings = встречи
    .description = Хронология встреч министров образования ASEM, 2006–2017 гг.

command-commitments = обязательства
    .description = Обязательства министров по темам, каждое со ссылкой на пункт
option-commitments-theme = тема
    .description = Одна тема, напр. mobility, recognition, ict

command-glossary = глоссарий
    .description = Аббревиатуры и программы декларации (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = термин
    .description = Термин или аббревиатура, которую нужно пояснить

command-about = обзор
    .description = Краткий обзор: ASEM, эта встреча, декларация и как пользоваться ботом

command-help = помощь
    .description = Все команды, по одной строке на каждую

command-reload = перезагрузить
    .description = Администраторам: перезагрузка data/ без перезапуска (при ошибке в новых данных работают старые)

command-find-in-declaration = Найти в декларации
