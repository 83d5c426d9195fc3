//! Questions to the person at the terminal, behind a trait so that scripted
//! runs and tests never block: without a terminal every answer must come
//! from a flag, and a missing one is a usage error naming that flag.

use std::io;
use std::sync::Mutex;

use crate::error::{Error, Kind, Result};

pub trait Prompter: Send + Sync {
    /// A hidden answer (tokens, PINs).
    fn secret(&self, question: &str) -> Result<String>;
    /// A visible answer on one line.
    fn input(&self, question: &str) -> Result<String>;
    /// Yes or no; an unclear answer is asked again.
    fn confirm(&self, question: &str) -> Result<bool>;
    /// One of `items`, by arrow keys and Enter; its index.
    fn select(&self, question: &str, items: &[String], default: usize) -> Result<usize>;
    /// One of many `items`, narrowed by what is typed; its index.
    fn filter(&self, question: &str, items: &[String]) -> Result<usize>;
}

/// Asks on the terminal with dialoguer: a yes/no question takes a whole
/// answer and asks again on anything but y or n; hidden input reads from
/// the tty.
pub struct Terminal;

/// The question without the trailing `: ` the theme adds itself.
fn bare(question: &str) -> &str {
    question.trim_end().trim_end_matches(':').trim_end()
}

impl Prompter for Terminal {
    fn secret(&self, question: &str) -> Result<String> {
        let _guard = EchoGuard::save();
        dialoguer::Password::new()
            .with_prompt(bare(question))
            .allow_empty_password(true)
            .interact()
            .map_err(dialog)
    }

    fn input(&self, question: &str) -> Result<String> {
        let _guard = EchoGuard::save();
        dialoguer::Input::<String>::new()
            .with_prompt(bare(question))
            .allow_empty(true)
            .interact_text()
            .map(|s| s.trim().to_string())
            .map_err(dialog)
    }

    fn confirm(&self, question: &str) -> Result<bool> {
        // A whole answer, read on Enter: a key at a time, `maybe` would be
        // a yes for its `y`. Anything unclear is asked again.
        let _guard = EchoGuard::save();
        let answer = dialoguer::Input::<String>::new()
            .with_prompt(format!("{} [y/N]", question.trim_end()))
            .allow_empty(true)
            .validate_with(|a: &String| match yes_or_no(a) {
                Some(_) => Ok(()),
                None => Err("answer y or n (Enter is no)"),
            })
            .interact_text()
            .map_err(dialog)?;
        Ok(yes_or_no(&answer) == Some(true))
    }

    fn select(&self, question: &str, items: &[String], default: usize) -> Result<usize> {
        Terminal::pick(question, items, default)
    }

    fn filter(&self, question: &str, items: &[String]) -> Result<usize> {
        let _guard = EchoGuard::save();
        dialoguer::FuzzySelect::new()
            .with_prompt(bare(question))
            .items(items)
            .default(0)
            .interact()
            .map_err(dialog)
    }
}

impl Terminal {
    fn pick(question: &str, items: &[String], default: usize) -> Result<usize> {
        let _guard = EchoGuard::save();
        dialoguer::Select::new()
            .with_prompt(bare(question))
            .items(items)
            .default(default)
            .interact()
            .map_err(dialog)
    }
}

/// `y`, `yes`, `n`, `no` in any case; nothing at all is no.
fn yes_or_no(answer: &str) -> Option<bool> {
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "" | "n" | "no" => Some(false),
        _ => None,
    }
}

fn dialog(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    // Ctrl-C read as a key at the prompt: end the prompt's line, so the
    // error starts on its own.
    if e.kind() == io::ErrorKind::Interrupted {
        eprintln!();
    }
    interrupted(e)
}

fn interrupted(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::Interrupted || e.kind() == io::ErrorKind::UnexpectedEof {
        Error::new(Kind::Interrupted, "interrupted")
    } else {
        Error::internal(format!("cannot read from the terminal: {e}"))
    }
}

/// The terminal's settings from before a hidden prompt turned echo off. A
/// Ctrl-C ends the process without unwinding the prompt, so `restore`
/// puts them back on the way out.
static SAVED: Mutex<Option<libc::termios>> = Mutex::new(None);

struct EchoGuard;

impl EchoGuard {
    fn save() -> EchoGuard {
        // SAFETY: tcgetattr writes into a zeroed termios we own; fd 0 may not
        // be a terminal, in which case nothing is saved.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut t) == 0
                && let Ok(mut saved) = SAVED.lock()
            {
                *saved = Some(t);
            }
        }
        EchoGuard
    }
}

impl Drop for EchoGuard {
    fn drop(&mut self) {
        if let Ok(mut saved) = SAVED.lock() {
            *saved = None;
        }
    }
}

/// Restores the terminal if a hidden prompt was cut short (Ctrl-C), and
/// ends the half-written prompt line.
pub fn restore_terminal() {
    let Ok(mut saved) = SAVED.lock() else {
        return;
    };
    if let Some(t) = saved.take() {
        // SAFETY: t came from tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
        }
        eprintln!();
    }
}
