//! A plain tree of elements and text: what a screen shows, built by pure code; `ui::dom` draws
//! it, and on the next URL change applies the difference to the next tree (`present::patch`).
//!
//! Text is always text: there is no way to put markup into a `Node`. Attribute names are
//! `&'static str`, so no dataset or URL value can choose one.

use super::protocol::KEY;

/// An element or a run of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    El(El),
    Text(String),
}

/// An element with its attributes and children.
#[derive(Debug, Clone, PartialEq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// Starts an element.
#[inline(never)]
pub fn el(tag: &'static str) -> El {
    El { tag, attrs: Vec::new(), children: Vec::new() }
}

// The builder methods are kept out of line on purpose: inlined into every call site they
// made the screens' code several times larger in wasm.
impl El {
    /// Sets an attribute (replacing an earlier value of the same name).
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> El {
        self.set_attr(name, value.into())
    }

    // The generic `attr` only converts; this one body is shared by every value type.
    #[inline(never)]
    fn set_attr(mut self, name: &'static str, value: String) -> El {
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name, value)),
        }
        self
    }

    /// Adds one or more space-separated classes.
    #[inline(never)]
    pub fn cls(mut self, class: &str) -> El {
        if class.is_empty() {
            return self;
        }
        match self.attrs.iter_mut().find(|(n, _)| *n == "class") {
            Some(slot) => {
                slot.1.push(' ');
                slot.1.push_str(class);
            }
            None => self.attrs.push(("class", class.to_string())),
        }
        self
    }

    #[inline(never)]
    pub fn id(self, id: &str) -> El {
        self.attr("id", id)
    }

    /// Names this element among its siblings (as `data-key`), so that a re-render matches it to
    /// the old element with the same key instead of the one in the same place: a row, column or
    /// list item that keeps its key keeps what the reader did to it (an open `<details>`), and
    /// no neighbour inherits that. Keys need only be unique among siblings.
    #[inline(never)]
    pub fn key(self, key: &str) -> El {
        self.attr(KEY, key)
    }

    /// Appends a child.
    pub fn add(self, child: impl Into<Node>) -> El {
        self.push(child.into())
    }

    // The generic `add` only converts; the push, with its growth check, is shared.
    // Newsroom: adjacent text is joined into one and empty text left out, as the HTML parser
    // does, so the prerendered page's DOM is this tree node for node and the app adopts it without
    // touching what is there (`ui::dom::fill_in_parts`). The page reads the same.
    #[inline(never)]
    fn push(mut self, child: Node) -> El {
        if let Node::Text(text) = &child {
            match self.children.last_mut() {
                _ if text.is_empty() => return self,
                Some(Node::Text(run)) => {
                    run.push_str(text);
                    return self;
                }
                _ => {}
            }
        }
        self.children.push(child);
        self
    }

    /// Appends children.
    pub fn add_all<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> El {
        // A plain loop over the shared `push`: `extend` brings its reserve-ahead code into
        // every one of these instances.
        for child in children {
            self = self.push(child.into());
        }
        self
    }

    /// Appends a child only when there is one.
    pub fn add_opt(self, child: Option<impl Into<Node>>) -> El {
        match child {
            Some(c) => self.push(c.into()),
            None => self,
        }
    }

    /// The value of an attribute, if set.
    pub fn attr_value(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }
}

impl From<El> for Node {
    fn from(e: El) -> Node {
        Node::El(e)
    }
}

impl From<String> for Node {
    fn from(s: String) -> Node {
        Node::Text(s)
    }
}

impl From<&str> for Node {
    // Out of line: the copy would otherwise be inlined at each of the screens' many text children.
    #[inline(never)]
    fn from(s: &str) -> Node {
        Node::Text(s.to_string())
    }
}

impl Node {
    /// The text a reader would see, with block elements on their own lines; for tests.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_text(&mut out);
        let lines: Vec<&str> = out.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        lines.join("\n")
    }

    fn write_text(&self, out: &mut String) {
        match self {
            Node::Text(t) => out.push_str(t),
            Node::El(e) => {
                let block = matches!(
                    e.tag,
                    "p" | "li"
                        | "tr"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "div"
                        | "section"
                        | "header"
                        | "footer"
                        | "summary"
                        | "ul"
                        | "ol"
                        | "table"
                        | "caption"
                );
                if block {
                    out.push('\n');
                }
                if e.tag == "td" || e.tag == "th" {
                    out.push_str(" | ");
                }
                for c in &e.children {
                    c.write_text(out);
                }
                if block {
                    out.push('\n');
                }
            }
        }
    }

    /// Every element in the tree, depth first; for tests and for the renderer's checks.
    pub fn elements(&self) -> Vec<&El> {
        let mut out = Vec::new();
        fn walk<'a>(n: &'a Node, out: &mut Vec<&'a El>) {
            if let Node::El(e) = n {
                out.push(e);
                for c in &e.children {
                    walk(c, out);
                }
            }
        }
        walk(self, &mut out);
        out
    }
}

/// Elements the HTML parser treats as void: they have no end tag and no children.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "link", "meta"];

/// Escapes text for HTML: in element content and in double-quoted attribute values alike.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Node {
    /// The tree as HTML, for the build-time prerender: no whitespace is added, every text and
    /// attribute value is escaped, so what a browser parses back is this tree (with runs of
    /// adjacent text joined, which `ui::dom` splits again when it adopts the page).
    /// An empty `href` stands for the page itself, as in `ui::dom`.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        match self {
            Node::Text(t) => escape_into(out, t),
            Node::El(e) => {
                out.push('<');
                out.push_str(e.tag);
                for (name, value) in &e.attrs {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    if *name == "href" && value.is_empty() {
                        out.push_str("./");
                    } else {
                        escape_into(out, value);
                    }
                    out.push('"');
                }
                out.push('>');
                if VOID.contains(&e.tag) {
                    return;
                }
                for c in &e.children {
                    c.write_html(out);
                }
                out.push_str("</");
                out.push_str(e.tag);
                out.push('>');
            }
        }
    }
}
