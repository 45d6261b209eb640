//! Integration tests, one binary (as ripgrep's `tests/tests.rs`): through the library and through
//! the real `asem-bot` executable. Shared helpers live in `util`.

mod answers;
mod check;
mod cli;
mod fake_discord;
mod gateway;
mod hostile;
mod http_endpoint;
mod languages;
mod locales;
mod quotes;
mod relevance;
mod reliability;
mod util;
