//! Reusable view pieces. Each reads signals from context and calls the model.

pub mod chart;
pub mod chart_actions;
pub mod chart_export;
pub mod chart_hits;
pub mod chart_layout;
pub mod chart_table_view;
pub mod compare_table;
pub mod download;
pub mod edition_choice;
pub mod editor_fields;
pub mod entry_card;
pub mod entry_editor;
pub mod facet_group;
pub mod facets;
pub mod footer;
pub mod header;
pub mod hub_filter;
pub mod lang_sync;
pub mod markup;
pub mod nav;
pub mod near_screen;
pub mod next_year;
pub mod result_list;
pub mod show_all;
pub mod status_banner;
pub mod toolbar;
