//! `summarize`: the command-line face of salient.
//!
//! ```text
//! cargo run --release --example summarize -- [OPTIONS] [FILE]
//! ```
//!
//! Summarises a text file (`-` for standard input; none: the bundled sample article), or with
//! `--jsonl` a stream of JSON Lines records, one summary line per record. Run with `--help` for
//! every option.
//!
//! ```text
//! # The three best sentences of the bundled sample, in document order
//! cargo run --release --example summarize
//! # One sentence of a German file, as JSON with byte offsets and scores
//! cargo run --release --example summarize -- -k 1 --lang de --format json artikel.txt
//! # A summary of at most 60 words from standard input
//! cat report.txt | cargo run --release --example summarize -- --words 60 -
//! # Many documents at once, on 4 threads
//! cargo run --release --example summarize -- --jsonl --threads 4 docs.jsonl > summaries.jsonl
//! # How the splitter cuts a text into sentences
//! cargo run --release --example summarize -- --split notes.txt
//! ```
//!
//! # Output
//!
//! - `--format text` (default): the selected sentences, one per line. A sentence that spans
//!   several lines is printed on one: each run of white space containing a line break becomes a
//!   single space.
//! - `--format json`: `{"sentences":[{"index","start","end","text","score","rank"}, ...]}` where
//!   `start..end` is the byte range of `text` in the input (a leading UTF-8 byte order mark is
//!   skipped but still counted, so offsets index the file's bytes) and `rank` is 0 for the best
//!   sentence of the document.
//! - `--split`: every sentence, one per line; with `--format json`, `{"sentences":["...", ...]}`.
//!
//! # JSON Lines
//!
//! With `--jsonl`, each input line is a record `{"id", "text", "lang"?, "k"?, "words"?}`; `lang`
//! (an ISO 639-1 code), `k` (sentences) and `words` (a word budget) override the flags for that
//! record, and `id` (any JSON value) is echoed back. Every input line that is not blank gives
//! exactly one output line, in input order: `{"id", "sentences": [...]}` with sentence objects as
//! above (offsets are byte offsets into the UTF-8 text of the record's `text`), or with `--split`
//! `{"id", "sentences": ["...", ...]}`. A record that cannot be processed (malformed JSON, invalid
//! UTF-8, missing or non-string `text`, unknown `lang`, bad `k`) gives
//! `{"id": <id or null>, "error": "<message>", "line": <input line number>}` and the others still
//! run. Blank lines are skipped. Without FILE, `--jsonl` reads standard input. Records are read in
//! bounded chunks and each chunk is summarised in parallel, so memory stays bounded on inputs of
//! any size and the output does not depend on the number of threads.
//!
//! # Exit status
//!
//! 0 on success, also when a reader closes the output early (`| head -1`); 2 with a one-line
//! message on standard error starting with `summarize: ` for a bad option, an unreadable file or
//! input that is not UTF-8 (outside `--jsonl`).

use std::borrow::Cow;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use rayon::prelude::*;
use salient::{Language, Length, Order, Sentence, Span, Summarizer};
use serde_json::{Map, Value};

/// Embedded so that the default run works from any directory.
const SAMPLE: &str = include_str!("data/pakistan-russia-visit.txt");

/// A chunk of JSON Lines input ends after this many lines or bytes, whichever comes first: large
/// enough to keep every thread busy, small enough to bound memory.
const CHUNK_LINES: usize = 1_000;
const CHUNK_BYTES: usize = 8 << 20;

const HELP: &str = "\
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
  --lang CODE          language, an ISO 639-1 code (en, de, fr, es, ru, ...); default en
  --format text|json   text: the sentences, one per line (default); json:
                       {\"sentences\":[{\"index\",\"start\",\"end\",\"text\",\"score\",\"rank\"}...]}
                       with start/end byte offsets into the input
  --order document|rank
                       sentence order: as in the document (default) or best first
  --jsonl              input is JSON Lines {\"id\",\"text\", optional \"lang\",\"k\",\"words\"};
                       one output line {\"id\",\"sentences\":[...]} per non-blank input line,
                       in input order, or {\"id\",\"error\",\"line\"} for a bad record;
                       records are processed in parallel
  --split              print the sentence split only (text: one per line; json and --jsonl:
                       {\"sentences\":[\"...\", ...]})
  --threads N          threads for --jsonl (N >= 1; default: one per core)
  -h, --help           print this help

Exit status: 0 on success, 2 on bad options or unreadable input (message on stderr).
";

fn main() -> ExitCode {
    match run(std::env::args_os().skip(1)) {
        // A reader that stops early (`| head -1`) is not an error: there is nothing to say.
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Message(message)) => {
            // One line, whatever the message quotes (a file name may hold a line break).
            let message = message.replace(['\n', '\r'], " ");
            // Nothing better to do if stderr is gone too; `eprintln!` would panic instead.
            let _ = writeln!(io::stderr().lock(), "summarize: {message}");
            ExitCode::from(2)
        }
    }
}

/// Why the program stopped early.
enum Failure {
    /// A message for standard error (exit 2).
    Message(String),
    /// Standard output was closed by its reader (exit 0, silently).
    BrokenPipe,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Message(message)
    }
}

/// Classifies an error writing standard output.
fn write_failure(error: io::Error) -> Failure {
    if error.kind() == io::ErrorKind::BrokenPipe {
        Failure::BrokenPipe
    } else {
        Failure::Message(format!("cannot write output: {error}"))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(Debug)]
enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

#[derive(Debug)]
struct Options {
    input: Input,
    length: Length,
    language: Language,
    format: Format,
    order: Order,
    jsonl: bool,
    split: bool,
    threads: Option<usize>,
}

enum Command {
    Help,
    Run(Options),
}

fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), Failure> {
    let options = match parse_args(args)? {
        Command::Help => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(HELP.as_bytes()).map_err(write_failure)?;
            return stdout.flush().map_err(write_failure);
        }
        Command::Run(options) => options,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if options.jsonl {
        let pool = rayon::ThreadPoolBuilder::new()
            // 0 lets rayon choose (RAYON_NUM_THREADS or one thread per core).
            .num_threads(options.threads.unwrap_or(0))
            .build()
            .map_err(|e| format!("cannot start threads: {e}"))?;
        let input = open_lines(&options.input)?;
        run_jsonl(&options, input, &pool, &mut out)?;
    } else {
        run_plain(&options, &mut out)?;
    }
    out.flush().map_err(write_failure)
}

// ---------------------------------------------------------------------------------------------
// Arguments

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_args(args);
    let mut input = None;
    // The length flag as given, kept to name both flags when a second one comes.
    let mut length: Option<(String, Length)> = None;
    let mut language = Language::English;
    let mut format = None;
    let mut order = None;
    let mut jsonl = false;
    let mut split = false;
    let mut threads = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Short('k') | Long("sentences") | Long("words") | Long("chars") | Long("ratio") => {
                let flag = match arg {
                    Short(c) => format!("-{c}"),
                    Long(name) => format!("--{name}"),
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
                language = raw.parse::<Language>().map_err(|e| e.to_string())?;
            }
            Long("format") => {
                let raw = value_of(&mut parser)?;
                format = Some(match raw.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    _ => return Err(format!("unknown format {raw:?}: expected text or json")),
                });
            }
            Long("order") => {
                let raw = value_of(&mut parser)?;
                order = Some(match raw.as_str() {
                    "document" => Order::Document,
                    "rank" => Order::Rank,
                    _ => return Err(format!("unknown order {raw:?}: expected document or rank")),
                });
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
            Short('h') | Long("help") => return Ok(Command::Help),
            Value(value) if input.is_none() => {
                input = Some(if value == "-" {
                    Input::Stdin
                } else {
                    Input::File(PathBuf::from(value))
                });
            }
            Value(value) => {
                return Err(format!(
                    "unexpected argument {:?}: give at most one FILE",
                    value.to_string_lossy()
                ));
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
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
    if jsonl && format == Some(Format::Text) {
        return Err(
            "--jsonl always writes JSON Lines: it cannot be combined with --format text".into(),
        );
    }
    let input = input.unwrap_or(if jsonl { Input::Stdin } else { Input::Sample });
    Ok(Command::Run(Options {
        input,
        length: length.map_or_else(Length::default, |(_, length)| length),
        language,
        format: format.unwrap_or(Format::Text),
        order: order.unwrap_or_default(),
        jsonl,
        split,
        threads,
    }))
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

// ---------------------------------------------------------------------------------------------
// One document

fn run_plain(options: &Options, out: &mut impl Write) -> Result<(), Failure> {
    let owned;
    let text = match &options.input {
        Input::Sample => SAMPLE,
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            owned = into_text(bytes, "standard input")?;
            &owned
        }
        Input::File(path) => {
            refuse_directory(path)?;
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            owned = into_text(bytes, &path.display().to_string())?;
            &owned
        }
    };
    // Editors on Windows start files with a byte order mark; it is not part of the first
    // sentence, but offsets still count it so they index the file's bytes.
    let base = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let body = &text[base..];
    let summarizer = build_summarizer(options.language, options.order)?;

    let written = if options.split {
        let sentences = summarizer.splitter().sentences(body);
        match options.format {
            Format::Text => sentences
                .into_iter()
                .try_for_each(|sentence| write_text_line(out, sentence)),
            Format::Json => {
                write_split_json(out, None, sentences).and_then(|()| out.write_all(b"\n"))
            }
        }
    } else {
        let summary = summarizer.summarize_with(body, options.length);
        match options.format {
            Format::Text => summary
                .iter()
                .try_for_each(|sentence| write_text_line(out, sentence.text)),
            Format::Json => write_summary_json(out, None, summary.sentences(), base)
                .and_then(|()| out.write_all(b"\n")),
        }
    };
    written.map_err(write_failure)
}

/// `fs::read` on a directory fails with a platform-specific message (or, on some systems, not
/// at all); say plainly what is wrong instead.
fn refuse_directory(path: &std::path::Path) -> Result<(), String> {
    if path.is_dir() {
        Err(format!(
            "{}: is a directory, expected a text file",
            path.display()
        ))
    } else {
        Ok(())
    }
}

fn into_text(bytes: Vec<u8>, source: &str) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{source}: invalid UTF-8 at byte {}: expected UTF-8 text",
            e.utf8_error().valid_up_to()
        )
    })
}

fn build_summarizer(language: Language, order: Order) -> Result<Summarizer, String> {
    Summarizer::builder()
        .language(language)
        .order(order)
        .build()
        .map_err(|e| e.to_string())
}

/// Writes `text` and a line feed, keeping a sentence that spans lines on one output line.
fn write_text_line(out: &mut impl Write, text: &str) -> io::Result<()> {
    out.write_all(one_line(text).as_bytes())?;
    out.write_all(b"\n")
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `text` with each run of white space that contains a line break replaced by one space; other
/// white space is kept as it is.
fn one_line(text: &str) -> Cow<'_, str> {
    if !text.contains(is_line_break) {
        return Cow::Borrowed(text);
    }
    let mut line = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(is_line_break) {
        line.push_str(rest[..at].trim_end());
        line.push(' ');
        // Every line-break character is white space, so this also drops the break itself.
        rest = rest[at..].trim_start();
    }
    line.push_str(rest);
    Cow::Owned(line)
}

// ---------------------------------------------------------------------------------------------
// JSON output, written by hand around serde_json's string and number encoding so that keys come
// out in the documented order.

/// `{"id":..,"sentences":[{"index","start","end","text","score","rank"},...]}`, without `id`
/// when it is `None`. `base` is added to the offsets.
fn write_summary_json(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: &[Sentence<'_>],
    base: usize,
) -> io::Result<()> {
    open_object(out, id)?;
    for (i, sentence) in sentences.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let Span { start, end } = sentence.span;
        write!(
            out,
            "{{\"index\":{},\"start\":{},\"end\":{},\"text\":",
            sentence.index,
            start + base,
            end + base
        )?;
        serde_json::to_writer(&mut *out, sentence.text)?;
        out.write_all(b",\"score\":")?;
        serde_json::to_writer(&mut *out, &sentence.score)?;
        write!(out, ",\"rank\":{}}}", sentence.rank)?;
    }
    out.write_all(b"]}")
}

/// `{"id":..,"sentences":["...",...]}`, without `id` when it is `None`.
fn write_split_json<'t>(
    out: &mut impl Write,
    id: Option<&Value>,
    sentences: impl IntoIterator<Item = &'t str>,
) -> io::Result<()> {
    open_object(out, id)?;
    for (i, sentence) in sentences.into_iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, sentence)?;
    }
    out.write_all(b"]}")
}

/// `{"id":..,"sentences":[` or `{"sentences":[`.
fn open_object(out: &mut impl Write, id: Option<&Value>) -> io::Result<()> {
    out.write_all(b"{")?;
    if let Some(id) = id {
        out.write_all(b"\"id\":")?;
        serde_json::to_writer(&mut *out, id)?;
        out.write_all(b",")?;
    }
    out.write_all(b"\"sentences\":[")
}

// ---------------------------------------------------------------------------------------------
// JSON Lines

fn open_lines(input: &Input) -> Result<Box<dyn BufRead>, String> {
    match input {
        Input::Sample | Input::Stdin => Ok(Box::new(BufReader::new(io::stdin()))),
        Input::File(path) => {
            refuse_directory(path)?;
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Box::new(BufReader::new(file)))
        }
    }
}

fn run_jsonl(
    options: &Options,
    mut input: Box<dyn BufRead>,
    pool: &rayon::ThreadPool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let summarizers = Summarizers::new(options.order);
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut line_number = 0;
    let mut at_end = false;
    while !at_end {
        chunk.clear();
        let mut bytes = 0;
        while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            let read = input
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("cannot read input: {e}"))?;
            if read == 0 {
                at_end = true;
                break;
            }
            line_number += 1;
            bytes += read;
            if !line.iter().all(u8::is_ascii_whitespace) {
                chunk.push((line_number, line));
            }
        }
        // Reading and writing stay on this thread; only the summarising is spread out, and
        // `collect` keeps input order.
        let answers: Vec<Vec<u8>> = pool
            .install(|| {
                chunk
                    .par_iter()
                    .map(|(number, line)| answer_record(line, *number, options, &summarizers))
                    .collect::<io::Result<_>>()
            })
            .map_err(write_failure)?;
        for answer in &answers {
            out.write_all(answer).map_err(write_failure)?;
        }
    }
    Ok(())
}

/// One output line (with its line feed) for one input line.
fn answer_record(
    line: &[u8],
    number: usize,
    options: &Options,
    summarizers: &Summarizers,
) -> io::Result<Vec<u8>> {
    let mut answer = Vec::new();
    match parse_record(line, options) {
        Ok(record) => match summarizers.get(record.language) {
            Ok(summarizer) => {
                let text = record.text.as_str();
                if options.split {
                    let sentences = summarizer.splitter().sentences(text);
                    write_split_json(&mut answer, Some(&record.id), sentences)?;
                } else {
                    let summary = summarizer.summarize_with(text, record.length);
                    write_summary_json(&mut answer, Some(&record.id), summary.sentences(), 0)?;
                }
            }
            Err(message) => write_error_record(&mut answer, &record.id, &message, number)?,
        },
        Err(RecordError { id, message }) => {
            write_error_record(&mut answer, &id, &message, number)?;
        }
    }
    answer.push(b'\n');
    Ok(answer)
}

fn write_error_record(
    out: &mut impl Write,
    id: &Value,
    message: &str,
    number: usize,
) -> io::Result<()> {
    out.write_all(b"{\"id\":")?;
    serde_json::to_writer(&mut *out, id)?;
    out.write_all(b",\"error\":")?;
    serde_json::to_writer(&mut *out, message)?;
    write!(out, ",\"line\":{number}}}")
}

/// A valid input record with the flags' defaults filled in.
struct Record {
    id: Value,
    text: String,
    language: Language,
    length: Length,
}

/// Why a record was rejected, with its id when it could be read.
struct RecordError {
    id: Value,
    message: String,
}

fn parse_record(line: &[u8], options: &Options) -> Result<Record, RecordError> {
    let fail = |id: &Value, message: String| RecordError {
        id: id.clone(),
        message,
    };
    let null = Value::Null;
    let line = std::str::from_utf8(line).map_err(|e| {
        fail(
            &null,
            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
        )
    })?;
    let value: Value =
        serde_json::from_str(line).map_err(|e| fail(&null, format!("malformed JSON: {e}")))?;
    let Value::Object(mut record) = value else {
        return Err(fail(&null, "expected a JSON object".into()));
    };
    let id = record.remove("id").unwrap_or(Value::Null);
    let text = match record.remove("text") {
        Some(Value::String(text)) => text,
        None => return Err(fail(&id, "missing \"text\"".into())),
        Some(_) => return Err(fail(&id, "\"text\" must be a string".into())),
    };
    let language = match record.get("lang") {
        None | Some(Value::Null) => options.language,
        Some(Value::String(code)) => code
            .parse::<Language>()
            .map_err(|e| fail(&id, e.to_string()))?,
        Some(_) => return Err(fail(&id, "\"lang\" must be a string".into())),
    };
    let k = record_count(&record, "k").map_err(|message| fail(&id, message))?;
    let words = record_count(&record, "words").map_err(|message| fail(&id, message))?;
    let length = match (k, words) {
        (Some(_), Some(_)) => {
            return Err(fail(&id, "give at most one of \"k\" and \"words\"".into()));
        }
        (Some(k), None) => Length::sentences(k),
        (None, Some(words)) => Length::words(words),
        (None, None) => options.length,
    };
    Ok(Record {
        id,
        text,
        language,
        length,
    })
}

/// An optional whole-number field of a record; `null` counts as absent.
fn record_count(record: &Map<String, Value>, key: &str) -> Result<Option<usize>, String> {
    match record.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("invalid \"{key}\" {value}: expected a whole number >= 0")),
    }
}

/// One summariser per language, built on first use and shared by every thread.
struct Summarizers {
    order: Order,
    slots: Vec<(Language, OnceLock<Result<Summarizer, String>>)>,
}

impl Summarizers {
    fn new(order: Order) -> Summarizers {
        Summarizers {
            order,
            slots: Language::ALL
                .iter()
                .map(|&language| (language, OnceLock::new()))
                .collect(),
        }
    }

    fn get(&self, language: Language) -> Result<Cow<'_, Summarizer>, String> {
        match self.slots.iter().find(|(known, _)| *known == language) {
            Some((_, slot)) => slot
                .get_or_init(|| build_summarizer(language, self.order))
                .as_ref()
                .map(Cow::Borrowed)
                .map_err(Clone::clone),
            // `Language::ALL` lists every language today; a newer library might parse one it
            // does not list, which still works, just without the cache.
            None => build_summarizer(language, self.order).map(Cow::Owned),
        }
    }
}
