//! The world on disk: `world.json` in the sandbox directory, seeded on
//! first use, read again when another process changed it.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::world::World;
use crate::config::atomic;
use crate::error::{Error, Result};

/// The largest world read back: `sandbox serve --wabas 2000` writes
/// about 7 MB.
const MAX_WORLD: u64 = 256 << 20;

/// The world on disk, with the stamp of the copy in memory.
pub struct Store {
    dir: PathBuf,
    world: World,
    stamp: Option<(SystemTime, u64)>,
}

impl Store {
    /// Opens the sandbox directory, seeding it on first use, growing the
    /// fleet to `fleet` WABAs and the default WABA to `templates` templates.
    pub fn open(dir: &Path, fleet: u32, templates: u32) -> Result<Store> {
        // Its outbox holds alert targets, its store a ledger: private.
        atomic::private_dir(dir)?;
        let _lock = atomic::lock(&dir.join(".lock"))?;
        let path = dir.join("world.json");
        let mut world = match atomic::read_optional_capped(&path, MAX_WORLD)? {
            Some(text) => match serde_json::from_str::<World>(&text) {
                Ok(w) if w.schema == World::SCHEMA => w,
                _ => {
                    return Err(Error::usage(format!(
                        "the sandbox state {} is unreadable",
                        path.display()
                    ))
                    .with_hint("run `waba sandbox reset` to start the sandbox afresh"));
                }
            },
            None => super::seed::demo(),
        };
        let before = (world.wabas.len(), world.templates.len());
        super::seed::grow_fleet(&mut world, fleet);
        super::seed::grow_templates(&mut world, templates);
        let mut store = Store {
            dir: dir.to_path_buf(),
            world,
            stamp: None,
        };
        let after = (store.world.wabas.len(), store.world.templates.len());
        if store.stamp_now().is_none() || after != before {
            store.save_locked()?;
        }
        store.stamp = store.stamp_now();
        Ok(store)
    }

    fn path(&self) -> PathBuf {
        self.dir.join("world.json")
    }

    fn stamp_now(&self) -> Option<(SystemTime, u64)> {
        let m = fs::metadata(self.path()).ok()?;
        Some((m.modified().ok()?, m.len()))
    }

    fn refresh(&mut self) -> Result<()> {
        let now = self.stamp_now();
        if now != self.stamp
            && let Some(text) = atomic::read_optional_capped(&self.path(), MAX_WORLD)?
            && let Ok(w) = serde_json::from_str::<World>(&text)
        {
            self.world = w;
            self.stamp = now;
        }
        Ok(())
    }

    fn save_locked(&mut self) -> Result<()> {
        let text = serde_json::to_string_pretty(&self.world)
            .map_err(|e| Error::internal(format!("cannot encode the sandbox state: {e}")))?;
        atomic::write(&self.path(), &text, true)?;
        self.stamp = self.stamp_now();
        Ok(())
    }

    /// Runs `f` on the current world; saves it when `f` says it changed it.
    pub fn with<T>(&mut self, f: impl FnOnce(&mut World) -> (T, bool)) -> Result<T> {
        let _lock = atomic::lock(&self.dir.join(".lock"))?;
        self.refresh()?;
        let (out, changed) = f(&mut self.world);
        if changed {
            self.save_locked()?;
        }
        Ok(out)
    }
}
