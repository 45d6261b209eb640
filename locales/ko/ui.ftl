# Korean: what the bot writes in its replies.

help-title = asem-bot 명령어
help-message-menu = 메시지 메뉴
help-menu-description = 메시지와 관련된 선언문 단락을 찾습니다
help-mention = 질문과 함께 저를 멘션하면 `{ $ask }` 답변을 답장으로 보내 드려요.
help-footer = 답변 출처: ASEMME6 서울 선언문 (2017)
# Shown under the command list in every language but English.
help-english-note = 답변은 선언문의 공식 영어 원문을 인용합니다.
