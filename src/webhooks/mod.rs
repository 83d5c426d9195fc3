//! Meta's webhooks for a WABA's management events (template status and
//! quality, numbers' quality and names, account updates), as
//! `webhooks serve` receives them: the subscription handshake, the
//! signature over the raw body, and each event kept once.

pub mod events;
pub mod serve;
pub mod signature;
