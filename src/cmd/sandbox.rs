//! `sandbox serve` and `sandbox reset`.

use std::time::Duration;

use crate::cli::ServeArgs;
use crate::context::Context;
use crate::error::Result;
use crate::output::{Report, write_stdout};
use crate::sandbox;

pub async fn serve(ctx: &Context, args: &ServeArgs) -> Result<Report> {
    let opts = sandbox::Options {
        latency: Duration::from_millis(args.latency_ms),
        fail_rate: args.fail_rate,
        fail_first: args.fail_first,
        drop_rate: args.drop_rate,
        drop_first: args.drop_first,
        throttle_after: args.throttle_after,
        max_page: args.max_page.map(|n| n as usize),
        wabas: args.wabas,
        seed: args.seed,
    };
    let running = sandbox::start(&ctx.paths.sandbox_dir(), args.port, opts, ctx.clock).await?;
    // Scripts read the URL from the first line of stdout.
    write_stdout(&format!("{}\n", running.url()))?;
    if !ctx.flags.quiet {
        eprintln!(
            "waba sandbox listening on {} (state in {}); default WABA {}; Ctrl-C to stop",
            running.url(),
            ctx.paths.sandbox_dir().display(),
            sandbox::seed::DEFAULT_WABA
        );
    }
    running.wait().await;
    Ok(Report::new(
        crate::output::Body::Empty,
        serde_json::Value::Null,
    ))
}

pub fn reset(ctx: &Context) -> Result<Report> {
    let dir = ctx.paths.sandbox_dir();
    let removed = sandbox::reset(&dir)?;
    Ok(Report::message(if removed {
        format!(
            "Sandbox reset: removed {}; the demo business is back as it was",
            dir.display()
        )
    } else {
        "The sandbox was already fresh".to_string()
    }))
}
