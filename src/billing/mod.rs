//! Money: amounts and fees, the ledger, top-ups, and the balance they make.

pub mod accounts;
pub mod balance;
pub mod books;
pub mod crossings;
pub mod ledger;
pub mod money;
pub mod policy;
pub mod rates;
pub mod rules;
pub mod spend;
pub mod sync;
pub mod topup;
