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

# สรุป /ask การประชุม /facts /meetings /commitments /glossary การแนะนำ (/about) และ /reload
# Under the project's own summaries (facts, commitments, glossary, the tour): they are written in English.
summaries-in-english = สรุปเป็นภาษาอังกฤษ
cite-footnote = ¶{ $paragraph } เชิงอรรถ
cite-heading = หัวเรื่อง

# /ask
ask-also = ส่วนอื่นในปฏิญญาที่เกี่ยวข้อง
ask-press = กดปุ่มเพื่ออ่านย่อหน้าฉบับเต็ม
ask-closest = ส่วนที่ใกล้เคียงที่สุดในปฏิญญา
ask-closest-footer = ส่วนที่ใกล้เคียงที่สุดใน { $title }: { $paragraphs }
ask-not-that-paragraph = นั่นคือ ¶{ $found } ไม่ใช่ ¶{ $guessed }
search-corrected = แสดงผลลัพธ์สำหรับ: { $query }
search-no-further = { $query } (ไม่มีผลลัพธ์เพิ่มเติม)

# Meetings asked about in /ask: `{ $name }` and `{ $short }` stay in English, as the declaration names them.
meeting-label-city = สถานที่
meeting-label-year = ปี
meeting-label-dates = วันที่
meeting-label-theme = หัวข้อ
meeting-label-host = เจ้าภาพ
meeting-label-chair = ประธาน
meeting-label-participants = ผู้เข้าร่วม
meeting-label-headcount = จำนวนผู้เข้าร่วม
meeting-label-signatories = ผู้ลงนาม
meeting-label-outcome = ผลการประชุม
meeting-label-count = จำนวนการประชุม
meeting-label-meeting = การประชุม
meeting-process = { $label } · กระบวนการด้านการศึกษาของ ASEM
meeting-all = ปฏิญญากล่าวถึงการประชุมรัฐมนตรีด้านการศึกษา ASEM { $count } ครั้ง ได้แก่ { $list } ดูหัวข้อของแต่ละครั้งได้ที่ `{ $meetings }`
meeting-next = การประชุมรัฐมนตรีด้านการศึกษา ASEM ครั้งถัดไป
meeting-future = ปฏิญญาไม่ได้กล่าวถึง { $which } เลย ทั้งสถานที่ เวลา และผู้ที่จะเป็นเจ้าภาพ ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
# `{ $number }` is the plain number (7).
meeting-summit = การประชุมผู้นำ ASEM ครั้งที่ { $number }
meeting-before-first = การประชุมรัฐมนตรีด้านการศึกษา ASEM ก่อนครั้งแรก
meeting-unmentioned = ปฏิญญาไม่ได้กล่าวถึง { $what } แต่กล่าวถึง: { $named }
meeting-held = { $name } ({ $short }) จัดขึ้นที่ { $city } ในปี { $year }
meeting-its-theme = หัวข้อ: *“{ $theme }”*
meeting-theme = หัวข้อของ { $short } ({ $city }, { $year }) คือ *“{ $theme }”*
meeting-only-year = ปฏิญญาระบุไว้เพียงปี: { $name } ({ $short }) จัดขึ้นที่ { $city } ในปี { $year } แต่ไม่ได้ระบุว่าจัดวันใด
meeting-number = { $short } ที่ { $city } ({ $year }) คือ { $name }
meeting-unstated-theme = ปฏิญญาไม่ได้ระบุว่า { $name } ({ $city }, { $year }) มีหัวข้ออะไร ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-host = ปฏิญญาไม่ได้ระบุว่าใครเป็นเจ้าภาพ { $name } ({ $city }, { $year }) ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-chair = ปฏิญญาไม่ได้ระบุว่าใครเป็นประธาน { $name } ({ $city }, { $year }) ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-participants = ปฏิญญาไม่ได้ระบุว่าใครเข้าร่วม { $name } ({ $city }, { $year }) บ้าง ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-party = ปฏิญญาไม่ได้ระบุรายชื่อผู้เข้าร่วม { $name } ({ $city }, { $year }) ทีละราย จึงไม่ได้บอกว่าผู้ที่คุณถามถึงเข้าร่วมหรือไม่ ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-headcount = ปฏิญญาไม่ได้ระบุว่ามีกี่ประเทศหรือกี่คนเข้าร่วม { $name } ({ $city }, { $year }) ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-signatories = ปฏิญญาไม่ได้ระบุว่าใครลงนามในเอกสารใดใน { $name } ({ $city }, { $year }) ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-unstated-outcome = ปฏิญญาไม่ได้ระบุว่า { $name } ({ $city }, { $year }) รับรองอะไรไว้ ส่วนที่ใกล้เคียงที่สุดอยู่ด้านล่าง
meeting-outcome = ปฏิญญาระบุว่าการประชุมรัฐมนตรีด้านการศึกษา ASEM ทุกครั้งตั้งแต่ครั้งที่ 1 ถึงครั้งที่ 6 ได้รับรองข้อสรุปของประธาน (Conclusions by the Chair) ซึ่งระบุลำดับความสำคัญด้านการศึกษาของ ASEM และความริเริ่มร่วมกันสำหรับทุกช่วงสองปีที่ต่อเนื่องกัน และ { $name } ({ $city }, { $year }) เป็นหนึ่งในการประชุมเหล่านั้น ปฏิญญาไม่ได้ระบุเนื้อหาของข้อสรุปดังกล่าว

# /facts and /meetings
facts-footer = { $title } · ใช้ `{ $command }` เพื่อดูข้อมูลทีละรายการ
meetings-title = กระบวนการด้านการศึกษาของ ASEM ปี { $first }–{ $last }
meetings-description = การประชุมรัฐมนตรีด้านการศึกษาเริ่มต้นขึ้นอย่างไร และจัดขึ้นที่ใดบ้าง
meetings-source = ที่มา: { $title } { $paragraphs }

# /commitments: `{ $strength }` is the declaration's own verb, in English.
commitments-title = ข้อผูกพัน · { $theme }
commitments-matched = สิ่งที่รัฐมนตรีให้คำมั่นไว้ในเรื่องนี้ เรียงจากที่เกี่ยวข้องที่สุดก่อน ตามถ้อยคำของปฏิญญา
commitments-overview = ข้อผูกพัน · { $count } ข้อ ใน { $themes } ประเด็น
commitments-overview-description = สิ่งที่รัฐมนตรีให้คำมั่นไว้ แต่ละข้อแสดงระดับความหนักแน่นตามถ้อยคำของปฏิญญา (declare, will strive, express willingness…)
commitments-footer = { $title } · กดประเด็นเพื่ออ่าน หรือใช้ `{ $command }`
commitment-source = — { $paragraph } · ถ้อยคำในปฏิญญา: *{ $strength }*

# /glossary
glossary-title = อภิธานศัพท์ · { $count } คำ
glossary-footer = ใช้ `{ $command }` เพื่อดูคำอธิบายทีละคำ
term-in = ใน { $paragraph }
term-used = ปรากฏใน { $title } { $paragraphs }

# /about, การแนะนำสำหรับผู้ใช้ใหม่
tour-footer = ขั้นที่ { $step } จาก { $steps } · { $title }
tour-welcome-title = ยินดีต้อนรับ · ASEM คืออะไร
tour-asem = เวที **ASEM** ({ $expansion }) คือที่ที่เอเชียและยุโรปร่วมมือกัน
tour-meeting-title = การประชุมครั้งนี้ · { $meeting }
tour-when = เมื่อไร
tour-where = ที่ไหน
tour-theme = หัวข้อ
tour-adopted = รัฐมนตรีได้รับรอง **{ $title }** ({ $paragraph }) ซึ่งหัวเรื่องตอนต้นมีชื่อว่า *{ $subtitle }*
tour-facts = `{ $facts }` แสดงการ์ดข้อมูลของการประชุม
tour-declaration-title = ปฏิญญา · { $count } ย่อหน้า
tour-quote = `{ $example }` โพสต์ย่อหน้าแบบคำต่อคำ
tour-themes-title = ประเด็นหลัก
tour-commitments = `{ $example }` แสดงสิ่งที่ให้คำมั่นไว้ พร้อมถ้อยคำตามต้นฉบับ
tour-use-title = วิธีใช้งาน
tour-use-ask = `{ $ask }` ตอบคำถามที่คุณพิมพ์ด้วยคำพูดของคุณเอง เช่น *ใครเป็นเจ้าภาพการประชุม* หรือ *แล้วเรื่องคอร์สออนไลน์ล่ะ*
tour-use-search = `{ $search }` แสดงย่อหน้าที่ตรงที่สุด กด **{ $show }** เพื่ออ่านฉบับเต็ม
tour-use-quote = `{ $quote }` โพสต์ย่อหน้าแบบคำต่อคำให้ทุกคนเห็น
tour-use-cards = `{ $facts }`, `{ $meetings }`, `{ $commitments }`, `{ $glossary }` สำหรับการ์ดข้อมูลอ้างอิง
tour-use-menu = คลิกขวาที่ข้อความ › แอป › **{ $menu }** เพื่อค้นหาส่วนที่เกี่ยวข้อง
tour-use-help = แท็กฉันพร้อมคำถาม หรือใช้ `{ $help }` เพื่อดูคำสั่งทั้งหมด

# /reload (administrators)
reload-title = โหลดใหม่แล้ว
reload-done = ขณะนี้ตอบจากเอกสาร { $documents } ฉบับ รวม { $paragraphs } ย่อหน้า (อ่านและทำดัชนีใน { $ms } ms)

console-only-you = (เฉพาะคุณเท่านั้นที่เห็นข้อความนี้)
console-no-suggestions = (ไม่มีคำแนะนำ)
