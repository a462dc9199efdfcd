//! Command-line arguments: parsing with lexopt and checking them before any work starts.

use std::ffi::OsString;
use std::path::PathBuf;

use salient::{Algorithm, Format, Language, Length, Order, Units};

/// The text of `--help`.
pub const HELP: &str = "\
summarize: extractive summaries of text with salient

usage: cargo run --release --example summarize -- [OPTIONS] [FILE]

  FILE                 text file to summarise, '-' for standard input; none: the bundled
                       sample article (with --jsonl: standard input)

length (give at most one; default: 3 sentences):
  -k, --sentences N    the N best sentences
  --ratio R            a share R in 0..=1 of the document's sentences (at least one if R > 0)
  --words N            best sentences while their words add up to at most N
  --chars N            best sentences while their characters add up to at most N

options:
  --lang CODE          language: an ISO 639-1 or 639-3 code or English name (en, de, hy, zh,
                       kor, ...; 36 languages, see the README); default en.
                       auto: detect each document's language, falling back to neutral when
                       detection fails (JSON output then gains \"lang\": the code used, or
                       null); neutral: no stemming or stopwords, for any language and script
  --format text|json   output: the sentences, one per line (default), or json:
                       {\"sentences\":[{\"document\",\"index\",\"start\",\"end\",\"text\",
                       \"score\",\"rank\",\"breakdown\",\"pieces\"?}...]} with start/end byte
                       offsets into the input
  --format text|html|markdown|auto
                       input: extract the text first (may be given with --format json): text
                       cleans PDF and mail text (hard wraps joined, hyphenation undone, page
                       numbers, headers, quoted replies and signatures dropped), html takes a
                       web page's article body, markdown a file's prose, auto recognises which;
                       offsets still point into the input, and \"pieces\" lists the input
                       spans of a sentence read across markup. Default: the input as it is
  --extract            print the extracted text instead of a summary (--jsonl: {\"id\",
                       \"text\"}); the input format defaults to auto
  --cluster FILE FILE...
                       one summary of several documents (news on one event, reviews): each
                       sentence's \"document\" is the index of its FILE
  --algorithm NAME     scoring method: default, lead, textrank, lexrank, luhn, edmundson,
                       sumbasic, klsum or lsa (default: default)
  --order document|rank
                       sentence order: as in the document (default) or best first
  --redundancy W       redundancy control, W in 0..=1 (default 0, off): each next sentence is
                       the best by score discounted by W x its similarity to those already
                       taken, so a repeat gives way to a sentence that says something else
  --query TEXT         summarise for a question or a few words: the sentences that answer it
                       (with --jsonl, for records without their own \"query\"); in a
                       transcript, the utterances of the speakers it names come first
  --units auto|sentences|lines
                       what the units are: sentences, or whole lines as in a transcript with
                       one \"Speaker: words\" utterance a line; auto (default) takes lines when
                       most lines look like that
  --jsonl              input is JSON Lines {\"id\",\"text\", optional \"lang\",\"k\",\"words\",
                       \"query\",\"keyphrases\",\"format\"}, or a cluster {\"id\",
                       \"documents\":[{\"text\",\"title\"?,\"date\"?}...]} with the same
                       options; one output line {\"id\",\"sentences\":[...]} per non-blank
                       input line, in input order, or {\"id\",\"error\",\"line\"} for a bad
                       record; records are processed in parallel
  --keyphrases N       also the N best keyphrases: in text, one per line after the summary
                       and a blank line; in json and --jsonl,
                       \"keyphrases\":[{\"text\",\"score\",\"spans\"}...] with the byte spans of
                       every occurrence; a --jsonl record's \"keyphrases\": N overrides it
  --split              print the sentence split only (text: one per line; json and --jsonl:
                       {\"sentences\":[\"...\", ...]})
  --threads N          threads for --jsonl and --fit-idf (N >= 1; default: one per core);
                       with 1, reading, summarising and writing share that one thread
  --idf MODEL          weight terms by a corpus IDF model (from --fit-idf) instead of by the
                       document's own sentences; the model's language must match --lang
  -h, --help           print this help

corpus IDF models (instead of summarising):
  --fit-idf OUT [FILE] fit an IDF model on the JSON Lines records {\"text\"} of FILE (default:
                       standard input; --jsonl is implied), each text one document, with the
                       --lang language, and save it to OUT; the model is the same whatever
                       --threads is. Example: --fit-idf news.idf --jsonl news.jsonl
  --merge-idf OUT MODEL...
                       add up the documents and document frequencies of the models (fitted
                       with the same settings, e.g. on shards of a corpus) and save them to
                       OUT. Example: --merge-idf all.idf part1.idf part2.idf

Exit status: 0 on success, 2 on bad options or unreadable input (message on stderr).
";

/// The `--lang` value (or a record's `"lang"`): a language, detection, or neutral analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageChoice {
    Fixed(Language),
    Auto,
    Neutral,
}

impl LanguageChoice {
    /// Every choice, for the per-language summariser cache.
    pub fn all() -> impl Iterator<Item = LanguageChoice> {
        Language::ALL
            .iter()
            .map(|&language| LanguageChoice::Fixed(language))
            .chain([LanguageChoice::Auto, LanguageChoice::Neutral])
    }
}

impl std::str::FromStr for LanguageChoice {
    type Err = String;

    fn from_str(raw: &str) -> Result<LanguageChoice, String> {
        if raw.eq_ignore_ascii_case("auto") {
            if cfg!(feature = "detect") {
                Ok(LanguageChoice::Auto)
            } else {
                Err("--lang auto needs the `detect` feature".into())
            }
        } else if raw.eq_ignore_ascii_case("neutral") {
            Ok(LanguageChoice::Neutral)
        } else {
            raw.parse::<Language>()
                .map(LanguageChoice::Fixed)
                .map_err(|e| e.to_string())
        }
    }
}

/// How plain (not `--jsonl`) output is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Text,
    Json,
}

/// Where the text comes from.
#[derive(Debug)]
pub enum Input {
    Sample,
    Stdin,
    File(PathBuf),
    /// `--cluster`: the documents of one cluster, each a file or `-`.
    Cluster(Vec<PathBuf>),
}

/// Everything the command line asked for, validated.
#[derive(Debug)]
pub struct Options {
    pub input: Input,
    pub length: Length,
    pub language: LanguageChoice,
    /// `--format text|html|markdown|auto`: extract the input's text first.
    pub input_format: Option<Format>,
    /// `--format text|json` for the output (`--jsonl` always writes JSON).
    pub output: Output,
    /// `--extract`: print the extracted text, not a summary.
    pub extract: bool,
    pub order: Order,
    pub algorithm: Algorithm,
    /// `--redundancy`: the weight of redundancy control, 0 for off.
    pub redundancy: f32,
    /// `--query`: summarise for this query.
    pub query: Option<String>,
    /// `--units`: sentences, lines, or recognised from the text.
    pub units: Units,
    pub jsonl: bool,
    pub split: bool,
    pub threads: Option<usize>,
    /// `--keyphrases N`: the keyphrases to give besides the summary, if asked.
    pub keyphrases: Option<usize>,
    /// `--idf`: the corpus IDF model to summarise with.
    pub idf: Option<PathBuf>,
    pub task: Task,
}

/// What a run does with its input.
#[derive(Debug)]
pub enum Task {
    /// Summarise (or with `--split`, split) the input.
    Summarize,
    /// `--fit-idf OUT`: fit an IDF model on the JSON Lines input and save it to `OUT`.
    FitIdf(PathBuf),
    /// `--merge-idf OUT MODEL...`: merge the models and save the result to `OUT`.
    MergeIdf {
        output: PathBuf,
        models: Vec<PathBuf>,
    },
}

/// What to do.
pub enum Command {
    Help,
    Run(Box<Options>),
}

/// Parses and checks the arguments (without the program name).
pub fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_args(args);
    // Positional arguments: one FILE, or with --merge-idf the models to merge.
    let mut values: Vec<OsString> = Vec::new();
    let mut idf = None;
    let mut fit_idf = None;
    let mut merge_idf = None;
    // The length flag as given, kept to name both flags when a second one comes.
    let mut length: Option<(String, Length)> = None;
    let mut language = LanguageChoice::Fixed(Language::English);
    let mut output = None;
    let mut input_format: Option<Format> = None;
    let mut extract = false;
    let mut cluster = false;
    let mut order = None;
    let mut algorithm = Algorithm::Default;
    let mut redundancy = None;
    let mut query = None;
    let mut units = None;
    let mut jsonl = false;
    let mut split = false;
    let mut threads = None;
    let mut keyphrases = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('k') | Long("sentences") | Long("words") | Long("chars") | Long("ratio") => {
                let flag = match arg {
                    Short(c) => format!("-{c}"),
                    Long(name) => format!("--{name}"),
                    // Not reachable: this arm only matches options.
                    Value(_) => String::new(),
                };
                let raw = value_of(&mut parser)?;
                let value = match flag.as_str() {
                    "--ratio" => parse_ratio(&raw)?,
                    "--words" => Length::words(parse_count(&raw, &flag)?),
                    "--chars" => Length::chars(parse_count(&raw, &flag)?),
                    _ => Length::sentences(parse_count(&raw, &flag)?),
                };
                let given = format!("{flag} {raw}");
                if let Some((first, _)) = &length {
                    return Err(format!(
                        "give at most one length option (-k/--sentences, --ratio, --words, \
                         --chars): got {first} and {given}"
                    ));
                }
                length = Some((given, value));
            }
            Long("lang") => {
                let raw = value_of(&mut parser)?;
                language = raw.parse::<LanguageChoice>()?;
            }
            Long("format") => {
                // One flag for both sides, as the formats' names do not overlap but for `text`,
                // which is both defaults: `json` is the output, the others the input.
                let raw = value_of(&mut parser)?;
                if raw == "json" {
                    output = Some(Output::Json);
                } else {
                    let format = raw.parse::<Format>().map_err(|_| {
                        format!(
                            "unknown format {raw:?}: expected json (output) or one of {} (input)",
                            Format::NAMES.join(", ")
                        )
                    })?;
                    if let Some(given) = input_format.filter(|&given| given != format) {
                        return Err(format!(
                            "two input formats given: {given} and {format}; give one"
                        ));
                    }
                    input_format = Some(format);
                }
            }
            Long("extract") => extract = true,
            Long("cluster") => cluster = true,
            Long("order") => {
                let raw = value_of(&mut parser)?;
                order = Some(match raw.as_str() {
                    "document" => Order::Document,
                    "rank" => Order::Rank,
                    _ => return Err(format!("unknown order {raw:?}: expected document or rank")),
                });
            }
            Long("algorithm") => {
                let raw = value_of(&mut parser)?;
                algorithm = Algorithm::from_name(&raw).ok_or_else(|| {
                    format!(
                        "unknown algorithm {raw:?}: expected one of {}",
                        Algorithm::NAMES.join(", ")
                    )
                })?;
            }
            Long("query") => {
                let raw = value_of(&mut parser)?;
                if raw.trim().is_empty() {
                    return Err("--query needs a question or a few words".into());
                }
                query = Some(raw);
            }
            Long("units") => {
                let raw = value_of(&mut parser)?;
                units = Some(match raw.as_str() {
                    "auto" => Units::Auto,
                    "sentences" => Units::Sentences,
                    "lines" => Units::Lines,
                    _ => {
                        return Err(format!(
                            "unknown units {raw:?}: expected auto, sentences or lines"
                        ));
                    }
                });
            }
            Long("redundancy") => {
                let raw = value_of(&mut parser)?;
                match raw.parse::<f32>() {
                    Ok(weight) if (0.0..=1.0).contains(&weight) => redundancy = Some(weight),
                    _ => {
                        return Err(format!(
                            "invalid value {raw:?} for --redundancy: expected a number in 0..=1"
                        ));
                    }
                }
            }
            Long("jsonl") => jsonl = true,
            Long("split") => split = true,
            Long("threads") => {
                let raw = value_of(&mut parser)?;
                match raw.parse::<usize>() {
                    Ok(n) if n >= 1 => threads = Some(n),
                    _ => {
                        return Err(format!(
                            "invalid value {raw:?} for --threads: expected a whole number >= 1"
                        ));
                    }
                }
            }
            Long("keyphrases") => {
                let raw = value_of(&mut parser)?;
                keyphrases = Some(parse_count(&raw, "--keyphrases")?);
            }
            Long("idf") => idf = Some(path_of(&mut parser)?),
            Long("fit-idf") => fit_idf = Some(path_of(&mut parser)?),
            Long("merge-idf") => merge_idf = Some(path_of(&mut parser)?),
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(value) => values.push(value),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let task = match (fit_idf, merge_idf) {
        (Some(_), Some(_)) => {
            return Err("give at most one of --fit-idf and --merge-idf".into());
        }
        (Some(output), None) => Task::FitIdf(output),
        (None, Some(output)) => {
            if values.is_empty() {
                return Err("--merge-idf OUT needs at least one MODEL file to merge".into());
            }
            let models = values.drain(..).map(PathBuf::from).collect();
            Task::MergeIdf { output, models }
        }
        (None, None) => Task::Summarize,
    };
    if cluster {
        if jsonl {
            return Err(
                "--cluster reads FILE arguments; with --jsonl, give each record \
                        \"documents\" instead"
                    .into(),
            );
        }
        if values.len() < 2 {
            return Err("--cluster needs at least two FILE arguments".into());
        }
    } else if let Some(extra) = values.get(1) {
        return Err(format!(
            "unexpected argument {:?}: give at most one FILE (or --cluster FILE...)",
            extra.to_string_lossy()
        ));
    }
    let input = if cluster {
        Some(Input::Cluster(
            values.drain(..).map(PathBuf::from).collect(),
        ))
    } else {
        values.pop().map(|value| {
            if value == "-" {
                Input::Stdin
            } else {
                Input::File(PathBuf::from(value))
            }
        })
    };
    if !matches!(task, Task::Summarize) {
        let given = [
            (length.is_some(), "length option"),
            (split, "--split"),
            (order.is_some(), "--order"),
            (output.is_some() || input_format.is_some(), "--format"),
            (extract, "--extract"),
            (cluster, "--cluster"),
            (idf.is_some(), "--idf"),
            (redundancy.is_some(), "--redundancy"),
            (query.is_some(), "--query"),
            (units.is_some(), "--units"),
            (keyphrases.is_some(), "--keyphrases"),
        ];
        if let Some((_, flag)) = given.iter().find(|(given, _)| *given) {
            return Err(format!(
                "--fit-idf and --merge-idf build models and print no summaries: they take no \
                 {flag}"
            ));
        }
    }
    if let (Task::MergeIdf { .. }, true) = (&task, jsonl) {
        return Err("--merge-idf reads models, not JSON Lines: it takes no --jsonl".into());
    }
    let jsonl = jsonl || matches!(task, Task::FitIdf(_));
    // Refuse options that would be silently ignored, so a typo'd command line cannot look
    // like it worked.
    if let (true, Some((given, _))) = (split, &length) {
        return Err(format!(
            "--split prints every sentence: it takes no length option (got {given})"
        ));
    }
    if split && order.is_some() {
        return Err("--split prints sentences in document order: it takes no --order".into());
    }
    if split && keyphrases.is_some() {
        return Err("--split prints sentences only: it takes no --keyphrases".into());
    }
    if split && redundancy.is_some() {
        return Err("--split prints every sentence: it takes no --redundancy".into());
    }
    if split && query.is_some() {
        return Err("--split prints every sentence: it takes no --query".into());
    }
    if extract && (split || keyphrases.is_some() || query.is_some() || length.is_some()) {
        return Err(
            "--extract prints the extracted text only: it takes no --split, \
                    --keyphrases, --query or length option"
                .into(),
        );
    }
    if cluster && (split || extract) {
        return Err("--cluster summarises: it takes no --split or --extract".into());
    }
    if matches!(task, Task::FitIdf(_)) && language == LanguageChoice::Auto {
        return Err("--fit-idf fits one language's model: give --lang CODE, not auto".into());
    }
    let input = input.unwrap_or(if jsonl { Input::Stdin } else { Input::Sample });
    Ok(Command::Run(Box::new(Options {
        input,
        length: length.map_or_else(Length::default, |(_, length)| length),
        language,
        input_format: if extract {
            Some(input_format.unwrap_or(Format::Auto))
        } else {
            input_format
        },
        output: output.unwrap_or(Output::Text),
        extract,
        order: order.unwrap_or_default(),
        algorithm,
        redundancy: redundancy.unwrap_or(0.0),
        query,
        units: units.unwrap_or_default(),
        jsonl,
        split,
        threads,
        keyphrases,
        idf,
        task,
    })))
}

/// The value of the option just read, as a path.
fn path_of(parser: &mut lexopt::Parser) -> Result<PathBuf, String> {
    parser.value().map(PathBuf::from).map_err(|e| e.to_string())
}

/// The value of the option just read, as UTF-8.
fn value_of(parser: &mut lexopt::Parser) -> Result<String, String> {
    use lexopt::prelude::*;
    parser
        .value()
        .and_then(|value| value.string())
        .map_err(|e| e.to_string())
}

/// A whole number `>= 0` for a length flag.
fn parse_count(raw: &str, flag: &str) -> Result<usize, String> {
    raw.parse::<usize>()
        .map_err(|_| format!("invalid value {raw:?} for {flag}: expected a whole number >= 0"))
}

/// A ratio, range-checked by the library so the message is the library's own.
fn parse_ratio(raw: &str) -> Result<Length, String> {
    let ratio = raw
        .parse::<f64>()
        .map_err(|_| format!("invalid ratio {raw:?}: expected a number in 0..=1"))?;
    Length::ratio(ratio).map_err(|e| e.to_string())
}
