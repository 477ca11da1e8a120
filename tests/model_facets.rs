//! The entries view's facets as data: each value it lists ticks and unticks that value.
#![cfg(not(target_arch = "wasm32"))]

use renkei::model::filter::{facet_counts, Facet, Filter, SearchIndex};
use renkei::model::Report;

#[test]
fn ticking_a_listed_value_selects_it_and_ticking_it_again_clears_it() {
    let report = Report::bundled();
    let index = SearchIndex::build(&report);
    let counts = facet_counts(&report, &index, &Filter::default());
    for facet in Facet::ALL {
        let values = facet.values(&counts, &Filter::default());
        assert!(!values.is_empty(), "{facet:?} lists values");
        for value in values {
            assert!(!value.checked);
            let mut filter = Filter::default();
            facet.toggle(&mut filter, &value.id);
            assert!(
                !filter.is_empty(),
                "{facet:?} {} changes the filter",
                value.id
            );
            let ticked = facet.values(&counts, &filter);
            let ticked: Vec<_> = ticked.iter().filter(|v| v.checked).map(|v| &v.id).collect();
            assert_eq!(
                ticked,
                [&value.id],
                "{facet:?}: exactly the value ticked shows ticked"
            );
            facet.toggle(&mut filter, &value.id);
            assert!(
                filter.is_empty(),
                "{facet:?} {} ticked again clears it",
                value.id
            );
        }
    }
}

#[test]
fn an_id_no_value_has_changes_nothing() {
    for facet in [Facet::Category, Facet::Section, Facet::Year, Facet::Status] {
        let mut filter = Filter::default();
        facet.toggle(&mut filter, "not-a-value");
        assert!(filter.is_empty(), "{facet:?}");
    }
}

#[test]
fn facets_have_the_url_keys_links_use() {
    let keys: Vec<_> = Facet::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(keys, ["theme", "cat", "section", "fy", "hub", "status"]);
}
