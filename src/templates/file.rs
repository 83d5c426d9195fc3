//! Template files: Meta's create body as YAML or JSON, one template per
//! file, named `<name>.<language>.yaml` (or `.json`). Written in the stable
//! form so that a pull followed by a pull changes nothing, and a diff shows
//! only what a person changed.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::definition;
use crate::config::atomic;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileFormat {
    Yaml,
    Json,
}

impl FileFormat {
    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Yaml => "yaml",
            FileFormat::Json => "json",
        }
    }

    fn of(path: &Path) -> Option<FileFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(FileFormat::Yaml),
            "json" => Some(FileFormat::Json),
            _ => None,
        }
    }
}

/// Beside pulled files: the WABA's APPROVED templates as Meta approved
/// them (canonical form, by `name.language`), so that `lint` can tell an
/// unchanged approved template from a new or edited one. No template
/// extension: it is never read as a template.
pub const APPROVED_FILE: &str = ".waba-approved";

/// The approved templates recorded in `dir` by the last pull; none when
/// there is no record (or it is unreadable: lint is then strict).
pub fn approved(dir: &Path) -> std::collections::BTreeMap<String, Value> {
    atomic::read_capped(&dir.join(APPROVED_FILE), 64 << 20)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Records the approved templates of a pull.
pub fn write_approved(
    dir: &Path,
    approved: &std::collections::BTreeMap<String, Value>,
) -> Result<()> {
    let text = serde_json::to_string_pretty(approved)
        .map_err(|e| Error::internal(format!("cannot write {APPROVED_FILE}: {e}")))?;
    atomic::write(&dir.join(APPROVED_FILE), &(text + "\n"), false)
}

/// `name.language`: how the record names a template.
pub fn approved_key(template: &Value) -> String {
    let (name, language) = definition::key(template);
    format!("{name}.{language}")
}

/// Whether `template` is, unchanged, one Meta approved (as recorded).
pub fn is_approved_as_is(
    approved: &std::collections::BTreeMap<String, Value>,
    template: &Value,
) -> bool {
    approved
        .get(&approved_key(template))
        .is_some_and(|a| *a == definition::canonical(template))
}

/// A template file is a few KiB; 4 MiB is far past any of Meta's limits.
const MAX_FILE: u64 = 4 << 20;

/// A template read from disk.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub template: Value,
}

/// Reads one template file. A file that does not parse is a usage error
/// naming the file and the line.
pub fn read(path: &Path) -> Result<Loaded> {
    let shown = path.display();
    let text = atomic::read_capped(path, MAX_FILE).map_err(|e| match e {
        atomic::Capped::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Error::usage(format!("{shown}: no such file"))
                .with_hint("check the path; `waba templates pull DIR` writes one file per template")
        }
        other => other.into_error(path),
    })?;
    let template = parse(&text, FileFormat::of(path)).map_err(|why| {
        Error::usage(format!("{shown}: {why}")).with_hint(
            "a template file is Meta's create body (name, language, category, components) as YAML or JSON",
        )
    })?;
    Ok(Loaded {
        path: path.to_path_buf(),
        template,
    })
}

/// Parses a template; without a known extension, JSON is tried first.
pub fn parse(text: &str, format: Option<FileFormat>) -> std::result::Result<Value, String> {
    let value = match format {
        Some(FileFormat::Json) => {
            serde_json::from_str::<Value>(text).map_err(|e| format!("not valid JSON: {e}"))?
        }
        Some(FileFormat::Yaml) => {
            serde_yaml_ng::from_str::<Value>(text).map_err(|e| format!("not valid YAML: {e}"))?
        }
        None => match serde_json::from_str::<Value>(text) {
            Ok(v) => v,
            Err(_) => serde_yaml_ng::from_str::<Value>(text)
                .map_err(|e| format!("neither JSON nor YAML: {e}"))?,
        },
    };
    match value {
        Value::Object(_) => Ok(value),
        Value::Null => Err("the file is empty".into()),
        _ => Err("the file holds no template object (name, language, category, components)".into()),
    }
}

/// The files of a directory that may hold templates, sorted; or the
/// arguments themselves when they are files.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            out.extend(template_files(p)?);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// `*.yaml`, `*.yml` and `*.json` in a directory (not recursive), sorted.
pub fn template_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::usage(format!("{}: no such directory", dir.display()))
                .with_hint("create it with `waba templates pull DIR`")
        } else {
            Error::io("cannot read", dir, e)
        }
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && FileFormat::of(p).is_some())
        .collect();
    files.sort();
    Ok(files)
}

pub fn file_name(name: &str, language: &str, format: FileFormat) -> String {
    format!("{name}.{language}.{}", format.extension())
}

/// The file text of a template in the stable form.
pub fn render(template: &Value, format: FileFormat) -> String {
    let stable = definition::canonical(template);
    match format {
        FileFormat::Json => {
            let mut s = serde_json::to_string_pretty(&stable).unwrap_or_default();
            s.push('\n');
            s
        }
        FileFormat::Yaml => serde_yaml_ng::to_string(&stable).unwrap_or_default(),
    }
}

/// What writing a template's file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// A new file, or one replaced.
    Changed,
    /// The file already said the same.
    Unchanged,
    /// The file differs and was kept (`force` was off).
    Kept,
}

/// Writes a template into `dir`, replacing a file that differs only when
/// `force` is on. The
/// name and language come from a server: they become a file name only when
/// they are what Meta allows (letters, digits, `_`; `-` in a language), so
/// nothing is written outside `dir`.
pub fn write(
    dir: &Path,
    template: &Value,
    format: FileFormat,
    force: bool,
) -> Result<(PathBuf, Written)> {
    let (name, language) = definition::key(template);
    let word = |s: &str, extra: char| {
        !s.is_empty()
            && s.len() <= 512
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == extra)
    };
    if !word(&name, '_') || !word(&language, '-') {
        return Err(Error::new(
            crate::error::Kind::Rejected,
            format!(
                "Meta answered with a template named {:?} in language {:?}, which cannot be a file name; nothing was written for it",
                name, language
            ),
        )
        .with_hint("template names are lowercase letters, digits and underscores; check --graph-url points at Meta's Graph API"));
    }
    let path = dir.join(file_name(&name, &language, format));
    let text = render(template, format);
    match atomic::read_optional(&path)? {
        Some(old) if old == text => return Ok((path, Written::Unchanged)),
        Some(_) if !force => return Ok((path, Written::Kept)),
        _ => {}
    }
    atomic::write(&path, &text, false)?;
    Ok((path, Written::Changed))
}

/// Where a template file's relative paths (`media_file`) start.
pub fn base_dir(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Value {
        json!({"components": [{"type": "BODY", "text": "Line one {{1}}\nLine two, fixed text.",
            "example": {"body_text": [["Ann"]]}},
            {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Call", "phone_number": "15550051234"}]}],
            "category": "UTILITY", "language": "en_US", "name": "two_lines", "status": "APPROVED", "id": "7"})
    }

    #[test]
    fn yaml_and_json_round_trip_in_the_stable_form() {
        for format in [FileFormat::Yaml, FileFormat::Json] {
            let text = render(&sample(), format);
            let back = parse(&text, Some(format)).unwrap();
            assert_eq!(back, definition::canonical(&sample()), "{text}");
            assert!(!text.contains("APPROVED"), "server-only fields stay out");
            assert_eq!(render(&back, format), text, "rendering is stable");
        }
        let yaml = render(&sample(), FileFormat::Yaml);
        assert!(
            yaml.starts_with("name: two_lines\nlanguage: en_US\n"),
            "{yaml}"
        );
        // A number-like string stays a string.
        assert!(yaml.contains("phone_number: '15550051234'"), "{yaml}");
    }

    #[test]
    fn broken_files_say_where() {
        let e = parse("name: [unclosed", Some(FileFormat::Yaml)).unwrap_err();
        assert!(e.contains("line"), "{e}");
        let e = parse("{\"name\": }", Some(FileFormat::Json)).unwrap_err();
        assert!(e.contains("line 1"), "{e}");
        assert_eq!(
            parse("", Some(FileFormat::Yaml)).unwrap_err(),
            "the file is empty"
        );
        assert!(parse("- a\n- b\n", None).is_err());
    }
}
