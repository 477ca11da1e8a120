//! A chart as a picture of its own, for slides and printed documents: an SVG file holding
//! its title, legend, numbers and source that refers to nothing outside itself (its colours
//! are attributes, not a stylesheet), and a PNG drawn from that SVG in the browser. Nothing
//! is sent anywhere.

use wasm_bindgen::{JsCast, JsValue};

use crate::components::chart_layout::{swatch_paint, text_width, INK};
use crate::components::download::{download_href, text_blob};
use crate::components::markup::Markup;
use crate::model::decimal::decimal;

/// The page's fonts, so Japanese text is drawn as on screen.
const FONTS: &str = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

const PAD: f64 = 24.0;
const TITLE_SIZE: f64 = 20.0;
const LEGEND_LINE: f64 = 22.0;
const FONT_SIZE: f64 = 13.0;

/// What a chart file shows around the chart's own picture.
pub struct ChartPicture<'a> {
    /// The chart's title.
    pub title: &'a str,
    /// The legend, as (swatch class, text).
    pub legend: &'a [(String, String)],
    /// The source line (出典) and the date it was made.
    pub source: &'a str,
    /// The picture's viewBox width and height.
    pub size: (f64, f64),
    /// The picture's SVG contents, as the chart draws them.
    pub picture: &'a str,
}

/// The room a legend item's swatch takes before its text: none for an item without one.
fn swatch_room(class: &str) -> f64 {
    if swatch_paint(class).is_some() {
        20.0
    } else {
        0.0
    }
}

/// Each legend item's (x, y) from the picture's left edge, wrapped within `width`; and the
/// height the legend takes.
fn legend_places(legend: &[(String, String)], width: f64) -> (Vec<(f64, f64)>, f64) {
    let (mut x, mut y) = (0.0, 0.0);
    let mut places = Vec::new();
    for (swatch, text) in legend {
        let w = swatch_room(swatch) + text_width(text, FONT_SIZE) + 20.0;
        if x > 0.0 && x + w > width {
            x = 0.0;
            y += LEGEND_LINE;
        }
        places.push((x, y));
        x += w;
    }
    let height = if legend.is_empty() {
        0.0
    } else {
        y + LEGEND_LINE
    };
    (places, height)
}

/// The chart as a standalone SVG document: white background, title, legend, the picture and
/// the source line; only inline styles, no link, image or font from outside.
pub fn standalone_svg(chart: &ChartPicture) -> String {
    let (w, h) = chart.size;
    let at = |v: f64| decimal(v, 1);
    let inner_w = w
        .max(text_width(chart.title, TITLE_SIZE))
        .max(text_width(chart.source, 12.0))
        .max(480.0);
    let (places, legend_h) = legend_places(chart.legend, inner_w);
    let legend_top = PAD + TITLE_SIZE + 16.0;
    let picture_top = legend_top + legend_h + 8.0;
    let source_y = picture_top + h + 28.0;
    let (width, height) = (inner_w + 2.0 * PAD, source_y + PAD);
    let mut svg = Markup::default();
    let view_box = format!("0 0 {} {}", at(width), at(height));
    svg.open(
        "svg",
        &[
            ("xmlns", &"http://www.w3.org/2000/svg"),
            ("width", &at(width)),
            ("height", &at(height)),
            ("viewBox", &view_box),
            ("font-family", &FONTS),
            ("font-size", &at(FONT_SIZE)),
        ],
    );
    svg.text("title", &[], chart.title);
    svg.empty(
        "rect",
        &[("width", &"100%"), ("height", &"100%"), ("fill", &"#fff")],
    );
    let title_y = PAD + TITLE_SIZE;
    svg.text(
        "text",
        &[
            ("x", &at(PAD)),
            ("y", &at(title_y)),
            ("font-size", &at(TITLE_SIZE)),
            ("font-weight", &"700"),
            ("fill", &INK),
        ],
        chart.title,
    );
    for ((swatch, text), (x, y)) in chart.legend.iter().zip(places) {
        let (sx, sy) = (PAD + x, legend_top + y);
        if let Some((fill, dash)) = swatch_paint(swatch) {
            svg.empty(
                "rect",
                &[
                    ("x", &at(sx)),
                    ("y", &at(sy)),
                    ("width", &14),
                    ("height", &11),
                    ("fill", &fill),
                    ("stroke", &"#333"),
                    ("stroke-dasharray", &dash),
                ],
            );
        }
        let (tx, ty) = (sx + swatch_room(swatch), sy + 10.0);
        svg.text(
            "text",
            &[("x", &at(tx)), ("y", &at(ty)), ("fill", &INK)],
            text,
        );
    }
    let place = format!("translate({} {})", at(PAD), at(picture_top));
    svg.open("g", &[("transform", &place)]);
    svg.raw(chart.picture);
    svg.close("g");
    svg.text(
        "text",
        &[
            ("x", &at(PAD)),
            ("y", &at(source_y)),
            ("font-size", &12),
            ("fill", &"#444"),
        ],
        chart.source,
    );
    svg.close("svg");
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        svg.finish()
    )
}

/// How many device pixels a PNG draws per SVG unit: at least 2, and at least 1000 px wide.
pub fn png_scale(width: f64) -> f64 {
    (1000.0 / width).ceil().max(2.0)
}

/// Downloads `svg` (a [`standalone_svg`]) drawn into a PNG named `name`, at [`png_scale`].
/// The SVG is read as an image from a blob URL, which the CSP allows (`img-src blob:`).
pub async fn download_png(svg: String, name: String) -> Result<(), JsValue> {
    let blob = text_blob(&svg, "image/svg+xml")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded?;
    let (w, h) = (image.natural_width() as f64, image.natural_height() as f64);
    let scale = png_scale(w);
    let canvas: web_sys::HtmlCanvasElement = leptos::prelude::document()
        .create_element("canvas")?
        .unchecked_into();
    canvas.set_width((w * scale).ceil() as u32);
    canvas.set_height((h * scale).ceil() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    context.scale(scale, scale)?;
    context.draw_image_with_html_image_element(&image, 0.0, 0.0)?;
    download_href(&canvas.to_data_url()?, &name);
    Ok(())
}
