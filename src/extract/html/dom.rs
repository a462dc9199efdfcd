//! The parsed page as a flat arena in document order, so every later pass is a loop over
//! indices: a node's descendants are the range `index + 1..end`, its parent an index. No pass
//! recurses, so tags nested 100,000 deep cost no stack.

use scraper::Html;
use scraper::node::Node as ScraperNode;

/// One node of the page.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) parent: usize,
    /// One past the last descendant.
    pub(super) end: usize,
    pub(super) kind: Kind,
}

#[derive(Debug)]
pub(super) enum Kind {
    /// The document itself, a comment, a doctype: nothing to read.
    Other,
    Element(Element),
    Text(Box<str>),
}

/// What extraction needs of an element: its name and the attributes that cue boilerplate.
#[derive(Debug, Default)]
pub(super) struct Element {
    /// Lower-case tag name.
    pub(super) name: Box<str>,
    /// The class and id attributes, lower-cased, separated by a space.
    pub(super) class_and_id: Box<str>,
    /// The `role` attribute, lower-cased.
    pub(super) role: Box<str>,
    /// `hidden`, `aria-hidden="true"` or an inline style that hides it.
    pub(super) hidden: bool,
    /// `itemprop="articleBody"` or similar markup for the body.
    pub(super) marked_body: bool,
}

impl Node {
    pub(super) fn element(&self) -> Option<&Element> {
        match &self.kind {
            Kind::Element(element) => Some(element),
            _ => None,
        }
    }

    pub(super) fn name(&self) -> &str {
        self.element().map_or("", |e| &e.name)
    }
}

/// Parses `input` with html5ever and lays the tree out in document order.
pub(super) fn parse(input: &str) -> Vec<Node> {
    let html = Html::parse_document(input);
    let mut nodes: Vec<Node> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    // A pre-order walk by sibling and parent links: no recursion, whatever the depth.
    let mut current = html.tree.root();
    'walk: loop {
        let index = nodes.len();
        let kind = match current.value() {
            ScraperNode::Element(element) => Kind::Element(element_of(element)),
            ScraperNode::Text(text) => Kind::Text(Box::from(&**text)),
            _ => Kind::Other,
        };
        nodes.push(Node {
            parent: open.last().copied().unwrap_or(0),
            end: index + 1,
            kind,
        });
        open.push(index);
        if let Some(child) = current.first_child() {
            current = child;
            continue;
        }
        loop {
            if let Some(closed) = open.pop() {
                nodes[closed].end = nodes.len();
            }
            if let Some(sibling) = current.next_sibling() {
                current = sibling;
                continue 'walk;
            }
            match current.parent() {
                Some(parent) => current = parent,
                None => break 'walk,
            }
        }
    }
    nodes
}

fn element_of(element: &scraper::node::Element) -> Element {
    let name = element.name().to_ascii_lowercase();
    let mut class_and_id = element.attr("class").unwrap_or("").to_lowercase();
    if let Some(id) = element.id() {
        class_and_id.push(' ');
        class_and_id.push_str(&id.to_lowercase());
    }
    let style = element.attr("style").unwrap_or("").to_ascii_lowercase();
    let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
    let hidden = element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
        || style.contains("display:none")
        || style.contains("visibility:hidden");
    let marked_body = element
        .attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articlebody"));
    Element {
        name: name.into(),
        class_and_id: class_and_id.into(),
        role: element
            .attr("role")
            .unwrap_or("")
            .to_ascii_lowercase()
            .into(),
        hidden,
        marked_body,
    }
}
