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
