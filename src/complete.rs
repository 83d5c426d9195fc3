//! Shell completion that knows the fleet: profile names, WABA ids (with
//! their name, last balance and status where the shell shows descriptions),
//! template names and languages, phone numbers and top-up ids of the WABA
//! the command line names.
//!
//! The shell asks the binary (clap_complete's `CompleteEnv`, through
//! `WABA_COMPLETE`). Answers come from the config and from a small cache
//! (`completion.json` beside the state store) that the listing commands
//! keep up to date: never from Meta, and never an error on screen (a cache
//! that is missing, locked or unreadable gives no candidates).

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use clap_complete::engine::CompletionCandidate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::config::Paths;
use crate::config::file::Config;

/// What listing commands saw, per WABA.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Cache {
    #[serde(default)]
    pub wabas: BTreeMap<String, Seen>,
    /// Template names and their languages.
    #[serde(default)]
    pub templates: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// Phone-number ids and their numbers in E.164.
    #[serde(default)]
    pub numbers: BTreeMap<String, BTreeMap<String, String>>,
    /// Top-up ids and what they were (`25.00 EUR succeeded`).
    #[serde(default)]
    pub topups: BTreeMap<String, BTreeMap<String, String>>,
}

/// A WABA as last seen.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct Seen {
    pub name: Option<String>,
    pub balance: Option<String>,
    pub status: Option<String>,
}

/// The largest cache read: a fleet of thousands with their templates.
const MAX_CACHE: u64 = 64 << 20;

impl Cache {
    pub fn path(paths: &Paths) -> PathBuf {
        paths.data_dir.join("completion.json")
    }

    fn load(path: &Path) -> Cache {
        crate::config::atomic::read_capped(path, MAX_CACHE)
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default()
    }

    /// Records what a command saw. Best effort: completion is a
    /// convenience, so a cache that cannot be written changes nothing else.
    pub fn remember(paths: &Paths, f: impl FnOnce(&mut Cache)) {
        let path = Cache::path(paths);
        let Ok(_lock) = crate::config::atomic::lock(&paths.data_dir.join(".completion.lock"))
        else {
            return;
        };
        let mut cache = Cache::load(&path);
        f(&mut cache);
        if let Ok(text) = serde_json::to_string(&cache) {
            let _ = crate::config::atomic::write(&path, &text, true);
        }
    }
}

/// Keeps what a listing command's JSON shows (`command` as typed, such as
/// `numbers list`; `waba` the WABA it ran on), for the next TAB. (`templates
/// list` writes its rows as they come, and keeps them itself.)
pub fn learn(paths: &Paths, command: &str, waba: Option<&str>, json: &Value) {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let seen = |v: &Value| Seen {
        name: text(v, "name"),
        balance: text(v, "balance").map(|b| {
            format!("{b} {}", text(v, "currency").unwrap_or_default())
                .trim()
                .to_string()
        }),
        status: text(v, "status"),
    };
    let rows = |v: &Value| v.as_array().cloned().unwrap_or_default();
    match command {
        "wabas list" | "balance" | "numbers list" | "topup" | "topup history" => {}
        _ => return,
    }
    Cache::remember(paths, |c| match command {
        "wabas list" => {
            for w in rows(json) {
                if let Some(id) = text(&w, "waba_id") {
                    let e = c.wabas.entry(id).or_default();
                    e.name = text(&w, "name").or(e.name.take());
                }
            }
        }
        "balance" => {
            // One WABA, or `--all`'s list of them.
            let all = json.get("wabas").map(rows);
            for w in all.unwrap_or_else(|| vec![json.clone()]) {
                if let Some(id) = text(&w, "waba_id") {
                    let new = seen(&w);
                    let e = c.wabas.entry(id).or_default();
                    e.name = new.name.or(e.name.take());
                    e.balance = new.balance.or(e.balance.take());
                    e.status = new.status.or(e.status.take());
                }
            }
        }
        "numbers list" => {
            if let Some(w) = waba {
                let list = rows(json)
                    .iter()
                    .filter_map(|n| Some((text(n, "id")?, text(n, "phone_number")?)))
                    .collect();
                c.numbers.insert(w.to_string(), list);
            }
        }
        "topup" | "topup history" => {
            // One top-up just made, or the whole history.
            let list = if command == "topup" {
                vec![json.clone()]
            } else {
                rows(json)
            };
            if let Some(w) = waba {
                let list: BTreeMap<String, String> = list
                    .iter()
                    .filter_map(|t| {
                        let what = format!(
                            "{} {} {}",
                            text(t, "amount").unwrap_or_default(),
                            text(t, "currency").unwrap_or_default(),
                            text(t, "status").unwrap_or_default()
                        );
                        Some((text(t, "id")?, what))
                    })
                    .collect();
                let known = c.topups.entry(w.to_string()).or_default();
                if command != "topup" {
                    known.clear();
                }
                known.extend(list);
            }
        }
        _ => {}
    });
}

/// What completion reads: the config, the cache, and the command line so
/// far (for `--profile`, `--waba`, `--sandbox` typed before the word).
struct Known {
    config: Config,
    cache: Cache,
    waba: Option<String>,
}

fn known() -> Option<Known> {
    let home = std::env::var_os("WABA_HOME").map(PathBuf::from);
    let paths = Paths::resolve(home.as_deref()).ok()?;
    let config = crate::config::file::load(&paths.config_file()).unwrap_or_default();
    let cache = Cache::load(&Cache::path(&paths));
    let line: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = |name: &str| {
        line.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{name}="))
                .map(str::to_string)
                .or_else(|| (a == name).then(|| line.get(i + 1).cloned()).flatten())
        })
    };
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let sandbox = line.iter().any(|a| a == "--sandbox")
        || env("WABA_SANDBOX").is_some_and(|v| v != "0" && v != "false");
    let profile = flag("--profile")
        .or_else(|| env("WABA_PROFILE"))
        .or_else(|| config.default_profile.clone());
    let waba = flag("--waba").or_else(|| env("WABA_ID")).or_else(|| {
        if sandbox {
            Some(crate::sandbox::ids::DEFAULT_WABA.to_string())
        } else {
            profile
                .as_ref()
                .and_then(|p| config.profiles.get(p))
                .and_then(|p| p.waba.clone())
        }
    });
    Some(Known {
        config,
        cache,
        waba,
    })
}

fn starting(current: &OsStr) -> String {
    current.to_string_lossy().into_owned()
}

fn candidate(value: &str, help: Option<String>) -> CompletionCandidate {
    let c = CompletionCandidate::new(value.to_string());
    match help.filter(|h| !h.is_empty()) {
        Some(h) => c.help(Some(h.into())),
        None => c,
    }
}

/// Profile names, each described by what it covers.
pub fn profiles(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(k) = known() else { return Vec::new() };
    let start = starting(current);
    k.config
        .profiles
        .iter()
        .filter(|(name, _)| name.starts_with(&start))
        .map(|(name, p)| {
            let what = match (&p.waba, &p.business) {
                (Some(w), Some(b)) => format!("WABA {w}, business {b}"),
                (Some(w), None) => format!("WABA {w}"),
                (None, Some(b)) => format!("business {b}"),
                (None, None) => String::new(),
            };
            candidate(name, Some(what))
        })
        .collect()
}

/// WABA ids from the profiles and from what commands saw, described by
/// name, last balance and status.
pub fn wabas(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(k) = known() else { return Vec::new() };
    let start = starting(current);
    let mut ids: BTreeMap<String, Option<&Seen>> = BTreeMap::new();
    for p in k.config.profiles.values() {
        if let Some(w) = &p.waba {
            ids.entry(w.clone()).or_default();
        }
    }
    for (id, seen) in &k.cache.wabas {
        ids.insert(id.clone(), Some(seen));
    }
    ids.into_iter()
        .filter(|(id, _)| id.starts_with(&start))
        .map(|(id, seen)| {
            let help = seen.map(|s| {
                [s.name.clone(), s.balance.clone(), s.status.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ")
            });
            candidate(&id, help)
        })
        .collect()
}

/// Candidates from what the cache holds (`pick`) for the WABA the line
/// names; none when no WABA is named or nothing was seen of it.
fn of_named_waba<T>(
    current: &OsStr,
    pick: fn(&Cache) -> &BTreeMap<String, T>,
    f: impl FnOnce(&T, &str) -> Vec<CompletionCandidate>,
) -> Vec<CompletionCandidate> {
    let Some(k) = known() else { return Vec::new() };
    match k.waba.as_ref().and_then(|w| pick(&k.cache).get(w)) {
        Some(list) => f(list, &starting(current)),
        None => Vec::new(),
    }
}

/// The current WABA's template names, described by their languages.
pub fn templates(current: &OsStr) -> Vec<CompletionCandidate> {
    of_named_waba(
        current,
        |c| &c.templates,
        |list, start| {
            list.iter()
                .filter(|(name, _)| name.starts_with(start))
                .map(|(name, langs)| candidate(name, Some(langs.join(", "))))
                .collect()
        },
    )
}

/// The languages of the current WABA's templates.
pub fn languages(current: &OsStr) -> Vec<CompletionCandidate> {
    of_named_waba(
        current,
        |c| &c.templates,
        |list, start| {
            let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
            for l in list.values().flatten() {
                *langs.entry(l).or_default() += 1;
            }
            langs
                .into_iter()
                .filter(|(l, _)| l.starts_with(start))
                .map(|(l, n)| candidate(l, Some(format!("{n} template(s)"))))
                .collect()
        },
    )
}

/// The current WABA's numbers: their ids and their E.164 form, each
/// described by the other.
pub fn numbers(current: &OsStr) -> Vec<CompletionCandidate> {
    of_named_waba(
        current,
        |c| &c.numbers,
        |list, start| {
            let mut out = Vec::new();
            for (id, e164) in list {
                if id.starts_with(start) {
                    out.push(candidate(id, Some(e164.clone())));
                }
                if e164.starts_with(start) {
                    out.push(candidate(e164, Some(id.clone())));
                }
            }
            out
        },
    )
}

/// The current WABA's top-up ids.
pub fn topups(current: &OsStr) -> Vec<CompletionCandidate> {
    of_named_waba(
        current,
        |c| &c.topups,
        |list, start| {
            list.iter()
                .filter(|(id, _)| id.starts_with(start))
                .map(|(id, what)| candidate(id, Some(what.clone())))
                .collect()
        },
    )
}
