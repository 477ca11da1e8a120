//! The charts' SVG is written as markup: what an imported file puts in a name must stay text,
//! and a chart draws only its first rows while its table keeps them all.

use renkei::components::chart_keys::{step_hit, HitStep};
use renkei::components::chart_layout::{grid_chart, ChartHit, GridCell, GridInput, MAX_DRAWN};
use renkei::components::markup::Markup;

#[test]
fn text_and_attribute_values_are_escaped() {
    let mut svg = Markup::default();
    let class = "a\"b' onload='x";
    svg.text(
        "text",
        &[("class", &class), ("x", &12.5)],
        "<script>&</script>",
    );
    assert_eq!(
        svg.finish(),
        "<text class=\"a&quot;b&#39; onload=&#39;x\" x=\"12.5\">&lt;script&gt;&amp;&lt;/script&gt;</text>"
    );
}

#[test]
fn whole_numbers_are_written_without_a_fraction() {
    let mut svg = Markup::default();
    svg.empty("rect", &[("x", &251.0), ("width", &62.0)]);
    assert_eq!(svg.finish(), "<rect x=\"251\" width=\"62\"></rect>");
}

fn cell(value: usize) -> GridCell {
    GridCell {
        value,
        text: value.to_string(),
        label: format!("label {value}"),
        href: format!("/?v={value}"),
    }
}

#[test]
fn a_grid_draws_its_first_rows_and_tables_them_all() {
    let rows: Vec<String> = (0..MAX_DRAWN + 5).map(|r| format!("市<{r}>")).collect();
    let layout = grid_chart(GridInput {
        rows: rows.clone(),
        cols: vec!["①".into(), "②".into()],
        cells: (0..rows.len()).map(|r| vec![cell(r), cell(0)]).collect(),
        table_cols: None,
        cell_w: 64.0,
        corner: "拠点".into(),
    });
    let picture = (layout.picture)();
    assert_eq!(picture.matches("class=\"cell ").count(), MAX_DRAWN * 2);
    assert!(picture.contains("市&lt;39&gt;"));
    assert!(!picture.contains("市&lt;40&gt;"));
    assert!(!picture.contains("市<"));
    assert_eq!(layout.hits.len(), MAX_DRAWN * 2);
    assert_eq!(layout.table.rows.len(), rows.len() + 1);
    assert_eq!(layout.table.rows[45][0], "市<44>");
}

#[test]
fn shades_are_scaled_to_the_rows_drawn() {
    // Every drawn row has 1; a row past those drawn has 100.
    let rows: Vec<String> = (0..=MAX_DRAWN).map(|r| r.to_string()).collect();
    let cells = (0..rows.len())
        .map(|r| vec![cell(if r < MAX_DRAWN { 1 } else { 100 })])
        .collect();
    let layout = grid_chart(GridInput {
        rows,
        cols: vec!["①".into()],
        cells,
        table_cols: None,
        cell_w: 64.0,
        corner: String::new(),
    });
    let picture = (layout.picture)();
    assert_eq!(picture.matches("class=\"cell shade-4\"").count(), MAX_DRAWN);
}

#[test]
fn a_frame_is_sized_before_its_chart_is_built_as_the_chart_then_is() {
    use renkei::components::chart_layout::{
        bar_chart, bar_size, grid_size, Bar, BarInput, BarSeries,
    };
    for n in [1, 6, MAX_DRAWN, MAX_DRAWN + 1, 1741] {
        let rows: Vec<String> = (0..n).map(|r| r.to_string()).collect();
        let grid = grid_chart(GridInput {
            rows: rows.clone(),
            cols: (0..12).map(|c| c.to_string()).collect(),
            table_cols: None,
            cells: (0..n).map(|_| (0..12).map(cell).collect()).collect(),
            cell_w: 52.0,
            corner: String::new(),
        });
        assert_eq!(grid.size, grid_size(n, 12, 52.0));
        for (stacked, per_row) in [(true, 1), (false, 2)] {
            let bar = |v: u32| Bar {
                value: v,
                label: String::new(),
                href: String::new(),
            };
            let series = vec![
                BarSeries {
                    name: "a".into(),
                    class: "fy-a",
                },
                BarSeries {
                    name: "b".into(),
                    class: "fy-b",
                },
            ];
            let bars = bar_chart(BarInput {
                rows: rows.clone(),
                series,
                bars: (0..n).map(|r| vec![bar(r as u32), bar(1)]).collect(),
                stacked,
                corner: String::new(),
            });
            assert_eq!(bars.size, bar_size(n, per_row));
        }
    }
}

/// A hit area at `x`, `y` (a cell 10 wide).
fn hit_at(x: f64, y: f64) -> ChartHit {
    ChartHit {
        rect: (x, y, 10.0, 10.0),
        label: format!("{x},{y}"),
        href: String::new(),
    }
}

#[test]
fn arrow_keys_move_along_a_row_and_to_the_nearest_cell_of_the_next_row() {
    // Two rows of a bar chart: three bars, then one long bar (its centre under the second).
    let mut hits = vec![hit_at(0.0, 0.0), hit_at(10.0, 0.0), hit_at(20.0, 0.0)];
    hits.push(ChartHit {
        rect: (0.0, 20.0, 30.0, 10.0),
        ..hit_at(0.0, 20.0)
    });
    assert_eq!(step_hit(&hits, 1, HitStep::Next), Some(2));
    assert_eq!(
        step_hit(&hits, 2, HitStep::Next),
        Some(3),
        "on into the next row"
    );
    assert_eq!(step_hit(&hits, 3, HitStep::Next), None, "the last cell");
    assert_eq!(step_hit(&hits, 0, HitStep::Previous), None);
    assert_eq!(step_hit(&hits, 2, HitStep::Down), Some(3));
    assert_eq!(step_hit(&hits, 3, HitStep::Up), Some(1), "the nearest in x");
    assert_eq!(step_hit(&hits, 1, HitStep::Up), None, "the top row");
    assert_eq!(step_hit(&hits, 3, HitStep::Down), None);
    assert_eq!(step_hit(&hits, 2, HitStep::First), Some(0));
    assert_eq!(step_hit(&hits, 0, HitStep::Last), Some(3));
    assert_eq!(
        step_hit(&[], 0, HitStep::Next),
        None,
        "a chart without cells"
    );
    assert_eq!(HitStep::from_key("ArrowDown"), Some(HitStep::Down));
    assert_eq!(HitStep::from_key("Tab"), None, "Tab leaves the chart");
}

#[test]
fn a_saved_pictures_legend_draws_a_plans_swatch_dashed_as_its_bars() {
    use renkei::components::chart_export::{standalone_svg, ChartPicture};
    let legend = vec![
        ("st-done".to_string(), "実施済み".to_string()),
        ("st-planned".to_string(), "予定".to_string()),
    ];
    let svg = standalone_svg(&ChartPicture {
        title: "令和7年度の進捗状況",
        legend: &legend,
        source: "出典",
        size: (600.0, 200.0),
        picture: "",
    });
    let swatches: Vec<&str> = svg
        .split("<rect")
        .filter(|r| r.contains("width=\"14\""))
        .collect();
    assert_eq!(swatches.len(), 2);
    assert!(
        swatches[0].contains("stroke-dasharray=\"none\""),
        "{}",
        swatches[0]
    );
    assert!(
        swatches[1].contains("stroke-dasharray=\"4 2\""),
        "{}",
        swatches[1]
    );
}

#[test]
fn every_bundled_theme_name_is_drawn_whole_in_either_language() {
    // A theme chart's picture goes on slides, where a name cut with … has no table beside it.
    let report = renkei::model::Report::bundled();
    for names in [
        report
            .themes
            .iter()
            .map(|t| t.ja.clone())
            .collect::<Vec<_>>(),
        report.themes.iter().map(|t| t.en.clone()).collect(),
    ] {
        let layout = grid_chart(GridInput {
            cells: names.iter().map(|_| vec![cell(1)]).collect(),
            rows: names.clone(),
            cols: vec!["拠点".into()],
            table_cols: None,
            cell_w: 64.0,
            corner: String::new(),
        });
        let picture = (layout.picture)();
        assert!(!picture.contains('…'), "a name is cut: {picture}");
        for name in &names {
            assert!(picture.contains(&name.replace('&', "&amp;")), "{name}");
        }
    }
}

#[test]
fn a_name_too_long_for_the_label_column_is_cut_with_an_ellipsis_and_tabled_whole() {
    // An imported report may name a theme at any length: it must not run off the picture.
    let long = "Home medical care coordination hubs and their municipal partners".to_string();
    let layout = grid_chart(GridInput {
        rows: vec![long.clone()],
        cols: vec!["①".into()],
        cells: vec![vec![cell(1)]],
        table_cols: None,
        cell_w: 64.0,
        corner: String::new(),
    });
    let picture = (layout.picture)();
    assert!(
        picture.contains(">Home medical care coordination…<"),
        "{picture}"
    );
    assert_eq!(layout.table.rows[1][0], long);
}
