//! Every quote is the source text, word for word.

use crate::util::{
    bot, exec_json, exec_text, run, source_footnote, source_paragraphs, squash, stdout,
};

#[test]
fn source_has_sixteen_paragraphs() {
    let paragraphs = source_paragraphs();
    assert_eq!(paragraphs.len(), 16);
    assert!(
        paragraphs[5].contains("education and exchanges of students"),
        "¶6 is joined across the page break"
    );
    assert!(
        paragraphs[11].ends_with("we will strive to support the wide-ranging activities of ASEM.")
    );
}

#[test]
fn exec_quote_prints_every_paragraph_verbatim() {
    for (index, expected) in source_paragraphs().iter().enumerate() {
        let n = index + 1;
        let text = exec_text(&format!("/quote paragraph: {n}"));
        if n == 1 {
            // The binary prints exactly what the in-process call gives.
            let output = run(&["exec", "/quote paragraph: 1"]);
            assert!(output.status.success());
            assert_eq!(stdout(&output), text);
        }
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            format!("== ¶{n} · Seoul Declaration =="),
            "¶{n} header"
        );
        // The quote is the line after the header, whole.
        assert_eq!(
            squash(lines[1]),
            squash(expected),
            "¶{n} differs from the source"
        );
    }
}

#[test]
fn json_quotes_are_verbatim_and_public() {
    let paragraphs = source_paragraphs();
    for (index, expected) in paragraphs.iter().enumerate() {
        let n = index + 1;
        let response = exec_json(&format!("/quote paragraph: ¶{n}"));
        assert_eq!(response["type"], 4);
        assert!(response["data"].get("flags").is_none(), "a quote is public");
        let description = response["data"]["embeds"][0]["description"]
            .as_str()
            .unwrap();
        let body = description.split("\n\n¹").next().unwrap();
        assert_eq!(squash(body), squash(expected), "¶{n}");
    }
}

#[test]
fn paragraph_two_keeps_its_footnote_and_nine_has_no_full_stop() {
    let response = bot().handle(&asem_bot::console::parse_line("/quote paragraph: 2").unwrap());
    let json = response.to_discord_json();
    let description = json["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(description.contains("Meetings¹ and their contribution"));
    assert!(squash(description).ends_with(&format!("¹ {}", squash(&source_footnote()))));

    let nine = source_paragraphs()[8].clone();
    assert!(nine.ends_with("private-economic sectors"));
    let text = run(&["exec", "/quote paragraph: 9"]);
    assert!(stdout(&text).contains("link with private-economic sectors\n"));
}

#[test]
fn ranges_quote_each_paragraph_whole() {
    let paragraphs = source_paragraphs();
    let response = exec_json("/quote paragraph: 6-7");
    let embeds = response["data"]["embeds"].as_array().unwrap();
    assert_eq!(embeds.len(), 2);
    assert_eq!(
        squash(embeds[0]["description"].as_str().unwrap()),
        squash(&paragraphs[5])
    );
    assert_eq!(
        squash(embeds[1]["description"].as_str().unwrap()),
        squash(&paragraphs[6])
    );
}

#[test]
fn a_range_too_long_for_one_message_is_refused_not_cut() {
    let response = exec_json("/quote paragraph: 1-16");
    assert!(crate::util::is_ephemeral(&response));
    let text = response.to_string();
    assert!(text.contains("longer than one Discord message"), "{text}");
}
