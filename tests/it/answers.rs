//! What the bot answers to the cases the answer and faithfulness issues named: meetings other than
//! Seoul, what the declaration does not say, definitions, paragraphs named in words, chat, real
//! words left alone, free commitment themes, and quoting that never posts the wrong paragraph.

use crate::util::{bot, is_ephemeral, limit_violations};
use asem_bot::commands::{Interaction, Invocation};
use serde_json::Value;

fn command(name: &str, option: &str, value: &str) -> Value {
    bot()
        .handle(&Interaction::Command(Invocation {
            name: name.into(),
            options: vec![(option.into(), value.into())],
        }))
        .to_discord_json()
}

fn ask(question: &str) -> Value {
    command("ask", "question", question)
}

fn title(reply: &Value) -> String {
    reply["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn embed_titles(reply: &Value) -> Vec<String> {
    reply["data"]["embeds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap().to_string())
        .collect()
}

fn buttons(reply: &Value) -> Vec<String> {
    crate::util::button_fields(reply, "custom_id")
}

#[test]
fn other_meetings_are_answered_with_their_own_facts() {
    let cases = [
        ("Where did ASEMME2 take place?", "Hanoi", "ASEMME2"),
        (
            "When did the ministers meet in Copenhagen?",
            "2011",
            "ASEMME3",
        ),
        (
            "What was the theme of the 4th meeting?",
            "Strategizing ASEM Education Collaboration",
            "ASEMME4",
        ),
        ("Where was the meeting before Seoul?", "Riga", "ASEMME5"),
        // A theme told in other words is read by its meaning.
        (
            "which ministers meeting was about drawing up a strategy for working together on education, and where was it held",
            "Kuala Lumpur",
            "ASEMME4",
        ),
        // As close in meaning to two themes, told apart by the root only one has.
        (
            "The meeting about working out a strategy for education cooperation — when was that?",
            "2013",
            "ASEMME4",
        ),
        // Told loosely, yet far nearer one theme than any other.
        (
            "the one that was mostly about getting results: which city?",
            "Riga",
            "ASEMME5",
        ),
        // Told in a compound, nearest in meaning and alone sharing its root.
        ("the strategy-focused meeting, when was it?", "2013", "ASEMME4"),
        // A slip in a possessive.
        ("what was copenhagn's theme", "Shaping an ASEM Education Area", "ASEMME3"),
        // The order of two meetings is in the first one's year.
        ("did berlin come before hanoi?", "2008", "ASEMME1"),
    ];
    for (question, fact, meeting) in cases {
        let reply = ask(question);
        let text = reply.to_string();
        assert!(
            title(&reply).ends_with(meeting),
            "{question}: {}",
            title(&reply)
        );
        assert!(text.contains(fact), "{question}: {text}");
        assert!(
            !text.contains("21–22 November 2017"),
            "{question} got Seoul's dates: {text}"
        );
        assert!(limit_violations(&reply).is_empty());
    }
}

#[test]
fn no_fact_of_the_seoul_meeting_answers_another_question() {
    // A misspelt city names its own meeting.
    let reply = ask("copenhagn meeting which year");
    assert!(title(&reply).ends_with("ASEMME3"), "{reply}");
    assert!(reply.to_string().contains("2011"), "{reply}");
    // A real word one slip from an ask, in a question that names a meeting and asks nothing else.
    let reply = ask("which ministry hosed the 6th meeting");
    assert!(
        reply
            .to_string()
            .contains("Ministry of Education of the Republic of Korea"),
        "{reply}"
    );
    // Who stayed away, who belongs now, the hotel, an ordinal that names no meeting the bot
    // could make out: none is answered with a record of Seoul.
    for question in [
        "which countries refused to sign the seoul declaration?",
        "which countries are members of ASEM today?",
        "which hotel was the venue of the meeting",
        "where did the second a same education ministers meeting happen",
    ] {
        let reply = ask(question);
        assert!(!title(&reply).contains("ASEMME6"), "{question}: {reply}");
    }
}

#[test]
fn a_place_beside_another_topic_is_not_its_meeting() {
    // The place is what these ask about, not the meeting held there.
    for question in [
        "when did the berlin wall come down",
        "Copenhagen GDP in 2011?",
        "things to see in Riga old town in one day",
        "what time does the Helsinki summit start?",
    ] {
        let reply = ask(question);
        assert!(!title(&reply).contains("ASEM"), "{question}: {reply}");
        assert!(
            !reply.to_string().contains("was held"),
            "{question}: {reply}"
        );
    }
    // The meeting is, when the rest is what a record tells, or two meetings are named together.
    for (question, meeting, fact) in [
        (
            "heyyy quick one, what year did Riga happen? need it for our newsletter",
            "ASEMME5",
            "2015",
        ),
        ("Riga was 2015 wasn't it", "ASEMME5", "2015"),
        ("wat year was the kuala lumpur one", "ASEMME4", "2013"),
    ] {
        let reply = ask(question);
        assert!(title(&reply).ends_with(meeting), "{question}: {reply}");
        assert!(reply.to_string().contains(fact), "{question}: {reply}");
    }
    // A plain word the text uses ("progress made", "the need to ensure") does not make a question
    // or a thank-you about it; searched for alone, it finds every paragraph using it.
    for chat in ["who made you?", "thanks, that's all i needed!"] {
        assert_eq!(title(&ask(chat)), "No match", "{chat}");
    }
    let search = command("search", "query", "connectivity").to_string();
    for n in [2, 3, 4, 6, 14] {
        assert!(search.contains(&format!("¶{n}")), "¶{n}: {search}");
    }
    // Counting the meetings is a question about all of them.
    let reply = ask("how many meetings have there been?").to_string();
    assert!(
        reply.contains("Seoul") && reply.contains("Berlin"),
        "{reply}"
    );
}

#[test]
fn a_short_ask_said_of_another_subject_gets_no_fact_of_the_meeting() {
    // "which city", "who organises", "what day", "how old": asked of something else.
    for question in [
        "which city has the most international students in Asia?",
        "who organises the ASEM-DUO selection interviews?",
        "what day is the Erasmus+ application deadline?",
        "how old is the University of Bologna?",
        "date Korea joined the OECD?",
    ] {
        let reply = ask(question).to_string();
        for fact in [
            "21–22 November 2017",
            "Seoul, Republic of Korea",
            "hosted the meeting",
            "10 years",
        ] {
            assert!(!reply.contains(fact), "{question}: {reply}");
        }
    }
    // Asked of the meeting, beside the asker's own context, or of the meeting as an occasion.
    for (question, fact) in [
        (
            "Need the dates of the occasion for a briefing note — day, month and year please",
            "21–22 November 2017",
        ),
        ("which city hosted ASEM's education ministers?", "Seoul"),
        (
            "Host country and host institution, please — need it for the wire copy",
            "Ministry of Education of the Republic of Korea",
        ),
        (
            "Which ministry acted as host for the talks?",
            "Ministry of Education",
        ),
        // The meeting as an occasion, and the declaration's own title.
        (
            "theme of the event pls",
            "Collaboration for the Next Decade",
        ),
        ("which year was this document signed", "2017"),
        (
            "what's the declaration titled, the one this bot is about",
            "Enhancing Collaboration between Asia and Europe",
        ),
    ] {
        let reply = ask(question).to_string();
        assert!(reply.contains(fact), "{question}: {reply}");
    }
    // The title the declaration gives another meeting is that meeting's theme.
    let reply = ask("I need the exact title the declaration gives the Kuala Lumpur meeting.");
    assert!(title(&reply).ends_with("ASEMME4"), "{reply}");
    assert!(
        reply
            .to_string()
            .contains("Strategizing ASEM Education Collaboration"),
        "{reply}"
    );
}

#[test]
fn the_text_a_reader_speaks_of_was_made_at_its_own_meeting() {
    // "it", "they", "the event", "the document": a reader of the declaration means its meeting.
    for (question, fact) in [
        ("when was it agreed", "2017"),
        ("where was the Seoul Declaration signed", "Seoul"),
        ("was the conference in november", "21–22 November 2017"),
        (
            "under which theme did they meet?",
            "Collaboration for the Next Decade",
        ),
        // The title asked of the document, however it is named.
        (
            "name of the declaration from ASEMME6?",
            "Enhancing Collaboration between Asia and Europe",
        ),
        // A summit of ministers is their meeting, not the leaders' ASEM Summit in Helsinki.
        (
            "the summit of education ministers that adopted this — which city?",
            "Seoul",
        ),
        (
            "what is the document's official title?",
            "Enhancing Collaboration between Asia and Europe",
        ),
    ] {
        let reply = ask(question).to_string();
        assert!(reply.contains(fact), "{question}: {reply}");
    }
    // Another declaration, or a meeting still to come, is not the declaration's own meeting; nor
    // is what an ask is said of ("motto of…", "who hosted…", "host university").
    for question in [
        "where was the Bologna declaration adopted",
        "when will the meeting be held",
        "when is it going to take place",
        "what's the motto of Seoul National University?",
        "who hosted the Asian Games in Korea",
        "host school for Erasmus+ exchanges in Seoul?",
        "who organises the Seoul International Book Fair?",
        // Another event or another year beside a meeting's place.
        "which countries attended the G20 summit in Seoul?",
        "what was Riga's motto as European Capital of Culture in 2014?",
        "when was the Treaty of Berlin signed?",
        "which country held the Council presidency in 2015?",
        "where did the G7 education ministers meet in 2016?",
    ] {
        // The paragraphs may quote ¶1 ("gathered in Seoul, Republic of Korea"); no fact of the
        // meeting ("Place · ASEMME6") comes first.
        let reply = ask(question);
        assert!(!title(&reply).contains("ASEMME6"), "{question}: {reply}");
    }
}

#[test]
fn what_the_declaration_does_not_say_is_said_plainly() {
    for question in [
        "Who will host the seventh meeting?",
        "Where will the next meeting be held?",
        "Who hosted the Hanoi meeting?",
    ] {
        let reply = ask(question);
        let text = reply.to_string();
        assert!(
            text.contains("The declaration does not say"),
            "{question}: {text}"
        );
        assert!(
            !text.contains("Ministry of Education of the Republic of Korea hosted"),
            "{question}: {text}"
        );
    }
    let next = ask("Who will host the seventh meeting?");
    assert_eq!(buttons(&next), ["show:seoul-2017:15", "show:seoul-2017:16"]);
}

#[test]
fn definitions_come_first() {
    let reply = ask("What is ASEM?");
    assert!(
        title(&reply).starts_with("ASEM — Asia-Europe Meeting"),
        "{}",
        title(&reply)
    );
    assert!(!reply.to_string().contains("Read as"));
    let reply = ask("what does OER mean?");
    assert!(
        title(&reply).starts_with("OER — Open Educational Resources"),
        "{}",
        title(&reply)
    );
}

#[test]
fn paragraphs_named_in_words_are_quoted() {
    for (question, n) in [
        ("what does paragraph 6 say?", 6),
        ("show me the 4th paragraph", 4),
        ("para twelve", 12),
        ("the last paragraph", 16),
        // Beside a paragraph named by its topic.
        ("the paragraph right before the one about ICT", 9),
        ("the para after the one on adult education", 10),
        // Between two paragraphs named by their topics.
        (
            "the paragraph sandwiched between the one about capacity-building of policymakers and the one inviting the Secretariat to intensify the follow-up",
            12,
        ),
        ("I think para 9 is where they mention MOOCs? can you show me that part", 10),
        // A guess that places nothing keeps its number.
        (
            "I believe paragraph 7 is the one I need for my essay on MOOCs",
            7,
        ),
        ("I think paragraph 4 doesn't mention the SDGs, right? can you show it", 4),
        // A term asked about, then the paragraph asked for in the end.
        ("what's ASEF? oh wait, it's in paragraph six, just show me that paragraph", 6),
        // Words quoted from the text are from their own paragraph, whatever number is guessed.
        (
            "\"smart learning analytics platform\" — that's para 9 right?",
            10,
        ),
        ("is 'STEM disciplines' in 8 or 9?", 8),
        ("\"Helsinki in 2006\" that's para 1 isn't it", 2),
        // A slip in the number, other languages.
        ("para sixten", 16),
        ("¿Qué dice el párrafo cuatro de la Declaración de Seúl?", 4),
        ("首尔宣言第十一段是什么内容？", 11),
    ] {
        let reply = ask(question);
        assert_eq!(
            title(&reply),
            format!("¶{n} · Seoul Declaration"),
            "{question}"
        );
    }
}

#[test]
fn the_footnote_is_searchable_and_shown() {
    for query in ["Copenhagen", "Strategizing ASEM Education Collaboration"] {
        let reply = command("search", "query", query);
        let fields = reply["data"]["embeds"][0]["fields"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            fields
                .first()
                .is_some_and(|f| f["name"].as_str().unwrap_or_default().starts_with("¶2")),
            "{query}: {reply}"
        );
        assert!(
            reply
                .to_string()
                .contains(&format!("**{}", query.split(' ').next().unwrap())),
            "{query}: {reply}"
        );
    }
}

#[test]
fn a_term_asked_in_a_named_paragraph_is_explained_above_the_paragraph() {
    let reply = ask("what does FMM mean in para 12?");
    let titles = embed_titles(&reply);
    assert!(titles[0].starts_with("ASEM FMM"), "{titles:?}");
    assert!(titles.iter().any(|t| t.starts_with("¶12")), "{titles:?}");
    // The paragraph asked for first, the meaning after: both.
    let titles = embed_titles(&ask(
        "Can you show me paragraph 11? Maybe also explain what ASEF is",
    ));
    assert!(titles[0].starts_with("ASEF"), "{titles:?}");
    assert!(titles.iter().any(|t| t.starts_with("¶11")), "{titles:?}");
    // A term that only finds the paragraph's neighbour is not explained.
    let titles = embed_titles(&ask(
        "the paragraph right before the ICT one — what's that?",
    ));
    assert_eq!(titles.len(), 1, "{titles:?}");
    assert!(titles[0].starts_with("¶9"), "{titles:?}");
}

#[test]
fn real_words_are_never_corrected_into_other_words() {
    let reply = ask("bake a cake");
    assert!(title(&reply).is_empty() || is_ephemeral(&reply), "{reply}");
    for question in [
        "gender equality",
        "is the declaration legally binding?",
        "What is ASEM?",
    ] {
        let text = ask(question).to_string();
        assert!(!text.contains("Showing results for"), "{question}: {text}");
    }
    let text = command("search", "query", "mobilty of studnets").to_string();
    assert!(text.contains("Showing results for"), "{text}");
    // A word for a paragraph is no slip for "part", which would then be read for meetings,
    // facts and terms.
    assert_eq!(
        bot().index().spelled("para 5 - what is ASEM?"),
        "para 5 - what is ASEM?"
    );
}

#[test]
fn chat_messages_find_their_paragraph() {
    let first_found = |content: &str| {
        let reply = bot()
            .handle(&Interaction::MessageMenu {
                command: "Find in declaration".into(),
                content: content.into(),
            })
            .to_discord_json();
        let first = reply["data"]["embeds"][0]["fields"][0]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        (first, reply)
    };
    let (first, reply) =
        first_found("hello there friends, what about lifelong learning for adults in our region?");
    assert!(first.starts_with("¶9"), "{reply}");
    // Meetings named as the scene do not pull ¶2, whose footnote names them, above the topic.
    let (first, reply) = first_found(
        "i was at the riga one in 2015 lol. does the new seoul text say anything about adult education?",
    );
    assert!(first.starts_with("¶9"), "{reply}");
    // Words the text lacks before a question in its own words frame the question.
    let (first, reply) = first_found(
        "brain drain worries - what do they say about people moving between asia and europe?",
    );
    assert!(first.starts_with("¶6"), "{reply}");
    // One paragraph passes, unsure: the one nearly as near in meaning follows it.
    let (first, reply) = first_found("i just want a job after graduting, is that too much to ask");
    let second = reply["data"]["embeds"][0]["fields"][1]["name"]
        .as_str()
        .unwrap_or_default();
    assert!(
        first.starts_with("¶8") && second.starts_with("¶14"),
        "{reply}"
    );
}

#[test]
fn a_figure_is_never_answered_by_a_paragraph_that_only_came_near() {
    let reply = ask("how many years does a bachelor's degree take in Korea?");
    assert!(
        reply["data"]["embeds"][0]["fields"]
            .as_array()
            .is_none_or(|fields| fields.is_empty()),
        "{reply}"
    );
}

#[test]
fn words_of_a_name_said_without_it_rank_their_own_use_first() {
    let ranked = |query: &str| -> Vec<String> {
        let reply = command("search", "query", query);
        reply["data"]["embeds"][0]["fields"]
            .as_array()
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f["name"].as_str())
                    .filter_map(|name| name.split_whitespace().next())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    // ¶10 says them only in "Sustainable Development Goals"; ¶4 and ¶6 speak of the idea.
    let idea = ranked("sustainable development");
    assert!(
        matches!(idea.first().map(String::as_str), Some("¶4" | "¶6")),
        "{idea:?}"
    );
    assert!(idea.iter().any(|p| p == "¶10"), "{idea:?}");
    // The name itself, or its term, is still ¶10's.
    assert_eq!(ranked("sustainable development goals")[0], "¶10");
    assert_eq!(ranked("SDG")[0], "¶10");
    // A word only the name uses names it: "labour" is the Labour and Employment Ministers'
    // Conference, whatever the question calls it.
    assert_eq!(ranked("labour ministers meetings")[0], "¶12");
}

#[test]
fn a_lead_in_or_a_framing_verb_is_no_topic() {
    let top = |query: &str| -> Vec<u32> {
        bot()
            .index()
            .search(query, 3, 0)
            .expect("the search runs")
            .hits
            .iter()
            .map(|h| h.paragraph)
            .collect()
    };
    // "sanity" and "min" stand in a lead-in that asks nothing; "refer" frames the question.
    assert_eq!(
        top("Quick sanity check before my presentation in 10 min: is STEM mentioned somewhere?")
            .first(),
        Some(&8)
    );
    assert_eq!(
        top("Does the text refer to religion at all?").first(),
        Some(&6)
    );
    // An aside of chat that asks nothing does not weigh in the question.
    assert_eq!(
        top("ugh deadline tonight 😩 does the declaration say anything about credit recognition or nah")
            .first(),
        Some(&6)
    );
    // Nobody's name is in the declaration: no paragraph is offered as the answer.
    let reply = ask("Who is Korea's current education minister?");
    assert!(is_ephemeral(&reply), "{reply}");
    // A lead-in does not make an unrelated question answerable.
    assert!(top("quick question before lunch: is kimchi healthy?").is_empty());
    // A country of a meeting with no meeting spoken of: the bank's words about the meeting there
    // do not decide alone; a city the text names is still the text's.
    assert!(top("what is the capital of vietnam").is_empty());
    assert_eq!(top("why is helsinki even mentioned").first(), Some(&2));
    // A question that points back is about what came before it.
    assert_eq!(
        top(
            "ok honest opinion, MOOCs are overrated imo. but did the ministers actually back them?"
        )
        .first(),
        Some(&10)
    );
}

#[test]
fn commitments_take_any_words() {
    let reply = command("commitments", "theme", "employability");
    assert!(!is_ephemeral(&reply), "{reply}");
    assert!(reply.to_string().contains("¶"), "{reply}");
    let reply = command("commitments", "theme", "space travel");
    assert!(is_ephemeral(&reply), "{reply}");
}

#[test]
fn quoting_by_words_never_posts_an_unsure_paragraph() {
    let reply = command("quote", "paragraph", "secretariat");
    assert!(is_ephemeral(&reply), "{reply}");
    let ids = buttons(&reply);
    assert!(ids.contains(&"post:seoul-2017:13".to_string()), "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("post:")), "{ids:?}");
    // A phrase only one paragraph has pins it down.
    let reply = command("quote", "paragraph", "lifelong learning programmes");
    assert_eq!(title(&reply), "¶9 · Seoul Declaration");
    assert!(!is_ephemeral(&reply));
    // Lists.
    for list in ["6, 8, 12", "6 and 8"] {
        let reply = command("quote", "paragraph", list);
        let titles = embed_titles(&reply);
        assert_eq!(titles[0], "¶6 · Seoul Declaration", "{list}");
        assert_eq!(titles[1], "¶8 · Seoul Declaration", "{list}");
    }
}

#[test]
fn a_wrong_number_guessed_for_a_quote_is_said_to_be_wrong() {
    let reply = ask("\"smart learning analytics platform\" — that's para 9 right?");
    assert_eq!(title(&reply), "¶10 · Seoul Declaration");
    assert_eq!(reply["data"]["content"], "That is ¶10, not ¶9.", "{reply}");
    // A right guess shows the paragraph alone.
    let reply = ask("\"smart learning analytics platform\" — that's para 10 right?");
    assert_eq!(title(&reply), "¶10 · Seoul Declaration");
    assert!(
        reply["data"]["content"]
            .as_str()
            .unwrap_or_default()
            .is_empty(),
        "{reply}"
    );
}

#[test]
fn paragraphs_listed_in_a_question_are_all_quoted() {
    for (question, expected) in [
        ("can u pull up 1, 5 and 9", vec![1, 5, 9]),
        ("the 2nd and 4th paragraphs", vec![2, 4]),
        ("paras 3, 7 & 12 pls", vec![3, 7, 12]),
    ] {
        let reply = ask(question);
        let titles = embed_titles(&reply);
        let expected: Vec<String> = expected
            .iter()
            .map(|n| format!("¶{n} · Seoul Declaration"))
            .collect();
        assert_eq!(titles, expected, "{question}");
    }
}

#[test]
fn quote_autocomplete_tells_paragraphs_apart() {
    let suggest = |typed: &str| {
        bot()
            .handle(&Interaction::Autocomplete {
                invocation: Invocation {
                    name: "quote".into(),
                    options: vec![("paragraph".into(), typed.into())],
                },
                focused: "paragraph".into(),
            })
            .to_discord_json()
    };
    let choices = suggest("1")["data"]["choices"].as_array().cloned().unwrap();
    let names: Vec<&str> = choices
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    let mut distinct = names.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), names.len(), "{names:?}");
    assert!(names
        .iter()
        .any(|n| n.starts_with("¶13 · We invite the ASEM Education Secretariat")));
    let ranges = suggest("6-")["data"]["choices"]
        .as_array()
        .cloned()
        .unwrap();
    assert_eq!(ranges[0]["value"], "6-7");
}

#[test]
fn every_search_result_has_a_show_button() {
    let reply = command("search", "query", "cooperation");
    let fields = reply["data"]["embeds"][0]["fields"]
        .as_array()
        .cloned()
        .unwrap();
    let shows = buttons(&reply)
        .iter()
        .filter(|id| id.starts_with("show:"))
        .count();
    assert_eq!(shows, fields.len(), "{reply}");
}

#[test]
fn glossary_names_are_found_however_typed_and_never_claimed_for_the_declaration() {
    let reply = command("glossary", "term", "ASEM DUO");
    assert!(title(&reply).starts_with("ASEM-DUO"), "{}", title(&reply));
    let reply = command("glossary", "term", "TVET");
    assert!(
        title(&reply).starts_with("Technical vocational education and training"),
        "{}",
        title(&reply)
    );
    assert!(reply.to_string().contains("does not use"), "{reply}");
    let reply = command("glossary", "term", "STEM");
    assert!(
        reply.to_string().contains("Used in Seoul Declaration ¶8\""),
        "{reply}"
    );
}

#[test]
fn citations_point_where_the_words_stand() {
    // The title stands only in the document's heading; the adoption in ¶5.
    let reply = command("facts", "topic", "declaration");
    assert!(
        reply.to_string().contains("Seoul Declaration heading"),
        "{reply}"
    );
    let tour = bot()
        .handle(&Interaction::Button {
            custom_id: "about:2".into(),
        })
        .to_discord_json();
    let text = tour.to_string();
    assert!(
        text.contains("adopted the **Seoul Declaration** (¶5)"),
        "{text}"
    );
    assert!(text.contains("from Common Perspectives"), "{text}");
    assert!(!text.contains("From Common Perspectives"), "{text}");
}

#[test]
fn the_commitments_overview_is_one_short_embed() {
    let reply = command("commitments", "theme", "");
    let embeds = reply["data"]["embeds"].as_array().cloned().unwrap();
    assert_eq!(embeds.len(), 1, "{reply}");
    let size = embeds[0].to_string().chars().count();
    assert!(size < 1200, "{size} characters: {reply}");
    assert_eq!(buttons(&reply).len(), 6, "a button per theme: {reply}");
}

#[test]
fn an_ask_misspelt_is_read_and_a_body_or_another_year_is_not_the_meeting() {
    // A question word or a word a meeting's record is asked with, misspelt, is read as meant;
    // a real word ("cost") and a foreign one ("das") are left alone.
    for (question, fact) in [
        ("whn was the meeting?", "2017"),
        (
            "titel of the document pls",
            "Enhancing Collaboration between Asia and Europe",
        ),
        (
            "wat was the thema of the gathering",
            "Collaboration for the Next Decade",
        ),
        ("ASEMME6 locaton?", "Seoul"),
        ("venu of the 2017 meeting", "Seoul"),
        ("whn was the Helsinki summit", "2006"),
        (
            "hwo organised the 2017 education ministers meeting",
            "Ministry of Education",
        ),
        // A slip read as "how" before a deed is "who".
        ("hoo hosted this", "Ministry of Education"),
        (
            "Kopenhagen 2011: unter welchem Motto stand das Treffen?",
            "Shaping an ASEM Education Area",
        ),
    ] {
        let reply = ask(question).to_string();
        assert!(reply.contains(fact), "{question}: {reply}");
    }
    // What is asked of a body the record names (its host, those who took part), of an
    // anniversary no meeting had, or of a place and a year of two different meetings, is no
    // fact of a meeting.
    for question in [
        "Which country chaired ASEAN in 2017?",
        "what is the slogan of the Korean Ministry of Education?",
        "What was the theme of Hanoi's 1000-year anniversary celebrations?",
        "What's the title of the declaration ASEAN leaders signed in Malaysia in 2015?",
        "which countries have hosted the ASEM Education Secretariat so far",
        "where was the last ASEF Rectors' Conference held and who hosted it",
    ] {
        let reply = ask(question);
        assert!(!title(&reply).contains("ASEMME"), "{question}: {reply}");
    }
    // The host ministry is asked of the meeting it hosted.
    let reply = ask("who was the host ministry for Kuala Lumpur?").to_string();
    assert!(reply.contains("does not say"), "{reply}");
}

#[test]
fn what_no_record_holds_of_a_body_the_declaration_names_is_no_match() {
    // When a body began, where it sits, who leads it, its motto or deadlines: the declaration
    // names it and records none of these, so no paragraph that names it is put forward.
    for question in [
        "when was ASEF founded",
        "where is the ASEAN Secretariat?",
        "who heads the ASEAN Secretariat",
        "what is the motto of the European Union",
        "how do I apply for the ASEM-DUO Fellowship? deadline?",
        "where is the Korean Ministry of Education located",
    ] {
        assert_eq!(title(&ask(question)), "No match", "{question}");
    }
    // What the declaration says of a body, or where, is answered; so is a question where the
    // word belongs to another sentence.
    for (question, paragraph) in [
        ("what does the declaration say about ASEF", "¶6"),
        ("where is ASEF mentioned", "¶6"),
        ("why is the ASEM Education Secretariat thanked?", "¶1"),
        (
            "Reporter here and on deadline. Did they decide anything on ASEM-DUO?",
            "¶6",
        ),
    ] {
        let reply = ask(question).to_string();
        assert!(reply.contains(paragraph), "{question}: {reply}");
    }
}

#[test]
fn who_thought_of_something_or_wrote_about_a_meeting_is_no_fact_of_it() {
    for question in [
        "Who came up with the term Open Educational Resources, and when?",
        "Did ASEF publish its own report or press release about the Seoul meeting?",
    ] {
        let reply = ask(question);
        assert!(
            !title(&reply).contains("Participants"),
            "{question}: {reply}"
        );
        assert!(!title(&reply).contains("Theme"), "{question}: {reply}");
    }
    // A meeting asked "about" is asked for its theme, and a sponsor is its host.
    let reply = ask("what was the Copenhagen meeting about?").to_string();
    assert!(reply.contains("Shaping an ASEM Education Area"), "{reply}");
    let reply = ask("who sponsored the session").to_string();
    assert!(reply.contains("ASEM Education Secretariat"), "{reply}");
}
