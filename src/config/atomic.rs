//! Safe file updates: an exclusive lock, a temporary file beside the target,
//! fsync, rename. A reader sees the old file or the new one, never half.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// An exclusive advisory lock, released on drop.
pub struct Lock(#[allow(dead_code)] File);

pub fn lock(path: &Path) -> Result<Lock> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
    }
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| Error::io("cannot open the lock file", path, e))?;
    f.lock().map_err(|e| Error::io("cannot lock", path, e))?;
    Ok(Lock(f))
}

/// Replaces `path` with `contents`. `private` files get mode 0600 before
/// any byte is written.
pub fn write(path: &Path, contents: &str, private: bool) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io("cannot create", dir, e))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut opts = OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(if private { 0o600 } else { 0o644 });
    }
    let result = (|| {
        let mut f = opts.open(&tmp)?;
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(fs::Permissions::from_mode(0o600))?;
        }
        f.write_all(contents.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e: std::io::Error| {
        let _ = fs::remove_file(&tmp);
        Error::io("cannot write", path, e)
    })
}

/// A directory only its owner may enter (0700), created so if missing;
/// one that exists is left as its owner set it. For the state store and
/// the sandbox.
pub fn private_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::io("cannot create", dir, e))
}

/// A file only its owner may read (0600), created empty if missing; an
/// existing one is narrowed. SQLite gives its -wal and -shm files the
/// database file's mode, so the store's start here.
pub fn private_file(path: &Path) -> Result<()> {
    let mut opts = OpenOptions::new();
    opts.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
        .map_err(|e| Error::io("cannot create", path, e))?;
    #[cfg(unix)]
    narrow(path, 0o600)?;
    Ok(())
}

/// Takes every permission beyond `mode` away from `path`.
#[cfg(unix)]
fn narrow(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::metadata(path).map_err(|e| Error::io("cannot read", path, e))?;
    let current = meta.permissions().mode() & 0o777;
    if current & !mode != 0 {
        fs::set_permissions(path, fs::Permissions::from_mode(current & mode))
            .map_err(|e| Error::io("cannot restrict", path, e))?;
    }
    Ok(())
}

/// Reads a file that may not exist yet (config, credentials: at most
/// 1 MiB, as a person writes them).
pub fn read_optional(path: &Path) -> Result<Option<String>> {
    read_optional_capped(path, 1 << 20)
}

/// `read_optional` for a file waba writes itself, up to `cap` bytes.
pub fn read_optional_capped(path: &Path, cap: u64) -> Result<Option<String>> {
    match read_capped(path, cap) {
        Ok(s) => Ok(Some(s)),
        Err(Capped::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.into_error(path)),
    }
}

/// Why a capped read failed.
#[derive(Debug)]
pub enum Capped {
    Io(std::io::Error),
    TooLarge(u64),
    NotText,
}

impl Capped {
    /// A usage error for a file that is too large or not text; an I/O
    /// error as it is.
    pub fn into_error(self, path: &Path) -> Error {
        match self {
            Capped::Io(e) => Error::io("cannot read", path, e),
            Capped::TooLarge(cap) => Error::usage(format!(
                "{} is larger than {}, more than waba reads from such a file",
                path.display(),
                size(cap)
            ))
            .with_hint("check that the path names the right file"),
            Capped::NotText => Error::usage(format!("{} is not UTF-8 text", path.display()))
                .with_hint("check that the path names the right file"),
        }
    }
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// Reads at most `cap` bytes of text: a larger file, or an endless one
/// (`/dev/zero`, a pipe), ends the read with an error instead of memory.
pub fn read_capped(path: &Path, cap: u64) -> std::result::Result<String, Capped> {
    use std::io::Read;
    let f = File::open(path).map_err(Capped::Io)?;
    let mut buf = Vec::new();
    f.take(cap + 1).read_to_end(&mut buf).map_err(Capped::Io)?;
    if buf.len() as u64 > cap {
        return Err(Capped::TooLarge(cap));
    }
    String::from_utf8(buf).map_err(|_| Capped::NotText)
}
