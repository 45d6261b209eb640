# Japanese: what the bot writes in its replies.

help-title = asem-bot のコマンド
help-message-menu = メッセージメニュー
help-menu-description = メッセージに関連する宣言の段落を探します
help-mention = 質問を添えてメンションすると、`{ $ask }` の回答をリプライで返します。
help-footer = 回答の出典：ASEMME6 ソウル宣言（2017年）
# Shown under the command list in every language but English.
help-english-note = 回答では、宣言を公式の英語原文のまま引用しています。
