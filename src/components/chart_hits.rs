//! A chart's focusable, clickable cells and their tooltip. The cells sit in an HTML layer over
//! the SVG rather than inside it, because the children of `role="img"` are presentational and
//! must not be interactive.

use leptos::prelude::*;

use crate::components::chart_keys::{step_hit, HitStep};
use crate::components::chart_layout::LazyLayout;
use crate::components::markup::Markup;
use crate::model::decimal::decimal;

/// The cell an event happened on, from its target's `data-hit`.
fn hit_of(ev: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute("data-hit")?
        .parse()
        .ok()
}

/// The percentage of `of` that `v` is, for placing over a picture that scales.
fn pct(v: f64, of: f64) -> String {
    format!("{}%", decimal(v / of * 100.0, 3))
}

/// A button over each of the chart's cells (`size`: its viewBox); a click opens the cell's
/// entries, focus or the pointer shows its label in the tooltip. The cells are one tab stop,
/// the arrow keys move among them (`name`: what the group is called).
#[component]
pub fn ChartHits(
    layout: LazyLayout,
    size: (f64, f64),
    tooltip: RwSignal<Option<usize>>,
    name: String,
) -> impl IntoView {
    let location = crate::router::use_location();
    // One set of listeners on the layer, not six on each of up to a thousand cells: the cell
    // is found from the event's target. The cells are written as markup (see `Markup`), then
    // placed through the CSSOM, which the CSP allows where inline styles in markup are not.
    let (w, h) = size;
    let tab_stop = StoredValue::new(0_usize);
    let button_layout = layout.clone();
    let hit_buttons = move || {
        let mut markup = Markup::default();
        tab_stop.set_value(0);
        for (i, hit) in button_layout.get().hits.iter().enumerate() {
            markup.empty(
                "button",
                &[
                    ("type", &"button"),
                    ("class", &"chart-hit"),
                    ("tabindex", &if i == 0 { "0" } else { "-1" }),
                    ("data-hit", &i),
                    ("aria-label", &hit.label),
                    ("data-href", &hit.href),
                ],
            );
        }
        markup.finish()
    };
    let hits_layer = NodeRef::<leptos::html::Div>::new();
    let place_layout = layout.clone();
    Effect::new(move |_| {
        use wasm_bindgen::JsCast;
        let Some(layer) = hits_layer.get() else {
            return;
        };
        let buttons = layer.children();
        for (i, hit) in place_layout.get().hits.iter().enumerate() {
            // The layer holds only the buttons written above, so no type check is needed.
            let Some(button) = buttons
                .item(i as u32)
                .map(|b| b.unchecked_into::<web_sys::HtmlElement>())
            else {
                break;
            };
            let (x, y, hw, hh) = hit.rect;
            // One call a button rather than one a property: a chart has ~200 of them.
            button.style().set_css_text(&format!(
                "left:{};top:{};width:{};height:{}",
                pct(x, w),
                pct(y, h),
                pct(hw, w),
                pct(hh, h)
            ));
        }
    });
    let link_layout = layout.clone();
    let open_hit = move |ev: leptos::ev::MouseEvent| {
        if let Some(hit) = hit_of(&ev).and_then(|i| link_layout.get().hits.get(i)) {
            location.navigate(&crate::routing::app_href(&hit.href), Default::default());
        }
    };
    // The cell last focused keeps the tab stop, so Tab comes back to it.
    let focus_cell = move |i: usize| {
        use wasm_bindgen::JsCast;
        let Some(layer) = hits_layer.get_untracked() else {
            return;
        };
        let buttons = layer.children();
        let button = |i: usize| {
            buttons
                .item(i as u32)
                .map(|b| b.unchecked_into::<web_sys::HtmlElement>())
        };
        if let Some(old) = button(tab_stop.get_value()).filter(|_| tab_stop.get_value() != i) {
            let _ = old.set_attribute("tabindex", "-1");
        }
        if let Some(new) = button(i) {
            let _ = new.set_attribute("tabindex", "0");
            let _ = new.focus();
            // Focus alone left a cell half outside a chart scrolled sideways on a phone.
            let whole = web_sys::ScrollIntoViewOptions::new();
            whole.set_block(web_sys::ScrollLogicalPosition::Nearest);
            whole.set_inline(web_sys::ScrollLogicalPosition::Nearest);
            new.scroll_into_view_with_scroll_into_view_options(&whole);
        }
        tab_stop.set_value(i);
    };
    let key_layout = layout.clone();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (Some(from), Some(step)) = (hit_of(&ev), HitStep::from_key(&ev.key())) else {
            return;
        };
        if let Some(to) = step_hit(&key_layout.get().hits, from, step) {
            ev.prevent_default();
            focus_cell(to);
        }
    };
    view! {
        <div class="chart-hits" role="group" aria-label=name on:keydown=on_key
            on:focusin=move |ev| {
                let hit = hit_of(&ev);
                if let Some(i) = hit.filter(|&i| i != tab_stop.get_value()) {
                    focus_cell(i);
                }
                tooltip.set(hit)
            }
            on:mouseover=move |ev| tooltip.set(hit_of(&ev))
            on:focusout=move |_| tooltip.set(None)
            on:mouseout=move |_| tooltip.set(None)
            on:click=open_hit node_ref=hits_layer inner_html=hit_buttons()>
        </div>
    }
}

/// The label of the cell `tooltip` names, over it.
#[component]
pub fn ChartTooltip(
    layout: LazyLayout,
    size: (f64, f64),
    tooltip: RwSignal<Option<usize>>,
) -> impl IntoView {
    let (w, h) = size;
    move || {
        tooltip.get().and_then(|i| layout.get().hits.get(i).cloned()).map(|hit| {
            let (x, y, hw, _) = hit.rect;
            view! { <div class="chart-tooltip" role="tooltip" style:left=pct(x + hw / 2.0, w) style:top=pct(y, h)>{hit.label}</div> }
        })
    }
}
