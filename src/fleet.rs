//! A fleet: what `--all` covers, every WABA of every profile, read with
//! bounded concurrency, failures kept per WABA. A profile names a WABA, a
//! business (whose owned and client WABAs it reaches), or both; under
//! `--sandbox`, the sandbox's two businesses.

use std::collections::HashSet;
use std::future::Future;

use futures_util::stream::{self, StreamExt};

use crate::config::{Settings, Source, Sourced};
use crate::error::{Error, Result};
use crate::graph::waba::{self, Waba};
use crate::session::Session;

/// One profile and the WABAs it reaches.
pub struct Reach {
    pub profile: String,
    /// The profile's own session; `None` means the run's (the sandbox, or
    /// a WABA chosen by flag or environment without profiles).
    session: Option<Session>,
    /// Listed WABAs carry their name and currency; a profile's own WABA
    /// only its id.
    pub wabas: Vec<Waba>,
    /// Why the profile, or its business listing, could not be read.
    pub error: Option<Error>,
}

impl Reach {
    pub fn session<'a>(&'a self, run: &'a Session) -> &'a Session {
        self.session.as_ref().unwrap_or(run)
    }
}

/// Every WABA of every profile (or of the one `--profile` names), each
/// WABA once: a WABA reached by two profiles is the same ledger, kept
/// under the first by name. Businesses are listed `jobs` at a time.
pub async fn every_waba(run: &Session, jobs: usize) -> Result<Vec<Reach>> {
    if let Some(w) = &run.raw.waba
        && matches!(w.source, Source::Flag(_))
    {
        return Err(
            Error::usage("--all covers every WABA of every profile; --waba picks one")
                .with_hint("drop --waba, or drop --all"),
        );
    }
    let mut reaches = Vec::new();
    let mut businesses: Vec<Vec<String>> = Vec::new();
    if run.settings.sandbox {
        reaches.push(own("sandbox", None, None));
        businesses.push(vec![
            crate::sandbox::ids::DEMO_BUSINESS.to_string(),
            crate::sandbox::ids::OTHER_BUSINESS.to_string(),
        ]);
    } else {
        let names: Vec<String> = match &run.raw.profile {
            Some(p) if matches!(p.source, Source::Flag(_)) => {
                if !run.config.profiles.contains_key(&p.value) {
                    return Err(crate::config::settings::unknown_profile(
                        &p.value,
                        &run.config,
                    ));
                }
                vec![p.value.clone()]
            }
            _ => run.config.profiles.keys().cloned().collect(),
        };
        if names.is_empty() {
            // No profiles: the WABA the environment selects, if any.
            let Some(w) = &run.settings.waba else {
                return Err(Error::usage("--all found no profile to cover")
                    .with_hint("add one per WABA or business: `waba profile add NAME --waba ID` or `--business ID`"));
            };
            reaches.push(own("-", None, Some(w.value.clone())));
            businesses.push(Vec::new());
        }
        // Every profile's reads share one store, opened once the scope is
        // known to be sound.
        run.store().await?;
        for name in names {
            match settings_of(run, &name) {
                Ok(s) => {
                    businesses.push(s.business.iter().map(|b| b.value.clone()).collect());
                    let waba = s.waba.as_ref().map(|w| w.value.clone());
                    reaches.push(own(&name, Some(run.with_settings(s)), waba));
                }
                Err(e) => {
                    businesses.push(Vec::new());
                    let mut r = own(&name, None, None);
                    r.error = Some(e);
                    reaches.push(r);
                }
            }
        }
    }
    let listed = bounded(
        reaches.iter().zip(&businesses).collect::<Vec<_>>(),
        jobs,
        |(r, ids)| async move {
            let mut all = Vec::new();
            for id in ids {
                all.extend(
                    waba::of_business_with_numbers(r.session(run).graph().await?, id).await?,
                );
            }
            Ok::<_, Error>(all)
        },
    )
    .await;
    let mut seen = HashSet::new();
    for (r, found) in reaches.iter_mut().zip(listed) {
        match found {
            Ok(found) => r.wabas.extend(found),
            Err(e) => r.error = r.error.take().or(Some(e)),
        }
        r.wabas.retain(|w| seen.insert(w.id.clone()));
    }
    Ok(reaches)
}

fn own(profile: &str, session: Option<Session>, waba: Option<String>) -> Reach {
    Reach {
        profile: profile.to_string(),
        session,
        wabas: waba
            .map(|id| Waba::from_value(&serde_json::Value::Null, &id))
            .into_iter()
            .collect(),
        error: None,
    }
}

/// A profile's settings for `--all`: flags and environment still win,
/// except the WABA they select, which `--all` replaces.
fn settings_of(run: &Session, name: &str) -> Result<Settings> {
    let mut raw = run.raw.clone();
    raw.profile = Some(Sourced::new(name.to_string(), Source::Flag("--all")));
    raw.waba = None;
    let mut s = Settings::resolve(raw, &run.config, &|_| None)?;
    s.net = run.settings.net.clone();
    Ok(s)
}

/// The error a run over many WABAs ends with when some could not be read:
/// the first one's kind and message, and how many WABAs and profiles
/// failed. `lines` yields each line's WABA (`-` for a profile that could
/// not be read) and its error, if any.
pub fn unreadable<'a>(lines: impl Iterator<Item = (&'a str, Option<&'a Error>)>) -> Option<Error> {
    let mut wabas = 0;
    let mut failed: Vec<(&Error, bool)> = Vec::new();
    for (waba, error) in lines {
        // A line without a WABA (`-`) is a profile that could not be read.
        let profile = waba == "-";
        wabas += usize::from(!profile);
        failed.extend(error.map(|e| (e, profile)));
    }
    let (first, _) = failed.first()?;
    let count = |profile: bool| failed.iter().filter(|(_, p)| *p == profile).count();
    let mut what = Vec::new();
    if count(false) > 0 {
        what.push(format!("{} of {wabas}", counted(count(false), "WABA")));
    }
    if count(true) > 0 {
        what.push(counted(count(true), "profile"));
    }
    Some(
        Error::new(
            first.kind,
            format!(
                "could not read {}; the first: {}",
                what.join(" and "),
                first.message
            ),
        )
        .with_hint("the table shows the rest; `--verbose` traces each call"),
    )
}

/// "1 WABA", "3 WABAs".
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Runs `f` over `items`, at most `jobs` at once, and returns the results
/// in the items' order.
pub async fn bounded<T, R, F, Fut>(items: Vec<T>, jobs: usize, f: F) -> Vec<R>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = R>,
{
    let mut out: Vec<(usize, R)> = stream::iter(items.into_iter().enumerate())
        .map(|(i, item)| {
            let fut = f(item);
            async move { (i, fut.await) }
        })
        .buffer_unordered(jobs.max(1))
        .collect()
        .await;
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::bounded;
    use std::cell::Cell;
    use std::time::Duration;

    #[tokio::test]
    async fn bounded_keeps_order_and_never_exceeds_its_bound() {
        let running = Cell::new(0);
        let most = Cell::new(0);
        let out = bounded((0..40u64).collect(), 8, |i| {
            let (running, most) = (&running, &most);
            async move {
                running.set(running.get() + 1);
                most.set(most.get().max(running.get()));
                // Later items finish first, to show the order is restored.
                tokio::time::sleep(Duration::from_millis(40 - i)).await;
                running.set(running.get() - 1);
                i * 2
            }
        })
        .await;
        assert_eq!(out, (0..40u64).map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(most.get(), 8);
    }
}
