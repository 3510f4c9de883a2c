//! The builtin engine: a pure-Rust layered layout (the layout-rs crate) and SVG, so that a
//! machine without Graphviz still draws a picture.
//!
//! layout-rs draws the actors and links; this module frames its drawing with the title, the
//! selection and the legend. Every piece of text from the data reaches the SVG XML-escaped
//! (layout-rs escapes the labels it writes; the frame escapes its own). layout-rs draws boxes
//! only: an actor's kind shows by its colours (and rounded corners for people and groups), as in
//! the legend; time ranks and clusters are Graphviz's.

use std::collections::HashMap;
use std::fmt::Write as _;

use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::geometry::{get_size_for_str, pad_shape_scalar, Point};
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::style::{self, kind_style, pen_width, printable, wrap};
use super::{Flow, Picture};

const FONT: usize = 13;
const MARGIN: f64 = 16.0;
const LEGEND_ROW: f64 = 22.0;

/// XML-escapes `text` for element content and attribute values.
///
/// ```
/// assert_eq!(linkchart::render::svg::escape("</text><script>&\"'"),
///     "&lt;/text&gt;&lt;script&gt;&amp;&quot;&apos;");
/// ```
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

fn colour(hex: &str) -> Color {
    Color::from_name(hex).unwrap_or_else(|| Color::fast("black"))
}

/// The SVG document of `picture`, drawn by the builtin engine.
///
/// ```
/// use linkchart::{io, render, resolve, scope::Scope};
/// let graph = io::load(&[]).unwrap().graph;
/// let port = resolve::resolve(&graph, "Nakhodka").unwrap();
/// let selection = render::Selection::Focus { center: port, hops: 1 };
/// let picture = render::select(&graph, &Scope::default(), &selection, &Default::default()).unwrap();
/// let svg = render::svg::to_svg(&picture);
/// assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
/// ```
pub fn to_svg(picture: &Picture) -> String {
    let (drawing, width, height) = if picture.actors.is_empty() {
        (String::new(), 0.0, 0.0)
    } else {
        layout_drawing(picture)
    };
    let kinds = picture.kinds();
    let title_height = 58.0;
    let legend_height = LEGEND_ROW * (kinds.len() as f64 + 2.0) + 12.0;
    let legend_width = 560.0;
    let notice_height = if picture.notice.is_some() { 24.0 } else { 0.0 };
    let total_width = (width.max(legend_width) + 2.0 * MARGIN).max(420.0);
    let total_height = title_height + notice_height + height + legend_height + 2.0 * MARGIN;

    let mut svg = String::new();
    svg.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{total_width:.0}\" height=\"{total_height:.0}\" \
viewBox=\"0 0 {total_width:.0} {total_height:.0}\" font-family=\"Helvetica, Arial, sans-serif\">"
    );
    let _ = writeln!(
        svg,
        "<title>{}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
        escape(&format!("{} — {}", picture.title, picture.selection))
    );
    let _ = writeln!(
        svg,
        "<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"18\" font-weight=\"bold\">{}</text>",
        MARGIN + 16.0,
        escape(&picture.title)
    );
    let _ = writeln!(
        svg,
        "<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"13\" fill=\"#444444\">{}</text>",
        MARGIN + 38.0,
        escape(&picture.selection)
    );
    let mut y = MARGIN + title_height;
    if let Some(notice) = &picture.notice {
        let _ = writeln!(
            svg,
            "<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"12\" fill=\"#b8303a\">{}</text>",
            y,
            escape(notice)
        );
        y += notice_height;
    }
    if !drawing.is_empty() {
        let _ = writeln!(
            svg,
            "<g class=\"drawing\" transform=\"translate({MARGIN} {y:.0})\">\n{drawing}\n</g>"
        );
    }
    y += height + 12.0;
    write_legend(&mut svg, &kinds, y);
    svg.push_str("</svg>\n");
    svg
}

/// layout-rs's drawing of the actors and links, without its XML header, with its size.
fn layout_drawing(picture: &Picture) -> (String, f64, f64) {
    let orientation = match picture.flow {
        Flow::LeftRight => Orientation::LeftToRight,
        Flow::TopDown => Orientation::TopToBottom,
    };
    let mut graph = VisualGraph::new(orientation);
    let mut handles = HashMap::new();
    for actor in &picture.actors {
        let look = kind_style(actor.kind);
        let faded = picture.faded && !actor.highlighted && !actor.anchor;
        let border = if actor.highlighted {
            style::HIGHLIGHT
        } else if faded {
            style::FADED
        } else {
            look.colour
        };
        let font = (FONT as f64 * actor.size.sqrt()).round() as usize;
        let text = wrap(&printable(&actor.name), style::WRAP).join("\n");
        // layout-rs cannot place an empty box; a blank one shows the empty name as well.
        let text = if text.trim().is_empty() {
            " ".to_owned()
        } else {
            text
        };
        let line_width = if actor.anchor || actor.highlighted {
            3
        } else {
            1
        };
        let attributes = StyleAttr::new(
            colour(border),
            line_width,
            Some(colour(if faded { "#f4f4f4" } else { look.fill })),
            if look.rounded { 12 } else { 2 },
            font,
        );
        let size = pad_shape_scalar(text_size(&text, font), 14.0);
        let element = Element::create(ShapeKind::new_box(&text), attributes, orientation, size);
        handles.insert(actor.id.as_str(), graph.add_node(element));
    }
    for link in &picture.links {
        let (Some(&from), Some(&to)) = (
            handles.get(link.from.as_str()),
            handles.get(link.to.as_str()),
        ) else {
            continue;
        };
        let mut words = vec![link.relation.as_str()];
        words.extend(link.commodity.as_deref());
        words.extend(link.date.as_deref());
        let line_colour = style::link_colour(picture, link);
        let width = pen_width(link.evidence).round() as usize + usize::from(link.highlighted) * 2;
        let look = StyleAttr::new(colour(line_colour), width, None, 0, 11);
        let line_style = if link.hedged {
            LineStyleKind::Dashed
        } else {
            LineStyleKind::Normal
        };
        let arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::Arrow,
            line_style,
            &printable(&words.join(" · ")).replace('\n', " "),
            &look,
            &None,
            &None,
        );
        graph.add_edge(arrow, from, to);
    }
    let mut writer = SVGWriter::new();
    graph.do_it(false, false, false, &mut writer);
    let document = writer.finalize();
    let start = document.find("<svg").unwrap_or(0);
    let body = &document[start..];
    let (width, height) = (attribute(body, "width"), attribute(body, "height"));
    (body.to_owned(), width, height)
}

/// layout-rs sizes text by `font_size` per character; proportional fonts need about 0.62 of it.
fn text_size(text: &str, font: usize) -> Point {
    let size = get_size_for_str(text, font);
    Point::new(size.x * 0.62, size.y * 1.25)
}

/// The numeric value of `name="…"` in the first tag of `svg`.
fn attribute(svg: &str, name: &str) -> f64 {
    let tag_end = svg.find('>').unwrap_or(svg.len());
    let tag = &svg[..tag_end];
    let key = format!(" {name}=\"");
    tag.find(&key)
        .and_then(|i| {
            let rest = &tag[i + key.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .unwrap_or(0.0)
}

fn write_legend(svg: &mut String, kinds: &[crate::model::ActorKind], top: f64) {
    let _ = writeln!(
        svg,
        "<g class=\"legend\">\n<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"13\" font-weight=\"bold\">Legend</text>",
        top + 14.0
    );
    let mut y = top + LEGEND_ROW;
    for kind in kinds {
        let look = kind_style(*kind);
        let radius = if look.rounded { 7 } else { 2 };
        let _ = writeln!(
            svg,
            "<rect x=\"{MARGIN}\" y=\"{:.0}\" width=\"36\" height=\"16\" rx=\"{radius}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"/>\
<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"12\">{}</text>",
            y,
            look.fill,
            look.colour,
            MARGIN + 46.0,
            y + 12.5,
            kind.name()
        );
        y += LEGEND_ROW;
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{MARGIN}\" y1=\"{:.0}\" x2=\"{:.0}\" y2=\"{:.0}\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\
<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"12\">{}</text>\n</g>",
        y + 8.0,
        MARGIN + 36.0,
        y + 8.0,
        style::HEDGED,
        MARGIN + 46.0,
        y + 12.5,
        escape(style::LINK_LEGEND)
    );
}
