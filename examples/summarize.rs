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
//! # The summary and the ten best keyphrases, with their byte spans
//! cargo run --release --example summarize -- --keyphrases 10 --format json article.txt
//! # How the splitter cuts a text into sentences
//! cargo run --release --example summarize -- --split notes.txt
//! # Corpus IDF: fit a model on JSON Lines texts, merge models of shards, summarise with one
//! cargo run --release --example summarize -- --fit-idf part1.idf --jsonl part1.jsonl
//! cargo run --release --example summarize -- --merge-idf news.idf part1.idf part2.idf
//! cargo run --release --example summarize -- --idf news.idf article.txt
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
//! - `--keyphrases N`: also the N best keyphrases: in text, one per line after the summary and
//!   a blank line; in JSON, `"keyphrases":[{"text","score","spans":[{"start","end"},...]}]`
//!   with the byte spans of every occurrence.
//! - `--split`: every sentence, one per line; with `--format json`, `{"sentences":["...", ...]}`.
//!
//! # JSON Lines
//!
//! With `--jsonl`, each input line is a record `{"id", "text", "lang"?, "k"?, "words"?,
//! "keyphrases"?}`; `lang` (a language code or name, as `--lang` takes), `k` (sentences), `words` (a word budget) and
//! `keyphrases` (how many keyphrases to add) override the flags for that record, and `id` (any JSON value) is echoed back. Every input line that is not blank gives
//! exactly one output line, in input order: `{"id", "sentences": [...]}` with sentence objects as
//! above (offsets are byte offsets into the UTF-8 text of the record's `text`), or with `--split`
//! `{"id", "sentences": ["...", ...]}`. A record that cannot be processed (malformed JSON, invalid
//! UTF-8, missing or non-string `text`, unknown `lang`, bad `k`) gives
//! `{"id": <id or null>, "error": "<message>", "line": <input line number>}` and the others still
//! run. Blank lines are skipped. Without FILE, `--jsonl` reads standard input. Records are read in
//! bounded chunks and each chunk is summarised in parallel, so memory stays bounded on inputs of
//! any size and the output does not depend on the number of threads. With `--threads 1`,
//! reading, summarising and writing take turns on one thread, so the run keeps to one core.
//!
//! When standard error is a terminal, `--jsonl` and `--fit-idf` show a progress line there
//! (documents, MB read, documents/s, MB/s); otherwise they print nothing extra.
//!
//! # Exit status
//!
//! 0 on success, also when a reader closes the output early (`| head -1`); 2 with a one-line
//! message on standard error starting with `summarize: ` for a bad option, an unreadable file or
//! input that is not UTF-8 (outside `--jsonl`).

// The parts live in `summarize/` (not `examples/*.rs`, which cargo would take for examples).
#[path = "summarize/args.rs"]
mod args;
#[path = "summarize/jsonl.rs"]
mod jsonl;
#[path = "summarize/output.rs"]
mod output;
#[path = "summarize/progress.rs"]
mod progress;

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufWriter, Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use salient::{Format, IdfModel, Keyphrase, Summarizer, Summary, extract};

use args::{Command, HELP, Input, LanguageChoice, Options, Output, Task, parse_args};
use output::{write_extract_json, write_split_json, write_summary_json, write_text_line};

/// Embedded so that the default run works from any directory.
const SAMPLE: &str = include_str!("data/pakistan-russia-visit.txt");

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

fn run(args: impl IntoIterator<Item = OsString>) -> Result<(), Failure> {
    let options = match parse_args(args)? {
        Command::Help => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(HELP.as_bytes()).map_err(write_failure)?;
            return stdout.flush().map_err(write_failure);
        }
        Command::Run(options) => *options,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let pool = || {
        rayon::ThreadPoolBuilder::new()
            // 0 lets rayon choose (RAYON_NUM_THREADS or one thread per core).
            .num_threads(options.threads.unwrap_or(0))
            .build()
            .map_err(|e| format!("cannot start threads: {e}"))
    };
    let idf = options.idf.as_deref().map(load_model).transpose()?;
    if let Task::FitIdf(output) = &options.task {
        let input = jsonl::open_lines(&options.input)?;
        let mut progress = progress::Progress::new(jsonl::input_size(&options.input));
        let model = jsonl::fit_idf(&options, input, &pool()?, &mut progress)?;
        drop(progress);
        save_model(&model, output, &mut out)?;
    } else if let Task::MergeIdf { output, models } = &options.task {
        let mut merged = Arc::unwrap_or_clone(load_model(&models[0])?);
        for path in &models[1..] {
            merged
                .merge(&*load_model(path)?)
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
        save_model(&merged, output, &mut out)?;
    } else if options.jsonl {
        let input = jsonl::open_lines(&options.input)?;
        let mut progress = progress::Progress::new(jsonl::input_size(&options.input));
        jsonl::run_jsonl(&options, idf, input, &pool()?, &mut out, &mut progress)?;
    } else {
        run_plain(&options, idf, &mut out)?;
    }
    out.flush().map_err(write_failure)
}

fn load_model(path: &Path) -> Result<Arc<IdfModel>, String> {
    refuse_directory(path)?;
    IdfModel::load(path)
        .map(Arc::new)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Saves `model` to `path` and says so on `out`.
fn save_model(model: &IdfModel, path: &Path, out: &mut impl Write) -> Result<(), Failure> {
    model
        .save(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    writeln!(
        out,
        "{}: IDF model of {} documents, {} terms",
        path.display(),
        model.documents(),
        model.terms()
    )
    .map_err(write_failure)
}

/// Reads one input: the bundled sample, standard input or a file.
fn read_input(input: &Input) -> Result<Cow<'static, str>, String> {
    Ok(match input {
        Input::Sample => Cow::Borrowed(SAMPLE),
        Input::Stdin => Cow::Owned(read_stdin()?),
        Input::File(path) => Cow::Owned(read_file(path)?),
        Input::Cluster(_) => unreachable!("a cluster is read file by file"),
    })
}

fn read_stdin() -> Result<String, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    into_text(bytes, "standard input")
}

fn read_file(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        return read_stdin();
    }
    refuse_directory(path)?;
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    into_text(bytes, &path.display().to_string())
}

/// Summarises, splits or extracts one text (the bundled sample, standard input or a file), or
/// summarises a cluster of files.
fn run_plain(
    options: &Options,
    idf: Option<Arc<IdfModel>>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let summarizer = build_summarizer(options.language, options.input_format, options, idf)?;
    if let Input::Cluster(paths) = &options.input {
        return run_cluster(options, &summarizer, paths, out);
    }
    let text = read_input(&options.input)?;
    // Editors on Windows start files with a byte order mark; it is not part of the first
    // sentence, but offsets still count it so they index the file's bytes.
    let base = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let body = &text[base..];

    let written = if options.extract {
        let format = options.input_format.unwrap_or(Format::Auto);
        let extracted = extract(body, format);
        match options.output {
            Output::Text => out.write_all(extracted.text().as_bytes()).and_then(|()| {
                if extracted.text().ends_with('\n') || extracted.text().is_empty() {
                    Ok(())
                } else {
                    out.write_all(b"\n")
                }
            }),
            Output::Json => {
                write_extract_json(out, None, extracted.text()).and_then(|()| out.write_all(b"\n"))
            }
        }
    } else if options.split {
        let extracted = options.input_format.map(|format| extract(body, format));
        let body = extracted.as_ref().map_or(body, |e| e.text());
        let splitter = summarizer.splitter_for(body);
        let mut sentences = splitter.sentences(body);
        match options.output {
            Output::Text => sentences.try_for_each(|sentence| write_text_line(out, sentence)),
            Output::Json => {
                write_split_json(out, None, sentences).and_then(|()| out.write_all(b"\n"))
            }
        }
    } else {
        let summary = match &options.query {
            Some(query) => summarizer.focus(query).summarize_with(body, options.length),
            None => summarizer.summarize_with(body, options.length),
        };
        let keyphrases = options.keyphrases.map(|n| summarizer.keyphrases(body, n));
        write_summary(
            options,
            &summarizer,
            &summary,
            keyphrases.as_deref(),
            base,
            out,
        )
    };
    written.map_err(write_failure)
}

/// `--cluster FILE...`: one summary of every file.
fn run_cluster(
    options: &Options,
    summarizer: &Summarizer,
    paths: &[std::path::PathBuf],
    out: &mut impl Write,
) -> Result<(), Failure> {
    let texts = paths
        .iter()
        .map(|path| read_file(path))
        .collect::<Result<Vec<String>, String>>()?;
    let documents: Vec<&str> = texts.iter().map(String::as_str).collect();
    let summary = summarizer.summarize_cluster_with(&documents, options.length);
    write_summary(options, summarizer, &summary, None, 0, out).map_err(write_failure)
}

/// Writes `summary` (and `keyphrases`) as the options ask: one sentence a line, or JSON.
fn write_summary(
    options: &Options,
    summarizer: &Summarizer,
    summary: &Summary<'_>,
    keyphrases: Option<&[Keyphrase<'_>]>,
    base: usize,
    out: &mut impl Write,
) -> io::Result<()> {
    match options.output {
        Output::Text => summary
            .iter()
            .try_for_each(|sentence| write_text_line(out, &sentence.text))
            .and_then(|()| match keyphrases {
                // After the summary and a blank line, one keyphrase a line.
                Some(keyphrases) if !keyphrases.is_empty() => {
                    if !summary.is_empty() {
                        out.write_all(b"\n")?;
                    }
                    keyphrases
                        .iter()
                        .try_for_each(|keyphrase| write_text_line(out, &keyphrase.text))
                }
                _ => Ok(()),
            }),
        Output::Json => {
            let lang = summarizer.detects_language().then(|| summary.language());
            write_summary_json(out, None, summary.sentences(), base, lang, keyphrases)
                .and_then(|()| out.write_all(b"\n"))
        }
    }
}

/// Reading a directory fails with an OS-specific message, and only once reading starts; say
/// plainly what is wrong instead.
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

/// The summariser the options ask for, for `language`, reading `format` and with the corpus
/// model `idf`.
fn build_summarizer(
    language: LanguageChoice,
    format: Option<Format>,
    options: &Options,
    idf: Option<Arc<IdfModel>>,
) -> Result<Summarizer, String> {
    let mut builder = Summarizer::builder()
        .order(options.order)
        .algorithm(options.algorithm.clone())
        .redundancy(options.redundancy)
        .units(options.units);
    if let Some(format) = format {
        builder = builder.format(format);
    }
    builder = match language {
        LanguageChoice::Fixed(language) => builder.language(language),
        LanguageChoice::Neutral => builder.neutral(),
        #[cfg(feature = "detect")]
        LanguageChoice::Auto => builder.detect_language(true),
        // Not reachable: parsing refuses `auto` without the feature.
        #[cfg(not(feature = "detect"))]
        LanguageChoice::Auto => builder,
    };
    if let Some(model) = idf {
        builder = builder.idf_model(model);
    }
    builder.build().map_err(|e| e.to_string())
}
