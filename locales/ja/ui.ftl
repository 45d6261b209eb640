# Japanese: what the bot writes in its replies.

help-title = asem-bot のコマンド
help-message-menu = メッセージメニュー
help-menu-description = メッセージに関連する宣言の段落を探します
help-mention = 質問を添えてメンションすると、`{ $ask }` の回答をリプライで返します。
help-footer = 回答の出典：ASEMME6 ソウル宣言（2017年）
# Shown under the command list in every language but English.
help-english-note = 回答では、宣言を公式の英語原文のまま引用しています。

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = 入力を確認してください
title-no-match = 見つかりませんでした
title-slow-down = 少しお待ちください
title-reload-failed = 再読み込みに失敗しました
title-sorry = 申し訳ありません
error-empty-line = `{ $example }` のようにコマンドを入力してください。一覧は `{ $help }` で確認できます。
error-unknown-command = `/{ $command }` というコマンドはありません。
error-unknown-option = `{ $command }` に `{ $option }` というオプションはありません。
error-missing-option = `{ $command }` には `{ $option }` の指定が必要です。
error-bad-number = `{ $option }` には { $min }～{ $max } の整数を指定してください（「{ $given }」は指定できません）。
error-too-long = `{ $option }` が { $length } 文字あります。受け付けられるのは { $max } 文字までです。
error-no-such-paragraph = ¶{ $asked } はありません。{ $title } の段落は ¶1～¶{ $count } の全 { $count } 段落です。
error-range-too-long = ¶{ $first }–{ $last } をまとめると長すぎて、Discord のメッセージ 1 件に収まりません。
error-no-match = 宣言の中に「{ $query }」に一致する箇所は見つかりませんでした。
error-unknown-choice = 「{ $given }」という { $what } は見当たりません。
error-unknown-button = このボタンは期限切れか、このボットのものではありません。
error-empty-message = そのメッセージには検索できるテキストがありません。
error-slow-down-user = 少しペースを落としてください。コマンドは { $seconds } 秒ごとに { $count } 回まで実行できます。
error-slow-down-channel = 少しペースを落としてください。このチャンネルでは、コマンドは { $seconds } 秒ごとに { $count } 回まで実行できます。
error-not-allowed = `{ $command }` はボットの管理者専用です。
error-reload-failed = データを再読み込みできませんでした。引き続き、以前に読み込んだデータで回答しています。
error-internal = 回答中にこちら側で問題が発生しました。
hint-help = `{ $help }` と入力すると、すべてのコマンドを確認できます。
hint-usage = 使い方：`{ $usage }`
hint-example = 例：`{ $example }`
hint-bad-number = { $min }～{ $max } の数字を選んでください。
hint-too-long = `学生の流動性` のように、大事な言葉だけに絞ってください。
hint-no-such-paragraph = 1～{ $count } の数字、`6-7` のような範囲、または段落内の言葉を指定してください。
hint-range-too-long = `{ $example }` のように、一度に引用する段落を減らしてください。
hint-no-match = 別の言葉を使うか、言葉の数を減らしてみてください。
hint-no-match-topics = 宣言では { $topics } などについて述べています。
hint-about = `{ $about }` で概要を確認できます。
hint-known = 指定できるもの：{ $known }
hint-unknown-button = コマンドをもう一度実行すると、新しいボタンが表示されます。
hint-empty-message = 文字が入ったメッセージで使ってください。埋め込みと添付ファイルは読み取りません。
hint-slow-down = { $seconds } 秒後にもう一度お試しください。
hint-not-allowed = 管理者に依頼してください。管理者のユーザー ID が ASEM_ADMIN_USER_IDS に登録されている必要があります。
hint-reload-failed = `data/` のその行を修正してから、もう一度 `{ $reload }` を実行してください（またはプロセスに SIGHUP を送ってください）。
hint-internal = 少し時間をおいてから、もう一度お試しください。
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = 会議はいつ開催されましたか？
example-search-query = 資格の承認

# ボタン（最大 80 文字）と検索結果の見出し。
button-show = ¶{ $paragraph } を表示
button-post-paragraph = ¶{ $paragraph } を投稿
button-post = チャンネルに投稿
button-more = 結果をもっと見る
button-back = 戻る
button-next = 次へ
search-title = 検索：{ $query }
search-results = 結果 { $first }–{ $last }（関連度の高い順）
quote-choose-title = どの段落ですか？
quote-choose = 「{ $asked }」に一致する段落が複数あります。ボタンを押すと、その段落をチャンネルに投稿します。押すまでは何も投稿されません。
menu-title = 宣言の関連箇所
menu-for = 対象のメッセージ：「{ $message }」
