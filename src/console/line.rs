//! Reading a Discord-like command line (`/search query: mobility limit: 3`) into an [`Interaction`],
//! plus the console's extras: `press <button id>`, `autocomplete /cmd option: text`, `menu <message>`,
//! `@bot <question>`, and bare text, which is asked as a question.

use crate::commands::{spec, CommandError, Interaction, Invocation, FIND_IN_DECLARATION};

pub fn parse_line(line: &str) -> Result<Interaction, CommandError> {
    let line = line.trim();
    if line.is_empty() {
        return Err(CommandError::EmptyLine);
    }
    if let Some(id) = strip_word(line, "press") {
        return Ok(Interaction::Button {
            custom_id: id.trim().to_string(),
        });
    }
    if let Some(rest) = strip_word(line, "menu") {
        return Ok(Interaction::MessageMenu {
            command: FIND_IN_DECLARATION.to_string(),
            content: rest.trim().to_string(),
        });
    }
    if let Some(rest) = strip_word(line, "autocomplete") {
        let (invocation, last_given) = parse_command(rest.trim(), true)?;
        let spec = spec::find(&invocation.name)
            .ok_or_else(|| CommandError::UnknownCommand(invocation.name.clone()))?;
        let focused = last_given
            .or_else(|| {
                spec.options
                    .iter()
                    .find(|o| o.autocomplete)
                    .map(|o| o.name.to_string())
            })
            .unwrap_or_default();
        return Ok(Interaction::Autocomplete {
            invocation,
            focused,
        });
    }
    if let Some(rest) = line.strip_prefix('@') {
        let text = rest
            .split_once(char::is_whitespace)
            .map(|(_, t)| t)
            .unwrap_or("");
        return Ok(Interaction::Mention {
            text: text.trim().to_string(),
        });
    }
    if line.starts_with('/') {
        return parse_command(line, false).map(|(invocation, _)| Interaction::Command(invocation));
    }
    Ok(Interaction::Command(Invocation {
        name: "ask".into(),
        options: vec![("question".into(), line.to_string())],
    }))
}

/// `rest` after a leading keyword and a space, case-insensitively.
fn strip_word<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let head = line.get(..word.len())?;
    let rest = &line[word.len()..];
    (head.eq_ignore_ascii_case(word) && (rest.is_empty() || rest.starts_with(char::is_whitespace)))
        .then_some(rest)
}

/// Parses `/name opt: value opt: value`; returns the invocation and the last option named.
/// Only the command's own option names split the line, so values may contain colons. Text before
/// the first option name goes to the first option the line does not name (`/ask when was it?`).
fn parse_command(line: &str, partial: bool) -> Result<(Invocation, Option<String>), CommandError> {
    let body = line.strip_prefix('/').unwrap_or(line);
    let (name, rest) = match body.split_once(char::is_whitespace) {
        Some((name, rest)) => (name, rest),
        None => (body, ""),
    };
    let spec = spec::find(name)
        .filter(|s| s.kind == spec::CommandKind::Slash)
        .ok_or_else(|| CommandError::UnknownCommand(name.to_string()))?;

    // Byte positions stay valid because ASCII lower-casing keeps every byte where it was.
    let lower = rest.to_ascii_lowercase();
    let mut markers: Vec<(usize, usize, &str)> = Vec::new();
    for option in spec.options {
        let needle = format!("{}:", option.name);
        let mut from = 0;
        while let Some(found) = lower[from..].find(&needle) {
            let at = from + found;
            let boundary = at == 0 || lower[..at].ends_with(char::is_whitespace);
            if boundary {
                markers.push((at, at + needle.len(), option.name));
            }
            from = at + needle.len();
        }
    }
    markers.sort_by_key(|m| m.0);

    let mut options: Vec<(String, String)> = Vec::new();
    let leading = rest[..markers.first().map_or(rest.len(), |m| m.0)].trim();
    for (i, (_, value_start, option)) in markers.iter().enumerate() {
        let value_end = markers.get(i + 1).map_or(rest.len(), |m| m.0);
        let value = rest[*value_start..value_end].trim().to_string();
        if options.iter().any(|(n, _)| n == option) {
            continue; // the first mention of an option wins, as a value may repeat its name
        }
        options.push((option.to_string(), value));
    }
    let last_given = markers.last().map(|m| m.2.to_string());
    // `/search colour: blue` names an option the command does not have: say so rather than search.
    if let Some((word, _)) = leading.split_once(':') {
        if !word.is_empty()
            && word.len() <= 32
            && word.chars().all(|c| c.is_ascii_alphabetic() || c == '_')
        {
            return Err(CommandError::UnknownOption {
                command: spec.name.to_string(),
                option: word.to_string(),
            });
        }
    }
    if !leading.is_empty() {
        match spec
            .options
            .iter()
            .find(|o| !options.iter().any(|(n, _)| n == o.name))
        {
            Some(option) => options.insert(0, (option.name.to_string(), leading.to_string())),
            None => {
                return Err(CommandError::UnknownOption {
                    command: spec.name.to_string(),
                    option: leading.to_string(),
                })
            }
        }
    } else if partial && markers.is_empty() {
        // `autocomplete /quote` with nothing typed yet.
        if let Some(option) = spec.options.iter().find(|o| o.autocomplete) {
            options.push((option.name.to_string(), String::new()));
        }
    }
    Ok((
        Invocation {
            name: spec.name.to_string(),
            options,
        },
        last_given,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command(line: &str) -> Invocation {
        match parse_line(line).unwrap() {
            Interaction::Command(invocation) => invocation,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn options_split_on_known_names_only() {
        let invocation = command("/search query: field:value (a) limit: 3");
        assert_eq!(
            invocation.options,
            vec![
                ("query".into(), "field:value (a)".into()),
                ("limit".into(), "3".into())
            ]
        );
    }

    #[test]
    fn leading_text_fills_the_first_option() {
        let invocation = command("/ask When did the meeting take place?");
        assert_eq!(
            invocation.options,
            vec![("question".into(), "When did the meeting take place?".into())]
        );
        assert_eq!(command("what is OER").name, "ask");
    }

    #[test]
    fn extras_parse() {
        assert_eq!(
            parse_line("press show:seoul-2017:6").unwrap(),
            Interaction::Button {
                custom_id: "show:seoul-2017:6".into()
            }
        );
        match parse_line("autocomplete /quote paragraph: mob").unwrap() {
            Interaction::Autocomplete {
                invocation,
                focused,
            } => {
                assert_eq!(focused, "paragraph");
                assert_eq!(invocation.options, vec![("paragraph".into(), "mob".into())]);
            }
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(parse_line("@asem-bot what about jobs?").unwrap(), Interaction::Mention { text } if text == "what about jobs?")
        );
        assert_eq!(parse_line("   "), Err(CommandError::EmptyLine));
        assert!(matches!(
            parse_line("/nope x"),
            Err(CommandError::UnknownCommand(_))
        ));
    }
}
