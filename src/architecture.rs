//! The layering, as a test that reads `src/`: which files may import
//! which. Each `crate::…`, `super::…` and `self::…` path a file names is
//! resolved to the file that holds it.
//!
//! - Domains and adapters never import the command layer (`cmd`, `cli`,
//!   `app`, `context`, `output`, `prompt`); `config` may know the output
//!   format's enum (`output/format.rs`).
//! - A command file never imports another command file; what several
//!   share lives in a `common.rs` beside them or above them (or in
//!   `output`). A command's `mod.rs` dispatches to the files of its own
//!   subcommands.
//! - No two files import each other in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The command layer: what only `main`, `app` and commands use.
const COMMAND_LAYER: [&str; 6] = ["cmd", "cli", "app", "context", "output", "prompt"];

/// src/-relative path of each `.rs` file, and its module path.
fn files(root: &Path) -> BTreeMap<String, Vec<String>> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<String>>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, root, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().to_string();
                let mut module: Vec<String> = rel
                    .trim_end_matches(".rs")
                    .split('/')
                    .map(String::from)
                    .collect();
                if matches!(
                    module.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    module.pop();
                }
                out.insert(rel, module);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The file that holds a module path: the longest prefix that is a file.
fn resolve(files: &BTreeMap<String, Vec<String>>, path: &[String]) -> Option<String> {
    (1..=path.len()).rev().find_map(|n| {
        files
            .iter()
            .find(|(_, m)| m.as_slice() == &path[..n])
            .map(|(f, _)| f.clone())
    })
}

/// Source without comments and string literals, so that a path written
/// in a doc comment or a message is not an import.
fn code_only(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2;
            while i < b.len() && !b[i..].starts_with(b"*/") {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'"' && !(i > 0 && b[i - 1] == b'\'') {
            // A raw string: r"…", r#"…"#.
            let raw_hashes = {
                let mut j = i;
                let mut h = 0;
                while j > 0 && b[j - 1] == b'#' {
                    h += 1;
                    j -= 1;
                }
                (j > 0 && b[j - 1] == b'r').then_some(h)
            };
            i += 1;
            match raw_hashes {
                Some(h) => {
                    let end: Vec<u8> = std::iter::once(b'"')
                        .chain(std::iter::repeat_n(b'#', h))
                        .collect();
                    while i < b.len() && !b[i..].starts_with(&end) {
                        i += 1;
                    }
                    i += end.len();
                }
                None => {
                    while i < b.len() && b[i] != b'"' {
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1;
                }
            }
            out.push_str("\"\"");
        } else {
            out.push(b[i] as char);
            i += 1;
        }
    }
    out
}

/// Every path a file names that starts at `crate`, `super` or `self`, with
/// `use` groups (`use crate::{a, b::c}`) expanded.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut i = 0;
    while i < chars.len() {
        let starts = ["crate::", "super::", "self::"]
            .iter()
            .find(|p| {
                chars[i..].iter().take(p.len()).copied().eq(p.chars())
                    && (i == 0 || !ident(chars[i - 1]) && chars[i - 1] != ':')
            })
            .copied();
        let Some(p) = starts else {
            i += 1;
            continue;
        };
        // Read to the end of the path, group included.
        let begin = i;
        let mut depth = 0;
        let mut j = i + p.len();
        while j < chars.len() {
            let c = chars[j];
            if c == '{' {
                depth += 1;
            } else if c == '}' {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && !(ident(c) || c == ':') {
                break;
            }
            j += 1;
        }
        let text: String = chars[begin..j].iter().collect();
        expand(&text, &mut out);
        i = j;
    }
    out
}

/// `a::{b, c::{d}}` → `a::b`, `a::c::d`.
fn expand(text: &str, out: &mut Vec<Vec<String>>) {
    let text = text.trim();
    let Some(open) = text.find('{') else {
        let name = text.split_whitespace().next().unwrap_or("");
        let segs: Vec<String> = name
            .split("::")
            .filter(|s| !s.is_empty() && *s != "*")
            .map(String::from)
            .collect();
        out.push(segs);
        return;
    };
    let prefix: String = text[..open].split_whitespace().collect();
    let inner = text[open + 1..]
        .strip_suffix('}')
        .unwrap_or(&text[open + 1..]);
    let mut depth = 0;
    let mut start = 0;
    let mut parts = Vec::new();
    for (k, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    for part in parts.into_iter().map(str::trim).filter(|p| !p.is_empty()) {
        if part == "self" || part.starts_with("self ") {
            expand(prefix.trim_end_matches("::"), out);
        } else {
            expand(&format!("{prefix}{part}"), out);
        }
    }
}

/// Which files each file imports.
fn imports(root: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = files(root);
    let mut graph = BTreeMap::new();
    for (file, module) in &files {
        let code = code_only(&std::fs::read_to_string(root.join(file)).unwrap());
        // A file's tests may reach anywhere.
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        let mut to = BTreeSet::new();
        for p in paths(code) {
            let Some((head, rest)) = p.split_first() else {
                continue;
            };
            let mut base: Vec<String> = match head.as_str() {
                "crate" => Vec::new(),
                "self" => module.clone(),
                _ => {
                    let mut m = module.clone();
                    let mut rest_iter = p.iter().peekable();
                    while rest_iter.peek().map(|s| s.as_str()) == Some("super") {
                        m.pop();
                        rest_iter.next();
                    }
                    let tail: Vec<String> = rest_iter.cloned().collect();
                    m.extend(tail);
                    if let Some(f) = resolve(&files, &m).filter(|f| f != file) {
                        to.insert(f);
                    }
                    continue;
                }
            };
            base.extend(rest.iter().cloned());
            if let Some(f) = resolve(&files, &base).filter(|f| f != file) {
                to.insert(f);
            }
        }
        // A parent names its child modules without a prefix: `topup::run`.
        for child in children(code) {
            if mentions(code, &child) {
                let mut m = module.clone();
                m.push(child);
                if let Some(f) = resolve(&files, &m) {
                    to.insert(f);
                }
            }
        }
        graph.insert(file.clone(), to);
    }
    graph
}

/// The modules a file declares in files of their own: `mod x;`.
fn children(code: &str) -> Vec<String> {
    code.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l
                .strip_prefix("pub mod ")
                .or_else(|| l.strip_prefix("pub(crate) mod "))
                .or_else(|| l.strip_prefix("mod "))?;
            rest.strip_suffix(';').map(|n| n.trim().to_string())
        })
        .collect()
}

/// Whether `name::` appears as a path of its own (not `a::name::`).
fn mentions(code: &str, name: &str) -> bool {
    let needle = format!("{name}::");
    code.match_indices(&needle).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
    })
}

fn top(file: &str) -> &str {
    file.split('/')
        .next()
        .unwrap_or(file)
        .trim_end_matches(".rs")
}

/// The module path of a file: `cmd/balance/all.rs` → `[cmd, balance, all]`.
fn module_of(file: &str) -> Vec<&str> {
    let mut m: Vec<&str> = file.trim_end_matches(".rs").split('/').collect();
    if m.last() == Some(&"mod") {
        m.pop();
    }
    m
}

/// Whether one command file may import another: a `common.rs` in its own
/// directory or above, or (from a `mod.rs`) a subcommand of its own.
fn command_may_import(from: &str, to: &str) -> bool {
    let (f, t) = (module_of(from), module_of(to));
    let helper = t.last() == Some(&"common") && f.starts_with(&t[..t.len() - 1]);
    let own_subcommand = from.ends_with("mod.rs") && t.len() == f.len() + 1 && t.starts_with(&f);
    helper || own_subcommand
}

/// Every rule the graph breaks, one line each.
fn problems(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for (from, tos) in graph {
        let layer = top(from);
        for to in tos {
            let target = top(to);
            let lower = !COMMAND_LAYER.contains(&layer) && !matches!(layer, "main" | "lib");
            if lower && COMMAND_LAYER.contains(&target) {
                // Settings name their output format.
                let allowed = layer == "config" && to == "output/format.rs";
                if !allowed {
                    out.push(format!("{from} imports {to}: below the command layer"));
                }
            }
            if from.starts_with("cmd/") && to.starts_with("cmd/") && !command_may_import(from, to) {
                out.push(format!(
                    "{from} imports {to}: a command imports another command"
                ));
            }
        }
    }
    out.extend(
        circles(graph)
            .into_iter()
            .map(|c| format!("circle: {}", c.join(" → "))),
    );
    out
}

/// Strongly connected groups of more than one file (Tarjan).
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct T<'a> {
        g: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        t.index.insert(v, t.next);
        t.low.insert(v, t.next);
        t.next += 1;
        t.stack.push(v);
        t.on.insert(v);
        if let Some(tos) = t.g.get(v) {
            for w in tos {
                let w = w.as_str();
                if !t.index.contains_key(w) {
                    visit(t, w);
                    let lw = t.low[w];
                    let lv = t.low[v];
                    t.low.insert(v, lv.min(lw));
                } else if t.on.contains(w) {
                    let iw = t.index[w];
                    let lv = t.low[v];
                    t.low.insert(v, lv.min(iw));
                }
            }
        }
        if t.low[v] == t.index[v] {
            let mut group = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                t.out.push(group);
            }
        }
    }
    let mut t = T {
        g: graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !t.index.contains_key(v.as_str()) {
            visit(&mut t, v);
        }
    }
    t.out
}

#[test]
fn the_layers_hold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = imports(&root);
    // The reader itself must see the imports it judges.
    assert!(
        graph["cmd/mod.rs"].contains("cli.rs"),
        "{:?}",
        graph["cmd/mod.rs"]
    );
    let found = problems(&graph);
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_reader_expands_groups_and_skips_comments_and_strings() {
    let mut out = Vec::new();
    expand("crate::{a::{b, c}, d as e, self}", &mut out);
    assert_eq!(
        out,
        [
            vec!["crate", "a", "b"],
            vec!["crate", "a", "c"],
            vec!["crate", "d"],
            vec!["crate"]
        ]
    );
    let code = code_only("// crate::x::y\nlet s = \"crate::z\";\nuse super::w;");
    assert_eq!(paths(&code), [vec!["super", "w"]]);
    let g: BTreeMap<String, BTreeSet<String>> = [
        ("a.rs", &["b.rs"][..]),
        ("b.rs", &["c.rs"][..]),
        ("c.rs", &["a.rs"][..]),
        ("d.rs", &["a.rs"][..]),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
    .collect();
    assert_eq!(circles(&g), [vec!["a.rs", "b.rs", "c.rs"]]);
    assert!(command_may_import("cmd/mod.rs", "cmd/topup.rs"));
    assert!(command_may_import(
        "cmd/templates/mod.rs",
        "cmd/templates/copy.rs"
    ));
    assert!(command_may_import(
        "cmd/templates/copy.rs",
        "cmd/templates/common.rs"
    ));
    assert!(command_may_import("cmd/templates/copy.rs", "cmd/common.rs"));
    assert!(!command_may_import("cmd/topup.rs", "cmd/balance/mod.rs"));
    assert!(!command_may_import(
        "cmd/templates/copy.rs",
        "cmd/templates/code.rs"
    ));
    assert!(!command_may_import(
        "cmd/topup.rs",
        "cmd/templates/common.rs"
    ));
    assert!(!command_may_import("cmd/mod.rs", "cmd/templates/copy.rs"));
}
