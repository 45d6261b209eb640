# Korean: the command table as Discord shows it in the command picker.

command-ask = 질문하기
    .description = 서울 선언문에 대해 질문하고 답이 되는 문단을 받아 보세요
option-ask-question = 질문
    .description = 궁금한 점을 자유롭게 입력하세요

command-search = 검색
    .description = 선언문을 검색해 가장 관련 있는 문단을 강조 표시된 발췌와 함께 보여 줍니다
option-search-query = 검색어
    .description = 찾을 단어 (오타나 약어도 괜찮습니다)
option-search-limit = 개수
    .description = 보여 줄 문단 수 (1–10, 기본값 5)

command-quote = 인용
    .description = 선언문의 문단을 원문 그대로 출처와 함께 게시합니다
option-quote-paragraph = 문단
    .description = 번호 (6), 범위 (6-7) 또는 문단 속 단어

command-facts = 개요
    .description = 회의 주요 정보: 일정, 장소, 주제, 주최, 참가자
option-facts-topic = 항목
    .description = 항목 하나, 예: dates, place, theme, host

command-meetings = 역대회의
    .description = 2006~2017년 ASEM 교육장관회의 연혁

command-commitments = 약속
    .description = 장관들이 약속한 내용을 주제별로, 해당 문단과 함께 보여 줍니다
option-commitments-theme = 주제
    .description = 주제 하나, 예: mobility, recognition, ict

command-glossary = 용어집
    .description = 선언문의 약어와 프로그램 (OER, MOOCs, ASEF, Erasmus+…)
option-glossary-term = 용어
    .description = 설명이 필요한 용어나 약어

command-about = 소개
    .description = 간단한 안내: ASEM, 이번 회의, 선언문, 그리고 봇 사용법

command-help = 도움말
    .description = 모든 명령어를 한 줄씩 안내합니다

command-reload = 새로고침
    .description = 관리자용: 재시작 없이 data/ 다시 불러오기 (새 데이터에 문제가 있으면 기존 데이터 유지)

command-find-in-declaration = 선언문에서 찾기
