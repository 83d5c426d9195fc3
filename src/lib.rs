//! waba: operate WhatsApp Business Accounts on Meta's Cloud API.
//!
//! Data flows one way, in layers (held by the test in `architecture`):
//! - `main` → `app` → `cli` (parsing) → `cmd` (one module per command,
//!   with its flags) → a report printed by `output`; `context` gives
//!   commands the printer and prompter on top of a `session`.
//! - Services, one per domain, take a `session` and never print:
//!   `billing` (books, crossings, top-ups), `templates`, `migration`,
//!   `health`, `numbers`, `fleet`, `notify::deliver`.
//! - Adapters at the bottom: `graph` (Meta), `payments` (the card
//!   processor), `notify` (email, webhooks), `webhooks` (Meta's calls
//!   in), `listener` (the HTTP servers others call), `store`, `config`;
//!   and the offline `sandbox` that stands in for Meta and the processor.

pub mod app;
#[cfg(test)]
mod architecture;
pub mod billing;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod complete;
pub mod config;
pub mod context;
pub mod display_name;
pub mod doctor;
pub mod error;
pub mod fleet;
pub mod graph;
pub mod health;
pub mod listener;
pub mod metrics;
pub mod migration;
pub mod notify;
pub mod numbers;
pub mod output;
pub mod payments;
pub mod phone;
pub mod prompt;
pub mod sandbox;
pub mod secret;
pub mod session;
pub mod stop;
pub mod store;
pub mod templates;
pub mod tls;
pub mod webhooks;
