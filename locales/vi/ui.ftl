# Vietnamese: what the bot writes in its replies.

help-title = Lệnh của asem-bot
help-message-menu = menu tin nhắn
help-menu-description = Tìm các đoạn của tuyên bố liên quan đến một tin nhắn
help-mention = Nhắc đến tôi kèm câu hỏi để nhận câu trả lời của `{ $ask }` ngay trong tin nhắn trả lời.
help-footer = Câu trả lời dựa trên Tuyên bố Seoul của ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = Câu trả lời trích dẫn tuyên bố theo văn bản tiếng Anh chính thức.

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = Chưa đúng lắm
title-no-match = Không có kết quả
title-slow-down = Chậm lại chút nhé
title-reload-failed = Không tải lại được
title-sorry = Xin lỗi
error-empty-line = Hãy nhập một lệnh, ví dụ `{ $example }`, hoặc `{ $help }` để xem danh sách lệnh.
error-unknown-command = Không có lệnh `/{ $command }`.
error-unknown-option = `{ $command }` không có tùy chọn `{ $option }`.
error-missing-option = `{ $command }` cần có `{ $option }`.
error-bad-number = `{ $option }` nhận một số nguyên từ { $min } đến { $max }, không phải “{ $given }”.
error-too-long = `{ $option }` dài { $length } ký tự; tôi chỉ nhận tối đa { $max } ký tự.
error-no-such-paragraph = Không có ¶{ $asked }: { $title } có { $count } đoạn, từ ¶1 đến ¶{ $count }.
error-range-too-long = ¶{ $first }–{ $last } gộp lại dài hơn mức một tin nhắn Discord có thể chứa.
error-no-match = Không có nội dung nào trong tuyên bố khớp với “{ $query }”.
error-unknown-choice = Tôi không biết { $what } “{ $given }”.
error-unknown-button = Nút này đã hết hạn hoặc không phải của tôi.
error-empty-message = Tin nhắn đó không có chữ nào để tôi tìm kiếm.
error-slow-down-user = Chậm lại một chút nhé: bạn có thể chạy { $count } lệnh mỗi { $seconds } giây.
error-slow-down-channel = Chậm lại một chút nhé: kênh này có thể chạy { $count } lệnh mỗi { $seconds } giây.
error-not-allowed = `{ $command }` chỉ dành cho quản trị viên của bot.
error-reload-failed = Dữ liệu chưa được tải lại; tôi vẫn đang trả lời bằng dữ liệu đã tải trước đó.
error-internal = Đã có lỗi xảy ra ở phía tôi khi trả lời.
hint-help = Nhập `{ $help }` để xem tất cả các lệnh.
hint-usage = Cách dùng: `{ $usage }`
hint-example = Ví dụ: `{ $example }`
hint-bad-number = Hãy chọn một số từ { $min } đến { $max }.
hint-too-long = Hãy rút gọn lại chỉ còn những từ quan trọng, ví dụ `dịch chuyển sinh viên`.
hint-no-such-paragraph = Hãy chọn một số từ 1 đến { $count }, một khoảng như `6-7`, hoặc các từ có trong đoạn.
hint-range-too-long = Hãy trích ít đoạn hơn mỗi lần, ví dụ `{ $example }`.
hint-no-match = Hãy thử từ khác, hoặc dùng ít từ hơn.
hint-no-match-topics = Tuyên bố có nói về { $topics }.
hint-about = `{ $about }` cho bạn cái nhìn tổng quan.
hint-known = Các lựa chọn có sẵn: { $known }.
hint-unknown-button = Hãy chạy lại lệnh để có nút mới.
hint-empty-message = Hãy dùng trên tin nhắn có chữ; phần nhúng và tệp đính kèm sẽ không được đọc.
hint-slow-down = Hãy thử lại sau { $seconds } giây.
hint-not-allowed = Hãy nhờ quản trị viên: ID người dùng của họ phải có trong ASEM_ADMIN_USER_IDS.
hint-reload-failed = Hãy sửa dòng đó trong `data/`, rồi chạy lại `{ $reload }` (hoặc gửi SIGHUP cho tiến trình).
hint-internal = Vui lòng thử lại sau giây lát.
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = Cuộc họp diễn ra khi nào?
example-search-query = công nhận văn bằng

# Các nút (tối đa 80 ký tự) và tiêu đề của kết quả tìm kiếm.
button-show = Xem ¶{ $paragraph }
button-post-paragraph = Đăng ¶{ $paragraph }
button-post = Đăng lên kênh
button-more = Thêm kết quả
button-back = Quay lại
button-next = Tiếp theo
search-title = Tìm kiếm: { $query }
search-results = Kết quả { $first }–{ $last }, phù hợp nhất xếp trước.
quote-choose-title = Đoạn nào?
quote-choose = Có nhiều đoạn khớp với “{ $asked }”. Hãy bấm vào một đoạn để đăng đoạn đó lên kênh; sẽ không có gì được đăng cho đến khi bạn bấm.
menu-title = Nội dung liên quan trong tuyên bố
menu-for = Cho tin nhắn: “{ $message }”
