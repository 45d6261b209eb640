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
