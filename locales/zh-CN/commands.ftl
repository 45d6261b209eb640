# Chinese (Simplified): the command table as Discord shows it in the command picker.

command-ask = 提问
    .description = 就首尔宣言提出问题，获取能回答该问题的段落
option-ask-question = 问题
    .description = 你的问题，用自己的话表述即可

command-search = 搜索
    .description = 搜索宣言，列出最相关的段落并高亮显示摘录
option-search-query = 关键词
    .description = 要查找的词语 (拼写错误和缩写均可)
option-search-limit = 数量
    .description = 显示的段落数 (1–10, 默认 5)

command-quote = 引用
    .description = 逐字发布宣言中的某一段落，并注明出处
option-quote-paragraph = 段落
    .description = 编号 (6)、范围 (6-7) 或段落中的词语

command-facts = 概况
    .description = 会议要点：日期、地点、主题、主办方、与会方
option-facts-topic = 事项
    .description = 单项信息，例如 dates、place、theme、host

command-meetings = 历届会议
    .description = 2006 年至 2017 年历届 ASEM 教育部长会议时间线

command-commitments = 承诺
    .description = 部长们按主题作出的承诺，每项均附对应段落
option-commitments-theme = 主题
    .description = 单个主题，例如 mobility、recognition、ict

command-glossary = 术语表
    .description = 宣言中的缩写和项目 (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = 术语
    .description = 需要解释的术语或缩写

command-about = 关于
    .description = 简短导览：ASEM、本次会议、宣言以及本机器人的用法

command-help = 帮助
    .description = 所有命令，每条一行

command-reload = 重新加载
    .description = 管理员：无需重启即可重新加载 data/ (新数据有误时继续使用旧数据)

command-find-in-declaration = 在宣言中查找
