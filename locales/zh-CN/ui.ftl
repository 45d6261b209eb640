# Simplified Chinese: what the bot writes in its replies.

help-title = asem-bot 命令
help-message-menu = 消息菜单
help-menu-description = 查找与消息相关的宣言段落
help-mention = @我并附上问题，我会以回复的形式给出 `{ $ask }` 的答案。
help-footer = 答案来源：ASEMME6《首尔宣言》（2017）
# Shown under the command list in every language but English.
help-english-note = 答案引用的是宣言的官方英文原文。
