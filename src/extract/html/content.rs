//! Finds the article body: paragraphs score the elements that hold them (more text, more
//! commas, fewer links: the scoring readability made known), the best holder wins, and the
//! siblings that score nearly as well join it.

use crate::extract::html::cues::{
    boilerplate_weight, is_block, is_furniture, looks_like_boilerplate,
};
use crate::extract::html::dom::{Kind, Node};

/// Text statistics of a subtree, dropped parts left out.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Stats {
    /// Characters, white space collapsed.
    pub(super) chars: u32,
    /// Characters inside links.
    pub(super) link_chars: u32,
    pub(super) commas: u32,
}

impl Stats {
    pub(super) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// The page with what the selection needs per node.
pub(super) struct Page<'n> {
    pub(super) nodes: &'n [Node],
    pub(super) dropped: Vec<bool>,
    pub(super) stats: Vec<Stats>,
}

impl<'n> Page<'n> {
    pub(super) fn new(nodes: &'n [Node]) -> Page<'n> {
        // An element whose class says boilerplate but that holds this share of the page's
        // text is a layout wrapper, and stays.
        const WRAPPER_SHARE: f32 = 0.3;
        let furniture = |i: usize| nodes[i].element().is_some_and(is_furniture);
        let raw = Self::statistics(nodes, &Self::propagate(nodes, furniture));
        let total = raw[0].chars as f32;
        let dropped = Self::propagate(nodes, |i| {
            furniture(i)
                || nodes[i].element().is_some_and(looks_like_boilerplate)
                    && (raw[i].chars as f32) < WRAPPER_SHARE * total
        });
        let stats = Self::statistics(nodes, &dropped);
        Page {
            nodes,
            dropped,
            stats,
        }
    }

    /// Marks the nodes for which `drops` holds, and everything inside them.
    fn propagate(nodes: &[Node], drops: impl Fn(usize) -> bool) -> Vec<bool> {
        let mut dropped = vec![false; nodes.len()];
        for i in 1..nodes.len() {
            dropped[i] = dropped[nodes[i].parent] || drops(i);
        }
        dropped
    }

    /// The text statistics of every subtree, `dropped` nodes left out.
    fn statistics(nodes: &[Node], dropped: &[bool]) -> Vec<Stats> {
        let n = nodes.len();
        let mut in_link = vec![false; n];
        let mut stats = vec![Stats::default(); n];
        for (i, node) in nodes.iter().enumerate().skip(1) {
            let parent = node.parent;
            in_link[i] = in_link[parent] || node.name() == "a";
            if let Kind::Text(text) = &node.kind
                && !dropped[i]
            {
                let chars = collapsed_len(text);
                stats[i].chars = chars;
                stats[i].link_chars = if in_link[i] { chars } else { 0 };
                stats[i].commas = text.matches([',', '，', '、', '،']).count() as u32;
            }
        }
        for i in (1..n).rev() {
            let (child, parent) = (stats[i], nodes[i].parent);
            let total = &mut stats[parent];
            total.chars = total.chars.saturating_add(child.chars);
            total.link_chars = total.link_chars.saturating_add(child.link_chars);
            total.commas = total.commas.saturating_add(child.commas);
        }
        stats
    }

    /// The element children of `i`.
    pub(super) fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].end;
        let first = (i + 1 < end).then_some(i + 1);
        std::iter::successors(first, move |&j| {
            Some(self.nodes[j].end).filter(|&next| next < end)
        })
    }

    /// The roots of the subtrees that make up the article, in document order.
    pub(super) fn article(&self) -> Vec<usize> {
        let scores = self.scores();
        let Some(mut top) = best(&scores) else {
            return self.body().into_iter().collect();
        };
        let top_score = scores[top];
        // Several strong candidates under one ancestor: the ancestor holds the article.
        let mut strong: Vec<usize> = (0..scores.len())
            .filter(|&i| i != top && scores[i] >= 0.75 * top_score)
            .collect();
        strong.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        strong.truncate(5);
        let mut ancestor = self.nodes[top].parent;
        // Bounded: a page nested 100,000 deep must not cost 100,000 steps per candidate.
        for _ in 0..64 {
            if ancestor == 0 || self.nodes[ancestor].name() == "body" {
                break;
            }
            let inside = strong
                .iter()
                .filter(|&&c| ancestor < c && c < self.nodes[ancestor].end)
                .count();
            if inside >= 3 {
                top = ancestor;
                break;
            }
            ancestor = self.nodes[ancestor].parent;
        }
        let parent = self.nodes[top].parent;
        if parent == 0 {
            return vec![top];
        }
        let threshold = (0.2 * scores[top]).max(10.0);
        self.children(parent)
            .filter(|&c| !self.dropped[c])
            .filter(|&c| c == top || scores[c] >= threshold || self.is_good_paragraph(c))
            .collect()
    }

    fn is_good_paragraph(&self, i: usize) -> bool {
        let stats = &self.stats[i];
        self.nodes[i].name() == "p" && stats.chars > 80 && stats.link_density() < 0.25
    }

    fn body(&self) -> Option<usize> {
        (0..self.nodes.len()).find(|&i| self.nodes[i].name() == "body")
    }

    /// Readability-style content scores, weighted by the share of text outside links.
    fn scores(&self) -> Vec<f32> {
        let n = self.nodes.len();
        let mut scores = vec![0.0f32; n];
        let mut initialised = vec![false; n];
        for i in 0..n {
            if self.dropped[i] || !self.is_paragraph(i) {
                continue;
            }
            let stats = self.stats[i];
            if stats.chars < 25 {
                continue;
            }
            let score = 1.0 + stats.commas as f32 + (stats.chars as f32 / 100.0).min(3.0);
            let mut ancestor = self.nodes[i].parent;
            for level in 0..5 {
                if ancestor == 0 {
                    break;
                }
                if !initialised[ancestor] {
                    initialised[ancestor] = true;
                    scores[ancestor] += self.base_score(ancestor);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level as f32 * 3.0,
                };
                scores[ancestor] += score / divider;
                ancestor = self.nodes[ancestor].parent;
            }
        }
        for i in 0..n {
            if initialised[i] {
                scores[i] *= 1.0 - self.stats[i].link_density();
            }
        }
        scores
    }

    /// What an element's tag and classes say before its paragraphs are counted.
    fn base_score(&self, i: usize) -> f32 {
        let Some(element) = self.nodes[i].element() else {
            return 0.0;
        };
        let tag = match &*element.name {
            "div" | "article" | "main" => 5.0,
            "pre" | "td" | "blockquote" | "section" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let marked = if element.marked_body { 25.0 } else { 0.0 };
        tag + marked + 25.0 * boilerplate_weight(element) as f32
    }

    /// Elements whose text counts as a paragraph: `<p>`, `<pre>`, `<td>`, `<blockquote>`, and
    /// a `<div>` or `<section>` with text but no block inside.
    fn is_paragraph(&self, i: usize) -> bool {
        match self.nodes[i].name() {
            "p" | "pre" | "td" | "blockquote" => true,
            "div" | "section" => self
                .children(i)
                .all(|c| !self.nodes[c].element().is_some_and(|e| is_block(&e.name))),
            _ => false,
        }
    }
}

fn best(scores: &[f32]) -> Option<usize> {
    (0..scores.len())
        .filter(|&i| scores[i] > 0.0)
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
}

/// Length of `text` with each run of white space counted as one character.
fn collapsed_len(text: &str) -> u32 {
    let mut len = 0u32;
    let mut space = true;
    for c in text.chars() {
        let is_space = c.is_whitespace();
        if !(is_space && space) {
            len = len.saturating_add(1);
        }
        space = is_space;
    }
    len
}
