# Korean: what the bot writes in its replies.

help-title = asem-bot 명령어
help-message-menu = 메시지 메뉴
help-menu-description = 메시지와 관련된 선언문 단락을 찾습니다
help-mention = 질문과 함께 저를 멘션하면 `{ $ask }` 답변을 답장으로 보내 드려요.
help-footer = 답변 출처: ASEMME6 서울 선언문 (2017)
# Shown under the command list in every language but English.
help-english-note = 답변은 선언문의 공식 영어 원문을 인용합니다.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = 다시 확인해 주세요
title-no-match = 결과 없음
title-slow-down = 천천히 해 주세요
title-reload-failed = 다시 불러오기 실패
title-sorry = 죄송해요
error-empty-line = `{ $example }`처럼 명령어를 입력하거나, `{ $help }`로 전체 목록을 확인해 주세요.
error-unknown-command = `/{ $command }` 명령어는 없어요.
error-unknown-option = `{ $command }`에는 `{ $option }` 옵션이 없어요.
error-missing-option = `{ $command }`에는 `{ $option }` 옵션이 필요해요.
error-bad-number = `{ $option }` 값은 { $min }부터 { $max }까지의 정수여야 해요(입력한 값: “{ $given }”).
error-too-long = `{ $option }` 값이 { $length }자예요. 최대 { $max }자까지만 받을 수 있어요.
error-no-such-paragraph = ¶{ $asked } 단락은 없어요. { $title }의 단락은 ¶1부터 ¶{ $count }까지 모두 { $count }개예요.
error-range-too-long = ¶{ $first }–{ $last } 전체는 Discord 메시지 하나에 담기에 너무 길어요.
error-no-match = 선언문에서 “{ $query }”에 해당하는 내용을 찾지 못했어요.
error-unknown-choice = { $what } 중에서 “{ $given }”에 해당하는 것을 찾지 못했어요.
error-unknown-button = 이 버튼은 만료되었거나 제 버튼이 아니에요.
error-empty-message = 그 메시지에는 검색할 수 있는 텍스트가 없어요.
error-slow-down-user = 조금만 천천히 해 주세요. 명령어는 { $seconds }초마다 { $count }개까지 실행할 수 있어요.
error-slow-down-channel = 조금만 천천히 해 주세요. 이 채널에서는 명령어를 { $seconds }초마다 { $count }개까지 실행할 수 있어요.
error-not-allowed = `{ $command }` 명령어는 봇 관리자만 사용할 수 있어요.
error-reload-failed = 데이터를 다시 불러오지 못했어요. 지금은 이전에 불러온 데이터로 계속 답변하고 있어요.
error-internal = 답변하는 중에 제 쪽에서 문제가 생겼어요.
hint-help = `{ $help }` 명령어로 모든 명령어를 볼 수 있어요.
hint-usage = 사용법: `{ $usage }`
hint-example = 예시: `{ $example }`
hint-bad-number = { $min }부터 { $max }까지의 숫자를 골라 주세요.
hint-too-long = `학생 이동`처럼 꼭 필요한 단어만 남겨 주세요.
hint-no-such-paragraph = 1부터 { $count }까지의 숫자, `6-7` 같은 범위, 또는 단락에 나오는 단어를 입력해 주세요.
hint-range-too-long = `{ $example }`처럼 한 번에 인용하는 단락 수를 줄여 주세요.
hint-no-match = 다른 단어로 바꾸거나 단어 수를 줄여 보세요.
hint-no-match-topics = 선언문은 { $topics } 등을 다루고 있어요.
hint-about = `{ $about }`에서 전체 개요를 볼 수 있어요.
hint-known = 선택할 수 있는 항목: { $known }
hint-unknown-button = 명령어를 다시 실행하면 새 버튼이 나와요.
hint-empty-message = 글이 있는 메시지에 사용해 주세요. 임베드와 첨부 파일은 읽지 않아요.
hint-slow-down = { $seconds }초 후에 다시 시도해 주세요.
hint-not-allowed = 관리자에게 부탁해 주세요. 관리자의 사용자 ID가 ASEM_ADMIN_USER_IDS에 등록되어 있어야 해요.
hint-reload-failed = `data/`에서 해당 줄을 고친 다음 `{ $reload }` 명령어를 다시 실행해 주세요(또는 프로세스에 SIGHUP을 보내 주세요).
hint-internal = 잠시 후 다시 시도해 주세요.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = 회의는 언제 열렸나요?
example-search-query = 자격 인정

# 버튼(최대 80자)과 검색 결과 제목.
button-show = ¶{ $paragraph } 보기
button-post-paragraph = ¶{ $paragraph } 게시
button-post = 채널에 게시
button-more = 결과 더 보기
button-back = 이전
button-next = 다음
search-title = 검색: { $query }
search-results = 결과 { $first }–{ $last }, 관련도 높은 순.
quote-choose-title = 어떤 단락인가요?
quote-choose = “{ $asked }”에 해당하는 단락이 여러 개예요. 하나를 누르면 그 단락을 채널에 게시해요. 누르기 전에는 아무것도 게시되지 않아요.
menu-title = 선언문의 관련 단락
menu-for = 대상 메시지: “{ $message }”

# 요약, /ask, 회의, /facts, /meetings, /commitments, /glossary, 안내(/about), /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = 요약은 영어로 작성됨
cite-footnote = ¶{ $paragraph } 각주
cite-heading = 제목

# /ask
ask-also = 선언문의 다른 관련 단락
ask-press = 버튼을 누르면 단락 전체를 볼 수 있어요
ask-closest = 선언문에서 가장 가까운 내용
ask-closest-footer = { $title }에서 가장 가까운 내용: { $paragraphs }
ask-not-that-paragraph = ¶{ $guessed } 말고 ¶{ $found }에 있어요.
search-corrected = 다음 검색어로 찾은 결과: { $query }
search-no-further = { $query } (더 이상 결과 없음)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
# Particles that change with the last sound (은/는, 이/가) are avoided after these English names.
meeting-label-city = 장소
meeting-label-year = 연도
meeting-label-dates = 일정
meeting-label-theme = 주제
meeting-label-host = 주최
meeting-label-chair = 의장
meeting-label-participants = 참가자
meeting-label-headcount = 참가 규모
meeting-label-signatories = 서명자
meeting-label-outcome = 성과
meeting-label-count = 회의 수
meeting-label-meeting = 회의
meeting-process = { $label } · ASEM 교육 프로세스
meeting-all = 선언문에 나오는 ASEM 교육장관회의는 모두 { $count }회예요: { $list }. `{ $meetings }`에서 회의별 주제를 볼 수 있어요.
meeting-next = 다음 ASEM 교육장관회의
meeting-future = 선언문은 { $which }에 대해 장소, 시기, 주최국 등 아무것도 말하지 않아요. 가장 가까운 내용은 아래에 있어요.
# `{ $number }` is the plain number (7).
meeting-summit = 제{ $number }차 ASEM 정상회의
meeting-before-first = 제1차 이전의 ASEM 교육장관회의
meeting-unmentioned = 선언문에는 { $what }에 대한 언급이 없어요. 선언문에 나오는 회의: { $named }.
meeting-held = { $name }({ $short }) 회의는 { $year }년 { $city }에서 열렸어요.
meeting-its-theme = 주제: *“{ $theme }”*
meeting-theme = { $short }({ $city }, { $year }) 회의의 주제는 다음과 같아요: *“{ $theme }”*
meeting-only-year = 선언문에는 연도만 나와요. { $name }({ $short }) 회의는 { $year }년 { $city }에서 열렸지만, 정확한 날짜는 나와 있지 않아요.
meeting-number = { $year }년 { $city }에서 열린 { $short } 회의는 순서로 치면 { $name }에 해당해요.
meeting-unstated-theme = 선언문에는 { $name }({ $city }, { $year }) 회의의 주제가 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-host = 선언문에는 { $name }({ $city }, { $year }) 회의를 누가 주최했는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-chair = 선언문에는 { $name }({ $city }, { $year }) 회의에서 누가 의장을 맡았는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-participants = 선언문에는 { $name }({ $city }, { $year }) 회의에 누가 참가했는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-party = 선언문은 { $name }({ $city }, { $year }) 회의 참가자를 하나하나 밝히지 않아서, 물어보신 대상이 참석했는지는 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-headcount = 선언문에는 { $name }({ $city }, { $year }) 회의에 몇 개국, 몇 명이 참가했는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-signatories = 선언문에는 { $name }({ $city }, { $year }) 회의에서 누가 무엇에 서명했는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-unstated-outcome = 선언문에는 { $name }({ $city }, { $year }) 회의에서 무엇이 채택되었는지 나와 있지 않아요. 가장 가까운 내용은 아래에 있어요.
meeting-outcome = 선언문에 따르면 제1차부터 제6차까지 각 ASEM 교육장관회의에서는 연속된 2년 단위로 ASEM 교육 우선순위와 공동 이니셔티브를 밝힌 의장 결론(Conclusions by the Chair)이 채택되었어요. { $name }({ $city }, { $year }) 회의도 그중 하나예요. 의장 결론의 내용은 선언문에 나와 있지 않아요.

# /facts and /meetings
facts-footer = { $title } · 항목 하나만 보려면 `{ $command }`
meetings-title = ASEM 교육 프로세스, { $first }–{ $last }
meetings-description = 교육장관회의가 어떻게 시작되었고 어디에서 열렸는지 보여 드려요.
meetings-source = 출처: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = 약속 · { $theme }
commitments-matched = 이 주제에 대해 장관들이 약속한 내용을 관련도 높은 순으로, 선언문 표현 그대로 보여 드려요.
commitments-overview = 약속 · { $themes }개 주제, { $count }건
commitments-overview-description = 장관들이 약속한 내용을 선언문에 쓰인 표현의 강도(declare, will strive, express willingness…)와 함께 보여 드려요.
commitments-footer = { $title } · 주제 버튼을 누르거나 `{ $command }` 명령어로 확인해 보세요
commitment-source = — { $paragraph } · 원문 표현: *{ $strength }*

# /glossary
glossary-title = 용어집 · 용어 { $count }개
glossary-footer = 용어 하나를 설명하려면 `{ $command }`
term-in = { $paragraph }에서
term-used = 사용된 곳: { $title } { $paragraphs }

# /about, 처음 온 분을 위한 안내
tour-footer = { $steps }단계 중 { $step }단계 · { $title }
tour-welcome-title = 환영해요 · ASEM이란?
tour-asem = 아시아와 유럽이 협력하는 장이 바로 **ASEM**({ $expansion })이에요.
tour-meeting-title = 이번 회의 · { $meeting }
tour-when = 일시
tour-where = 장소
tour-theme = 주제
tour-adopted = 장관들은 **{ $title }**({ $paragraph })을 채택했어요. 머리글의 제목: *{ $subtitle }*
tour-facts = `{ $facts }`에서 회의 정보 카드를 볼 수 있어요.
tour-declaration-title = 선언문 · { $count }개 단락
tour-quote = `{ $example }`처럼 입력하면 단락을 원문 그대로 게시해요.
tour-themes-title = 주요 주제
tour-commitments = `{ $example }`처럼 입력하면 약속한 내용을 원문 표현 그대로 보여 드려요.
tour-use-title = 사용 방법
tour-use-ask = `{ $ask }` — 편하게 질문하면 답해 드려요. 예: *회의 주최국은 어디였나요?*, *온라인 강좌는요?*
tour-use-search = `{ $search }` — 가장 관련 있는 단락을 보여 드려요. **{ $show }** 버튼을 누르면 단락 전체를 읽을 수 있어요.
tour-use-quote = `{ $quote }` — 단락을 원문 그대로, 모두가 볼 수 있게 게시해요.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` — 참고용 정보 카드를 보여 드려요.
tour-use-menu = 메시지를 우클릭 › 앱 › **{ $menu }** 순서로 누르면 관련 내용을 찾아 드려요.
tour-use-help = 질문과 함께 저를 멘션하거나, `{ $help }` 명령어로 모든 명령어를 확인하세요.

# /reload (administrators)
reload-title = 다시 불러오기 완료
reload-done = 이제 문서 { $documents }개, 단락 { $paragraphs }개로 답변해요(읽기와 색인에 { $ms }ms 소요).

console-only-you = (나에게만 보이는 메시지예요)
console-no-suggestions = (추천 항목 없음)
