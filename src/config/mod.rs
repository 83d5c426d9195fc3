//! Configuration: paths, the config file, credentials, and the precedence
//! of flags, environment, profile and defaults.

pub mod atomic;
pub mod credentials;
pub mod file;
pub mod paths;
pub mod settings;

pub use paths::Paths;
pub use settings::{Settings, Source, Sourced};
