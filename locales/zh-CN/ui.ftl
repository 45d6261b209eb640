# Simplified Chinese: what the bot writes in its replies.

help-title = asem-bot 命令
help-message-menu = 消息菜单
help-menu-description = 查找与消息相关的宣言段落
help-mention = @我并附上问题，我会以回复的形式给出 `{ $ask }` 的答案。
help-footer = 答案来源：ASEMME6《首尔宣言》（2017）
# Shown under the command list in every language but English.
help-english-note = 答案引用的是宣言的官方英文原文。

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = 不太对
title-no-match = 未找到结果
title-slow-down = 慢一点
title-reload-failed = 重新加载失败
title-sorry = 抱歉
error-empty-line = 请输入命令，例如 `{ $example }`，或输入 `{ $help }` 查看命令列表。
error-unknown-command = 没有 `/{ $command }` 这个命令。
error-unknown-option = `{ $command }` 没有 `{ $option }` 这个选项。
error-missing-option = `{ $command }` 需要填写 `{ $option }`。
error-bad-number = `{ $option }` 需要 { $min } 到 { $max } 之间的整数，而不是“{ $given }”。
error-too-long = `{ $option }` 有 { $length } 个字符，我最多只能接受 { $max } 个。
error-no-such-paragraph = 没有 ¶{ $asked }：{ $title } 共有 { $count } 段，从 ¶1 到 ¶{ $count }。
error-range-too-long = ¶{ $first }–{ $last } 合起来太长，一条 Discord 消息放不下。
error-no-match = 宣言中没有与“{ $query }”匹配的内容。
error-unknown-choice = 我不知道“{ $given }”这个 { $what }。
error-unknown-button = 这个按钮已过期，或者不是我的按钮。
error-empty-message = 这条消息里没有可供搜索的文字。
error-slow-down-user = 请稍微慢一点：你每 { $seconds } 秒最多可以运行 { $count } 个命令。
error-slow-down-channel = 请稍微慢一点：这个频道每 { $seconds } 秒最多可以运行 { $count } 个命令。
error-not-allowed = `{ $command }` 仅限机器人管理员使用。
error-reload-failed = 数据未能重新加载；我仍在用之前加载的数据回答。
error-internal = 我在回答时出了点问题。
hint-help = 输入 `{ $help }` 查看所有命令。
hint-usage = 用法：`{ $usage }`
hint-example = 例如：`{ $example }`
hint-bad-number = 请选择 { $min } 到 { $max } 之间的数字。
hint-too-long = 只保留关键词就好，例如 `学生流动`。
hint-no-such-paragraph = 请输入 1 到 { $count } 之间的数字、`6-7` 这样的范围，或段落中的词语。
hint-range-too-long = 一次少引用几段，例如 `{ $example }`。
hint-no-match = 换几个词试试，或者少用几个词。
hint-no-match-topics = 宣言谈到了 { $topics } 等内容。
hint-about = 输入 `{ $about }` 可以查看概览。
hint-known = 可选项：{ $known }。
hint-unknown-button = 重新运行该命令即可获得新的按钮。
hint-empty-message = 请在有文字的消息上使用；嵌入内容和附件不会被读取。
hint-slow-down = 请在 { $seconds } 秒后重试。
hint-not-allowed = 请联系管理员：管理员的用户 ID 必须在 ASEM_ADMIN_USER_IDS 中。
hint-reload-failed = 请修正 `data/` 中的那一行，然后再次运行 `{ $reload }`（或向进程发送 SIGHUP）。
hint-internal = 请稍后再试。
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = 会议是什么时候举行的？
example-search-query = 资格认可

# 按钮（最多 80 个字符）和搜索结果的标题。
button-show = 查看 ¶{ $paragraph }
button-post-paragraph = 发布 ¶{ $paragraph }
button-post = 发布到频道
button-more = 更多结果
button-back = 上一步
button-next = 下一步
search-title = 搜索：{ $query }
search-results = 第 { $first }–{ $last } 条结果，按相关度排序。
quote-choose-title = 哪一段？
quote-choose = 有多个段落与“{ $asked }”匹配。点击其中一个即可将其发布到频道；在你点击之前不会发布任何内容。
menu-title = 宣言中的相关内容
menu-for = 针对的消息：“{ $message }”

# 摘要、/ask、会议、/facts、/meetings、/commitments、/glossary、新手导览（/about）和 /reload。
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = 摘要为英文
cite-footnote = ¶{ $paragraph } 脚注
cite-heading = 标题

# /ask
ask-also = 宣言中的其他相关内容
ask-press = 点击按钮即可阅读完整段落
ask-closest = 宣言中最接近的内容
ask-closest-footer = { $title } 中最接近的内容：{ $paragraphs }
ask-not-that-paragraph = 那是 ¶{ $found }，不是 ¶{ $guessed }。
search-corrected = 以下是这些词的搜索结果：{ $query }
search-no-further = { $query }（没有更多结果）

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = 地点
meeting-label-year = 年份
meeting-label-dates = 日期
meeting-label-theme = 主题
meeting-label-host = 主办方
meeting-label-chair = 主席
meeting-label-participants = 与会方
meeting-label-headcount = 与会规模
meeting-label-signatories = 签署方
meeting-label-outcome = 成果
meeting-label-count = 会议届数
meeting-label-meeting = 会议
meeting-process = { $label } · ASEM 教育进程
meeting-all = 宣言提到了 { $count } 届 ASEM 教育部长会议：{ $list }。用 `{ $meetings }` 可查看每届会议的主题。
meeting-next = 下一届 ASEM 教育部长会议
meeting-future = 宣言没有提到{ $which }的任何信息：在哪里、何时举行，由谁主办，都没有说。下面是最接近的内容。
# `{ $number }` is the plain number (7).
meeting-summit = 第 { $number } 届 ASEM 首脑会议
meeting-before-first = 第一届之前的 ASEM 教育部长会议
meeting-unmentioned = 宣言没有提到{ $what }。宣言提到的是：{ $named }。
meeting-held = { $name }（{ $short }）于 { $year } 年在 { $city } 举行。
meeting-its-theme = 主题：*“{ $theme }”*。
meeting-theme = { $short }（{ $city }，{ $year } 年）的主题是 *“{ $theme }”*。
meeting-only-year = 宣言只给出了年份：{ $name }（{ $short }）于 { $year } 年在 { $city } 举行；没有说具体是哪几天。
meeting-number = { $year } 年在 { $city } 举行的 { $short } 是 { $name }。
meeting-unstated-theme = 宣言没有说明 { $name }（{ $city }，{ $year } 年）的主题是什么。下面是最接近的内容。
meeting-unstated-host = 宣言没有说明 { $name }（{ $city }，{ $year } 年）由谁主办。下面是最接近的内容。
meeting-unstated-chair = 宣言没有说明 { $name }（{ $city }，{ $year } 年）由谁担任主席。下面是最接近的内容。
meeting-unstated-participants = 宣言没有说明有谁参加了 { $name }（{ $city }，{ $year } 年）。下面是最接近的内容。
meeting-unstated-party = 宣言没有逐一列出 { $name }（{ $city }，{ $year } 年）的参加者，因此没有说明你问到的对象是否出席。下面是最接近的内容。
meeting-unstated-headcount = 宣言没有说明有多少国家或多少人参加了 { $name }（{ $city }，{ $year } 年）。下面是最接近的内容。
meeting-unstated-signatories = 宣言没有说明在 { $name }（{ $city }，{ $year } 年）上有谁签署了什么。下面是最接近的内容。
meeting-unstated-outcome = 宣言没有说明 { $name }（{ $city }，{ $year } 年）通过了什么。下面是最接近的内容。
meeting-outcome = 宣言提到，从第 1 届到第 6 届，每届 ASEM 教育部长会议都通过了《主席结论》（Conclusions by the Chair），为每连续两年确定了 ASEM 教育优先事项和联合倡议；{ $name }（{ $city }，{ $year } 年）就是其中一届。宣言没有给出这些结论的内容。

# /facts and /meetings
facts-footer = { $title } · 用 `{ $command }` 查看单项信息
meetings-title = ASEM 教育进程，{ $first }–{ $last }
meetings-description = 教育部长会议是如何开始的，历届会议又在哪里举行。
meetings-source = 来源：{ $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = 承诺 · { $theme }
commitments-matched = 部长们在这方面作出的承诺，按相关度排序，均为宣言原话。
commitments-overview = 承诺 · { $themes } 个主题，共 { $count } 项
commitments-overview-description = 部长们作出的承诺，每项都保留宣言原文的措辞力度（declare、will strive、express willingness…）。
commitments-footer = { $title } · 点击主题查看，或使用 `{ $command }`
commitment-source = — { $paragraph } · 原文措辞：*{ $strength }*

# /glossary
glossary-title = 术语表 · { $count } 个术语
glossary-footer = 用 `{ $command }` 查看单个术语的解释
term-in = 见于 { $paragraph }
term-used = 出现在 { $title } { $paragraphs }

# /about, 新手导览
tour-footer = 第 { $step } 步，共 { $steps } 步 · { $title }
tour-welcome-title = 欢迎 · 什么是 ASEM？
tour-asem = 所谓 **ASEM**（{ $expansion }，亚欧会议），是亚洲与欧洲开展合作的平台。
tour-meeting-title = 本次会议 · { $meeting }
tour-when = 时间
tour-where = 地点
tour-theme = 主题
tour-adopted = 部长们通过了 **{ $title }**（{ $paragraph }），其开头的标题为 *{ $subtitle }*。
tour-facts = 用 `{ $facts }` 可查看会议概况卡片。
tour-declaration-title = 宣言 · 共 { $count } 段
tour-quote = 用 `{ $example }` 可逐字发布某一段落。
tour-themes-title = 主要主题
tour-commitments = 用 `{ $example }` 可列出各项承诺，并附原文措辞。
tour-use-title = 使用方法
tour-use-ask = `{ $ask }`：用你自己的话提问即可，例如 *会议由谁主办？* 或 *在线课程呢？*
tour-use-search = `{ $search }`：列出最相关的段落；点击 **{ $show }** 即可阅读完整段落。
tour-use-quote = `{ $quote }`：逐字发布某一段落，所有人可见。
tour-use-cards = `{ $facts }`、`{ $meetings }`、`{ $commitments }`、`{ $glossary }`：查看参考卡片。
tour-use-menu = 右键点击一条消息 › 应用 › **{ $menu }**，即可查找与之相关的内容。
tour-use-help = 提问时 @我，或用 `{ $help }` 查看所有命令。

# /reload (administrators)
reload-title = 已重新加载
reload-done = 现已载入 { $documents } 份文档、{ $paragraphs } 个段落（读取并建立索引用时 { $ms } 毫秒）。

console-only-you = （仅你可见）
console-no-suggestions = （无建议）
