//! Whole views, one per route.

pub mod accessibility;
pub mod challenges;
pub mod changes;
pub mod compare;
pub mod dashboard;
pub mod entries;
pub mod hub;
pub mod hubs;
pub mod import;
pub mod not_found;
pub mod report;
