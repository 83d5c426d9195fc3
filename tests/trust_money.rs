//! Money against killed runs: a top-up or an auto-recharge killed (SIGKILL)
//! at each named stop point between two of its steps, then the next runs.
//! At every point the card is charged as often as the ledger is credited,
//! at most once per top-up, and exactly once per crossing; a full disk
//! after the charge says that the card was charged and which top-up the
//! next run records.

use crate::harness::{DEMO_CARD, Env, Out, Server, cents};

const T0: &str = "2026-11-21T09:00:00Z";
/// Later runs: past the five minutes after which open top-ups are settled.
const LATER: [&str; 3] = [
    "2026-11-21T09:06:00Z",
    "2026-11-21T09:12:00Z",
    "2026-11-21T09:18:00Z",
];

const TOPUP_POINTS: [&str; 7] = [
    "topup:reserved",
    "topup:pending",
    "topup:created",
    "topup:recorded",
    "topup:confirmed",
    "topup:crediting",
    "topup:credited",
];

struct Case {
    env: Env,
    server: Server,
}

impl Case {
    fn new() -> Case {
        let env = Env::new().set("WABA_NOW", T0);
        let server = env.serve(&[]);
        let c = Case { env, server };
        c.run(&DEMO_CARD, T0).ok();
        c
    }

    fn run_with(&self, args: &[&str], now: &str, extra: &[(&str, &str)]) -> Out {
        let mut vars = vec![
            ("STRIPE_API_BASE", self.server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_stops"),
            ("WABA_NOW", now),
        ];
        vars.extend_from_slice(extra);
        self.env.against_with(&self.server, args, &vars)
    }

    fn run(&self, args: &[&str], now: &str) -> Out {
        self.run_with(args, now, &[])
    }

    /// Runs `args`, killed at `point`.
    fn killed(&self, args: &[&str], point: &str) {
        let out = self.run_with(args, T0, &[("WABA_STOP_AT", point)]);
        assert_eq!(out.code, -1, "{point}: not killed\n{}", out.stderr);
    }

    /// Confirmations the card processor answered: charges made.
    fn charges(&self) -> usize {
        self.server
            .requests_to("POST", "/confirm")
            .iter()
            .filter(|r| r["status"] == 200)
            .count()
    }

    /// What the ledger was credited, in cents.
    fn credits(&self, now: &str) -> i64 {
        let v = self
            .run(&["balance", "--no-sync", "-o", "json"], now)
            .ok()
            .json();
        cents(&v["credits"])
    }

    /// Every top-up has an outcome: none is left pending.
    fn all_settled(&self, now: &str) {
        let h = self
            .run(&["topup", "history", "-o", "json"], now)
            .ok()
            .json();
        for t in h.as_array().unwrap() {
            assert!(
                !matches!(t["status"].as_str(), Some("pending" | "intent")),
                "left open: {h}"
            );
        }
    }
}

#[test]
fn a_topup_killed_at_any_step_is_charged_as_often_as_credited() {
    for point in TOPUP_POINTS {
        let c = Case::new();
        c.killed(&["topup", "100", "--yes"], point);
        for now in [T0, LATER[0]] {
            c.run(&["balance", "--no-sync"], now).ok();
        }
        c.all_settled(LATER[1]);
        let (charges, credits) = (c.charges(), c.credits(LATER[1]));
        let charged = matches!(
            point,
            "topup:confirmed" | "topup:crediting" | "topup:credited"
        );
        assert_eq!(charges, usize::from(charged), "{point}: charges");
        assert_eq!(credits, 10_000 * charges as i64, "{point}: credits");
        // Topping up again after it charges once more, and only once.
        c.run(&["topup", "100", "--yes"], LATER[1]).ok();
        assert_eq!(c.charges(), charges + 1, "{point}");
        assert_eq!(
            c.credits(LATER[2]),
            10_000 * (charges as i64 + 1),
            "{point}"
        );
    }
}

#[test]
fn a_recharge_killed_at_any_step_recharges_its_crossing_exactly_once() {
    let mut points = vec!["recharge:fired"];
    points.extend(TOPUP_POINTS);
    for point in points {
        let c = Case::new();
        c.run(
            &[
                "balance", "adjust", "--credit", "20", "--reason", "opening", "--yes",
            ],
            T0,
        )
        .ok();
        c.run(
            &[
                "autorecharge",
                "enable",
                "--below",
                "50",
                "--amount",
                "100",
                "--yes",
            ],
            T0,
        )
        .ok();
        c.killed(&["balance", "--no-sync"], point);
        for now in [T0, LATER[0], LATER[1], LATER[2]] {
            c.run(&["balance", "--no-sync"], now).ok();
        }
        c.all_settled(LATER[2]);
        assert_eq!(c.charges(), 1, "{point}: charges");
        assert_eq!(c.credits(LATER[2]), 12_000, "{point}: credits");
        let h = c
            .run(&["topup", "history", "-o", "json"], LATER[2])
            .ok()
            .json();
        let succeeded = h
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["status"] == "succeeded")
            .count();
        assert_eq!(succeeded, 1, "{point}: {h}");
    }
}

#[test]
fn a_full_disk_after_the_charge_names_the_topup_the_next_run_records() {
    let c = Case::new();
    let out = c.run_with(
        &["topup", "100", "--yes"],
        T0,
        &[("WABA_FAIL_AT", "topup:confirmed")],
    );
    assert_ne!(out.code, 0);
    let first = out
        .stderr
        .lines()
        .find(|l| l.starts_with("error:"))
        .unwrap_or_default();
    assert!(
        first.contains("the card was charged 105.50 EUR for top-up tu_")
            && first.contains("No space left on device"),
        "{}",
        out.stderr
    );
    let id = first
        .split("top-up ")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .unwrap()
        .to_string();
    assert!(out.stderr.contains("the next run"), "{}", out.stderr);
    assert!(out.stderr.contains(&id), "{}", out.stderr);
    let h = c.run(&["topup", "history", "-o", "json"], T0).ok().json();
    assert_eq!(h[0]["id"], id.as_str(), "{h}");
    assert_eq!(h[0]["status"], "succeeded", "{h}");
    assert_eq!((c.charges(), c.credits(T0)), (1, 10_000));
}
