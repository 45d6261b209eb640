# Thai: what the bot writes in its replies.

help-title = คำสั่งของ asem-bot
help-message-menu = เมนูข้อความ
help-menu-description = ค้นหาย่อหน้าในปฏิญญาที่เกี่ยวข้องกับข้อความ
help-mention = แท็กฉันพร้อมคำถาม แล้วฉันจะตอบกลับด้วยคำตอบเดียวกับ `{ $ask }`
help-footer = ที่มาของคำตอบ: ปฏิญญาโซลของ ASEMME6 (2017)
# Shown under the command list in every language but English.
help-english-note = คำตอบยกข้อความจากปฏิญญาฉบับภาษาอังกฤษอย่างเป็นทางการ

# Errors: what went wrong (`error-*`) and what to do (`hint-*`), under a title (`title-*`).
# `{ $help }`, `{ $about }`, `{ $command }` are commands as the user's client names them (`/help`).
title-not-quite = ยังไม่ถูกต้อง
title-no-match = ไม่พบผลลัพธ์
title-slow-down = ช้าลงสักหน่อย
title-reload-failed = โหลดใหม่ไม่สำเร็จ
title-sorry = ขออภัย
error-empty-line = พิมพ์คำสั่ง เช่น `{ $example }` หรือพิมพ์ `{ $help }` เพื่อดูรายการคำสั่ง
error-unknown-command = ไม่มีคำสั่ง `/{ $command }`
error-unknown-option = `{ $command }` ไม่มีตัวเลือก `{ $option }`
error-missing-option = `{ $command }` ต้องระบุ `{ $option }`
error-bad-number = `{ $option }` ต้องเป็นจำนวนเต็มตั้งแต่ { $min } ถึง { $max } ไม่ใช่ “{ $given }”
error-too-long = `{ $option }` ยาว { $length } ตัวอักษร แต่ฉันรับได้ไม่เกิน { $max } ตัวอักษร
error-no-such-paragraph = ไม่มี ¶{ $asked } เพราะ { $title } มีทั้งหมด { $count } ย่อหน้า คือ ¶1 ถึง ¶{ $count }
error-range-too-long = ¶{ $first }–{ $last } รวมกันยาวเกินกว่าที่ข้อความ Discord หนึ่งข้อความจะใส่ได้
error-no-match = ไม่พบส่วนใดในปฏิญญาที่ตรงกับ “{ $query }”
error-unknown-choice = ฉันไม่รู้จัก { $what } “{ $given }”
error-unknown-button = ปุ่มนี้หมดอายุแล้ว หรือไม่ใช่ปุ่มของฉัน
error-empty-message = ข้อความนั้นไม่มีตัวอักษรให้ฉันค้นหา
error-slow-down-user = ช้าลงสักหน่อย คุณใช้คำสั่งได้ { $count } ครั้งในทุก { $seconds } วินาที
error-slow-down-channel = ช้าลงสักหน่อย ช่องนี้ใช้คำสั่งได้ { $count } ครั้งในทุก { $seconds } วินาที
error-not-allowed = `{ $command }` ใช้ได้เฉพาะผู้ดูแลบอทเท่านั้น
error-reload-failed = โหลดข้อมูลใหม่ไม่สำเร็จ ฉันยังคงตอบจากข้อมูลที่โหลดไว้ก่อนหน้านี้
error-internal = เกิดข้อผิดพลาดทางฝั่งฉันระหว่างตอบคำถาม
hint-help = พิมพ์ `{ $help }` เพื่อดูคำสั่งทั้งหมด
hint-usage = วิธีใช้: `{ $usage }`
hint-example = ตัวอย่าง: `{ $example }`
hint-bad-number = เลือกตัวเลขตั้งแต่ { $min } ถึง { $max }
hint-too-long = ตัดให้เหลือแค่คำสำคัญ เช่น `การเคลื่อนย้ายนักศึกษา`
hint-no-such-paragraph = เลือกตัวเลขตั้งแต่ 1 ถึง { $count } ช่วงอย่าง `6-7` หรือคำจากย่อหน้านั้น
hint-range-too-long = ลองยกมาทีละไม่กี่ย่อหน้า เช่น `{ $example }`
hint-no-match = ลองใช้คำอื่น หรือใช้คำให้น้อยลง
hint-no-match-topics = ปฏิญญานี้กล่าวถึง { $topics }
hint-about = ดูภาพรวมได้ที่ `{ $about }`
hint-known = ตัวเลือกที่มี: { $known }
hint-unknown-button = เรียกใช้คำสั่งอีกครั้งเพื่อรับปุ่มใหม่
hint-empty-message = ใช้กับข้อความที่มีตัวอักษร ฉันไม่อ่าน embed และไฟล์แนบ
hint-slow-down = ลองใหม่อีกครั้งใน { $seconds } วินาที
hint-not-allowed = ขอให้ผู้ดูแลช่วย โดย ID ผู้ใช้ของผู้ดูแลต้องอยู่ใน ASEM_ADMIN_USER_IDS
hint-reload-failed = แก้บรรทัดนั้นใน `data/` แล้วเรียก `{ $reload }` อีกครั้ง (หรือส่ง SIGHUP ให้โปรเซส)
hint-internal = โปรดลองอีกครั้งในอีกสักครู่
# The value of a command's required option in the examples of `hint-example` (a question, words).
example-ask-question = การประชุมจัดขึ้นเมื่อไร
example-search-query = การรับรองคุณวุฒิ

# ปุ่ม (ไม่เกิน 80 ตัวอักษร) และหัวข้อของผลการค้นหา
button-show = ดู ¶{ $paragraph }
button-post-paragraph = โพสต์ ¶{ $paragraph }
button-post = โพสต์ในช่อง
button-more = ผลลัพธ์เพิ่มเติม
button-back = ย้อนกลับ
button-next = ถัดไป
search-title = ค้นหา: { $query }
search-results = ผลลัพธ์ที่ { $first }–{ $last } เรียงจากตรงที่สุดก่อน
quote-choose-title = ย่อหน้าไหน
quote-choose = มีหลายย่อหน้าที่ตรงกับ “{ $asked }” กดเลือกหนึ่งย่อหน้าเพื่อโพสต์ในช่อง จะยังไม่มีการโพสต์อะไรจนกว่าคุณจะกด
menu-title = ส่วนที่เกี่ยวข้องในปฏิญญา
menu-for = สำหรับข้อความ: “{ $message }”
