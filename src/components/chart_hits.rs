//! A chart's focusable, clickable cells and their tooltip. The cells sit in an HTML layer over
//! the SVG rather than inside it, because the children of `role="img"` are presentational and
//! must not be interactive.

use leptos::prelude::*;

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
/// entries, focus or the pointer shows its label in the tooltip.
#[component]
pub fn ChartHits(
    layout: LazyLayout,
    size: (f64, f64),
    tooltip: RwSignal<Option<usize>>,
) -> impl IntoView {
    let location = crate::router::use_location();
    // One set of listeners on the layer, not six on each of up to a thousand cells: the cell
    // is found from the event's target. The cells are written as markup (see `Markup`), then
    // placed through the CSSOM, which the CSP allows where inline styles in markup are not.
    let (w, h) = size;
    let button_layout = layout.clone();
    let hit_buttons = move || {
        let mut markup = Markup::default();
        for (i, hit) in button_layout.get().hits.iter().enumerate() {
            markup.empty(
                "button",
                &[
                    ("type", &"button"),
                    ("class", &"chart-hit"),
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
    view! {
        <div class="chart-hits"
            on:focusin=move |ev| tooltip.set(hit_of(&ev))
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
