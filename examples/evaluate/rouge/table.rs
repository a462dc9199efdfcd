//! The quality matrix as a table: plain text for a terminal, or Markdown for the README.

use std::fmt::Write as _;

use salient::eval::RougeScores;

/// One data set's results.
pub struct SetResult {
    pub name: String,
    pub records: usize,
    /// Language codes of the records.
    pub languages: String,
    /// The ROUGE conventions the records were scored with.
    pub conventions: String,
    /// Mean scores of each system (outer) at each budget (inner).
    pub means: Vec<Vec<RougeScores>>,
}

/// One row: a label for the set column, the system, and its cells (one per budget, then the
/// mean of the budgets).
struct Row<'a> {
    set: String,
    system: &'a str,
    cells: Vec<RougeScores>,
}

/// The table: per set, a row per system; then the macro-average over the sets (each set
/// counting once, whatever its size). Each row ends with the mean over its budgets, which on
/// the macro-average rows is each system's overall figure. Per set and column, the best R-1
/// is marked (`*` in text, bold in Markdown).
pub fn render(systems: &[&str], budgets: &[String], sets: &[SetResult], markdown: bool) -> String {
    let mut groups: Vec<Vec<Row>> = Vec::new();
    for set in sets {
        let label = format!("{} ({}, {})", set.name, set.records, set.languages);
        groups.push(
            systems
                .iter()
                .zip(&set.means)
                .map(|(&system, means)| Row {
                    set: label.clone(),
                    system,
                    cells: with_mean(means.clone()),
                })
                .collect(),
        );
    }
    if !sets.is_empty() {
        let label = format!("macro-average ({} sets)", sets.len());
        groups.push(
            (0..systems.len())
                .map(|s| Row {
                    set: label.clone(),
                    system: systems[s],
                    cells: with_mean(
                        (0..budgets.len())
                            .map(|b| RougeScores::mean(sets.iter().map(|set| &set.means[s][b])))
                            .collect(),
                    ),
                })
                .collect(),
        );
    }
    let mut headers: Vec<String> = budgets.to_vec();
    headers.push("mean".into());

    let mut out = String::new();
    let _ = writeln!(
        out,
        "ROUGE F1 x 100, R-1 / R-2 / R-Lsum; mean = mean over the budgets; best R-1 per set and column marked"
    );
    for set in sets {
        let _ = writeln!(
            out,
            "{}{}: {} records ({}), ROUGE {}",
            if markdown { "- " } else { "" },
            set.name,
            set.records,
            set.languages,
            set.conventions
        );
    }
    let _ = writeln!(out);
    if markdown {
        markdown_table(&mut out, &headers, &groups);
    } else {
        text_table(&mut out, &headers, &groups);
    }
    out
}

/// `cells` followed by their mean.
fn with_mean(mut cells: Vec<RougeScores>) -> Vec<RougeScores> {
    let mean = RougeScores::mean(&cells);
    cells.push(mean);
    cells
}

fn percent(value: f64) -> String {
    format!("{:.2}", 100.0 * value)
}

/// Whether row `row`'s R-1 in column `column` is the best of its group, as printed.
fn is_best(group: &[Row], row: usize, column: usize) -> bool {
    let printed = |r: &Row| {
        percent(r.cells[column].rouge1.f1)
            .parse::<f64>()
            .unwrap_or(0.0)
    };
    let best = group.iter().map(printed).fold(f64::NEG_INFINITY, f64::max);
    group.len() > 1 && printed(&group[row]) == best
}

fn text_table(out: &mut String, headers: &[String], groups: &[Vec<Row>]) {
    let set_width = groups
        .iter()
        .flatten()
        .map(|r| r.set.chars().count())
        .max()
        .unwrap_or(0)
        .max(3);
    let system_width = groups
        .iter()
        .flatten()
        .map(|r| r.system.len())
        .max()
        .unwrap_or(0)
        .max(6);
    let _ = write!(out, "{:<set_width$}  {:<system_width$}", "set", "system");
    for header in headers {
        let _ = write!(out, "  {header:<22}");
    }
    trim_line_end(out);
    let _ = writeln!(out);
    for group in groups {
        for (i, row) in group.iter().enumerate() {
            let set = if i == 0 { row.set.as_str() } else { "" };
            let _ = write!(out, "{set:<set_width$}  {:<system_width$}", row.system);
            for (column, cell) in row.cells.iter().enumerate() {
                let mark = if is_best(group, i, column) { "*" } else { "" };
                let text = format!(
                    "{}{mark} / {} / {}",
                    percent(cell.rouge1.f1),
                    percent(cell.rouge2.f1),
                    percent(cell.rouge_lsum.f1)
                );
                let _ = write!(out, "  {text:<22}");
            }
            trim_line_end(out);
            let _ = writeln!(out);
        }
    }
}

/// Drops the padding after the last column.
fn trim_line_end(out: &mut String) {
    out.truncate(out.trim_end_matches(' ').len());
}

fn markdown_table(out: &mut String, headers: &[String], groups: &[Vec<Row>]) {
    let _ = write!(out, "| set | system |");
    for header in headers {
        let _ = write!(out, " {header} |");
    }
    let _ = writeln!(out);
    let _ = write!(out, "|---|---|");
    for _ in headers {
        let _ = write!(out, "---|");
    }
    let _ = writeln!(out);
    for group in groups {
        for (i, row) in group.iter().enumerate() {
            let set = if i == 0 { row.set.as_str() } else { "" };
            let _ = write!(out, "| {set} | {} |", row.system);
            for (column, cell) in row.cells.iter().enumerate() {
                let r1 = percent(cell.rouge1.f1);
                let r1 = if is_best(group, i, column) {
                    format!("**{r1}**")
                } else {
                    r1
                };
                let _ = write!(
                    out,
                    " {r1} / {} / {} |",
                    percent(cell.rouge2.f1),
                    percent(cell.rouge_lsum.f1)
                );
            }
            let _ = writeln!(out);
        }
    }
}
