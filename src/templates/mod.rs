//! Message templates as data: Meta's create body, its documented rules
//! (lint), a stable file form, Meta's creation and edit limits, and the
//! plan that makes a WABA match a directory of files.

pub mod definition;
pub mod file;
pub mod limits;
pub mod lint;
pub mod media;
pub mod placeholders;
pub mod plan;
pub mod send;
pub mod states;
