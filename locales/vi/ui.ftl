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

# Tóm tắt, /ask, hội nghị, /facts, /meetings, /commitments, /glossary, phần giới thiệu (/about) và /reload.
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = phần tóm tắt bằng tiếng Anh
cite-footnote = ¶{ $paragraph }, chú thích
cite-heading = tiêu đề

# /ask
ask-also = Cũng có trong tuyên bố
ask-press = Bấm một nút để đọc trọn một đoạn
ask-closest = Nội dung gần nhất trong tuyên bố
ask-closest-footer = Nội dung gần nhất trong { $title }: { $paragraphs }
ask-not-that-paragraph = Đó là ¶{ $found }, không phải ¶{ $guessed }.
search-corrected = Đang hiển thị kết quả cho: { $query }
search-no-further = { $query } (không còn kết quả nào)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = Địa điểm
meeting-label-year = Năm
meeting-label-dates = Ngày
meeting-label-theme = Chủ đề
meeting-label-host = Chủ nhà
meeting-label-chair = Chủ tọa
meeting-label-participants = Thành phần tham dự
meeting-label-headcount = Số lượng tham dự
meeting-label-signatories = Các bên ký kết
meeting-label-outcome = Kết quả
meeting-label-count = Số hội nghị
meeting-label-meeting = Hội nghị
meeting-process = { $label } · tiến trình hợp tác giáo dục ASEM
meeting-all = Tuyên bố nêu { $count } Hội nghị Bộ trưởng Giáo dục ASEM: { $list }. `{ $meetings }` cho biết chủ đề của từng hội nghị.
meeting-next = Hội nghị Bộ trưởng Giáo dục ASEM tiếp theo
meeting-future = Tuyên bố không nói gì về { $which }: diễn ra ở đâu, khi nào hay nước nào đăng cai. Nội dung gần nhất ở bên dưới.
# `{ $number }` is the plain number (7).
meeting-summit = Hội nghị Cấp cao ASEM lần thứ { $number }
meeting-before-first = bất kỳ Hội nghị Bộ trưởng Giáo dục ASEM nào trước lần thứ nhất
meeting-unmentioned = Tuyên bố không nhắc đến { $what }. Tuyên bố có nêu: { $named }.
meeting-held = { $name } ({ $short }) được tổ chức tại { $city } vào năm { $year }.
meeting-its-theme = Chủ đề: *“{ $theme }”*.
meeting-theme = Chủ đề của { $short } ({ $city }, { $year }) là *“{ $theme }”*.
meeting-only-year = Tuyên bố chỉ nêu năm: { $name } ({ $short }) được tổ chức tại { $city } vào năm { $year }; tuyên bố không nói cụ thể vào những ngày nào.
meeting-number = { $short } tại { $city } ({ $year }) là { $name }.
meeting-unstated-theme = Tuyên bố không nói chủ đề của { $name } ({ $city }, { $year }) là gì. Nội dung gần nhất ở bên dưới.
meeting-unstated-host = Tuyên bố không nói ai đăng cai { $name } ({ $city }, { $year }). Nội dung gần nhất ở bên dưới.
meeting-unstated-chair = Tuyên bố không nói ai chủ trì { $name } ({ $city }, { $year }). Nội dung gần nhất ở bên dưới.
meeting-unstated-participants = Tuyên bố không nói những ai đã tham dự { $name } ({ $city }, { $year }). Nội dung gần nhất ở bên dưới.
meeting-unstated-party = Tuyên bố không liệt kê cụ thể những ai đã tham dự { $name } ({ $city }, { $year }), nên không cho biết đối tượng bạn hỏi có tham dự hay không. Nội dung gần nhất ở bên dưới.
meeting-unstated-headcount = Tuyên bố không nói có bao nhiêu quốc gia hay bao nhiêu người tham dự { $name } ({ $city }, { $year }). Nội dung gần nhất ở bên dưới.
meeting-unstated-signatories = Tuyên bố không nói ai đã ký văn kiện nào tại { $name } ({ $city }, { $year }). Nội dung gần nhất ở bên dưới.
meeting-unstated-outcome = Tuyên bố không nói { $name } ({ $city }, { $year }) đã thông qua những gì. Nội dung gần nhất ở bên dưới.
meeting-outcome = Tuyên bố nói rằng tại mỗi Hội nghị Bộ trưởng Giáo dục ASEM, từ lần thứ 1 đến lần thứ 6, đều có Kết luận của Chủ tọa (Conclusions by the Chair) được thông qua, xác định các ưu tiên giáo dục của ASEM và các sáng kiến chung cho từng giai đoạn hai năm liên tiếp; { $name } ({ $city }, { $year }) là một trong số các hội nghị đó. Tuyên bố không nêu nội dung của các kết luận này.

# /facts and /meetings
facts-footer = { $title } · dùng `{ $command }` để xem từng mục
meetings-title = Tiến trình hợp tác giáo dục ASEM, { $first }–{ $last }
meetings-description = Các hội nghị bộ trưởng giáo dục đã bắt đầu như thế nào và được tổ chức ở đâu.
meetings-source = Nguồn: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = Cam kết · { $theme }
commitments-matched = Những gì các bộ trưởng đã cam kết về vấn đề này, liên quan nhất xếp trước, theo đúng lời văn của họ.
commitments-overview = Cam kết · { $count } cam kết thuộc { $themes } chủ đề
commitments-overview-description = Những gì các bộ trưởng đã cam kết, mỗi cam kết kèm mức độ theo đúng từ ngữ của tuyên bố (declare, will strive, express willingness…).
commitments-footer = { $title } · bấm vào một chủ đề để đọc, hoặc dùng `{ $command }`
commitment-source = — { $paragraph } · nguyên văn: *{ $strength }*

# /glossary
glossary-title = Bảng thuật ngữ · { $count } thuật ngữ
glossary-footer = Dùng `{ $command }` để xem giải thích một thuật ngữ
term-in = Trong { $paragraph }
term-used = Xuất hiện trong { $title } { $paragraphs }

# /about, phần giới thiệu cho người mới
tour-footer = Bước { $step }/{ $steps } · { $title }
tour-welcome-title = Chào mừng · ASEM là gì?
tour-asem = Diễn đàn **ASEM** ({ $expansion }) là nơi châu Á và châu Âu hợp tác với nhau.
tour-meeting-title = Hội nghị này · { $meeting }
tour-when = Thời gian
tour-where = Địa điểm
tour-theme = Chủ đề
tour-adopted = Các bộ trưởng đã thông qua **{ $title }** ({ $paragraph }), với tiêu đề ở phần đầu văn bản là *{ $subtitle }*.
tour-facts = `{ $facts }` hiển thị thẻ thông tin về hội nghị.
tour-declaration-title = Tuyên bố · { $count } đoạn
tour-quote = `{ $example }` đăng nguyên văn một đoạn.
tour-themes-title = Các chủ đề chính
tour-commitments = `{ $example }` liệt kê những gì đã được cam kết, kèm nguyên văn.
tour-use-title = Cách sử dụng
tour-use-ask = `{ $ask }` trả lời câu hỏi bạn đặt theo cách của mình, ví dụ *nước nào đăng cai hội nghị?* hoặc *còn các khóa học trực tuyến thì sao?*
tour-use-search = `{ $search }` liệt kê các đoạn phù hợp nhất; bấm **{ $show }** để đọc trọn một đoạn.
tour-use-quote = `{ $quote }` đăng nguyên văn một đoạn cho mọi người cùng xem.
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` để xem các thẻ tra cứu.
tour-use-menu = Nhấp chuột phải vào một tin nhắn › Ứng dụng › **{ $menu }** để tìm nội dung liên quan.
tour-use-help = Nhắc đến tôi kèm câu hỏi, hoặc dùng `{ $help }` để xem tất cả các lệnh.

# /reload (administrators)
reload-title = Đã tải lại
reload-done = Hiện đang dùng { $documents } tài liệu, { $paragraphs } đoạn (đọc và lập chỉ mục trong { $ms } ms).

console-only-you = (chỉ bạn nhìn thấy tin nhắn này)
console-no-suggestions = (không có gợi ý)
