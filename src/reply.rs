//! The transport-neutral reply every command returns, and its two renderings: the interaction
//! response JSON that Discord receives (cut to fit every Discord limit, mentions disabled) and plain
//! text for the console.

use crate::text::{discord_len, truncate};
use serde_json::{json, Map, Value};

/// Discord's limits, as documented for interaction responses, messages, embeds and components.
pub mod limits {
    pub const CONTENT: usize = 2000;
    pub const EMBEDS: usize = 10;
    pub const EMBED_TITLE: usize = 256;
    pub const EMBED_DESCRIPTION: usize = 4096;
    pub const EMBED_FIELDS: usize = 25;
    pub const FIELD_NAME: usize = 256;
    pub const FIELD_VALUE: usize = 1024;
    pub const FOOTER: usize = 2048;
    pub const EMBEDS_TOTAL: usize = 6000;
    pub const CHOICES: usize = 25;
    pub const CHOICE_NAME: usize = 100;
    pub const CHOICE_VALUE: usize = 100;
    pub const BUTTONS_PER_ROW: usize = 5;
    pub const ROWS: usize = 5;
    pub const BUTTON_LABEL: usize = 80;
    pub const CUSTOM_ID: usize = 100;
}

/// Interaction callback types (Discord's `InteractionCallbackType`), named once for every transport.
pub mod callback {
    pub const PONG: u8 = 1;
    pub const CHANNEL_MESSAGE_WITH_SOURCE: u8 = 4;
    /// "Thinking…": the reply follows as an edit of the original response.
    pub const DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: u8 = 5;
    /// A silent acknowledgement of a button; its message is edited later.
    pub const DEFERRED_UPDATE_MESSAGE: u8 = 6;
    pub const UPDATE_MESSAGE: u8 = 7;
    pub const AUTOCOMPLETE_RESULT: u8 = 8;
}
use callback::{AUTOCOMPLETE_RESULT, CHANNEL_MESSAGE_WITH_SOURCE, UPDATE_MESSAGE};
/// Message flag: only the user who invoked the interaction sees the reply.
const EPHEMERAL: u64 = 64;

/// Accent colour of the bot's embeds (ASEM blue).
pub const COLOR_INFO: u32 = 0x1F5FAD;
/// Colour of replies that tell the user something went wrong.
pub const COLOR_ERROR: u32 = 0xC0392B;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reply {
    pub content: String,
    pub embeds: Vec<Embed>,
    pub buttons: Vec<Button>,
    /// Seen only by the user who asked.
    pub ephemeral: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Embed {
    pub title: String,
    pub description: String,
    pub fields: Vec<Field>,
    pub footer: String,
    pub color: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonStyle {
    Primary = 1,
    Secondary = 2,
    Success = 3,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    /// What the press sends back; built by `commands::buttons`, always within 100 characters.
    pub custom_id: String,
    pub style: ButtonStyle,
}

/// One autocomplete suggestion.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub name: String,
    pub value: String,
}

/// What the bot answers to one interaction.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// A new message (public or ephemeral).
    Message(Reply),
    /// Replaces the message whose button was pressed (the tour's Next/Back).
    Update(Reply),
    Autocomplete(Vec<Choice>),
}

impl Embed {
    pub fn new(title: impl Into<String>) -> Embed {
        Embed {
            title: title.into(),
            color: COLOR_INFO,
            ..Embed::default()
        }
    }

    pub fn description(mut self, text: impl Into<String>) -> Embed {
        self.description = text.into();
        self
    }

    pub fn field(mut self, name: impl Into<String>, value: impl Into<String>) -> Embed {
        self.fields.push(Field {
            name: name.into(),
            value: value.into(),
            inline: false,
        });
        self
    }

    pub fn inline_field(mut self, name: impl Into<String>, value: impl Into<String>) -> Embed {
        self.fields.push(Field {
            name: name.into(),
            value: value.into(),
            inline: true,
        });
        self
    }

    pub fn footer(mut self, text: impl Into<String>) -> Embed {
        self.footer = text.into();
        self
    }

    pub fn color(mut self, color: u32) -> Embed {
        self.color = color;
        self
    }

    /// Characters that count towards the 6000 shared by all embeds of a message.
    fn size(&self) -> usize {
        discord_len(&self.title)
            + discord_len(&self.description)
            + discord_len(&self.footer)
            + self
                .fields
                .iter()
                .map(|f| discord_len(&f.name) + discord_len(&f.value))
                .sum::<usize>()
    }

    fn fit(&mut self) {
        self.title = truncate(&self.title, limits::EMBED_TITLE);
        self.description = truncate(&self.description, limits::EMBED_DESCRIPTION);
        self.footer = truncate(&self.footer, limits::FOOTER);
        self.fields.truncate(limits::EMBED_FIELDS);
        for field in &mut self.fields {
            field.name = non_empty(truncate(&field.name, limits::FIELD_NAME));
            field.value = non_empty(truncate(&field.value, limits::FIELD_VALUE));
        }
    }
}

/// Discord rejects empty field names and values; a zero-width space renders as nothing.
fn non_empty(text: String) -> String {
    if text.trim().is_empty() {
        "\u{200B}".to_string()
    } else {
        text
    }
}

impl Button {
    pub fn new(label: impl Into<String>, custom_id: impl Into<String>) -> Button {
        Button {
            label: label.into(),
            custom_id: custom_id.into(),
            style: ButtonStyle::Secondary,
        }
    }

    pub fn primary(mut self) -> Button {
        self.style = ButtonStyle::Primary;
        self
    }

    pub fn success(mut self) -> Button {
        self.style = ButtonStyle::Success;
        self
    }
}

impl Reply {
    pub fn public(embed: Embed) -> Reply {
        Reply {
            embeds: vec![embed],
            ..Reply::default()
        }
    }

    pub fn ephemeral(embed: Embed) -> Reply {
        Reply {
            embeds: vec![embed],
            ephemeral: true,
            ..Reply::default()
        }
    }

    pub fn with_embed(mut self, embed: Embed) -> Reply {
        self.embeds.push(embed);
        self
    }

    pub fn with_button(mut self, button: Button) -> Reply {
        self.buttons.push(button);
        self
    }

    pub fn with_content(mut self, content: impl Into<String>) -> Reply {
        self.content = content.into();
        self
    }

    /// Cuts the reply down to what Discord accepts: every text within its limit, at most ten embeds
    /// sharing 6000 characters (later fields and embeds give way first), buttons within their rows.
    pub fn fit(&mut self) {
        self.content = truncate(&self.content, limits::CONTENT);
        self.embeds.truncate(limits::EMBEDS);
        for embed in &mut self.embeds {
            embed.fit();
        }
        while self.embeds.iter().map(Embed::size).sum::<usize>() > limits::EMBEDS_TOTAL {
            let excess = self.embeds.iter().map(Embed::size).sum::<usize>() - limits::EMBEDS_TOTAL;
            let Some(last) = self.embeds.last_mut() else {
                break;
            };
            if last.fields.len() > 1 {
                last.fields.pop();
            } else if discord_len(&last.description) > excess + 40 {
                let keep = discord_len(&last.description) - excess - 1;
                last.description = truncate(&last.description, keep);
            } else if self.embeds.len() > 1 {
                self.embeds.pop();
            } else {
                // One embed with one field: shorten every part.
                let embed = &mut self.embeds[0];
                embed.fields.clear();
                embed.footer.clear();
                let room = limits::EMBEDS_TOTAL - discord_len(&embed.title);
                embed.description = truncate(&embed.description, room);
            }
        }
        self.buttons
            .retain(|b| !b.custom_id.is_empty() && discord_len(&b.custom_id) <= limits::CUSTOM_ID);
        self.buttons
            .truncate(limits::BUTTONS_PER_ROW * limits::ROWS);
        for button in &mut self.buttons {
            button.label = non_empty(truncate(&button.label, limits::BUTTON_LABEL));
        }
        if self.content.is_empty() && self.embeds.is_empty() {
            self.content = "(nothing to show)".to_string();
        }
    }

    fn to_data(&self) -> Map<String, Value> {
        let mut reply = self.clone();
        reply.fit();
        let mut data = Map::new();
        if !reply.content.is_empty() {
            data.insert("content".into(), json!(reply.content));
        }
        let embeds: Vec<Value> = reply.embeds.iter().map(embed_json).collect();
        data.insert("embeds".into(), Value::Array(embeds));
        let rows: Vec<Value> = reply
            .buttons
            .chunks(limits::BUTTONS_PER_ROW)
            .map(|row| {
                json!({
                    "type": 1,
                    "components": row.iter().map(|b| json!({
                        "type": 2,
                        "style": b.style as u8,
                        "label": b.label,
                        "custom_id": b.custom_id,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        data.insert("components".into(), Value::Array(rows));
        data.insert("allowed_mentions".into(), json!({ "parse": [] }));
        data
    }
}

fn embed_json(embed: &Embed) -> Value {
    let mut out = Map::new();
    if !embed.title.is_empty() {
        out.insert("title".into(), json!(embed.title));
    }
    if !embed.description.is_empty() {
        out.insert("description".into(), json!(embed.description));
    }
    out.insert("color".into(), json!(embed.color));
    if !embed.fields.is_empty() {
        let fields: Vec<Value> = embed
            .fields
            .iter()
            .map(|f| json!({ "name": f.name, "value": f.value, "inline": f.inline }))
            .collect();
        out.insert("fields".into(), Value::Array(fields));
    }
    if !embed.footer.is_empty() {
        out.insert("footer".into(), json!({ "text": embed.footer }));
    }
    Value::Object(out)
}

impl Response {
    /// The interaction response body exactly as Discord receives it.
    pub fn to_discord_json(&self) -> Value {
        match self {
            Response::Message(reply) => {
                let mut data = reply.to_data();
                if reply.ephemeral {
                    data.insert("flags".into(), json!(EPHEMERAL));
                }
                json!({ "type": CHANNEL_MESSAGE_WITH_SOURCE, "data": data })
            }
            // The ephemeral state of a message cannot change, so an update carries no flags.
            Response::Update(reply) => json!({ "type": UPDATE_MESSAGE, "data": reply.to_data() }),
            Response::Autocomplete(choices) => {
                let choices: Vec<Value> = fit_choices(choices)
                    .into_iter()
                    .map(|c| json!({ "name": c.name, "value": c.value }))
                    .collect();
                json!({ "type": AUTOCOMPLETE_RESULT, "data": { "choices": choices } })
            }
        }
    }

    /// The message itself (the `data` of a message response, without interaction flags), for
    /// channel messages such as mention replies and for editing a deferred response.
    pub fn message_body(&self) -> Option<Value> {
        match self {
            Response::Message(reply) | Response::Update(reply) => {
                Some(Value::Object(reply.to_data()))
            }
            Response::Autocomplete(_) => None,
        }
    }

    /// The reply as plain text, for the console.
    pub fn to_text(&self) -> String {
        self.to_text_in(crate::locale::SOURCE)
    }

    /// The reply as plain text, with the console's own notes in `locale`.
    pub fn to_text_in(&self, locale: &str) -> String {
        let catalogues = crate::locale::catalogues();
        match self {
            Response::Message(reply) | Response::Update(reply) => {
                let mut text = reply_text(reply);
                if reply.ephemeral {
                    text.push_str(&catalogues.reply(locale, "console-only-you"));
                    text.push('\n');
                }
                text
            }
            Response::Autocomplete(choices) => {
                if choices.is_empty() {
                    return format!("{}\n", catalogues.reply(locale, "console-no-suggestions"));
                }
                fit_choices(choices)
                    .iter()
                    .map(|c| format!("  {}  →  {}\n", c.name, c.value))
                    .collect()
            }
        }
    }

    /// Whether only the invoking user sees this reply.
    pub fn is_ephemeral(&self) -> bool {
        match self {
            Response::Message(reply) | Response::Update(reply) => reply.ephemeral,
            Response::Autocomplete(_) => true,
        }
    }
}

fn fit_choices(choices: &[Choice]) -> Vec<Choice> {
    choices
        .iter()
        .filter(|c| !c.name.trim().is_empty() && !c.value.trim().is_empty())
        .take(limits::CHOICES)
        .map(|c| Choice {
            name: truncate(&c.name, limits::CHOICE_NAME),
            value: cut_value(&c.value),
        })
        .collect()
}

/// A choice value is sent back as the option's value: cut it without adding "…".
fn cut_value(value: &str) -> String {
    let mut out = String::new();
    for ch in value.chars() {
        if discord_len(&out) + ch.len_utf16() > limits::CHOICE_VALUE {
            break;
        }
        out.push(ch);
    }
    out
}

fn reply_text(reply: &Reply) -> String {
    let mut reply = reply.clone();
    reply.fit();
    let mut out = String::new();
    if !reply.content.is_empty() {
        out.push_str(&reply.content);
        out.push('\n');
    }
    for embed in &reply.embeds {
        if !embed.title.is_empty() {
            out.push_str(&format!("== {} ==\n", embed.title));
        }
        if !embed.description.is_empty() {
            out.push_str(&embed.description);
            out.push('\n');
        }
        for field in &embed.fields {
            out.push_str(&format!("\n  {}\n", field.name));
            for line in field.value.lines() {
                out.push_str(&format!("    {line}\n"));
            }
        }
        if !embed.footer.is_empty() {
            out.push_str(&format!("-- {}\n", embed.footer));
        }
        out.push('\n');
    }
    if !reply.buttons.is_empty() {
        let buttons: Vec<String> = reply
            .buttons
            .iter()
            .map(|b| format!("[{}] press {}", b.label, b.custom_id))
            .collect();
        out.push_str(&buttons.join("   "));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oversized_replies_fit_every_limit() {
        let long = "word ".repeat(3000);
        let mut reply = Reply::public(Embed::new(&long).description(&long).footer(&long));
        for _ in 0..30 {
            reply.embeds[0] = reply.embeds[0].clone().field(&long, &long);
        }
        for _ in 0..12 {
            reply = reply.with_embed(Embed::new("x").description(&long));
        }
        reply.fit();
        assert!(reply.embeds.len() <= limits::EMBEDS);
        assert!(reply.embeds.iter().map(Embed::size).sum::<usize>() <= limits::EMBEDS_TOTAL);
        assert!(reply.embeds[0].fields.len() <= limits::EMBED_FIELDS);
    }

    #[test]
    fn every_message_disables_mentions() {
        let json = Response::Message(Reply::default().with_content("@everyone")).to_discord_json();
        assert_eq!(json["data"]["allowed_mentions"], json!({ "parse": [] }));
        assert_eq!(json["type"], 4);
    }

    #[test]
    fn ephemeral_sets_flag_64() {
        let json = Response::Message(Reply::ephemeral(Embed::new("x"))).to_discord_json();
        assert_eq!(json["data"]["flags"], 64);
    }
}
