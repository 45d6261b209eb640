//! Abuse limits: how many commands one user, and one channel, may run in a window (token buckets),
//! with the memory they use bounded however many users come by.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// At most this many users (or channels) are tracked at once; beyond it, the idlest are forgotten
/// (forgetting someone only gives them a fresh allowance).
pub const MAX_TRACKED: usize = 10_000;

/// "`count` commands per `window`"; a count of 0 turns the limit off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub count: u32,
    pub window: Duration,
}

impl Rate {
    pub const OFF: Rate = Rate {
        count: 0,
        window: Duration::from_secs(1),
    };

    pub fn is_off(&self) -> bool {
        self.count == 0
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_off() {
            return write!(f, "off");
        }
        write!(f, "{}/{}s", self.count, self.window.as_secs())
    }
}

impl FromStr for Rate {
    type Err = String;

    /// `10/30s`, `10/30` (seconds), `60/1m`, or `0` / `off` for no limit.
    fn from_str(text: &str) -> Result<Rate, String> {
        let text = text.trim();
        let explain = || {
            format!("{text:?} is not a rate: write it as commands/window, e.g. \"10/30s\" or \"60/1m\", or \"off\"")
        };
        if text == "0" || text.eq_ignore_ascii_case("off") {
            return Ok(Rate::OFF);
        }
        let (count, window) = text.split_once('/').ok_or_else(explain)?;
        let count: u32 = count.trim().parse().map_err(|_| explain())?;
        let window = window.trim();
        let (number, unit) = match window.strip_suffix('m') {
            Some(minutes) => (minutes, 60),
            None => (window.strip_suffix('s').unwrap_or(window), 1),
        };
        let seconds: u64 = number.trim().parse().map_err(|_| explain())?;
        if seconds == 0 || seconds > 86_400 {
            return Err(explain());
        }
        Ok(Rate {
            count,
            window: Duration::from_secs(seconds * unit),
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Token buckets by key (a user or channel id), bounded to [`MAX_TRACKED`] keys.
#[derive(Debug)]
pub struct Limiter {
    rate: Rate,
    buckets: Mutex<HashMap<u64, Bucket>>,
}

impl Limiter {
    pub fn new(rate: Rate) -> Limiter {
        Limiter {
            rate,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// Takes one command from `key`'s allowance at `now`; when it is spent, how long until the
    /// next command is allowed.
    pub fn take(&self, key: u64, now: Instant) -> Result<(), Duration> {
        if self.rate.is_off() {
            return Ok(());
        }
        let capacity = f64::from(self.rate.count);
        let per_second = capacity / self.rate.window.as_secs_f64();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if !buckets.contains_key(&key) && buckets.len() >= MAX_TRACKED {
            forget_idlest(&mut buckets, self.rate.window, now);
        }
        let bucket = buckets.entry(key).or_insert(Bucket {
            tokens: capacity,
            updated: now,
        });
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * per_second).min(capacity);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - bucket.tokens) / per_second))
        }
    }

    /// How many keys are tracked now.
    pub fn tracked(&self) -> usize {
        self.buckets.lock().map(|b| b.len()).unwrap_or(0)
    }
}

/// Drops every bucket that has refilled (idle for a whole window); if that frees nothing, the
/// idlest tenth, so that a flood of new keys costs one sort per thousand of them, not one per key.
fn forget_idlest(buckets: &mut HashMap<u64, Bucket>, window: Duration, now: Instant) {
    buckets.retain(|_, b| now.saturating_duration_since(b.updated) < window);
    if buckets.len() >= MAX_TRACKED {
        let mut by_age: Vec<(Instant, u64)> =
            buckets.iter().map(|(k, b)| (b.updated, *k)).collect();
        by_age.sort_unstable();
        for (_, key) in by_age.into_iter().take(MAX_TRACKED / 10) {
            buckets.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse_and_explain_mistakes() {
        assert_eq!(
            "10/30s".parse::<Rate>(),
            Ok(Rate {
                count: 10,
                window: Duration::from_secs(30)
            })
        );
        assert_eq!(
            "60/1m".parse::<Rate>().unwrap().window,
            Duration::from_secs(60)
        );
        assert_eq!("5/10".parse::<Rate>().unwrap().count, 5);
        assert!("off".parse::<Rate>().unwrap().is_off());
        for bad in ["ten", "10/", "10/0s", "/5s", "10/5h"] {
            let error = bad.parse::<Rate>().unwrap_err();
            assert!(error.contains("e.g. \"10/30s\""), "{error}");
        }
    }

    #[test]
    fn a_bucket_empties_then_refills() {
        let limiter = Limiter::new("3/3s".parse().unwrap());
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.take(7, start), Ok(()));
        }
        let wait = limiter.take(7, start).unwrap_err();
        assert!(
            wait > Duration::from_millis(900) && wait <= Duration::from_secs(1),
            "{wait:?}"
        );
        // Someone else is not affected.
        assert_eq!(limiter.take(8, start), Ok(()));
        assert_eq!(limiter.take(7, start + Duration::from_secs(1)), Ok(()));
    }

    #[test]
    fn memory_stays_bounded_under_many_users() {
        let limiter = Limiter::new("2/60s".parse().unwrap());
        let start = Instant::now();
        for user in 0..(MAX_TRACKED as u64 * 3) {
            let _ = limiter.take(user, start + Duration::from_millis(user));
        }
        assert!(limiter.tracked() <= MAX_TRACKED, "{}", limiter.tracked());
    }
}
