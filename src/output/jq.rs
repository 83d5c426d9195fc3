//! `--jq EXPR`: a jq filter (jaq, a Rust implementation of jq) over a
//! command's JSON output, as `gh --jq` does: each result on its own line,
//! strings as plain text, anything else as one line of JSON. Scripts then
//! need no external jq.

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;

use crate::error::{Error, Result};

/// A filter checked to compile; it is compiled again when applied (the
/// compiled form is not `Send`, and compiling takes microseconds).
#[derive(Debug, Clone)]
pub struct Jq {
    expr: String,
}

impl Jq {
    /// Checks `expr` before anything runs: a broken filter is a usage
    /// error, never a change made and then its output lost.
    pub fn new(expr: &str) -> Result<Jq> {
        with_filter(expr, |_| ())?;
        Ok(Jq {
            expr: expr.to_string(),
        })
    }

    /// The filter's results over `input`, one per line.
    pub fn apply(&self, input: &serde_json::Value) -> Result<String> {
        let text = input.to_string();
        let input = jaq_json::read::parse_single(text.as_bytes())
            .map_err(|e| Error::internal(format!("--jq input: {e}")))?;
        with_filter(&self.expr, |filter| {
            let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
            let mut out = String::new();
            for v in filter.id.run((ctx, input)).map(unwrap_valr) {
                match v {
                    Ok(Val::TStr(s)) => out.push_str(&String::from_utf8_lossy(&s)),
                    Ok(v) => out.push_str(&v.to_string()),
                    Err(e) => {
                        // jq's message quotes the value it failed on, which
                        // may be the whole output: one line is enough.
                        let mut why = e.to_string();
                        if why.chars().count() > 120 {
                            why = why.chars().take(120).collect::<String>() + "…";
                        }
                        return Err(Error::usage(format!("--jq `{}`: {why}", self.expr))
                            .with_hint(
                                "the command itself ran; `-o json` shows the JSON the filter reads",
                            ));
                    }
                }
                out.push('\n');
            }
            Ok(out)
        })?
    }
}

/// Parses and compiles `expr` with jq's standard definitions, and hands
/// the filter to `f`.
fn with_filter<T>(
    expr: &str,
    f: impl FnOnce(&jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>) -> T,
) -> Result<T> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let program = File {
        code: expr,
        path: (),
    };
    let hint = "jq syntax, for example --jq '.wabas[] | .waba_id'";
    let modules = loader.load(&arena, program).map_err(|_| {
        Error::usage(format!(
            "--jq `{expr}` is not a jq filter: it does not parse"
        ))
        .with_hint(hint)
    })?;
    let filter = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errs| {
            let names: Vec<String> = errs
                .iter()
                .flat_map(|(_, e)| e.iter())
                .map(|(name, what)| match what {
                    jaq_core::compile::Undefined::Filter(arity) => format!("{name}/{arity}"),
                    _ => name.to_string(),
                })
                .collect();
            Error::usage(format!(
                "--jq `{expr}` uses {}, which jq does not define",
                names.join(", ")
            ))
            .with_hint(hint)
        })?;
    Ok(f(&filter))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_result_on_its_line_strings_plain() {
        let v = json!({"wabas": [
            {"waba_id": "1", "status": "low", "balance": "2.50"},
            {"waba_id": "2", "status": "active", "balance": "80.00"}
        ]});
        let jq = Jq::new(r#".wabas[] | select(.status == "low") | .waba_id"#).unwrap();
        assert_eq!(jq.apply(&v).unwrap(), "1\n");
        let jq = Jq::new(".wabas | map({waba_id, status})").unwrap();
        assert_eq!(
            jq.apply(&v).unwrap(),
            r#"[{"waba_id":"1","status":"low"},{"waba_id":"2","status":"active"}]"#.to_string()
                + "\n"
        );
    }

    #[test]
    fn broken_filters_are_usage_errors_before_anything_runs() {
        let e = Jq::new(".wabas[] |").unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Usage);
        assert!(e.message.contains("does not parse"), "{}", e.message);
        let e = Jq::new("nosuch(1)").unwrap_err();
        assert!(e.message.contains("nosuch/1"), "{}", e.message);
    }

    #[test]
    fn a_filter_that_fails_on_the_data_says_so_in_one_short_line() {
        let big = serde_json::Value::Array((0..500).map(|i| json!({"id": i})).collect());
        let e = Jq::new(".numbers").unwrap().apply(&big).unwrap_err();
        assert_eq!(e.kind, crate::error::Kind::Usage);
        assert!(e.message.chars().count() < 180, "{}", e.message);
    }
}
