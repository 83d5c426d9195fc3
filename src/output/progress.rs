//! Progress on stderr while the tool waits: a spinner with the reason, or
//! a bar with counts for work over many WABAs (`37/200 WABAs`). Drawn by
//! indicatif, on a terminal only: nothing in pipes, CI, JSON or `--quiet`.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A spinner or a bar; dropping it clears its line. A hidden one (not a
/// terminal) draws nothing.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    pub fn off() -> Progress {
        Progress {
            bar: ProgressBar::hidden(),
        }
    }

    /// A spinner with its reason, drawn after a short pause so that quick
    /// calls do not flicker.
    pub fn spinner(message: &str) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar }
    }

    /// A bar counting `total` things (`WABAs`) as they are done.
    pub fn counting(total: usize, noun: &str) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(&format!("{{bar:30}} {{pos}}/{{len}} {noun}"))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Progress { bar }
    }

    /// A count of things as they arrive, total unknown (`1,200 templates`).
    pub fn tally(noun: &str) -> Progress {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(&format!("{{spinner}} {{human_pos}} {noun}"))
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar }
    }

    /// One more done.
    pub fn inc(&self) {
        self.bar.inc(1);
    }

    /// `n` more done.
    pub fn add(&self, n: usize) {
        self.bar.inc(n as u64);
    }

    /// `n` more to do, for a total learnt on the way (a fleet's listing).
    pub fn grow(&self, n: usize) {
        self.bar.inc_length(n as u64);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}
