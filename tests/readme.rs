//! The README is executed: every sandbox command it shows runs here, block
//! by block in a fresh home, with the README's own clock and inputs (and
//! `--yes` for the questions a person would answer at a terminal). Each
//! must exit as its comment says (`exit N`, else 0), and a comment that
//! names a change (`YELLOW → RED`) must find it in the output. A `console`
//! block is compared line by line with what the commands print. A `bash`
//! block needs the server it starts: its own test runs it.

use crate::harness::Env;

const README: &str = include_str!("../README.md");

/// One command as the README writes it.
#[derive(Debug)]
struct Line {
    number: usize,
    vars: Vec<(String, String)>,
    args: Vec<String>,
    comment: String,
}

/// Shell words: spaces split, single and double quotes group.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote = None;
    let mut started = false;
    for c in s.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if started {
                    out.push(std::mem::take(&mut cur));
                    started = false;
                }
            }
            _ => {
                cur.push(c);
                started = true;
            }
        }
    }
    if started {
        out.push(cur);
    }
    out
}

/// The sandbox commands of each `sh` block: lines that run `waba --sandbox`
/// or `waba sandbox`, except those the suite cannot run as written (a
/// placeholder `…`, a pipe, a server left running).
fn blocks() -> Vec<Vec<Line>> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<Line>> = None;
    for (i, raw) in README.lines().enumerate() {
        if raw.trim_start().starts_with("```") {
            match current.take() {
                Some(b) => blocks.push(b),
                None if raw.trim() == "```sh" => current = Some(Vec::new()),
                None => {}
            }
            continue;
        }
        let Some(block) = current.as_mut() else {
            continue;
        };
        let (code, comment) = match raw.split_once(" # ") {
            Some((c, m)) => (c.trim(), m.trim()),
            None => (raw.trim(), ""),
        };
        if code.contains('…')
            || code.contains('|')
            || code.ends_with('&')
            || code.contains(" serve")
        {
            continue;
        }
        let mut w = words(code);
        let mut vars = Vec::new();
        while let Some((k, v)) = w.first().and_then(|f| f.split_once('=')) {
            if !k.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
                break;
            }
            vars.push((k.to_string(), v.to_string()));
            w.remove(0);
        }
        let sandbox = w.first().map(String::as_str) == Some("waba")
            && matches!(w.get(1).map(String::as_str), Some("--sandbox" | "sandbox"));
        if sandbox {
            block.push(Line {
                number: i + 1,
                vars,
                args: w[1..].to_vec(),
                comment: comment.to_string(),
            });
        }
    }
    blocks.into_iter().filter(|b| !b.is_empty()).collect()
}

/// `exit N` in a comment, else 0.
fn expected_exit(comment: &str) -> i32 {
    comment
        .split("exit ")
        .nth(1)
        .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// `YELLOW → RED` in a comment: the words either side of the arrow.
fn change(comment: &str) -> Option<String> {
    let (before, after) = comment.split_once(" → ")?;
    let from = before.split_whitespace().last()?;
    let to = after
        .split(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .next()?;
    Some(format!("{from} → {to}"))
}

#[test]
fn every_sandbox_command_in_the_readme_runs_as_it_says() {
    let blocks = blocks();
    let count: usize = blocks.iter().map(Vec::len).sum::<usize>()
        + sessions().iter().map(|s| s.steps.len()).sum::<usize>();
    assert!(
        count >= 30,
        "only {count} sandbox commands found in the README"
    );
    for block in blocks {
        let env = Env::new().set("COLUMNS", "250");
        for line in block {
            // A person at a terminal answers the questions yes; the suite
            // has no terminal, so it says so with --yes.
            let mut args: Vec<&str> = line.args.iter().map(String::as_str).collect();
            if !args.contains(&"--yes") {
                args.insert(0, "--yes");
            }
            let vars: Vec<(&str, &str)> = line
                .vars
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let out = env.run_with(&args, &vars, None);
            let want = expected_exit(&line.comment);
            assert_eq!(
                out.code,
                want,
                "README line {}: `{}` exited {}, the README says {want}\n{}{}",
                line.number,
                args.join(" "),
                out.code,
                out.stdout,
                out.stderr
            );
            if let Some(c) = change(&line.comment) {
                let all = format!("{}{}", out.stdout, out.stderr);
                assert!(
                    all.contains(&c),
                    "README line {}: the output has no `{c}`\n{all}",
                    line.number
                );
            }
        }
    }
}

#[test]
fn the_readme_parser_reads_what_the_readme_writes() {
    assert_eq!(
        words("numbers show '+33 6 12' -o json"),
        ["numbers", "show", "+33 6 12", "-o", "json"]
    );
    assert_eq!(expected_exit("Meta's error 190, exit 3"), 3);
    assert_eq!(expected_exit("declined: exit 7 with the bank's reason"), 7);
    assert_eq!(expected_exit("records 5 numbers"), 0);
    assert_eq!(
        change("quality YELLOW → RED: one email").as_deref(),
        Some("YELLOW → RED")
    );
}

/// A `console` block: `$ [VAR=V …] waba …` lines, each followed by what the
/// terminal shows (stderr, then stdout). `$ export K=V …` sets the
/// environment for the commands after it; `# … exit N` says how a command
/// exits (else 0). In the output, as in trycmd, a line `...` stands for
/// any number of lines and `[..]` for any text within a line.
struct Session {
    first_line: usize,
    steps: Vec<Step>,
}

struct Step {
    line: Line,
    want: Vec<String>,
}

fn sessions() -> Vec<Session> {
    let mut out = Vec::new();
    let mut current: Option<Session> = None;
    let mut exports: Vec<(String, String)> = Vec::new();
    for (i, raw) in README.lines().enumerate() {
        if raw.trim() == "```console" {
            current = Some(Session {
                first_line: i + 1,
                steps: Vec::new(),
            });
            exports.clear();
            continue;
        }
        let Some(s) = current.as_mut() else {
            continue;
        };
        if raw.trim() == "```" {
            out.push(current.take().unwrap());
        } else if let Some(cmd) = raw.strip_prefix("$ export ") {
            for w in words(cmd) {
                if let Some((k, v)) = w.split_once('=') {
                    exports.push((k.to_string(), v.to_string()));
                }
            }
        } else if let Some(cmd) = raw.strip_prefix("$ ") {
            let (code, comment) = match cmd.split_once(" # ") {
                Some((c, m)) => (c.trim(), m.trim()),
                None => (cmd.trim(), ""),
            };
            let mut w = words(code);
            let mut vars = exports.clone();
            while let Some((k, v)) = w.first().and_then(|f| f.split_once('=')) {
                vars.push((k.to_string(), v.to_string()));
                w.remove(0);
            }
            assert_eq!(w[0], "waba", "README line {}: not a waba command", i + 1);
            s.steps.push(Step {
                line: Line {
                    number: i + 1,
                    vars,
                    args: w[1..].to_vec(),
                    comment: comment.to_string(),
                },
                want: Vec::new(),
            });
        } else if let Some(step) = s.steps.last_mut() {
            step.want.push(raw.trim_end().to_string());
        } else {
            panic!("README line {}: output before any command", i + 1);
        }
    }
    out
}

/// One line against a pattern where `[..]` is any text.
fn line_matches(pattern: &str, line: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == line;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !line.starts_with(first) || !line[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &line[first.len()..line.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

/// Lines against patterns where a `...` line is any number of lines.
fn lines_match(patterns: &[String], lines: &[&str]) -> bool {
    match patterns.split_first() {
        None => lines.is_empty(),
        Some((p, rest)) if p == "..." => {
            (0..=lines.len()).any(|skip| lines_match(rest, &lines[skip..]))
        }
        Some((p, rest)) => {
            !lines.is_empty() && line_matches(p, lines[0]) && lines_match(rest, &lines[1..])
        }
    }
}

#[test]
fn the_readme_console_sessions_print_what_the_readme_shows() {
    let sessions = sessions();
    assert!(sessions.len() >= 4, "too few console blocks in the README");
    for s in sessions {
        let env = Env::new();
        for step in &s.steps {
            let args: Vec<&str> = step.line.args.iter().map(String::as_str).collect();
            let vars: Vec<(&str, &str)> = step
                .line
                .vars
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let out = env.run_with(&args, &vars, None);
            let shown = format!("{}{}", out.stderr, out.stdout);
            let got: Vec<&str> = shown.lines().map(str::trim_end).collect();
            let line = step.line.number;
            let want = expected_exit(&step.line.comment);
            assert_eq!(
                out.code,
                want,
                "README line {line}: `waba {}` exited {}, the README says {want}\n{shown}",
                args.join(" "),
                out.code,
            );
            assert!(
                lines_match(&step.want, &got),
                "README line {line} (block at {}): `waba {}` shows something else:\n{shown}",
                s.first_line,
                args.join(" ")
            );
        }
    }
}

#[test]
fn console_patterns_match_as_trycmd_does() {
    assert!(line_matches(
        "Top-up tu_[..] · receipt",
        "Top-up tu_1a2b · receipt"
    ));
    assert!(line_matches("[..]", "anything"));
    assert!(!line_matches("tu_[..] ok", "tu_1 fail"));
    assert!(!line_matches(
        "a[..]b[..]c",
        "abxc".strip_suffix('c').unwrap()
    ));
    let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(lines_match(&p(&["a", "...", "z"]), &["a", "b", "c", "z"]));
    assert!(lines_match(&p(&["a", "...", "z"]), &["a", "z"]));
    assert!(!lines_match(&p(&["a", "...", "z"]), &["a", "b"]));
    assert!(!lines_match(&p(&["a"]), &["a", "b"]));
}

/// The offline webhook loop, as the README writes it: the receiver it
/// starts (on any free port), each command in turn, `sleep 60` as a
/// minute more on the clock, and the event it promises at the end.
#[test]
fn the_readme_offline_webhook_loop_runs_as_written() {
    let start = README
        .find("so the whole loop runs offline")
        .expect("the README's webhook loop");
    let block = README[start..]
        .split("```bash\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("its bash block")
        .replace("\\\n", " ");
    let env = Env::new();
    let mut now = chrono::DateTime::parse_from_rfc3339("2026-11-21T09:00:00Z").unwrap();
    let mut receiver = None;
    let mut ran = 0;
    let mut last = String::new();
    for raw in block.lines() {
        let code = raw.split(" # ").next().unwrap().trim();
        for part in code.split("; ") {
            let mut w = words(part.trim());
            if w.first().map(String::as_str) == Some("sleep") {
                now += chrono::Duration::seconds(w[1].parse::<i64>().unwrap());
                continue;
            }
            assert_eq!(w[0], "waba", "{part}");
            if w.last().map(String::as_str) == Some("&") {
                w.pop();
                let port = w.iter().position(|a| a == "--port").unwrap() + 1;
                w[port] = "0".into();
                let args: Vec<&str> = w[1..].iter().map(String::as_str).collect();
                receiver = Some(crate::webhooks::receive_with(&env, &args, &[]));
                continue;
            }
            let url = &receiver.as_ref().expect("the receiver starts first").url;
            let args: Vec<String> = w[1..]
                .iter()
                .map(|a| a.replace("http://127.0.0.1:8080", url))
                .collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let out = env.run_with(&args, &[("WABA_NOW", &now.to_rfc3339())], None);
            assert_eq!(out.code, 0, "`{part}`: {}", out.stderr);
            last = out.stdout;
            ran += 1;
        }
    }
    assert_eq!(ran, 4, "{block}");
    assert!(
        last.contains("message_template_status_update")
            && last.contains("template order_update en_US APPROVED"),
        "{last}"
    );
}
