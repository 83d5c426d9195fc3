//! A template's media sample (`media_file`): a path inside the templates'
//! directory, a regular file of bounded size, and of the type its name
//! says, judged by its first bytes.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};
use crate::graph::templates::media_type;

/// Meta's largest sample (a document) is 100 MB.
const MAX_SAMPLE: u64 = 100 << 20;

/// Resolves `file` against `base` (the template file's directory): no
/// absolute path, no `..`, no symlink that leads out of `base`; a regular
/// JPEG, PNG, MP4 or PDF file whose content matches its extension.
pub fn resolve(template: &str, base: &Path, file: &str) -> Result<PathBuf> {
    let refuse = |why: String| {
        Error::usage(format!("template {template}: media_file `{file}` {why}"))
            .with_hint("media_file names a JPEG, PNG, MP4 or PDF file inside the templates' directory, relative to the template file")
    };
    let rel = Path::new(file);
    if file.is_empty()
        || rel
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(refuse(
            "leaves the templates' directory (an absolute path or `..`)".into(),
        ));
    }
    let path = base.join(rel);
    let (Ok(real_base), Ok(real)) = (base.canonicalize(), path.canonicalize()) else {
        return Err(refuse(format!("does not exist ({})", path.display())));
    };
    if !real.starts_with(&real_base) {
        return Err(refuse(
            "is a link that leads out of the templates' directory".into(),
        ));
    }
    let meta = std::fs::metadata(&real).map_err(|e| Error::io("cannot read", &path, e))?;
    if !meta.is_file() {
        return Err(refuse("is not a regular file".into()));
    }
    if meta.len() > MAX_SAMPLE {
        return Err(refuse(format!(
            "is {} MiB, larger than Meta takes ({} MiB)",
            meta.len() >> 20,
            MAX_SAMPLE >> 20
        )));
    }
    let Some(declared) = media_type(&path) else {
        return Err(refuse("is not a .jpg, .png, .mp4 or .pdf file".into()));
    };
    let mut head = [0u8; 12];
    let n = std::fs::File::open(&real)
        .and_then(|mut f| f.read(&mut head))
        .map_err(|e| Error::io("cannot read", &path, e))?;
    match sniff(&head[..n]) {
        Some(found) if found == declared => Ok(real),
        Some(found) => Err(refuse(format!(
            "is named as {declared} but its content is {found}"
        ))),
        None => Err(refuse(format!(
            "is named as {declared} but its content is not JPEG, PNG, MP4 or PDF"
        ))),
    }
}

/// The media type a file's first bytes show.
fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.len() >= 8 && &head[4..8] == b"ftyp" {
        Some("video/mp4")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    #[test]
    fn samples_stay_inside_and_are_what_they_say() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("templates");
        std::fs::create_dir(&base).unwrap();
        std::fs::write(base.join("banner.png"), PNG).unwrap();
        std::fs::write(base.join("fake.png"), b"%PDF-1.7 not a picture").unwrap();
        std::fs::write(base.join("text.pdf"), b"hello").unwrap();
        std::fs::write(dir.path().join("outside.png"), PNG).unwrap();
        std::os::unix::fs::symlink(dir.path().join("outside.png"), base.join("link.png")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", base.join("zero.png")).unwrap();

        assert!(resolve("t", &base, "banner.png").is_ok());
        assert!(resolve("t", &base, "./banner.png").is_ok());
        for (file, says) in [
            ("../outside.png", "leaves"),
            ("/etc/passwd", "leaves"),
            ("link.png", "leads out"),
            ("zero.png", "leads out"),
            ("fake.png", "its content is application/pdf"),
            ("text.pdf", "not JPEG, PNG, MP4 or PDF"),
            ("missing.png", "does not exist"),
            ("", "leaves"),
        ] {
            let e = resolve("t", &base, file).unwrap_err();
            assert_eq!(e.kind, crate::error::Kind::Usage);
            assert!(e.message.contains(says), "{file}: {}", e.message);
        }
    }
}
