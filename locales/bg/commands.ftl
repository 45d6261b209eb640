# Bulgarian: the command table as Discord shows it in the command picker.

command-ask = попитай
    .description = Задайте въпрос за Декларацията от Сеул и получете параграфите, които отговарят
option-ask-question = въпрос
    .description = Вашият въпрос, със свои думи

command-search = търси
    .description = Търсене в декларацията: най-подходящите параграфи с откроени откъси
option-search-query = думи
    .description = Думи за търсене (печатни грешки и съкращения са допустими)
option-search-limit = брой
    .description = Колко параграфа да се покажат (1–10, по подразбиране 5)

command-quote = цитирай
    .description = Публикува дословно параграф от декларацията, с позоваване
option-quote-paragraph = параграф
    .description = Номер (6), диапазон (6-7) или думи от параграфа

command-facts = факти
    .description = Основни факти за срещата: дати, място, тема, домакин, участници
option-facts-topic = факт
    .description = Един факт, напр. dates, place, theme, host

command-meetings = срещи
    .description = Хронология на срещите на министрите на образованието от ASEM, 2006–2017 г.

command-commitments = ангажименти
    .description = Поетите от министрите ангажименти по теми, всеки с параграфа си
option-commitments-theme = тема
    .description = Една тема, напр. mobility, recognition, ict

command-glossary = речник
    .description = Съкращения и програми от декларацията (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = термин
    .description = Терминът или съкращението, което да бъде обяснено

command-about = информация
    .description = Кратко въведение: ASEM, тази среща, декларацията и как се ползва ботът

command-help = помощ
    .description = Всички команди, по един ред за всяка

command-reload = презареди
    .description = Администратори: презарежда data/ без рестарт (при грешни нови данни остават старите)

command-find-in-declaration = Търси в декларацията
