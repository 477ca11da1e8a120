//! The app's views by path: which page a path (under the base path) shows.

/// A view of the app, read from the path of its URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the entries and their filters.
    Entries,
    /// `/hubs`: every hub.
    Hubs,
    /// `/hub/:id`: one hub (the id as written in the path).
    Hub(String),
    /// `/compare`.
    Compare,
    /// `/challenges`.
    Challenges,
    /// `/dashboard`.
    Dashboard,
    /// `/changes`.
    Changes,
    /// `/report`.
    Report,
    /// `/import`.
    Import,
    /// `/accessibility`.
    Accessibility,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route of `path`, relative to the base path (`/`, `/hub/kashiwara` …); a trailing
    /// slash is ignored, as the browser's and the router's did.
    pub fn from_path(path: &str) -> Route {
        let path = path.trim_end_matches('/');
        match path {
            "" => Route::Entries,
            "/hubs" => Route::Hubs,
            "/compare" => Route::Compare,
            "/challenges" => Route::Challenges,
            "/dashboard" => Route::Dashboard,
            "/changes" => Route::Changes,
            "/report" => Route::Report,
            "/import" => Route::Import,
            "/accessibility" => Route::Accessibility,
            _ => match path.strip_prefix("/hub/") {
                // Hub ids are lowercase letters, digits and hyphens: nothing to decode.
                Some(id) if !id.is_empty() && !id.contains('/') => Route::Hub(id.to_string()),
                _ => Route::NotFound,
            },
        }
    }
}
