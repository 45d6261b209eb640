# Portuguese (Brazil): the command table as Discord shows it in the command picker.

command-ask = perguntar
    .description = Faça uma pergunta sobre a Declaração de Seul e receba os parágrafos que a respondem
option-ask-question = pergunta
    .description = Sua pergunta, com suas próprias palavras

command-search = buscar
    .description = Pesquisa na declaração e lista os melhores parágrafos com trechos destacados
option-search-query = termos
    .description = Palavras a buscar (erros de digitação e siglas não são problema)
option-search-limit = quantidade
    .description = Quantos parágrafos mostrar (1–10, padrão 5)

command-quote = citar
    .description = Publica um parágrafo da declaração na íntegra, com a referência
option-quote-paragraph = parágrafo
    .description = Um número (6), um intervalo (6-7) ou palavras do parágrafo

command-facts = fatos
    .description = Principais fatos da reunião: datas, local, tema, anfitrião, participantes
option-facts-topic = fato
    .description = Um só fato, por ex. dates, place, theme, host

command-meetings = reuniões
    .description = Cronologia das reuniões de ministros da Educação da ASEM, de 2006 a 2017

command-commitments = compromissos
    .description = Os compromissos dos ministros, por tema, cada um com seu parágrafo
option-commitments-theme = tema
    .description = Um só tema, por ex. mobility, recognition, ict

command-glossary = glossário
    .description = Siglas e programas da declaração (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = termo
    .description = O termo ou a sigla a explicar

command-about = sobre
    .description = Um breve tour: a ASEM, esta reunião, a declaração e como usar este bot

command-help = ajuda
    .description = Todos os comandos, uma linha cada

command-reload = recarregar
    .description = Administradores: recarrega data/ sem reiniciar (se os dados novos falharem, os antigos seguem)

command-find-in-declaration = Buscar na declaração
