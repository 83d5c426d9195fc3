//! Questions to the person at the terminal, behind a trait so that scripted
//! runs and tests never block: without a terminal every answer must come
//! from a flag, and a missing one is a usage error naming that flag.

use std::io::{self, BufRead, Write};

use crate::error::{Error, Kind, Result};

pub trait Prompter: Send + Sync {
    /// A hidden answer (tokens, PINs).
    fn secret(&self, question: &str) -> Result<String>;
    /// Yes or no; anything but y/yes is no.
    fn confirm(&self, question: &str) -> Result<bool>;
}

/// Asks on the terminal; hidden input reads from the tty, not stdin.
pub struct Terminal;

impl Prompter for Terminal {
    fn secret(&self, question: &str) -> Result<String> {
        rpassword::prompt_password(question).map_err(interrupted)
    }

    fn confirm(&self, question: &str) -> Result<bool> {
        eprint!("{question} [y/N] ");
        let _ = io::stderr().flush();
        let mut line = String::new();
        let n = io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(interrupted)?;
        if n == 0 {
            return Err(Error::new(Kind::Interrupted, "no answer (end of input)"));
        }
        Ok(matches!(
            line.trim().to_ascii_lowercase().as_str(),
            "y" | "yes"
        ))
    }
}

fn interrupted(e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::Interrupted || e.kind() == io::ErrorKind::UnexpectedEof {
        Error::new(Kind::Interrupted, "interrupted")
    } else {
        Error::internal(format!("cannot read from the terminal: {e}"))
    }
}
