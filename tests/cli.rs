//! The one integration-test binary: it drives the real `waba` binary
//! against the sandbox, each test in its own temporary WABA_HOME with a
//! cleared environment.

mod harness;
mod hostile;

mod alerts;
mod api;
mod assets;
mod autorecharge;
mod balance_all;
mod billing;
mod captured;
mod completion;
mod config;
mod contract;
mod doctor;
mod exit_codes;
mod figures;
mod health;
mod jq;
mod layouts;
mod migration;
mod network;
mod numbers_add;
mod postgres;
mod readme;
mod registration;
mod sandbox;
mod sinks;
mod spend;
mod subscriptions;
mod team;
mod templates;
mod trust_files;
mod trust_money;
mod trust_net;
mod trust_secrets;
mod wabas;
mod webhooks;
mod wizard;
