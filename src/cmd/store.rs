//! `store status`.

use serde_json::json;

use crate::context::Context;
use crate::error::Result;
use crate::output::{Body, Cell, Report};

pub async fn status(ctx: &Context) -> Result<Report> {
    let st = ctx.store().await?.status().await?;
    let mut fields = vec![
        (
            "Backend".to_string(),
            Cell::plain(format!("{:?}", st.backend).to_lowercase()),
        ),
        ("Location".to_string(), Cell::plain(&st.location)),
        (
            "Schema version".to_string(),
            Cell::plain(format!(
                "{} (latest {})",
                st.schema_version, st.latest_version
            )),
        ),
    ];
    for (table, rows) in &st.tables {
        fields.push((format!("Rows in {table}"), Cell::plain(rows.to_string())));
    }
    let json = json!({
        "backend": st.backend,
        "location": st.location,
        "schema_version": st.schema_version,
        "latest_version": st.latest_version,
        "tables": st.tables.iter().map(|(t, n)| json!({"name": t, "rows": n})).collect::<Vec<_>>(),
    });
    Ok(Report::new(Body::Fields(fields), json))
}
