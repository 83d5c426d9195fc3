//! A fleet: what `--all` covers, every WABA of every profile, read with
//! bounded concurrency, failures kept per WABA. A profile names a WABA, a
//! business (whose owned and client WABAs it reaches), or both; under
//! `--sandbox`, the sandbox's two businesses.

use std::collections::HashSet;
use std::future::Future;

use futures_util::stream::{self, StreamExt};

use crate::config::{Settings, Source};
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

/// The fleet before its listings: each profile, its own WABA, and the
/// businesses it lists.
pub struct Scope {
    pub reaches: Vec<Reach>,
    businesses: Vec<Vec<String>>,
}

/// What the listings bring, in the order that keeps a WABA under the first
/// profile (by name) that reaches it.
pub enum Listed {
    /// WABAs of the reach at this index, none of them reached before.
    Wabas(usize, Vec<Waba>),
    /// Why that reach's listing stopped.
    Failed(usize, Error),
}

/// Every WABA of every profile (or of the one `--profile` names), each
/// WABA once: a WABA reached by two profiles is the same ledger, kept
/// under the first by name. Businesses are listed `jobs` at a time.
pub async fn every_waba(run: &Session, jobs: usize) -> Result<Vec<Reach>> {
    let mut scope = scope(run).await?;
    let listed: Vec<Listed> = scope.listed(run, jobs).collect().await;
    scope.absorb(listed);
    Ok(scope.reaches)
}

/// Runs `f` over every WABA of the fleet in groups of at most `size` of
/// one profile, `jobs` groups at a time, as the listings bring them: the
/// first page's WABAs are read while the next is on its way. Returns what
/// `f` returned, and what was listed (for `Scope::absorb`).
pub async fn in_groups<'a, R, F, Fut>(
    run: &'a Session,
    scope: &'a Scope,
    size: usize,
    jobs: usize,
    f: F,
) -> (Vec<R>, Vec<Listed>)
where
    F: Fn(&'a Reach, &'a Session, Vec<Waba>) -> Fut,
    Fut: Future<Output = R>,
{
    let log = std::sync::Mutex::new(Vec::new());
    let done = {
        let log = &log;
        // The listing runs ahead of the reading (a few pages), so that the
        // next page is fetched while the groups of this one are read.
        let (tx, rx) = tokio::sync::mpsc::channel::<Listed>(LISTED_AHEAD);
        let listing = async move {
            let mut listed = std::pin::pin!(scope.listed(run, jobs));
            while let Some(l) = listed.next().await {
                if tx.send(l).await.is_err() {
                    break;
                }
            }
        };
        let reading = stream::unfold(rx, |mut rx| async { rx.recv().await.map(|l| (l, rx)) })
            .flat_map(move |l: Listed| {
                let groups: Vec<(usize, Vec<Waba>)> = match &l {
                    Listed::Wabas(i, ws) => {
                        ws.chunks(size.max(1)).map(|g| (*i, g.to_vec())).collect()
                    }
                    Listed::Failed(..) => Vec::new(),
                };
                if let Ok(mut log) = log.lock() {
                    log.push(l);
                }
                stream::iter(groups)
            })
            .map(|(i, group)| {
                let r = &scope.reaches[i];
                f(r, r.session(run), group)
            })
            .buffer_unordered(jobs.max(1))
            .collect::<Vec<R>>();
        let ((), done) = tokio::join!(listing, reading);
        done
    };
    (done, log.into_inner().unwrap_or_default())
}

/// Pages of WABAs held between the listing and the reading.
const LISTED_AHEAD: usize = 8;

/// The profiles `--all` covers, and what each lists; nothing is read yet.
pub async fn scope(run: &Session) -> Result<Scope> {
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
    Ok(Scope {
        reaches,
        businesses,
    })
}

impl Scope {
    /// Every WABA as the listings bring them, businesses listed `jobs` at
    /// a time: each profile's own WABA, then its businesses' pages. A
    /// profile's pages are let through once every profile before it has
    /// been listed, so that each WABA comes once, under the first.
    pub fn listed<'a>(
        &'a self,
        run: &'a Session,
        jobs: usize,
    ) -> impl futures_util::Stream<Item = Listed> + 'a {
        let per_reach = self.reaches.iter().enumerate().map(move |(i, r)| {
            let own = stream::iter((!r.wabas.is_empty()).then(|| Ok::<_, Error>(r.wabas.clone())));
            let listings = stream::iter(&self.businesses[i]).flat_map(move |b| {
                stream::once(r.session(run).graph()).flat_map(move |client| match client {
                    Ok(c) => waba::pages_of_business(c, b).left_stream(),
                    Err(e) => stream::once(async { Err(e) }).right_stream(),
                })
            });
            // A listing that fails says so once and stops.
            let pages = own
                .chain(listings)
                .scan(false, |failed, page| {
                    let out = (!*failed).then_some(page);
                    *failed |= matches!(out, Some(Err(_)));
                    std::future::ready(out)
                })
                .map(move |page| (i, Some(page)));
            Box::pin(pages.chain(stream::once(async move { (i, None) })))
        });
        let mut order = Order::new(self.reaches.len());
        stream::iter(per_reach)
            .flatten_unordered(jobs.max(1))
            .flat_map(move |(i, page)| stream::iter(order.take(i, page)))
    }

    /// Puts what the listings brought into the reaches.
    pub fn absorb(&mut self, listed: Vec<Listed>) {
        for r in &mut self.reaches {
            r.wabas.clear();
        }
        for l in listed {
            match l {
                Listed::Wabas(i, ws) => self.reaches[i].wabas.extend(ws),
                Listed::Failed(i, e) => {
                    let r = &mut self.reaches[i];
                    r.error = r.error.take().or(Some(e));
                }
            }
        }
    }
}

/// Lets the listings' pages through in profile order: a profile's pages
/// pass as they come once every profile before it is done; until then they
/// are held. Each WABA passes once.
struct Order {
    /// The first profile not yet done listing.
    next: usize,
    done: Vec<bool>,
    held: Vec<Vec<Result<Vec<Waba>>>>,
    seen: HashSet<String>,
}

impl Order {
    fn new(reaches: usize) -> Order {
        Order {
            next: 0,
            done: vec![false; reaches],
            held: (0..reaches).map(|_| Vec::new()).collect(),
            seen: HashSet::new(),
        }
    }

    /// Takes one page of reach `i` (`None`: its listing is done) and
    /// returns what may pass now.
    fn take(&mut self, i: usize, page: Option<Result<Vec<Waba>>>) -> Vec<Listed> {
        let mut out = Vec::new();
        match page {
            Some(p) if i == self.next => self.pass(i, p, &mut out),
            Some(p) => self.held[i].push(p),
            None => self.done[i] = true,
        }
        // Whoever is next now may pass what it holds.
        while self.next < self.done.len() {
            for p in std::mem::take(&mut self.held[self.next]) {
                self.pass(self.next, p, &mut out);
            }
            if !self.done[self.next] {
                break;
            }
            self.next += 1;
        }
        out
    }

    fn pass(&mut self, i: usize, page: Result<Vec<Waba>>, out: &mut Vec<Listed>) {
        match page {
            Ok(ws) => {
                let fresh: Vec<Waba> = ws
                    .into_iter()
                    .filter(|w| self.seen.insert(w.id.clone()))
                    .collect();
                if !fresh.is_empty() {
                    out.push(Listed::Wabas(i, fresh));
                }
            }
            Err(e) => out.push(Listed::Failed(i, e)),
        }
    }
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
    let mut s = Settings::of_profile(&run.raw, &run.config, name, "--all")?;
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
    use super::{Listed, Order, bounded};
    use crate::error::Error;
    use crate::graph::waba::Waba;
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

    fn page(ids: &[&str]) -> Option<crate::error::Result<Vec<Waba>>> {
        Some(Ok(ids
            .iter()
            .map(|id| Waba::from_value(&serde_json::Value::Null, id))
            .collect()))
    }

    fn shown(out: Vec<Listed>) -> Vec<String> {
        out.into_iter()
            .map(|l| match l {
                Listed::Wabas(i, ws) => {
                    let ids: Vec<&str> = ws.iter().map(|w| w.id.as_str()).collect();
                    format!("{i}:{}", ids.join(","))
                }
                Listed::Failed(i, e) => format!("{i}!{}", e.message),
            })
            .collect()
    }

    /// A later profile's pages wait until every profile before it has been
    /// listed, so a WABA two profiles reach is always the first's; the
    /// first profile's pages pass as they come.
    #[test]
    fn pages_pass_in_profile_order_and_each_waba_once() {
        let mut order = Order::new(3);
        assert_eq!(
            shown(order.take(1, page(&["b", "c"]))),
            Vec::<String>::new()
        );
        assert_eq!(shown(order.take(0, page(&["a"]))), ["0:a"]);
        assert_eq!(shown(order.take(2, page(&["d"]))), Vec::<String>::new());
        // Profile 0 lists `c` too, before profile 1's page is let through.
        assert_eq!(shown(order.take(0, page(&["c", "a"]))), ["0:c"]);
        let failed = Some(Err(Error::usage("no such business")));
        assert_eq!(shown(order.take(2, failed)), Vec::<String>::new());
        // Profile 0 done: profile 1's held page passes, less `c`.
        assert_eq!(shown(order.take(0, None)), ["1:b"]);
        assert_eq!(shown(order.take(1, None)), ["2:d", "2!no such business"]);
        assert_eq!(shown(order.take(2, None)), Vec::<String>::new());
    }
}
