//! reqwest is built without a TLS crypto provider (so aws-lc's slow C build
//! stays out); ring is installed as the process default before any client.

pub fn install_crypto_provider() {
    // `Err` means one is installed already, which is the goal.
    let _ = rustls::crypto::ring::default_provider().install_default();
}
