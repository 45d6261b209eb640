//! Configuration: defaults, then `config/asem-bot.toml`, then `.env` (dotenvy), then the environment,
//! parsed once into checked types. The bot token is a [`SecretString`] that never prints.

use crate::bot::gate::{DEFAULT_CHANNEL_RATE, DEFAULT_USER_RATE};
use crate::bot::{Embedding, Policy};
use crate::rate_limit::Rate;
use crate::search::encoder::ModelChoice;
use anyhow::{bail, Context};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The checked configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub discord_token: Option<SecretString>,
    pub application_id: Option<u64>,
    /// Hex Ed25519 public key of the application, for the HTTP endpoint.
    pub public_key: Option<String>,
    pub guild_id: Option<u64>,
    pub api_base_url: String,
    pub http_listen: SocketAddr,
    pub data_dir: PathBuf,
    /// The shards this process runs, when several processes share the bot.
    pub shards: Option<ShardRange>,
    /// The log filter when one is configured (`RUST_LOG`); each mode has its own default.
    pub log: Option<String>,
    /// Who may `/reload`, and the command allowances per user and per channel.
    pub policy: Policy,
    /// The sentence encoder answers match by meaning with, and where its vectors are cached.
    pub embedding: Embedding,
}

/// The TOML file: the same keys as the environment variables, in lower case.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    discord_token: Option<String>,
    discord_application_id: Option<String>,
    discord_public_key: Option<String>,
    discord_guild_id: Option<String>,
    discord_api_base_url: Option<String>,
    asem_http_listen: Option<String>,
    asem_data_dir: Option<String>,
    discord_shards: Option<String>,
    rust_log: Option<String>,
    asem_admin_user_ids: Option<String>,
    asem_user_rate: Option<String>,
    asem_channel_rate: Option<String>,
    asem_model_dir: Option<String>,
    asem_cache_dir: Option<String>,
}

/// Where the config file is looked for, unless `ASEM_CONFIG` names another.
pub const DEFAULT_CONFIG_FILE: &str = "config/asem-bot.toml";

impl Config {
    /// Loads `.env` into the environment (without overriding what is set), then builds the config.
    pub fn load() -> anyhow::Result<Config> {
        // A missing .env is normal; a malformed one is worth stopping for.
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(err) if err.not_found() => {}
            Err(err) => return Err(err).context("reading .env"),
        }
        let path = std::env::var("ASEM_CONFIG").unwrap_or_else(|_| DEFAULT_CONFIG_FILE.into());
        Config::from_sources(Path::new(&path), |key| std::env::var(key).ok())
    }

    /// Builds the config from a TOML file (optional unless named by `ASEM_CONFIG`) and a lookup of
    /// environment variables, which win over the file.
    pub fn from_sources(
        file: &Path,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Config> {
        let from_file: FileConfig = if file.exists() {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("reading {}", file.display()))?;
            toml::from_str(&text).map_err(|err| {
                let line = err
                    .span()
                    .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
                anyhow::anyhow!(
                    "{}{}: {}",
                    file.display(),
                    line.map(|l| format!(":{l}")).unwrap_or_default(),
                    err.message().trim()
                )
            })?
        } else if env("ASEM_CONFIG").is_some() {
            bail!(
                "{}: config file not found (named by ASEM_CONFIG)",
                file.display()
            );
        } else {
            FileConfig::default()
        };
        let pick = |key: &str, file_value: &Option<String>| -> Option<String> {
            env(key)
                .or_else(|| file_value.clone())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let id = |key: &str, file_value: &Option<String>| -> anyhow::Result<Option<u64>> {
            pick(key, file_value)
                .map(|v| {
                    v.parse::<u64>().map_err(|_| {
                        anyhow::anyhow!("{key} must be a Discord id (digits only), not {v:?}")
                    })
                })
                .transpose()
        };

        let discord_token = pick("DISCORD_TOKEN", &from_file.discord_token).map(SecretString::from);
        if let Some(token) = &discord_token {
            check_token(token)?;
        }
        let public_key = pick("DISCORD_PUBLIC_KEY", &from_file.discord_public_key);
        if let Some(key) = &public_key {
            if key.len() != 64 || !key.chars().all(|c| c.is_ascii_hexdigit()) {
                bail!("DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (the application's public key from the Developer Portal)");
            }
        }
        let api_base_url = pick("DISCORD_API_BASE_URL", &from_file.discord_api_base_url)
            .unwrap_or_else(|| "https://discord.com".into())
            .trim_end_matches('/')
            .to_string();
        if !(api_base_url.starts_with("http://") || api_base_url.starts_with("https://")) {
            bail!("DISCORD_API_BASE_URL must start with http:// or https://, not {api_base_url:?}");
        }
        let listen = pick("ASEM_HTTP_LISTEN", &from_file.asem_http_listen)
            .unwrap_or_else(|| "127.0.0.1:8080".into());
        let http_listen = listen.parse().map_err(|_| {
            anyhow::anyhow!(
                "ASEM_HTTP_LISTEN must be an address such as 127.0.0.1:8080, not {listen:?}"
            )
        })?;
        let shards = pick("DISCORD_SHARDS", &from_file.discord_shards)
            .map(|v| ShardRange::parse(&v))
            .transpose()?;
        let admins = pick("ASEM_ADMIN_USER_IDS", &from_file.asem_admin_user_ids)
            .map(|list| {
                list.split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|v| !v.is_empty())
                    .map(|v| {
                        v.parse::<u64>().map_err(|_| {
                            anyhow::anyhow!("ASEM_ADMIN_USER_IDS must be Discord user ids separated by commas, and {v:?} is not one")
                        })
                    })
                    .collect::<anyhow::Result<Vec<u64>>>()
            })
            .transpose()?
            .unwrap_or_default();
        let rate =
            |key: &str, file_value: &Option<String>, default: Rate| -> anyhow::Result<Rate> {
                pick(key, file_value)
                    .map(|v| v.parse::<Rate>().map_err(|e| anyhow::anyhow!("{key}: {e}")))
                    .transpose()
                    .map(|r| r.unwrap_or(default))
            };
        let policy = Policy {
            admins,
            user_rate: rate(
                "ASEM_USER_RATE",
                &from_file.asem_user_rate,
                DEFAULT_USER_RATE,
            )?,
            channel_rate: rate(
                "ASEM_CHANNEL_RATE",
                &from_file.asem_channel_rate,
                DEFAULT_CHANNEL_RATE,
            )?,
        };
        let embedding = Embedding {
            model: match pick("ASEM_MODEL_DIR", &from_file.asem_model_dir) {
                None => ModelChoice::Shipped,
                Some(v) if v.eq_ignore_ascii_case("off") => ModelChoice::Off,
                Some(dir) => ModelChoice::Folder(PathBuf::from(dir)),
            },
            cache_dir: match pick("ASEM_CACHE_DIR", &from_file.asem_cache_dir) {
                None => crate::bot::store::default_cache_dir(),
                Some(v) if v.eq_ignore_ascii_case("off") => None,
                Some(dir) => Some(PathBuf::from(dir)),
            },
        };
        Ok(Config {
            policy,
            embedding,
            discord_token,
            shards,
            application_id: id("DISCORD_APPLICATION_ID", &from_file.discord_application_id)?,
            public_key,
            guild_id: id("DISCORD_GUILD_ID", &from_file.discord_guild_id)?,
            api_base_url,
            http_listen,
            data_dir: PathBuf::from(
                pick("ASEM_DATA_DIR", &from_file.asem_data_dir).unwrap_or_else(|| "data".into()),
            ),
            log: pick("RUST_LOG", &from_file.rust_log),
        })
    }
}

/// Shards `first..=last` of `total`, written `first-last/total` (`0-1/4`: shards 0 and 1 of 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    pub fn parse(text: &str) -> anyhow::Result<ShardRange> {
        let invalid = || {
            anyhow::anyhow!(
                "DISCORD_SHARDS must look like 0-1/4 (shards 0 to 1 of 4 in all), not {text:?}"
            )
        };
        let (range, total) = text.split_once('/').ok_or_else(invalid)?;
        let (first, last) = range.split_once('-').unwrap_or((range, range));
        let number = |s: &str| s.trim().parse::<u32>().map_err(|_| invalid());
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        if first > last || last >= total {
            return Err(invalid());
        }
        Ok(ShardRange { first, last, total })
    }
}

/// A bot token is three dot-separated base64url parts; anything else cannot log in.
fn check_token(token: &SecretString) -> anyhow::Result<()> {
    let value = token.expose_secret();
    let parts: Vec<&str> = value.split('.').collect();
    let well_formed = parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
    if !well_formed {
        bail!("DISCORD_TOKEN is not a bot token (three dot-separated parts); copy it again from the Developer Portal's Bot page");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(vars: &[(&str, &str)]) -> anyhow::Result<Config> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_sources(Path::new("/nonexistent/asem-bot.toml"), |k| {
            vars.get(k).cloned()
        })
    }

    #[test]
    fn defaults_need_nothing() {
        let config = config(&[]).unwrap();
        assert!(config.discord_token.is_none());
        assert_eq!(config.api_base_url, "https://discord.com");
        assert_eq!(config.data_dir, PathBuf::from("data"));
    }

    #[test]
    fn token_never_prints() {
        let token = "MTIz.NDU2.c2VjcmV0LXRva2Vu";
        let config = config(&[("DISCORD_TOKEN", token)]).unwrap();
        let shown = format!("{config:?} {:?}", config.discord_token.as_ref().unwrap());
        assert!(
            !shown.contains(token) && !shown.contains("c2VjcmV0"),
            "{shown}"
        );
    }

    #[test]
    fn shard_ranges_parse() {
        assert_eq!(
            ShardRange::parse("0-1/4").unwrap(),
            ShardRange {
                first: 0,
                last: 1,
                total: 4
            }
        );
        assert_eq!(ShardRange::parse("3/4").unwrap().first, 3);
        assert!(ShardRange::parse("2-1/4").is_err());
        assert!(ShardRange::parse("0-4/4").is_err());
    }

    #[test]
    fn malformed_values_are_refused_with_the_key_named() {
        let err = config(&[("DISCORD_TOKEN", "not a token")]).unwrap_err();
        assert!(err.to_string().contains("DISCORD_TOKEN"));
        assert!(!err.to_string().contains("not a token"));
        let err = config(&[("DISCORD_GUILD_ID", "abc")]).unwrap_err();
        assert!(err.to_string().contains("DISCORD_GUILD_ID"));
    }
}
