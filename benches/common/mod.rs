//! What the benchmarks share: starting `waba sandbox serve`.

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
