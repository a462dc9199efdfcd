//! `--jsonl`: one summary line per record, records summarised in parallel in bounded chunks.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use salient::{Algorithm, IdfModel, Length, Order, Summarizer};
use serde_json::{Map, Value};

use crate::args::{Input, LanguageChoice, Options};
use crate::output::{write_split_json, write_summary_json};
use crate::{Failure, build_summarizer, refuse_directory, splitter_for, write_failure};

/// A chunk of JSON Lines input ends after this many lines or bytes, whichever comes first: large
/// enough to keep every thread busy, small enough to bound memory.
const CHUNK_LINES: usize = 1_000;
const CHUNK_BYTES: usize = 8 << 20;

/// The JSON Lines input: a file, or standard input when FILE is `-` or absent.
pub fn open_lines(input: &Input) -> Result<Box<dyn BufRead + Send>, String> {
    match input {
        Input::Sample | Input::Stdin => Ok(Box::new(BufReader::new(io::stdin()))),
        Input::File(path) => {
            refuse_directory(path)?;
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Box::new(BufReader::new(file)))
        }
    }
}

/// Reads the next chunk of non-blank lines of `input` into `chunk`, numbered from 1 across
/// chunks by `line_number`. Returns whether the input is exhausted.
fn read_chunk(
    input: &mut dyn BufRead,
    chunk: &mut Vec<(usize, Vec<u8>)>,
    line_number: &mut usize,
) -> Result<bool, Failure> {
    chunk.clear();
    let mut bytes = 0;
    while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
        let mut line = Vec::new();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read input: {e}"))?;
        if read == 0 {
            return Ok(true);
        }
        *line_number += 1;
        bytes += read;
        if !line.iter().all(u8::is_ascii_whitespace) {
            chunk.push((*line_number, line));
        }
    }
    Ok(false)
}

/// Answers every non-blank line of `input` with one line on `out`, in input order, summarising
/// each chunk of lines on `pool`.
///
/// Three stages overlap, so reading and writing do not leave the pool idle: a reader thread
/// reads chunk N + 1 while the pool summarises chunk N and this thread writes chunk N - 1.
/// The channels between them hold one chunk each, which bounds memory to a few chunks.
pub fn run_jsonl(
    options: &Options,
    idf: Option<Arc<IdfModel>>,
    mut input: Box<dyn BufRead + Send>,
    pool: &rayon::ThreadPool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let summarizers = Summarizers::new(options.order, idf, options.algorithm.clone());
    type Chunk = Vec<(usize, Vec<u8>)>;
    let (chunk_tx, chunk_rx) = mpsc::sync_channel::<Result<Chunk, Failure>>(1);
    let (answer_tx, answer_rx) = mpsc::sync_channel::<Result<Vec<Vec<u8>>, Failure>>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut line_number = 0;
            loop {
                let mut chunk = Vec::new();
                let read = read_chunk(&mut input, &mut chunk, &mut line_number);
                let at_end = !matches!(read, Ok(false));
                // A closed channel means the writer stopped (e.g. a broken pipe): stop too.
                if chunk_tx.send(read.map(|_| chunk)).is_err() || at_end {
                    break;
                }
            }
        });
        let summarizers = &summarizers;
        scope.spawn(move || {
            for chunk in chunk_rx {
                // `collect` keeps input order.
                let answers = chunk.and_then(|chunk| {
                    pool.install(|| {
                        chunk
                            .par_iter()
                            .map(|(number, line)| {
                                answer_record(line, *number, options, summarizers)
                            })
                            .collect::<io::Result<_>>()
                    })
                    .map_err(write_failure)
                });
                let failed = answers.is_err();
                if answer_tx.send(answers).is_err() || failed {
                    break;
                }
            }
        });
        // Dropping the receiver on an error unblocks and ends both other stages.
        for answers in answer_rx {
            for answer in &answers? {
                out.write_all(answer).map_err(write_failure)?;
            }
        }
        Ok(())
    })
}

/// Fits an IDF model on the `text` of every record of `input`, chunk by chunk on `pool`, with
/// the `--lang` settings. Chunks' models are merged, and document frequencies add up, so the
/// model does not depend on the chunking or the number of threads. Stops at the first bad
/// record, naming its line.
pub fn fit_idf(
    options: &Options,
    mut input: Box<dyn BufRead>,
    pool: &rayon::ThreadPool,
) -> Result<IdfModel, Failure> {
    let summarizer =
        build_summarizer(options.language, Order::Document, None, &Algorithm::Default)?;
    let mut model = summarizer.fit_idf::<&str>(&[]);
    let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut line_number = 0;
    let mut at_end = false;
    while !at_end {
        at_end = read_chunk(&mut input, &mut chunk, &mut line_number)?;
        let texts = pool.install(|| {
            chunk
                .par_iter()
                .map(|(number, line)| {
                    parse_record(line, options)
                        .map(|record| record.text)
                        .map_err(|e| format!("line {number}: {}", e.message))
                })
                .collect::<Result<Vec<String>, String>>()
        })?;
        let part = pool.install(|| summarizer.fit_idf(&texts));
        model.merge(&part).map_err(|e| e.to_string())?;
    }
    Ok(model)
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
                    let splitter = splitter_for(&summarizer, text);
                    let sentences = splitter.sentences(text);
                    write_split_json(&mut answer, Some(&record.id), sentences)?;
                } else {
                    let summary = summarizer.summarize_with(text, record.length);
                    let lang =
                        (record.language == LanguageChoice::Auto).then(|| summary.language());
                    write_summary_json(
                        &mut answer,
                        Some(&record.id),
                        summary.sentences(),
                        0,
                        lang,
                    )?;
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
    language: LanguageChoice,
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
        Some(Value::String(code)) => code.parse::<LanguageChoice>().map_err(|e| fail(&id, e))?,
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
    idf: Option<Arc<IdfModel>>,
    algorithm: Algorithm,
    slots: Vec<(LanguageChoice, OnceLock<Result<Summarizer, String>>)>,
}

impl Summarizers {
    fn new(order: Order, idf: Option<Arc<IdfModel>>, algorithm: Algorithm) -> Summarizers {
        Summarizers {
            order,
            idf,
            algorithm,
            slots: LanguageChoice::all()
                .map(|language| (language, OnceLock::new()))
                .collect(),
        }
    }

    fn get(&self, language: LanguageChoice) -> Result<Cow<'_, Summarizer>, String> {
        match self.slots.iter().find(|(known, _)| *known == language) {
            Some((_, slot)) => slot
                .get_or_init(|| {
                    build_summarizer(language, self.order, self.idf.clone(), &self.algorithm)
                })
                .as_ref()
                .map(Cow::Borrowed)
                .map_err(Clone::clone),
            // `Language::ALL` lists every language today; a newer library might parse one it
            // does not list, which still works, just without the cache.
            None => build_summarizer(language, self.order, self.idf.clone(), &self.algorithm)
                .map(Cow::Owned),
        }
    }
}
