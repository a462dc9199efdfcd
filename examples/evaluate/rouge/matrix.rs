//! The `evaluate matrix` command: every system on every data set at every budget, in one table.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use salient::eval::RougeScores;

use super::evaluation::describe_conventions;
use super::options::{self, Arg};
use super::records::{self, ReadOptions, Record};
use super::systems::{self, Budget, System, SystemOptions};
use super::table::{self, SetResult};

const USAGE: &str = "usage: evaluate matrix FILE.jsonl... [--algorithms A,B,...] \
[--budgets k=1,k=3,k=ref,words=ref] [--markdown] [--limit N] [--convention NAME] \
[--no-stemming] [--references first|max] [--neutral] [--redundancy W]";

struct Options {
    paths: Vec<PathBuf>,
    systems: Vec<String>,
    budgets: Vec<Budget>,
    markdown: bool,
    read: ReadOptions,
    system_options: SystemOptions,
}

fn parse(args: Vec<OsString>) -> Result<Options, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let mut options = Options {
        paths: Vec::new(),
        systems: systems::names().iter().map(|&n| n.to_owned()).collect(),
        budgets: Budget::MATRIX.to_vec(),
        markdown: false,
        read: ReadOptions::default(),
        system_options: SystemOptions::default(),
    };
    let list = |value: &str| -> Vec<String> {
        value
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    while let Some(arg) = options::next(&mut parser, USAGE)? {
        if options::shared(
            &arg,
            &mut parser,
            &mut options.read,
            &mut options.system_options,
        )? {
            continue;
        }
        let name = match &arg {
            Arg::Value(value) => {
                options.paths.push(PathBuf::from(value));
                continue;
            }
            Arg::Short('h') => "help",
            Arg::Long(name) => name.as_str(),
            Arg::Short(_) => return Err(arg.unexpected(USAGE)),
        };
        match name {
            "algorithms" => options.systems = list(&options::value(&mut parser)?),
            "budgets" => {
                options.budgets = list(&options::value(&mut parser)?)
                    .iter()
                    .map(|spec| Budget::parse(spec))
                    .collect::<Result<_, _>>()?;
            }
            "markdown" => options.markdown = true,
            "help" => return Err(USAGE.into()),
            _ => return Err(arg.unexpected(USAGE)),
        }
    }
    if options.paths.is_empty() {
        return Err(format!("missing FILE.jsonl\n{USAGE}"));
    }
    if options.systems.is_empty() || options.budgets.is_empty() {
        return Err(format!(
            "--algorithms and --budgets need at least one name\n{USAGE}"
        ));
    }
    Ok(options)
}

pub fn run(args: Vec<OsString>) -> Result<(), String> {
    let options = parse(args)?;
    let started = Instant::now();
    let systems = options
        .systems
        .iter()
        .map(|name| System::new(name, options.system_options))
        .collect::<Result<Vec<System>, String>>()?;
    let mut sets = Vec::new();
    for path in &options.paths {
        let records = records::read(path, &options.read)?;
        if records.is_empty() {
            return Err(format!("no records in {}", path.display()));
        }
        let set_started = Instant::now();
        let means = evaluate(&records, &systems, &options.budgets);
        let name = set_name(path);
        eprintln!(
            "{name}: {} records in {:.1} s",
            records.len(),
            set_started.elapsed().as_secs_f64()
        );
        sets.push(SetResult {
            name,
            records: records.len(),
            languages: languages(&records),
            conventions: describe_conventions(&records, options.read.stemming),
            means,
        });
    }
    let names: Vec<&str> = systems.iter().map(System::name).collect();
    let budgets: Vec<String> = options.budgets.iter().map(|b| b.label()).collect();
    print!(
        "{}",
        table::render(&names, &budgets, &sets, options.markdown)
    );
    eprintln!(
        "matrix: {} sets, {} systems, {} budgets in {:.1} s on {} threads",
        sets.len(),
        systems.len(),
        budgets.len(),
        started.elapsed().as_secs_f64(),
        rayon::current_num_threads()
    );
    Ok(())
}

/// Mean ROUGE over `records` of each system (outer) at each budget (inner). Records run in
/// parallel; the means add up in record order, so the figures do not depend on the threads.
fn evaluate(records: &[Record], systems: &[System], budgets: &[Budget]) -> Vec<Vec<RougeScores>> {
    let per_record: Vec<Vec<RougeScores>> = records
        .par_iter()
        .map(|record| {
            systems
                .iter()
                .flat_map(|system| {
                    budgets.iter().map(move |&budget| {
                        record.score(&system.summarize(record, budget).join("\n"))
                    })
                })
                .collect()
        })
        .collect();
    (0..systems.len())
        .map(|s| {
            (0..budgets.len())
                .map(|b| RougeScores::mean(per_record.iter().map(|r| &r[s * budgets.len() + b])))
                .collect()
        })
        .collect()
}

/// The data set's folder name for `…/NAME/data.jsonl`, else the file name without extension.
fn set_name(path: &Path) -> String {
    let file = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
    if file == "data"
        && let Some(folder) = path.parent().and_then(Path::file_name)
    {
        return folder.to_string_lossy().into_owned();
    }
    file.to_owned()
}

/// The distinct language codes of the records, in order of first appearance.
fn languages(records: &[Record]) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for record in records {
        if !codes.contains(&record.code.as_str()) {
            codes.push(&record.code);
        }
    }
    codes.join(",")
}
