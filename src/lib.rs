//! waba: operate WhatsApp Business Accounts on Meta's Cloud API.
//!
//! Data flows one way: `cli` → `cmd` → adapters (`graph`, `store`) → the
//! outside world; reports flow back to `output`.

pub mod app;
#[cfg(test)]
mod architecture;
pub mod billing;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod config;
pub mod context;
pub mod display_name;
pub mod error;
pub mod fleet;
pub mod graph;
pub mod health;
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
