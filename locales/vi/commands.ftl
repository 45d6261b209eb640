# Vietnamese: the command table as Discord shows it in the command picker.

command-ask = hỏi
    .description = Đặt câu hỏi về Tuyên bố Seoul và nhận các đoạn trả lời câu hỏi đó
option-ask-question = câu-hỏi
    .description = Câu hỏi của bạn, diễn đạt theo cách của bạn

command-search = tìm-kiếm
    .description = Tìm trong tuyên bố và liệt kê các đoạn phù hợp nhất kèm trích đoạn được tô sáng
option-search-query = từ-khóa
    .description = Từ cần tìm (gõ sai hay viết tắt đều được)
option-search-limit = số-lượng
    .description = Số đoạn hiển thị (1–10, mặc định 5)

command-quote = trích-dẫn
    .description = Đăng nguyên văn một đoạn của tuyên bố, kèm nguồn trích dẫn
option-quote-paragraph = đoạn
    .description = Số (6), khoảng (6-7) hoặc từ ngữ trong đoạn

command-facts = thông-tin
    .description = Thông tin chính về hội nghị: ngày, địa điểm, chủ đề, nước chủ nhà, thành phần
option-facts-topic = mục
    .description = Một mục, ví dụ dates, place, theme, host

command-meetings = hội-nghị
    .description = Dòng thời gian các Hội nghị Bộ trưởng Giáo dục ASEM, từ 2006 đến 2017

command-commitments = cam-kết
    .description = Những cam kết của các bộ trưởng theo chủ đề, kèm đoạn tương ứng
option-commitments-theme = chủ-đề
    .description = Một chủ đề, ví dụ mobility, recognition, ict

command-glossary = bảng-thuật-ngữ
    .description = Từ viết tắt và chương trình trong tuyên bố (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = thuật-ngữ
    .description = Thuật ngữ hoặc từ viết tắt cần giải thích

command-about = giới-thiệu
    .description = Giới thiệu ngắn: ASEM, hội nghị này, tuyên bố và cách dùng bot

command-help = trợ-giúp
    .description = Tất cả các lệnh, mỗi lệnh một dòng

command-reload = tải-lại
    .description = Quản trị viên: tải lại data/ không cần khởi động lại (dữ liệu mới lỗi thì vẫn dùng dữ liệu cũ)

command-find-in-declaration = Tìm trong tuyên bố
