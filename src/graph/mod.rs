//! The Graph API client and its typed endpoints.

pub mod analytics;
pub mod batch;
pub mod client;
pub mod error;
pub mod fields;
pub mod phone_numbers;
pub mod redact;
pub mod registration;
pub mod subscriptions;
pub mod templates;
pub mod token;
pub mod usage;
pub mod version;
pub mod waba;

pub use client::{Client, ClientConfig, NetConfig, Request};
pub use error::GraphError;
pub use version::ApiVersion;
