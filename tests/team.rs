//! A team store's roles, enforced by PostgreSQL: logins that may read a
//! WABA, charge it, or everything; refused commands stop with exit 3
//! before a card is charged, and the database refuses whatever another
//! client tries.

use std::sync::Mutex;

use crate::harness::{DEMO_CARD, DEMO_WABA, Env, Server};
use crate::postgres::{fresh_database, runtime};

const NOW: &str = "2026-11-21T09:00:00Z";
const OTHER_WABA: &str = "100000000000002";

/// Where a refused money command would have left a row.
const MONEY_TABLES: [&str; 5] = [
    "ledger",
    "topups",
    "autorecharge",
    "alerts",
    "payment_cards",
];

/// The group roles are the server's, shared by every test database:
/// setting them up is one test at a time.
static ROLES: Mutex<()> = Mutex::new(());

/// The same database, as another login (the test server trusts loopback).
fn as_login(url: &str, login: &str) -> String {
    let mut u = url::Url::parse(url).unwrap();
    u.set_username(login).unwrap();
    u.to_string()
}

/// Runs one statement; the database's refusal as text.
fn sql(url: &str, statement: &str) -> Result<u64, String> {
    runtime().block_on(async {
        use sqlx::Connection;
        let mut c = sqlx::PgConnection::connect(url)
            .await
            .map_err(|e| e.to_string())?;
        sqlx::query(sqlx::AssertSqlSafe(statement.to_string()))
            .execute(&mut c)
            .await
            .map(|r| r.rows_affected())
            .map_err(|e| e.to_string())
    })
}

fn count(url: &str, query: &str) -> i64 {
    runtime().block_on(async {
        use sqlx::{Connection, Row};
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(query.to_string()))
            .fetch_one(&mut c)
            .await
            .unwrap()
            .get::<i64, _>(0)
    })
}

struct Team {
    env: Env,
    server: Server,
    owner: String,
    viewer: String,
    billing: String,
    admin: String,
}

impl Team {
    /// A store with roles, a card for the demo WABA, one login of each
    /// role (viewer and billing on the demo WABA only).
    fn new() -> Option<Team> {
        let owner = fresh_database()?;
        let env = Env::new()
            .set("WABA_NOW", NOW)
            .set("WABA_STORE_URL", &owner);
        let server = env.serve_at(&[], Some(NOW));
        let tag = format!("{:08x}", fastrand::u32(..));
        let [viewer, billing, admin] = ["viewer", "billing", "admin"].map(|r| format!("{r}_{tag}"));
        for login in [&viewer, &billing, &admin] {
            sql(&owner, &format!("CREATE ROLE {login} LOGIN")).unwrap();
        }
        let team = Team {
            env,
            server,
            owner,
            viewer,
            billing,
            admin,
        };
        {
            let _one_at_a_time = ROLES.lock().unwrap_or_else(|p| p.into_inner());
            team.run(None, &["store", "roles", "init", "--yes"]).ok();
        }
        for (login, role, waba) in [
            (&team.viewer, "viewer", Some(DEMO_WABA)),
            (&team.billing, "billing", Some(DEMO_WABA)),
            (&team.admin, "admin", None),
        ] {
            let mut args = vec!["store", "grant", login.as_str(), "--role", role, "--yes"];
            args.extend(waba);
            team.run(None, &args).ok();
        }
        team.run(None, &DEMO_CARD).ok();
        Some(team)
    }

    /// A command against the served sandbox and its card processor, as
    /// `login` (`None`: the store's owner).
    fn run(&self, login: Option<&str>, args: &[&str]) -> crate::harness::Out {
        self.run_as(login, args, &[])
    }

    fn run_as(
        &self,
        login: Option<&str>,
        args: &[&str],
        vars: &[(&str, &str)],
    ) -> crate::harness::Out {
        let url = login.map_or(self.owner.clone(), |l| as_login(&self.owner, l));
        let mut env = vec![
            ("WABA_TOKEN", crate::harness::TOKEN),
            ("WABA_STORE_URL", url.as_str()),
            ("STRIPE_API_BASE", self.server.url.as_str()),
            ("STRIPE_SECRET_KEY", "sk_test_team"),
        ];
        env.extend_from_slice(vars);
        let mut full = vec!["--graph-url", self.server.url.as_str()];
        if !args.contains(&"--waba") {
            full.extend(["--waba", DEMO_WABA]);
        }
        full.extend_from_slice(args);
        self.env.run_with(&full, &env, None)
    }

    /// PaymentIntents created at the card processor.
    fn charges(&self) -> usize {
        self.server.requests_to("POST", "/payment_intents").len()
    }
}

#[test]
fn each_login_does_what_its_role_allows_and_no_more() {
    let Some(t) = Team::new() else { return };
    t.run(None, &["topup", "100", "--yes"]).ok();
    t.run(
        None,
        &[
            "--waba", OTHER_WABA, "balance", "adjust", "--credit", "10", "--reason", "opening",
            "--yes",
        ],
    )
    .ok();

    t.run(
        None,
        &[
            "alerts",
            "enable",
            "--below",
            "5",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
    )
    .ok();

    // A viewer reads its WABA (the threshold, not the alert's targets),
    // its numbers' health, and not another WABA.
    let seen = t
        .run(Some(&t.viewer), &["balance", "-o", "json"])
        .ok()
        .json();
    assert_eq!(seen["balance"], "97.24", "{seen}");
    assert_eq!(seen["low_below"], "5.00", "{seen}");
    t.run(Some(&t.viewer), &["numbers", "health"]).ok();
    let targets = t.run(Some(&t.viewer), &["alerts", "show"]);
    assert_eq!(targets.code, 3, "{}", targets.stderr);
    let other = t.run(Some(&t.viewer), &["--waba", OTHER_WABA, "balance"]);
    assert_eq!(other.code, 3, "{}", other.stderr);
    assert!(other.stderr.contains("may not read WABA 100000000000002"));

    // Its money commands stop before anything is charged or written.
    let charges = t.charges();
    let rows = |table: &str| count(&t.owner, &format!("SELECT count(*) FROM {table}"));
    let money_rows = || -> Vec<i64> { MONEY_TABLES.iter().map(|table| rows(table)).collect() };
    let before = money_rows();
    for args in [
        vec!["topup", "50", "--yes"],
        vec![
            "balance", "adjust", "--credit", "5", "--reason", "x", "--yes",
        ],
        vec![
            "autorecharge",
            "enable",
            "--below",
            "10",
            "--amount",
            "20",
            "--yes",
        ],
        vec![
            "alerts",
            "enable",
            "--below",
            "10",
            "--notify",
            "ops@example.com",
            "--yes",
        ],
        vec![
            "payment",
            "set",
            "--customer",
            "cus_sandbox_demo",
            "--card",
            "pm_card_visa",
            "--yes",
        ],
    ] {
        let out = t.run(Some(&t.viewer), &args);
        assert_eq!(out.code, 3, "{args:?}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stderr
                .contains("reads WABA 100000000000001 but may not")
                && out
                    .stderr
                    .contains(&format!("waba store grant {} --role billing", t.viewer)),
            "{args:?}: {}",
            out.stderr
        );
    }
    assert_eq!(
        t.charges(),
        charges,
        "a viewer's top-up reached the card processor"
    );
    assert_eq!(before, money_rows(), "a refused command wrote a row");

    // Billing charges its WABA, whoever WABA_ACTOR claims to be; not another.
    t.run_as(
        Some(&t.billing),
        &["topup", "20", "--yes"],
        &[("WABA_ACTOR", "somebody-else")],
    )
    .ok();
    assert_eq!(t.charges(), charges + 1);
    let elsewhere = t.run(
        Some(&t.billing),
        &["--waba", OTHER_WABA, "topup", "20", "--yes"],
    );
    assert_eq!(elsewhere.code, 3, "{}", elsewhere.stderr);
    assert_eq!(t.charges(), charges + 1);

    // The audit is the server's word: the login beside the declared actor.
    let stamped = count(
        &t.owner,
        &format!(
            "SELECT count(*) FROM ledger WHERE actor = 'somebody-else' AND db_user = '{}'",
            t.billing
        ),
    );
    assert_eq!(stamped, 1);
    let history = t.run(None, &["topup", "history", "-o", "json"]).ok().json();
    assert!(
        history
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["db_user"] == t.billing.as_str() && h["actor"] == "somebody-else"),
        "{history}"
    );
    // A row written from psql that names another login is stamped with
    // the real one.
    sql(
        &as_login(&t.owner, &t.billing),
        &format!(
            "INSERT INTO ledger (id, waba_id, kind, amount, currency, at, actor, command, db_user)
             VALUES ('forged', '{DEMO_WABA}', 'adjustment', '1.00', 'EUR', '{NOW}', 'x', 'psql', 'someone')"
        ),
    )
    .unwrap();
    let login = count(
        &t.owner,
        &format!(
            "SELECT count(*) FROM ledger WHERE id = 'forged' AND db_user = '{}'",
            t.billing
        ),
    );
    assert_eq!(login, 1, "the login a row names is the server's word");

    // An admin reaches every WABA.
    t.run(Some(&t.admin), &["--waba", OTHER_WABA, "balance"])
        .ok();

    // From psql too: other WABAs' rows are not there for a viewer, alert
    // targets are not readable, and the ledger is append-only for
    // everyone, the owner included.
    let viewer_url = as_login(&t.owner, &t.viewer);
    assert_eq!(
        count(
            &viewer_url,
            &format!("SELECT count(*) FROM ledger WHERE waba_id = '{OTHER_WABA}'")
        ),
        0
    );
    assert_eq!(
        count(
            &t.owner,
            &format!("SELECT count(*) FROM ledger WHERE waba_id = '{OTHER_WABA}'")
        ),
        1
    );
    assert!(sql(&viewer_url, "SELECT targets FROM alerts").is_err());
    for url in [
        viewer_url.clone(),
        as_login(&t.owner, &t.billing),
        as_login(&t.owner, &t.admin),
        t.owner.clone(),
    ] {
        let update = sql(&url, "UPDATE ledger SET amount = '1000000.00'");
        let delete = sql(&url, "DELETE FROM ledger");
        assert!(
            update.is_err() && delete.is_err(),
            "{url}: {update:?} {delete:?}"
        );
    }
    assert_eq!(rows("ledger"), 4);

    // Who may do what, as an admin sees it.
    let access = t
        .run(Some(&t.admin), &["store", "access", "-o", "json"])
        .ok()
        .json();
    let logins: Vec<&str> = access
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["login"].as_str().unwrap())
        .collect();
    assert!(logins.contains(&t.viewer.as_str()) && logins.contains(&t.billing.as_str()));
}

#[test]
fn a_sqlite_store_has_no_roles_and_says_so() {
    let env = Env::new().set("WABA_STORE_URL", "");
    let out = env.run(&["store", "roles", "init", "--yes"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("SQLite file"), "{}", out.stderr);
    let out = env.run(&["store", "grant", "ana", "--role", "viewer", "--yes"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}
