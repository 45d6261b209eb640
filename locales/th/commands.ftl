# Thai: the command table as Discord shows it in the command picker.

command-ask = ถาม
    .description = ถามคำถามเกี่ยวกับปฏิญญาโซล แล้วรับย่อหน้าที่ตอบคำถามนั้น
option-ask-question = คำถาม
    .description = คำถามของคุณ พิมพ์ด้วยคำพูดของคุณเอง

command-search = ค้นหา
    .description = ค้นหาในปฏิญญาและแสดงย่อหน้าที่ตรงที่สุดพร้อมข้อความที่ไฮไลต์
option-search-query = คำค้น
    .description = คำที่ต้องการค้นหา (พิมพ์ผิดหรือใช้อักษรย่อก็ได้)
option-search-limit = จำนวน
    .description = จำนวนย่อหน้าที่จะแสดง (1–10, ค่าเริ่มต้น 5)

command-quote = อ้างอิง
    .description = โพสต์ย่อหน้าของปฏิญญาแบบคำต่อคำ พร้อมระบุที่มา
option-quote-paragraph = ย่อหน้า
    .description = หมายเลข (6), ช่วง (6-7) หรือคำจากย่อหน้า

command-facts = ข้อมูล
    .description = ข้อมูลสำคัญของการประชุม: วันที่ สถานที่ หัวข้อ เจ้าภาพ ผู้เข้าร่วม
option-facts-topic = หัวข้อ
    .description = ข้อมูลหนึ่งรายการ เช่น dates, place, theme, host

command-meetings = การประชุม
    .description = ลำดับการประชุมรัฐมนตรีด้านการศึกษา ASEM ตั้งแต่ปี 2006 ถึง 2017

command-commitments = ข้อผูกพัน
    .description = สิ่งที่รัฐมนตรีให้คำมั่นไว้ แยกตามประเด็น พร้อมย่อหน้าที่เกี่ยวข้อง
option-commitments-theme = ประเด็น
    .description = ประเด็นเดียว เช่น mobility, recognition, ict

command-glossary = อภิธานศัพท์
    .description = อักษรย่อและโครงการในปฏิญญา (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = คำศัพท์
    .description = คำศัพท์หรืออักษรย่อที่ต้องการคำอธิบาย

command-about = เกี่ยวกับ
    .description = แนะนำสั้น ๆ: ASEM การประชุมครั้งนี้ ปฏิญญา และวิธีใช้บอตนี้

command-help = ช่วยเหลือ
    .description = คำสั่งทั้งหมด คำสั่งละหนึ่งบรรทัด

command-reload = โหลดใหม่
    .description = ผู้ดูแล: โหลด data/ ใหม่โดยไม่ต้องรีสตาร์ต (หากข้อมูลใหม่เสีย จะใช้ข้อมูลเดิมต่อไป)

command-find-in-declaration = ค้นหาในปฏิญญา
