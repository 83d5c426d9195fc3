//! The migration wizard driven the way a person drives it: through a real
//! pseudo-terminal, typing answers, mistyping the code, pressing Ctrl-C and
//! coming back.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::harness::{Env, TOKEN};

const ELIGIBLE: &str = "+52 55 1234 5678";

/// A child process on the slave side of a pseudo-terminal, its controlling
/// terminal, so that hidden prompts read it as they read a real one.
struct Pty {
    master: File,
    child: Child,
    screen: Arc<Mutex<String>>,
    /// How much of the screen earlier `expect`s consumed.
    seen: usize,
}

impl Pty {
    fn spawn(env: &Env, args: &[&str]) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize {
            ws_row: 50,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty fills two descriptors we then own.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors are fresh and owned here.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let mut cmd = env.cmd(args);
        // CI is cleared by Env; a person's terminal has no colour overrides.
        cmd.env("NO_COLOR", "1")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn waba on a pty");
        drop(cmd);
        let screen = Arc::new(Mutex::new(String::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // EIO once the child is gone and the slave closed.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Pty {
            master,
            child,
            screen,
            seen: 0,
        }
    }

    fn screen(&self) -> String {
        self.screen.lock().unwrap().clone()
    }

    /// Waits for `needle` after what was already matched; returns the text
    /// up to and including it.
    #[track_caller]
    fn expect(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let s = self.screen();
            if let Some(i) = s[self.seen..].find(needle) {
                let end = self.seen + i + needle.len();
                let text = s[self.seen..end].to_string();
                self.seen = end;
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {needle:?}; the screen shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Whether the terminal echoes typed characters right now.
    fn echoes(&self) -> bool {
        // SAFETY: tcgetattr fills a zeroed termios we own.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            assert_eq!(libc::tcgetattr(self.master.as_raw_fd(), &mut t), 0);
            t.c_lflag & libc::ECHO != 0
        }
    }

    #[track_caller]
    fn exit_code(&mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                std::thread::sleep(Duration::from_millis(50));
                return (status.code().unwrap_or(-1), self.screen());
            }
            assert!(
                Instant::now() < deadline,
                "still running:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wizard(env: &Env) -> Pty {
    Pty::spawn(
        env,
        &[
            "--sandbox",
            "migrate-number",
            ELIGIBLE,
            "--from-waba",
            "100000000000002",
        ],
    )
}

#[test]
fn a_person_migrates_a_number_with_a_typo_and_two_interruptions() {
    let env = Env::new();
    let mut t = wizard(&env);
    let checklist = t.expect("cannot be undone [y/N]");
    assert!(checklist.contains("Same business"), "{checklist}");
    assert!(
        checklist.contains("Two-step verification off"),
        "{checklist}"
    );
    t.send("y\r");
    // How to send the code is a choice, made with the arrow keys.
    t.expect("relays it to you");
    t.expect("No, stop here");
    t.send("\x1b[B");
    t.send("\x1b[A");
    t.send("\r");
    t.expect("the code is ");
    let code: String = t.expect(" ").trim().to_string();
    assert_eq!(code.len(), 6, "{code:?}");
    t.expect("for a new one: ");
    // A typo: Meta says no, and the other method is offered.
    t.send("000000\r");
    t.expect("did not accept that code");
    t.expect("`voice` to get a new code by voice call");
    t.expect("for a new one: ");
    // Ctrl-C at the code prompt: the run ends, the progress stays.
    t.send("\x03");
    let (code_at_exit, screen) = t.exit_code();
    assert_eq!(code_at_exit, 130);
    // On a line of its own, with the way back in.
    assert!(
        screen.contains("\nerror: interrupted") && screen.contains("continues where it stopped"),
        "{screen}"
    );

    let mut t = wizard(&env);
    t.expect("Resuming the migration");
    t.expect(&format!("the code is {code}"));
    t.expect("for a new one: ");
    t.send(&format!("{code}\r"));
    t.expect("Ownership of +52 55 1234 5678 confirmed");
    t.expect("New two-step verification PIN (6 digits, hidden): ");
    assert!(!t.echoes(), "the PIN prompt hides what is typed");
    // Ctrl-C in the middle of the hidden PIN: the terminal echoes again.
    t.send("135");
    t.send("\x03");
    let (code_at_exit, _) = t.exit_code();
    assert_eq!(code_at_exit, 130);
    assert!(t.echoes(), "Ctrl-C left the terminal without echo");

    let mut t = wizard(&env);
    t.expect("step verified");
    t.expect("New two-step verification PIN (6 digits, hidden): ");
    t.send("135790\r");
    t.expect("Same PIN again: ");
    t.send("246810\r");
    t.expect("The two PINs differ");
    t.expect("New two-step verification PIN (6 digits, hidden): ");
    t.send("135790\r");
    t.expect("Same PIN again: ");
    t.send("135790\r");
    t.expect("[y/N]");
    t.send("y\r");
    t.expect("is on Cloud API in WABA 100000000000001");
    let (code_at_exit, screen) = t.exit_code();
    assert_eq!(code_at_exit, 0, "{screen}");
    assert!(screen.contains("completed"), "{screen}");
    assert!(!screen.contains("135790"), "the PIN never shows:\n{screen}");
}

#[test]
fn ctrl_c_restores_the_terminal_after_a_hidden_prompt() {
    let env = Env::new();
    let mut t = Pty::spawn(&env, &["--sandbox", "register", "200000000000011"]);
    t.expect("PIN (6 digits, hidden): ");
    assert!(!t.echoes());
    t.send("\x03");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 130, "{screen}");
    assert!(t.echoes(), "the terminal it leaves behind echoes again");
    assert!(screen.contains("interrupted"), "{screen}");
}

/// Progress over a slow fleet: a bar with counts on a terminal, not a
/// byte of it in a pipe.
#[test]
fn a_fleet_read_shows_its_count_on_a_terminal_and_nothing_in_a_pipe() {
    let env = Env::new();
    let server = env.serve(&["--wabas", "12", "--latency-ms", "40"]);
    let run = |args: &[&str]| {
        let mut full = vec!["--graph-url", server.url.as_str()];
        full.extend_from_slice(args);
        full.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let add = run(&["profile", "add", "fleet", "--business", "900000000000003"]);
    let add: Vec<&str> = add.iter().map(String::as_str).collect();
    env.run(&add).ok();
    let all = ["--profile", "fleet", "balance", "--all", "--jobs", "2"];
    let piped = env.run_with(&all, &[("WABA_TOKEN", TOKEN)], None).ok();
    assert!(
        !piped.stderr.contains("WABAs\r") && !piped.stderr.contains('\r'),
        "progress in a pipe: {:?}",
        piped.stderr
    );
    // A person's terminal says what it is.
    let env = env.set("WABA_TOKEN", TOKEN).set("TERM", "xterm-256color");
    let mut on_a_terminal = Pty::spawn(&env, &all);
    on_a_terminal.expect("/12 WABAs");
    let (code, screen) = on_a_terminal.exit_code();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Fleet Client"), "{screen}");
}

/// A yes/no question takes y or n; anything else is asked again, never
/// read as no.
#[test]
fn a_confirmation_asks_again_until_it_is_answered() {
    let env = Env::new().set("WABA_NOW", "2026-11-21T09:00:00Z");
    let mut t = Pty::spawn(&env, &["--sandbox", "topup", "100"]);
    t.expect("[y/N]");
    t.send("maybe\r");
    t.expect("answer y or n");
    t.send("yse\r");
    t.expect("answer y or n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        t.child.try_wait().unwrap().is_none(),
        "an unclear answer ended the run:\n{}",
        t.screen()
    );
    t.send("y\r");
    t.expect("Topped up WABA 100000000000001: 100.00 EUR credited");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 0, "{screen}");
}

/// A wait says why, on a terminal: Meta's throttling, and the retry.
#[test]
fn a_throttled_call_says_so_while_it_waits() {
    let env = Env::new()
        .set("WABA_TOKEN", TOKEN)
        .set("TERM", "xterm-256color")
        .set("WABA_RETRIES", "1")
        .set("WABA_RETRY_BASE_MS", "600");
    let server = env.serve(&["--throttle-after", "0"]);
    let mut t = Pty::spawn(
        &env,
        &[
            "--graph-url",
            &server.url,
            "--waba",
            crate::harness::DEMO_WABA,
            "numbers",
            "list",
        ],
    );
    t.expect("throttled by Meta, retrying in 1 s");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 6, "{screen}");
}

/// Paging a long edge counts what has arrived, on a terminal.
#[test]
fn a_long_listing_counts_its_pages_on_a_terminal() {
    let env = Env::new()
        .set("WABA_TOKEN", TOKEN)
        .set("TERM", "xterm-256color");
    let server = env.serve(&[
        "--templates",
        "600",
        "--max-page",
        "50",
        "--latency-ms",
        "30",
    ]);
    let mut t = Pty::spawn(
        &env,
        &[
            "--graph-url",
            &server.url,
            "--waba",
            crate::harness::DEMO_WABA,
            "templates",
            "list",
        ],
    );
    t.expect("00 templates");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 0, "{screen}");
}

/// Left out at a terminal, the number is picked from the WABA's; in a
/// script it is a usage error naming what is missing.
#[test]
fn a_missing_number_is_picked_at_a_terminal_and_named_in_a_script() {
    let env = Env::new().set("TERM", "xterm-256color");
    let script = env.run(&["--sandbox", "numbers", "show"]);
    assert_eq!(script.code, 2, "{}", script.stderr);
    assert!(
        script.stderr.contains("PHONE is missing"),
        "{}",
        script.stderr
    );
    let mut t = Pty::spawn(&env, &["--sandbox", "numbers", "show"]);
    t.expect("Which number");
    t.expect("Demo Retail Support");
    t.send("\x1b[B");
    t.send("\r");
    t.expect("ID                     200000000000012");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 0, "{screen}");
}

/// A template's language, left out at a terminal, is picked from Meta's
/// list by typing part of it.
#[test]
fn a_language_is_picked_from_a_list_narrowed_by_typing() {
    let env = Env::new()
        .set("TERM", "xterm-256color")
        .set("WABA_NOW", "2026-11-21T09:00:00Z");
    let script = env.run(&[
        "--sandbox",
        "templates",
        "create",
        "--name",
        "pick_language",
        "--category",
        "utility",
        "--body",
        "Hello {{1}}, your order has shipped today.",
        "--yes",
    ]);
    assert_eq!(script.code, 2, "{}", script.stderr);
    assert!(
        script.stderr.contains("--language is missing"),
        "{}",
        script.stderr
    );
    let mut t = Pty::spawn(
        &env,
        &[
            "--sandbox",
            "templates",
            "create",
            "--name",
            "pick_language",
            "--category",
            "utility",
            "--body",
            "Hello {{1}}, your order has shipped today.",
            "--example",
            "Ana",
        ],
    );
    t.expect("Language (type to narrow)");
    t.send("es_ES");
    std::thread::sleep(Duration::from_millis(200));
    t.send("\r");
    t.expect("[y/N]");
    t.send("y\r");
    let (code, screen) = t.exit_code();
    assert_eq!(code, 0, "{screen}");
    let listed = env
        .run(&[
            "--sandbox",
            "templates",
            "list",
            "--name",
            "pick_language",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(listed[0]["language"], "es_ES", "{listed}");
}

/// What a terminal shows, escape sequences taken out.
fn plain(screen: &str) -> String {
    let mut out = String::new();
    let mut chars = screen.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                // Parameters, then one final letter (or ~).
                while let Some(&n) = chars.peek() {
                    chars.next();
                    if n.is_ascii_alphabetic() || n == '~' {
                        break;
                    }
                }
            }
            continue;
        }
        if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// The questions as a person sees them, snapshot by snapshot.
#[test]
fn prompts_as_a_terminal_shows_them() {
    let env = Env::new()
        .set("TERM", "xterm-256color")
        .set("WABA_NOW", "2026-11-21T09:00:00Z");
    let mut t = Pty::spawn(&env, &["--sandbox", "topup", "100"]);
    let asked = t.expect("[y/N]");
    insta::assert_snapshot!("topup_confirmation", plain(&asked));
    t.send("n\r");
    t.exit_code();

    let mut t = Pty::spawn(&env, &["--sandbox", "numbers", "show"]);
    t.expect("Which number");
    let listed = t.expect("Demo Retail Italia  200000000000015");
    insta::assert_snapshot!("number_picker", plain(&listed));
}
