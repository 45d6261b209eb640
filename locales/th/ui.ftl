# Thai: what the bot writes in its replies.

help-title = คำสั่งของ asem-bot
help-message-menu = เมนูข้อความ
help-menu-description = ค้นหาย่อหน้าในปฏิญญาที่เกี่ยวข้องกับข้อความ
help-mention = แท็กฉันพร้อมคำถาม แล้วฉันจะตอบกลับด้วยคำตอบเดียวกับ `{ $ask }`
help-footer = ที่มาของคำตอบ: ปฏิญญาโซลของ ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = คำตอบยกข้อความจากปฏิญญาฉบับภาษาอังกฤษอย่างเป็นทางการ
