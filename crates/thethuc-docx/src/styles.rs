//! Effective formatting: docDefaults → paragraph style chain (basedOn) → character style chain →
//! direct formatting, with theme fonts resolved (`minorHAnsi` → the typeface in theme1.xml).

use crate::xml::Element;
use std::collections::HashMap;

/// Run properties; `None` means "not said here" (inherit).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunProps {
    /// Bold (`w:b`).
    pub bold: Option<bool>,
    /// Italic (`w:i`).
    pub italic: Option<bool>,
    /// All capitals (`w:caps`): the text is shown upper-case whatever its letters.
    pub caps: Option<bool>,
    /// Underlined (`w:u`, any style but `none`).
    pub underline: Option<bool>,
    /// The typeface (`w:rFonts`, theme fonts resolved).
    pub font: Option<String>,
    /// Half-points (`w:sz`): 26 is 13 pt.
    pub size_half_points: Option<u32>,
    /// `RRGGBB` or `auto`.
    pub color: Option<String>,
    /// Subscript or superscript (`w:vertAlign`): printed smaller than its size says.
    pub raised_or_lowered: Option<bool>,
}

impl RunProps {
    /// Lays `over` on top of `self`: what `over` says wins.
    pub(crate) fn merge(&mut self, over: &RunProps) {
        macro_rules! take {
            ($($f:ident),*) => { $( if over.$f.is_some() { self.$f = over.$f.clone(); } )* };
        }
        take!(
            bold,
            italic,
            caps,
            underline,
            font,
            size_half_points,
            color,
            raised_or_lowered
        );
    }
}

/// Paragraph properties in twentieths of a point (twips) where Word uses them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParaProps {
    /// `both` is justified; `start`/`end` as in the file.
    pub align: Option<String>,
    /// Positive: first-line indent; negative: hanging indent.
    pub first_line: Option<i32>,
    /// Left indent (`w:ind w:left` or `w:start`), twips.
    pub left: Option<i32>,
    /// Space before the paragraph (`w:spacing w:before`), twips.
    pub before: Option<u32>,
    /// Space after the paragraph (`w:spacing w:after`), twips.
    pub after: Option<u32>,
    /// Line spacing value and rule (`auto`: 240 = single; `exact`/`atLeast`: twips).
    pub line: Option<(u32, String)>,
    /// Numbering: `numId` and level.
    pub num: Option<(String, u32)>,
    /// A bottom border (`w:pBdr/w:bottom`), which draws a rule under the paragraph.
    pub border_bottom: Option<bool>,
}

impl ParaProps {
    pub(crate) fn merge(&mut self, over: &ParaProps) {
        macro_rules! take {
            ($($f:ident),*) => { $( if over.$f.is_some() { self.$f = over.$f.clone(); } )* };
        }
        take!(
            align,
            first_line,
            left,
            before,
            after,
            line,
            num,
            border_bottom
        );
    }
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub major: Option<String>,
    pub minor: Option<String>,
}

impl Theme {
    pub fn read(root: Option<&Element>) -> Self {
        let font = |scheme: &Element, which: &str| {
            scheme
                .child(which)
                .and_then(|f| f.child("latin"))
                .and_then(|l| l.attr("typeface"))
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
        };
        let scheme = root
            .and_then(|t| t.child("themeElements"))
            .and_then(|e| e.child("fontScheme"));
        Self {
            major: scheme.and_then(|s| font(s, "majorFont")),
            minor: scheme.and_then(|s| font(s, "minorFont")),
        }
    }
    fn resolve(&self, theme_font: &str) -> Option<String> {
        if theme_font.starts_with("major") {
            self.major.clone()
        } else {
            self.minor.clone()
        }
    }
}

fn twips(e: &Element, name: &str) -> Option<i32> {
    e.attr(name)
        .and_then(|v| v.parse::<f64>().ok())
        .map(|v| v as i32)
}

pub fn read_rpr(rpr: &Element, theme: &Theme) -> RunProps {
    let mut p = RunProps::default();
    for e in rpr.elements() {
        match e.name.as_str() {
            "b" => p.bold = Some(e.toggle()),
            "i" => p.italic = Some(e.toggle()),
            "caps" => p.caps = Some(e.toggle()),
            "vertAlign" => {
                p.raised_or_lowered =
                    Some(matches!(e.attr("val"), Some("subscript" | "superscript")))
            }
            "u" => p.underline = Some(!matches!(e.attr("val"), Some("none"))),
            "sz" => p.size_half_points = e.attr("val").and_then(|v| v.parse().ok()),
            "color" => p.color = e.attr("val").map(str::to_owned),
            "rFonts" => {
                let theme_font = e.attr("hAnsiTheme").or(e.attr("asciiTheme"));
                p.font = theme_font
                    .and_then(|t| theme.resolve(t))
                    .or_else(|| e.attr("hAnsi").or(e.attr("ascii")).map(str::to_owned));
            }
            _ => {}
        }
    }
    p
}

pub fn read_ppr(ppr: &Element) -> ParaProps {
    let mut p = ParaProps::default();
    for e in ppr.elements() {
        match e.name.as_str() {
            "jc" => p.align = e.attr("val").map(str::to_owned),
            "ind" => {
                p.left = twips(e, "left").or(twips(e, "start"));
                p.first_line = twips(e, "firstLine").or(twips(e, "hanging").map(|h| -h));
            }
            "spacing" => {
                p.before = twips(e, "before").map(|v| v.max(0) as u32);
                p.after = twips(e, "after").map(|v| v.max(0) as u32);
                if let Some(line) = twips(e, "line") {
                    let rule = e.attr("lineRule").unwrap_or("auto").to_owned();
                    p.line = Some((line.max(0) as u32, rule));
                }
            }
            "pBdr" => {
                p.border_bottom = Some(
                    e.child("bottom")
                        .is_some_and(|b| !matches!(b.attr("val"), None | Some("nil" | "none"))),
                );
            }
            "numPr" => {
                let id = e.child("numId").and_then(|n| n.attr("val"));
                let level = e
                    .child("ilvl")
                    .and_then(|n| n.attr("val"))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                p.num = id.map(|id| (id.to_owned(), level));
            }
            _ => {}
        }
    }
    p
}

#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    ppr: ParaProps,
    rpr: RunProps,
}

/// styles.xml, ready to answer "what does this paragraph or run look like".
#[derive(Debug, Default)]
pub struct Styles {
    default_run: RunProps,
    default_para: ParaProps,
    styles: HashMap<String, Style>,
    default_paragraph_style: Option<String>,
    default_character_style: Option<String>,
}

/// basedOn chains longer than this are cut (a cycle, or a hostile file).
const MAX_CHAIN: usize = 32;

impl Styles {
    pub fn read(root: Option<&Element>, theme: &Theme) -> Self {
        let mut out = Styles::default();
        let Some(root) = root else { return out };
        if let Some(defaults) = root.child("docDefaults") {
            if let Some(r) = defaults.child("rPrDefault").and_then(|d| d.child("rPr")) {
                out.default_run = read_rpr(r, theme);
            }
            if let Some(p) = defaults.child("pPrDefault").and_then(|d| d.child("pPr")) {
                out.default_para = read_ppr(p);
            }
        }
        for s in root.children_named("style") {
            let Some(id) = s.attr("styleId") else {
                continue;
            };
            let kind = s.attr("type").unwrap_or("paragraph");
            if s.attr("default").is_some_and(|v| v == "1" || v == "true") {
                match kind {
                    "paragraph" => out.default_paragraph_style = Some(id.to_owned()),
                    "character" => out.default_character_style = Some(id.to_owned()),
                    _ => {}
                }
            }
            out.styles.insert(
                id.to_owned(),
                Style {
                    based_on: s
                        .child("basedOn")
                        .and_then(|b| b.attr("val"))
                        .map(str::to_owned),
                    ppr: s.child("pPr").map(read_ppr).unwrap_or_default(),
                    rpr: s
                        .child("rPr")
                        .map(|r| read_rpr(r, theme))
                        .unwrap_or_default(),
                },
            );
        }
        out
    }

    /// The chain from the root ancestor down to `id`.
    fn chain(&self, id: &str) -> Vec<&Style> {
        let mut chain = Vec::new();
        let mut next = Some(id.to_owned());
        while let Some(id) = next {
            if chain.len() == MAX_CHAIN {
                break;
            }
            let Some(style) = self.styles.get(&id) else {
                break;
            };
            chain.push(style);
            next = style.based_on.clone();
        }
        chain.reverse();
        chain
    }

    /// Paragraph and run properties a paragraph gets from its style (or the default style).
    pub fn paragraph(&self, style_id: Option<&str>) -> (ParaProps, RunProps) {
        let mut ppr = self.default_para.clone();
        let mut rpr = self.default_run.clone();
        let id = style_id.or(self.default_paragraph_style.as_deref());
        if let Some(id) = id {
            for s in self.chain(id) {
                ppr.merge(&s.ppr);
                rpr.merge(&s.rpr);
            }
        }
        (ppr, rpr)
    }

    /// Run properties of a character style chain.
    pub fn character(&self, style_id: Option<&str>) -> RunProps {
        let mut rpr = RunProps::default();
        if let Some(id) = style_id.or(self.default_character_style.as_deref()) {
            for s in self.chain(id) {
                rpr.merge(&s.rpr);
            }
        }
        rpr
    }
}
