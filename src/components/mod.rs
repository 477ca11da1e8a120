//! Reusable view pieces. Each reads signals from context and calls the model.

pub mod footer;
pub mod header;
