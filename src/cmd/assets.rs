//! Shell completions and man pages, generated from the command tree. The
//! committed copies under completions/ and man/ are checked by a test.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Error, Result};
use crate::output::{Body, Report};

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

pub fn completion(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "waba", &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

pub fn completions(shell: Shell) -> Report {
    Report::new(Body::Text(completion(shell)), serde_json::Value::Null)
}

/// Writes `completions/` and `man/` under `dir`; returns the files written.
pub fn generate(dir: &Path) -> Result<Vec<String>> {
    let comp = dir.join("completions");
    let man = dir.join("man");
    for d in [&comp, &man] {
        std::fs::create_dir_all(d).map_err(|e| Error::io("cannot create", d, e))?;
    }
    let mut written = Vec::new();
    for shell in SHELLS {
        let path = clap_complete::generate_to(shell, &mut Cli::command(), "waba", &comp)
            .map_err(|e| Error::io("cannot write completions into", &comp, e))?;
        written.push(path.display().to_string());
    }
    let mut cmd = Cli::command();
    cmd.build();
    write_man(&cmd, "waba", &man, &mut written)?;
    Ok(written)
}

fn write_man(cmd: &clap::Command, name: &str, dir: &Path, written: &mut Vec<String>) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    let page = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buf)
        .map_err(|e| Error::internal(format!("man page for {name}: {e}")))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, &buf).map_err(|e| Error::io("cannot write", &path, e))?;
    written.push(path.display().to_string());
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}
