//! Moving a phone number into a WABA on Cloud API: the state machine, its
//! saved progress, the preflight checklist, and the register/deregister
//! budgets. The driver that talks to Meta and the person is `cmd::migrate`.

pub mod answers;
pub mod limits;
pub mod preflight;
pub mod saved;
pub mod state;
