# Spanish (Spain): the command table as Discord shows it in the command picker.

command-ask = preguntar
    .description = Haz una pregunta sobre la Declaración de Seúl y obtén los párrafos que la responden
option-ask-question = pregunta
    .description = Tu pregunta, con tus propias palabras

command-search = buscar
    .description = Busca en la declaración y muestra los mejores párrafos con fragmentos resaltados
option-search-query = términos
    .description = Palabras que buscar (se admiten erratas y siglas)
option-search-limit = cantidad
    .description = Cuántos párrafos mostrar (1–10, 5 por defecto)

command-quote = citar
    .description = Publica un párrafo de la declaración de forma literal, con su referencia
option-quote-paragraph = párrafo
    .description = Un número (6), un intervalo (6-7) o palabras del párrafo

command-facts = datos
    .description = Datos clave de la reunión: fechas, lugar, tema, anfitrión, participantes
option-facts-topic = dato
    .description = Un solo dato, p. ej. dates, place, theme, host

command-meetings = reuniones
    .description = Cronología de las reuniones de ministros de Educación de la ASEM, de 2006 a 2017

command-commitments = compromisos
    .description = Los compromisos de los ministros, por tema, cada uno con su párrafo
option-commitments-theme = tema
    .description = Un solo tema, p. ej. mobility, recognition, ict

command-glossary = glosario
    .description = Siglas y programas de la declaración (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = término
    .description = El término o la sigla que quieres que se explique

command-about = acerca-de
    .description = Breve visita guiada: la ASEM, esta reunión, la declaración y cómo usar este bot

command-help = ayuda
    .description = Todos los comandos, una línea cada uno

command-reload = recargar
    .description = Administradores: recarga data/ sin reiniciar (si los datos nuevos fallan, siguen los anteriores)

command-find-in-declaration = Buscar en la declaración
