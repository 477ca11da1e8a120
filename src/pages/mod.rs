//! Whole views, one per route.

pub mod hub_list;
