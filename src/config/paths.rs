//! Where things live: everything under `WABA_HOME` when it is set, otherwise
//! the per-user config and data directories.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct Paths {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    pub fn resolve(waba_home: Option<&Path>) -> Result<Paths> {
        if let Some(home) = waba_home.filter(|h| !h.as_os_str().is_empty()) {
            return Ok(Paths {
                config_dir: home.to_path_buf(),
                data_dir: home.to_path_buf(),
            });
        }
        let dirs = directories::ProjectDirs::from("", "", "waba").ok_or_else(|| {
            Error::usage("cannot find a home directory for waba's files")
                .with_hint("set WABA_HOME to a directory waba may use")
        })?;
        Ok(Paths {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.toml")
    }

    pub fn credentials_file(&self) -> PathBuf {
        self.config_dir.join("credentials.toml")
    }

    /// Held while config or credentials are rewritten.
    pub fn lock_file(&self) -> PathBuf {
        self.config_dir.join(".lock")
    }

    pub fn store_file(&self) -> PathBuf {
        self.data_dir.join("state.db")
    }

    pub fn sandbox_dir(&self) -> PathBuf {
        self.data_dir.join("sandbox")
    }
}
