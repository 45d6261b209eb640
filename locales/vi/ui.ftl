# Vietnamese: what the bot writes in its replies.

help-title = Lệnh của asem-bot
help-message-menu = menu tin nhắn
help-menu-description = Tìm các đoạn của tuyên bố liên quan đến một tin nhắn
help-mention = Nhắc đến tôi kèm câu hỏi để nhận câu trả lời của `{ $ask }` ngay trong tin nhắn trả lời.
help-footer = Câu trả lời dựa trên Tuyên bố Seoul của ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Câu trả lời trích dẫn tuyên bố theo văn bản tiếng Anh chính thức.
