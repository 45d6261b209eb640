# Japanese: the command table as Discord shows it in the command picker.

command-ask = 質問
    .description = ソウル宣言について質問し、その答えとなる段落を表示します
option-ask-question = 質問内容
    .description = 質問を自分の言葉で入力してください

command-search = 検索
    .description = 宣言を検索し、該当箇所を強調表示して関連性の高い段落を一覧表示します
option-search-query = キーワード
    .description = 検索する語句 (誤字や略語でも大丈夫です)
option-search-limit = 件数
    .description = 表示する段落の数 (1–10, 既定値 5)

command-quote = 引用
    .description = 宣言の段落を原文どおり、出典付きで投稿します
option-quote-paragraph = 段落
    .description = 番号 (6)、範囲 (6-7)、または段落中の語句

command-facts = 概要
    .description = 会合の基本情報：日程、開催地、テーマ、主催、参加者
option-facts-topic = 項目
    .description = 項目を1つ指定 (例: dates, place, theme, host)

command-meetings = 歴代会合
    .description = ASEM教育大臣会合の年表 (2006年〜2017年)

command-commitments = コミットメント
    .description = 大臣たちが約束した取組をテーマ別に、対応する段落とともに表示します
option-commitments-theme = テーマ
    .description = テーマを1つ指定 (例: mobility, recognition, ict)

command-glossary = 用語集
    .description = 宣言に出てくる略語とプログラム (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = 用語
    .description = 説明してほしい用語または略語

command-about = ガイド
    .description = 簡単なガイド：ASEM、今回の会合、宣言、このボットの使い方

command-help = ヘルプ
    .description = 全コマンドを1行ずつ表示します

command-reload = 再読み込み
    .description = 管理者用：再起動せずに data/ を再読み込み (新データに不備があれば旧データを使い続けます)

command-find-in-declaration = 宣言内を検索
