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

# 要約、/ask、会合、/facts、/meetings、/commitments、/glossary、ガイド（/about）、/reload。
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = 要約は英語です
cite-footnote = ¶{ $paragraph } の脚注
cite-heading = 見出し

# /ask
ask-also = 宣言のその他の関連箇所
ask-press = ボタンを押すと段落全体を読めます
ask-closest = 宣言の中で最も近い箇所
ask-closest-footer = { $title } の中で最も近い箇所：{ $paragraphs }
ask-not-that-paragraph = ¶{ $guessed } ではなく ¶{ $found } です。
search-corrected = 次の語句で検索した結果を表示しています：{ $query }
search-no-further = { $query }（これ以上の結果はありません）

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = 開催地
meeting-label-year = 開催年
meeting-label-dates = 日程
meeting-label-theme = テーマ
meeting-label-host = 主催
meeting-label-chair = 議長
meeting-label-participants = 参加者
meeting-label-headcount = 参加規模
meeting-label-signatories = 署名者
meeting-label-outcome = 成果
meeting-label-count = 会合数
meeting-label-meeting = 会合
meeting-process = { $label } · ASEM教育プロセス
meeting-all = 宣言に出てくる ASEM 教育大臣会合は { $count } 回です：{ $list }。各会合のテーマは `{ $meetings }` で確認できます。
meeting-next = 次回のASEM教育大臣会合
meeting-future = 宣言は{ $which }について、開催地・時期・主催国を含め何も述べていません。最も近い箇所を下に示します。
# `{ $number }` is the plain number (7).
meeting-summit = 第{ $number }回ASEM首脳会合
meeting-before-first = 第1回より前のASEM教育大臣会合
meeting-unmentioned = 宣言は{ $what }に触れていません。宣言に出てくるのは次のとおりです：{ $named }。
meeting-held = { $name }（{ $short }）は { $year } 年に { $city } で開催されました。
meeting-its-theme = テーマ：*「{ $theme }」*
meeting-theme = { $short }（{ $city }、{ $year } 年）のテーマは *「{ $theme }」* でした。
meeting-only-year = 宣言に書かれているのは年だけです。{ $name }（{ $short }）は { $year } 年に { $city } で開催されましたが、何日だったかは書かれていません。
meeting-number = { $year } 年に { $city } で開催された { $short } は、{ $name } です。
meeting-unstated-theme = 宣言には、{ $name }（{ $city }、{ $year } 年）のテーマは書かれていません。最も近い箇所を下に示します。
meeting-unstated-host = 宣言には、{ $name }（{ $city }、{ $year } 年）をどこが主催したかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-chair = 宣言には、{ $name }（{ $city }、{ $year } 年）で誰が議長を務めたかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-participants = 宣言には、{ $name }（{ $city }、{ $year } 年）に誰が参加したかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-party = 宣言は { $name }（{ $city }、{ $year } 年）の参加者を個別には挙げていないため、お尋ねの対象が出席したかどうかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-headcount = 宣言には、{ $name }（{ $city }、{ $year } 年）に何か国・何人が参加したかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-signatories = 宣言には、{ $name }（{ $city }、{ $year } 年）で誰が何に署名したかは書かれていません。最も近い箇所を下に示します。
meeting-unstated-outcome = 宣言には、{ $name }（{ $city }、{ $year } 年）で何が採択されたかは書かれていません。最も近い箇所を下に示します。
meeting-outcome = 宣言には、第1回から第6回までの各 ASEM 教育大臣会合で、連続する2年間ごとの ASEM の教育上の優先事項と共同イニシアティブを特定する議長結論（Conclusions by the Chair）が採択されたと書かれています。{ $name }（{ $city }、{ $year } 年）はその一つです。議長結論の内容は宣言には書かれていません。

# /facts and /meetings
facts-footer = { $title } · 項目を1つだけ見るには `{ $command }`
meetings-title = ASEM教育プロセス（{ $first }–{ $last } 年）
meetings-description = 教育大臣会合がどのように始まり、どこで開かれてきたかをまとめています。
meetings-source = 出典：{ $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = コミットメント · { $theme }
commitments-matched = この点について大臣たちが約束したことを、関連の深い順に、宣言の言葉のまま示します。
commitments-overview = コミットメント · { $themes } テーマ・{ $count } 件
commitments-overview-description = 大臣たちが約束したことを、宣言で使われた表現の強さ（declare、will strive、express willingness など）とともに示します。
commitments-footer = { $title } · テーマのボタンを押すか、`{ $command }` で表示できます
commitment-source = — { $paragraph } · 原文の表現：*{ $strength }*

# /glossary
glossary-title = 用語集 · { $count } 語
glossary-footer = 用語を1つ説明するには `{ $command }`
term-in = { $paragraph } での用例
term-used = 使用箇所：{ $title } { $paragraphs }

# /about, 初めての人向けのガイド
tour-footer = ステップ { $step }/{ $steps } · { $title }
tour-welcome-title = ようこそ · ASEMとは？
tour-asem = アジアと欧州が協力するための枠組み、それが **ASEM**（{ $expansion }）です。
tour-meeting-title = 今回の会合 · { $meeting }
tour-when = 日程
tour-where = 開催地
tour-theme = テーマ
tour-adopted = 大臣たちは **{ $title }**（{ $paragraph }）を採択しました。冒頭の表題は *{ $subtitle }* です。
tour-facts = 会合の基本情報カードは `{ $facts }` で表示できます。
tour-declaration-title = 宣言 · 全 { $count } 段落
tour-quote = `{ $example }` で段落を原文どおりに投稿できます。
tour-themes-title = 主なテーマ
tour-commitments = `{ $example }` で、約束された内容を原文の言葉どおりに一覧表示できます。
tour-use-title = 使い方
tour-use-ask = `{ $ask }`：自分の言葉で質問すると答えます。例：*会合を主催したのは？*、*オンライン講座については？*
tour-use-search = `{ $search }`：関連性の高い段落を一覧表示します。**{ $show }** を押すと段落全体を読めます。
tour-use-quote = `{ $quote }`：段落を原文どおり、全員に見える形で投稿します。
tour-use-cards = `{ $facts }`、`{ $meetings }`、`{ $commitments }`、`{ $glossary }`：参照用のカードを表示します。
tour-use-menu = メッセージを右クリック › アプリ › **{ $menu }** で、そのメッセージに関連する箇所を探せます。
tour-use-help = 質問を添えてメンションするか、`{ $help }` で全コマンドを確認できます。

# /reload (administrators)
reload-title = 再読み込みしました
reload-done = 現在、{ $documents } 件の文書と { $paragraphs } 段落で回答しています（読み込みと索引作成に { $ms } ms）。

console-only-you = (あなただけに表示されています)
console-no-suggestions = (候補はありません)
