//! Phone-number metadata, split by country calling code at build time: a
//! run decodes and checks only the one country code it parses a number
//! of, not libphonenumber's whole database (which costs ~60 ms of CPU).
//! `assets/PhoneNumberMetadata.xml` is libphonenumber's own, the copy the
//! `phonenumber` crate version in Cargo.lock ships.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::PathBuf;

fn main() {
    let xml = "assets/PhoneNumberMetadata.xml";
    println!("cargo:rerun-if-changed={xml}");
    println!("cargo:rerun-if-changed=build.rs");
    let all = phonenumber::metadata::loader::load(BufReader::new(
        File::open(xml).expect("assets/PhoneNumberMetadata.xml"),
    ))
    .expect("libphonenumber's metadata parses");
    let mut by_code: BTreeMap<u16, Vec<phonenumber::metadata::loader::Metadata>> = BTreeMap::new();
    for m in all {
        if let Some(code) = m.country_code {
            by_code.entry(code).or_default().push(m);
        }
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let mut index = BufWriter::new(File::create(out.join("phone_metadata.rs")).expect("index"));
    writeln!(
        index,
        "/// Each country calling code's metadata, postcard-encoded."
    )
    .unwrap();
    writeln!(index, "pub static BY_CODE: &[(u16, &[u8])] = &[").unwrap();
    for (code, group) in &by_code {
        let path = out.join(format!("phone_cc{code}.bin"));
        let mut f = BufWriter::new(File::create(&path).expect("metadata file"));
        postcard::to_io(group, &mut f).expect("metadata encodes");
        f.flush().unwrap();
        writeln!(
            index,
            "    ({code}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    writeln!(index, "];").unwrap();
}
