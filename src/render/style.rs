//! How things look, the same in every engine: one shape and colour per kind of actor, the link
//! styles that carry meaning (hedged, evidence, highlight), and the legend's wording.

use crate::model::ActorKind;

/// How an actor of one kind is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindStyle {
    /// The Graphviz shape.
    pub shape: &'static str,
    /// The border and legend colour (`#rrggbb`).
    pub colour: &'static str,
    /// The light fill behind the name (`#rrggbb`), dark text stays legible on it.
    pub fill: &'static str,
    /// The builtin engine draws boxes: rounded ones for people and groups.
    pub rounded: bool,
}

/// The style of a kind: shapes that say what the actor is (a ship's pennant, a port's house, a
/// state's double octagon) and a colour-blind-safe palette (Tableau 10), consistent everywhere.
///
/// ```
/// use linkchart::{model::ActorKind, render::style::kind_style};
/// assert_eq!(kind_style(ActorKind::Ship).shape, "cds");
/// let colours: std::collections::HashSet<_> =
///     ActorKind::ALL.iter().map(|k| kind_style(*k).colour).collect();
/// assert_eq!(colours.len(), ActorKind::ALL.len());
/// ```
pub fn kind_style(kind: ActorKind) -> KindStyle {
    let (shape, colour, fill, rounded) = match kind {
        ActorKind::State => ("doubleoctagon", "#2f5f8f", "#d6e4f2", false),
        ActorKind::Firm => ("box", "#c4641a", "#fde3cc", false),
        ActorKind::Ship => ("cds", "#2c8a84", "#d2efec", false),
        ActorKind::Port => ("house", "#3f7f35", "#d9f0d3", false),
        ActorKind::Agency => ("hexagon", "#b8303a", "#f9d5d7", false),
        ActorKind::Person => ("ellipse", "#a8891a", "#fbf1c7", true),
        ActorKind::Group => ("octagon", "#7d4f86", "#ead9ef", true),
        ActorKind::Place => ("tab", "#7b5a45", "#eadfd6", false),
        ActorKind::Other => ("note", "#6e6e6e", "#e8e8e8", false),
    };
    KindStyle {
        shape,
        colour,
        fill,
        rounded,
    }
}

/// The colour of the highlighted chain.
pub const HIGHLIGHT: &str = "#d62728";
/// The colour of links and borders drawn faded behind a highlighted chain.
pub const FADED: &str = "#c8c8c8";
/// The colour of ordinary links.
pub const LINK: &str = "#4a4a4a";
/// The colour of hedged links: lighter, and dashed.
pub const HEDGED: &str = "#8c8c8c";

/// A link's colour: red on the highlighted chain, faded behind it, grey when hedged.
pub fn link_colour(picture: &super::Picture, link: &super::PictureLink) -> &'static str {
    if link.highlighted {
        HIGHLIGHT
    } else if picture.faded {
        FADED
    } else if link.hedged {
        HEDGED
    } else {
        LINK
    }
}

/// A link's line width: 1 for one evidence item, growing slowly with more (capped at 5).
///
/// ```
/// use linkchart::render::style::pen_width;
/// assert_eq!(pen_width(0), 1.0);
/// assert_eq!(pen_width(1), 1.0);
/// assert!(pen_width(4) > pen_width(2));
/// assert_eq!(pen_width(1000), 5.0);
/// ```
pub fn pen_width(evidence: usize) -> f64 {
    (1.0 + (evidence.max(1) as f64).log2()).min(5.0)
}

/// What the line styles mean, one line for the legend.
pub const LINK_LEGEND: &str =
    "solid: stated · dashed, grey: hedged (possible, doubtful) · thicker: more evidence";

/// Names wrap at spaces to lines of about this many characters.
pub const WRAP: usize = 24;

/// Breaks `text` into lines of about `width` characters at spaces (a longer word stays whole),
/// keeping the text's own line breaks. No character other than a space is lost.
///
/// ```
/// use linkchart::render::style::wrap;
/// assert_eq!(wrap("Korea Sinjin Shipping Company", 12), ["Korea Sinjin", "Shipping", "Company"]);
/// assert_eq!(wrap("a\nb", 12), ["a", "b"]);
/// assert_eq!(wrap("", 12), [""]);
/// ```
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ') {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            } else if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// Replaces the control characters a drawing cannot show (all but the line break) by U+FFFD,
/// and a carriage return before a line break by nothing.
///
/// ```
/// use linkchart::render::style::printable;
/// assert_eq!(printable("a\r\nb\u{1}"), "a\nb\u{fffd}");
/// ```
pub fn printable(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}
