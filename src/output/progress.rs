//! Progress on stderr while the tool waits on Meta: a spinner on a
//! terminal, nothing otherwise (scripts, JSON, `--quiet`).

use std::io::Write;
use std::time::Duration;

const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/// A running spinner; dropping it stops it and clears its line.
pub struct Spinner {
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Spinner {
    pub fn off() -> Spinner {
        Spinner { task: None }
    }

    /// Starts drawing after a short pause, so quick calls do not flicker.
    pub fn start(message: &str) -> Spinner {
        let msg = message.to_string();
        let task = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(120)).await;
            for i in 0.. {
                {
                    let mut err = std::io::stderr().lock();
                    let _ = write!(err, "\r{} {msg}", FRAMES[i % FRAMES.len()]);
                    let _ = err.flush();
                }
                tokio::time::sleep(Duration::from_millis(80)).await;
            }
        });
        Spinner { task: Some(task) }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(t) = self.task.take() {
            t.abort();
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}
