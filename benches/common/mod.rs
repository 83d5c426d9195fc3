//! What the benchmarks share: starting `waba sandbox serve`, and the
//! profiles that point at it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Spawns `cmd` (a `sandbox serve --port 0 …`) and returns it with the URL
/// it prints on its first line.
pub fn serve(mut cmd: Command) -> (Child, String) {
    let mut server = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the sandbox");
    let mut line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (server, line.trim().to_string())
}

/// Writes, into each of `homes`, a config with two profiles on `url`:
/// `fleet` (the business `business`) and `one` (the WABA `waba`).
// Each benchmark is its own crate; not all of them use this.
#[allow(dead_code)]
pub fn write_profiles(homes: &[std::path::PathBuf], url: &str, business: &str, waba: &str) {
    let config = format!(
        "[profiles.fleet]\nbusiness = \"{business}\"\ngraph_url = \"{url}\"\n\n\
         [profiles.one]\nwaba = \"{waba}\"\ngraph_url = \"{url}\"\n"
    );
    for dir in homes {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("config.toml"), &config).unwrap();
    }
}
