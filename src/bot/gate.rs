//! The gate every command passes before it runs: who may run the administrators' commands, and how
//! often anyone may ask (per user and per channel, bounded in memory).

use crate::commands::{Caller, Command, CommandError};
use crate::rate_limit::{Limiter, Rate};
use std::time::{Duration, Instant};

/// Who may run the administrators' commands, and how often anyone may ask: from the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// Discord users allowed to run `/reload` (besides Discord's own admin-only registration).
    pub admins: Vec<u64>,
    pub user_rate: Rate,
    pub channel_rate: Rate,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            admins: Vec::new(),
            user_rate: DEFAULT_USER_RATE,
            channel_rate: DEFAULT_CHANNEL_RATE,
        }
    }
}

/// A person reading along clicks quickly, but not 10 times in 30 seconds for long.
pub const DEFAULT_USER_RATE: Rate = Rate {
    count: 10,
    window: Duration::from_secs(30),
};
/// A busy channel: several people at once.
pub const DEFAULT_CHANNEL_RATE: Rate = Rate {
    count: 30,
    window: Duration::from_secs(30),
};

pub struct Gate {
    admins: Vec<u64>,
    per_user: Limiter,
    per_channel: Limiter,
}

impl Gate {
    pub fn new(policy: Policy) -> Gate {
        Gate {
            admins: policy.admins,
            per_user: Limiter::new(policy.user_rate),
            per_channel: Limiter::new(policy.channel_rate),
        }
    }

    /// Lets `command` through for `caller`, or says why not. The local operator is trusted and
    /// never limited; suggestions while typing are not counted (Discord sends one per keystroke).
    /// `command` is `None` when the interaction did not parse: it still counts against the allowance.
    pub fn admit(&self, caller: &Caller, command: Option<&Command>) -> Result<(), CommandError> {
        if caller.local {
            return Ok(());
        }
        if !command.is_some_and(Command::is_suggestion) {
            self.take_allowance(caller)?;
        }
        let Some(command) = command else {
            return Ok(());
        };
        if command.is_admin_only() && !caller.user.is_some_and(|u| self.admins.contains(&u)) {
            let name = command.spec().map_or("?", |s| s.name);
            tracing::warn!(
                user = caller.user,
                command = name,
                "a command for administrators, by a user not in ASEM_ADMIN_USER_IDS, was refused"
            );
            return Err(CommandError::NotAllowed {
                command: name.into(),
            });
        }
        Ok(())
    }

    fn take_allowance(&self, caller: &Caller) -> Result<(), CommandError> {
        let now = Instant::now();
        let checks = [
            (caller.user, &self.per_user, false),
            (caller.channel, &self.per_channel, true),
        ];
        for (key, limiter, channel) in checks {
            let Some(key) = key else { continue };
            if let Err(wait) = limiter.take(key, now) {
                let rate = limiter.rate();
                return Err(CommandError::SlowDown {
                    channel,
                    count: rate.count,
                    window_secs: rate.window.as_secs(),
                    wait_secs: wait.as_secs_f64().ceil().max(1.0) as u64,
                });
            }
        }
        Ok(())
    }
}
