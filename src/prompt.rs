//! Questions to the person at the terminal, behind a trait so that scripted
//! runs and tests never block: without a terminal every answer must come
//! from a flag, and a missing one is a usage error naming that flag.

use std::io::{self, BufRead, Write};
use std::sync::Mutex;

use crate::error::{Error, Kind, Result};

pub trait Prompter: Send + Sync {
    /// A hidden answer (tokens, PINs).
    fn secret(&self, question: &str) -> Result<String>;
    /// A visible answer on one line.
    fn input(&self, question: &str) -> Result<String>;
    /// Yes or no; anything but y/yes is no.
    fn confirm(&self, question: &str) -> Result<bool>;
}

/// Asks on the terminal; hidden input reads from the tty, not stdin.
pub struct Terminal;

impl Prompter for Terminal {
    fn secret(&self, question: &str) -> Result<String> {
        let _guard = EchoGuard::save();
        rpassword::prompt_password(question).map_err(interrupted)
    }

    fn input(&self, question: &str) -> Result<String> {
        eprint!("{question}");
        let _ = io::stderr().flush();
        let mut line = String::new();
        let n = io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(interrupted)?;
        if n == 0 {
            return Err(Error::new(Kind::Interrupted, "no answer (end of input)"));
        }
        Ok(line.trim().to_string())
    }

    fn confirm(&self, question: &str) -> Result<bool> {
        let answer = self.input(&format!("{question} [y/N] "))?;
        Ok(matches!(answer.to_ascii_lowercase().as_str(), "y" | "yes"))
    }
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
