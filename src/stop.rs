//! Named stop points between the steps of a money movement, so that tests
//! can kill a run exactly there and prove the next run neither loses nor
//! doubles money. Debug builds only (the test suite's); a release build has
//! none, and the environment is not read.
//!
//! - `WABA_STOP_AT=NAME` kills the process with SIGKILL at that point, as
//!   `kill -9` or a power cut would: no destructor, no flush.
//! - `WABA_FAIL_AT=NAME` makes the step at that point fail as a full disk
//!   would (ENOSPC), so that the error a person then sees can be tested.

use crate::error::Result;

/// Passes the point `name`.
#[cfg(debug_assertions)]
pub fn point(name: &str) -> Result<()> {
    let named = |var: &str| std::env::var(var).is_ok_and(|v| v == name);
    if named("WABA_STOP_AT") {
        // SAFETY: raising a signal on our own process has no preconditions.
        unsafe {
            libc::raise(libc::SIGKILL);
        }
    }
    if named("WABA_FAIL_AT") {
        let full = std::io::Error::from_raw_os_error(libc::ENOSPC);
        return Err(crate::error::Error::internal(format!(
            "state store: {full}"
        )));
    }
    Ok(())
}

#[cfg(not(debug_assertions))]
#[inline(always)]
pub fn point(_name: &str) -> Result<()> {
    Ok(())
}
