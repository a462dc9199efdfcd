//! What tags, roles, classes and ids say about an element: boilerplate to drop, or a likely
//! container of the article. General cues only: no site has a rule of its own.

use crate::extract::html::dom::Element;

/// Elements never read: code, media, forms, and page furniture by definition.
const DROPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "nav",
    "aside",
    "footer",
    "header",
    "figure",
    "figcaption",
    "menu",
    "dialog",
    "head",
    "label",
    "address",
    "picture",
    "map",
    "frameset",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "menu",
    "menubar",
    "dialog",
    "alert",
    "search",
    "toolbar",
    "tablist",
    "note",
];

/// Class or id fragments of boilerplate: navigation, comments, sharing, related links,
/// advertising, sign-up boxes, bylines and captions.
const BOILERPLATE: &[&str] = &[
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "related",
    "recommend",
    "sidebar",
    "footer",
    "breadcrumb",
    "navbar",
    "nav-",
    "-nav",
    "menu",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "promo",
    "advert",
    "sponsor",
    "banner",
    "cookie",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "widget",
    "byline",
    "author",
    "caption",
    "credit",
    "tags",
    "tag-list",
    "taglist",
    "pagination",
    "pager",
    "masthead",
    "skip",
    "print",
    "toolbar",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "most-read",
    "mostread",
    "read-more",
    "readmore",
    "more-stories",
    "also-read",
    "dateline",
    "timestamp",
    "meta",
    "hidden",
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "login",
    "paywall",
    "rating",
    "rss",
    "jump",
];

/// Class or id fragments of the article body, which outweigh boilerplate fragments (an
/// `article-meta` is still meta, but `post-content` is content).
const BODY: &[&str] = &[
    "article", "content", "entry", "post", "story", "body", "main", "text", "blog",
];

/// Whether `element` is dropped with everything inside it, whatever it holds: by its tag,
/// role or hidden state.
pub(super) fn is_furniture(element: &Element) -> bool {
    element.hidden
        || DROPPED_TAGS.contains(&&*element.name)
        || !element.role.is_empty() && DROPPED_ROLES.contains(&&*element.role)
}

/// Whether `element`'s class or id marks it as boilerplate. Such an element is dropped only
/// when it holds little of the page: layout classes (`container with-sidebar`) wrap articles.
pub(super) fn looks_like_boilerplate(element: &Element) -> bool {
    boilerplate_weight(element) < 0 && !is_structural(element)
}

/// Elements that a boilerplate class never removes whole: the page and article containers.
fn is_structural(element: &Element) -> bool {
    matches!(&*element.name, "html" | "body" | "article" | "main") || element.marked_body
}

/// -1 for a boilerplate class or id that names no body part, +1 for a body one, else 0.
pub(super) fn boilerplate_weight(element: &Element) -> i32 {
    let cues = &*element.class_and_id;
    if cues.is_empty() {
        return 0;
    }
    let body = BODY.iter().any(|c| cues.contains(c));
    let boilerplate = cues.split_ascii_whitespace().any(|word| {
        BOILERPLATE.iter().any(|c| word.contains(c)) && !BODY.iter().any(|c| word.contains(c))
    });
    match (boilerplate, body) {
        (true, _) => -1,
        (false, true) => 1,
        (false, false) => 0,
    }
}

/// Elements that start a block of their own in the text.
pub(super) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "blockquote"
            | "pre"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "center"
            | "body"
            | "html"
    )
}

/// `h1`…`h6`.
pub(super) fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}
