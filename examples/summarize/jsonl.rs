//! `--jsonl`: one summary line per record, records summarised in parallel in bounded chunks.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use salient::{ClusterDocument, Format, IdfModel, Length, Summarizer, Summary, extract};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::args::{Input, LanguageChoice, Options};
use crate::output::{write_error_json, write_extract_json, write_split_json, write_summary_json};
use crate::progress::Progress;
use crate::{Failure, build_summarizer, refuse_directory, write_failure};

/// A chunk of JSON Lines input ends after this many lines, or at the last line end read once
/// this many bytes are, whichever comes first (a longer line still makes one chunk): large enough
/// to keep every thread busy, small enough to bound memory.
const CHUNK: Limits = Limits {
    lines: 1_000,
    bytes: 4 << 20,
};

/// The chunks of `--threads 1`, where nothing runs beside the one thread: one read each
/// ([`READ_BYTES`], so little is carried over to the next chunk), small enough that a chunk's
/// input and its answers are still in the processor's cache when they are parsed and written,
/// rather than read and written back to memory as a whole chunk's megabytes would be.
const SERIAL_CHUNK: Limits = Limits {
    lines: 1_000,
    bytes: READ_BYTES,
};

/// Where a chunk ends: after `lines` lines, or at the first line end after `bytes` bytes.
#[derive(Clone, Copy)]
struct Limits {
    lines: usize,
    bytes: usize,
}

/// Input is read in pieces of at most this many bytes, straight into the chunk's buffer; the
/// part of the last piece after a chunk's end is copied to the next chunk, so it is kept small.
const READ_BYTES: usize = 256 << 10;

/// How many chunks may wait in the queue to be written. Besides these, one is being written, one
/// waits for room in the queue and one is being read. Several chunks in flight keep the pool
/// busy while a chunk's slowest records finish; the bound keeps memory to a few chunks whatever
/// the input size.
const CHUNKS_QUEUED: usize = 2;

/// The size of the input in bytes, when it is a file; `None` for standard input.
pub fn input_size(input: &Input) -> Option<u64> {
    match input {
        Input::File(path) => std::fs::metadata(path).ok().map(|meta| meta.len()),
        Input::Sample | Input::Stdin | Input::Cluster(_) => None,
    }
}

/// The JSON Lines input: a file, or standard input when FILE is `-` or absent.
pub fn open_lines(input: &Input) -> Result<Box<dyn Read + Send>, String> {
    match input {
        // `--cluster` is refused with `--jsonl`.
        Input::Sample | Input::Stdin | Input::Cluster(_) => Ok(Box::new(io::stdin())),
        Input::File(path) => {
            refuse_directory(path)?;
            let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(Box::new(file))
        }
    }
}

/// Whole lines of input in one buffer.
struct Chunk {
    bytes: Vec<u8>,
    /// Where each line ends in `bytes`, after its line feed (the last line of the input may
    /// have none).
    ends: Vec<usize>,
    /// The number of the first line, counting from 1 across chunks.
    first_line: usize,
}

impl Chunk {
    /// The lines that are not blank, with their numbers.
    fn records(&self) -> impl ParallelIterator<Item = (usize, &[u8])> {
        (0..self.ends.len())
            .into_par_iter()
            .map(|i| self.line(i))
            .filter(|(_, line)| is_record(line))
    }

    /// [`records`](Self::records) one after the other, on this thread.
    fn records_in_order(&self) -> impl Iterator<Item = (usize, &[u8])> {
        (0..self.ends.len())
            .map(|i| self.line(i))
            .filter(|(_, line)| is_record(line))
    }

    /// The `i`-th line of the chunk, with its number.
    fn line(&self, i: usize) -> (usize, &[u8]) {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        (self.first_line + i, &self.bytes[start..self.ends[i]])
    }
}

/// Whether `line` is a record: a blank line is not.
fn is_record(line: &[u8]) -> bool {
    !line.iter().all(u8::is_ascii_whitespace)
}

/// Cuts the input into chunks. One buffer per chunk, filled by large reads and indexed by line
/// ends, costs this (serial) stage far less than a buffer per line: it only copies what it reads
/// and searches for line feeds.
struct Chunks<R> {
    input: R,
    limits: Limits,
    /// What was read after the end of the last chunk: the start of the next.
    rest: Vec<u8>,
    /// Lines in the chunks so far.
    lines: usize,
    at_end: bool,
    /// Buffers of chunks that are done with, for new chunks: filling fresh memory costs page
    /// faults, in the one stage that does not run in parallel.
    recycled: mpsc::Receiver<Vec<u8>>,
    recycle: mpsc::Sender<Vec<u8>>,
}

impl<R: Read> Chunks<R> {
    fn new(input: R, limits: Limits) -> Chunks<R> {
        let (recycle, recycled) = mpsc::channel();
        Chunks {
            input,
            limits,
            rest: Vec::new(),
            lines: 0,
            at_end: false,
            recycled,
            recycle,
        }
    }

    /// Where to send the buffer of a chunk that is done with; the sender can go to any thread.
    fn recycler(&self) -> Recycler {
        Recycler {
            recycle: self.recycle.clone(),
            largest: 2 * self.capacity(),
        }
    }

    /// The capacity of a new chunk's buffer: a full chunk and one read past its end.
    fn capacity(&self) -> usize {
        self.limits.bytes + READ_BYTES
    }

    /// A buffer for the next chunk, empty.
    fn buffer(&self) -> Vec<u8> {
        match self.recycled.try_recv() {
            Ok(mut buffer) => {
                buffer.clear();
                buffer
            }
            Err(_) => Vec::with_capacity(self.capacity()),
        }
    }

    fn next_chunk(&mut self) -> Result<Option<Chunk>, Failure> {
        let mut bytes = std::mem::take(&mut self.rest);
        let mut ends = Vec::new();
        let mut scanned = 0;
        let Limits { lines, bytes: most } = self.limits;
        loop {
            while ends.len() < lines
                && let Some(line_feed) = find_line_feed(&bytes[scanned..])
            {
                scanned += line_feed + 1;
                ends.push(scanned);
            }
            let full = ends.len() == lines || (bytes.len() >= most && !ends.is_empty());
            if full || self.at_end {
                break;
            }
            if bytes.capacity() - bytes.len() < READ_BYTES {
                bytes.reserve(bytes.capacity().max(self.capacity()));
            }
            let read = (&mut self.input)
                .take(READ_BYTES as u64)
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read input: {e}"))?;
            // `read_to_end` only stops early at the end of the input.
            self.at_end = read < READ_BYTES;
        }
        if self.at_end && ends.len() < lines && scanned < bytes.len() {
            // The last line, without a line feed.
            scanned = bytes.len();
            ends.push(scanned);
        }
        let mut rest = self.buffer();
        rest.extend_from_slice(&bytes[scanned..]);
        self.rest = rest;
        bytes.truncate(scanned);
        if ends.is_empty() {
            return Ok(None);
        }
        let first_line = self.lines + 1;
        self.lines += ends.len();
        Ok(Some(Chunk {
            bytes,
            ends,
            first_line,
        }))
    }
}

/// Where the first line feed in `bytes` is.
fn find_line_feed(bytes: &[u8]) -> Option<usize> {
    let mut unread = bytes;
    // `skip_until` searches with std's word-at-a-time `memchr`; reading a slice cannot fail.
    let skipped = unread.skip_until(b'\n').ok()?;
    (skipped > 0 && bytes[skipped - 1] == b'\n').then(|| skipped - 1)
}

/// Takes the buffers of chunks back to their reader.
struct Recycler {
    recycle: mpsc::Sender<Vec<u8>>,
    /// The capacity of the largest buffer worth keeping.
    largest: usize,
}

impl Recycler {
    fn recycle(&self, chunk: Chunk) {
        // A buffer that grew for a very long line is not worth keeping.
        if chunk.bytes.capacity() <= self.largest {
            // The reader may be gone already; then the buffer is simply freed.
            let _ = self.recycle.send(chunk.bytes);
        }
    }
}

/// Answers every non-blank line of `input` with one line on `out`, in input order, summarising
/// the lines of each chunk in parallel on `pool`.
///
/// A reader thread cuts the input into chunks and hands each to the pool as a job of its own,
/// and this thread writes the chunks' answers in input order, each as soon as it and all before
/// it are done. Several chunks are in flight at once, so the pool does not idle while the
/// slowest records of a chunk finish, and nor while this thread writes or the reader reads. The
/// queue between reader and writer is bounded, which bounds memory to a few chunks.
///
/// With a pool of one thread, reading, summarising and writing take turns on one thread
/// instead ([`run_serial`]).
pub fn run_jsonl(
    options: &Options,
    idf: Option<Arc<IdfModel>>,
    input: Box<dyn Read + Send>,
    pool: &rayon::ThreadPool,
    out: &mut impl Write,
    progress: &mut Progress,
) -> Result<(), Failure> {
    let summarizers = Summarizers::new(options, idf);
    if pool.current_num_threads() == 1 {
        return run_serial(options, &summarizers, input, out, progress);
    }
    type Answers = Result<ChunkAnswers, Failure>;
    // Each chunk's answers come back on a channel of their own; the queue holds those channels
    // in input order.
    let (queue_tx, queue_rx) = mpsc::sync_channel::<mpsc::Receiver<Answers>>(CHUNKS_QUEUED);
    std::thread::scope(|threads| {
        let summarizers = &summarizers;
        threads.spawn(move || {
            let mut chunks = Chunks::new(input, CHUNK);
            // The scope's body runs on this thread, its jobs on the pool; it ends once every
            // job has.
            pool.in_place_scope(|jobs| {
                loop {
                    let (answers_tx, answers_rx) = mpsc::sync_channel::<Answers>(1);
                    let chunk = match chunks.next_chunk() {
                        Ok(Some(chunk)) => chunk,
                        Ok(None) => break,
                        Err(failure) => {
                            let _ = answers_tx.send(Err(failure));
                            let _ = queue_tx.send(answers_rx);
                            break;
                        }
                    };
                    let recycler = chunks.recycler();
                    jobs.spawn(move |_| {
                        let answers = answer_chunk(&chunk, options, summarizers);
                        recycler.recycle(chunk);
                        // The writer may have stopped already; then nobody wants these.
                        let _ = answers_tx.send(answers.map_err(write_failure));
                    });
                    // A closed queue means the writer stopped (e.g. a broken pipe): stop too.
                    if queue_tx.send(answers_rx).is_err() {
                        break;
                    }
                }
            });
        });
        // Returning, on an error, drops the queue, which ends the reader.
        for answers_rx in queue_rx {
            // Only a job that panicked sends nothing; the panic reaches `thread::scope`.
            let Ok(answers) = answers_rx.recv() else {
                break;
            };
            answers?.write(out, progress)?;
        }
        Ok(())
    })
}

/// [`run_jsonl`] on one thread: each chunk is read, answered and written before the next is
/// read. `--threads 1` then keeps to one core, as a task slot of a cluster engine (one process
/// per core) expects, rather than reading on a second core behind the user's back.
///
/// The chunks are small ([`SERIAL_CHUNK`]) and answered record after record into one buffer
/// that every chunk reuses: no parallel iterator to split, no buffers to grow afresh.
fn run_serial(
    options: &Options,
    summarizers: &Summarizers,
    input: Box<dyn Read + Send>,
    out: &mut impl Write,
    progress: &mut Progress,
) -> Result<(), Failure> {
    let mut chunks = Chunks::new(input, SERIAL_CHUNK);
    let recycler = chunks.recycler();
    let mut answers = Vec::new();
    while let Some(chunk) = chunks.next_chunk()? {
        answers.clear();
        // On this thread, where the input was just read and the answers will be written, so
        // both stay in this core's cache. A document is summarised on the calling thread (the
        // library's parallel entry points, batches and model fitting, are not used here), so
        // the run keeps to one core without entering the pool.
        let records = chunk
            .records_in_order()
            .try_fold(0, |records, (number, line)| {
                answer_record(&mut answers, line, number, options, summarizers)?;
                Ok::<_, io::Error>(records + 1)
            })
            .map_err(write_failure)?;
        out.write_all(&answers).map_err(write_failure)?;
        progress.advance(records, chunk.bytes.len() as u64);
        recycler.recycle(chunk);
        // A chunk with very long records grew the buffer: do not keep that much.
        if answers.capacity() > CHUNK.bytes {
            answers = Vec::new();
        }
    }
    Ok(())
}

/// The output lines for one chunk, in input order, in a few buffers.
struct ChunkAnswers {
    buffers: Vec<Vec<u8>>,
    /// How many records (non-blank lines) they answer.
    records: usize,
    /// The size of the chunk's input, for the progress display.
    input_bytes: u64,
}

impl ChunkAnswers {
    fn write(&self, out: &mut impl Write, progress: &mut Progress) -> Result<(), Failure> {
        for buffer in &self.buffers {
            out.write_all(buffer).map_err(write_failure)?;
        }
        progress.advance(self.records, self.input_bytes);
        Ok(())
    }
}

/// The answers to the lines of `chunk`, in order, in a few buffers.
fn answer_chunk(
    chunk: &Chunk,
    options: &Options,
    summarizers: &Summarizers,
) -> io::Result<ChunkAnswers> {
    // One buffer for each run of records a thread answers, rather than one for each record.
    let runs = chunk
        .records()
        .try_fold(
            || (Vec::new(), 0),
            |(mut answers, records), (number, line)| {
                answer_record(&mut answers, line, number, options, summarizers)?;
                Ok((answers, records + 1))
            },
        )
        .collect::<io::Result<Vec<(Vec<u8>, usize)>>>()?;
    let records = runs.iter().map(|(_, records)| records).sum();
    Ok(ChunkAnswers {
        buffers: runs.into_iter().map(|(buffer, _)| buffer).collect(),
        records,
        input_bytes: chunk.bytes.len() as u64,
    })
}

/// Fits an IDF model on the `text` of every record of `input`, chunk by chunk on `pool`, with
/// the `--lang` settings. Chunks' models are merged, and document frequencies add up, so the
/// model does not depend on the chunking or the number of threads. Stops at the first bad
/// record, naming its line.
pub fn fit_idf(
    options: &Options,
    input: Box<dyn Read + Send>,
    pool: &rayon::ThreadPool,
    progress: &mut Progress,
) -> Result<IdfModel, Failure> {
    // Fitting reads only the analysis settings: the language (units and scoring play no part).
    let summarizer = build_summarizer(options.language, None, options, None)?;
    // An empty model with the summariser's settings, which the chunks' models merge into.
    let mut model = summarizer.fit_idf::<&str>(&[]);
    let mut chunks = Chunks::new(input, CHUNK);
    let recycler = chunks.recycler();
    while let Some(chunk) = chunks.next_chunk()? {
        let (records, part) = pool.install(|| {
            // Each text counts as one document, each document of a cluster record too.
            let records = chunk
                .records()
                .map(|(number, line)| {
                    parse_record(line, options)
                        .map(|record| match record.input {
                            RecordInput::Text(text) => vec![text],
                            RecordInput::Cluster(documents) => documents
                                .into_iter()
                                .map(|document| Cow::Owned(document.text))
                                .collect(),
                        })
                        .map_err(|e| format!("line {number}: {}", e.message))
                })
                .collect::<Result<Vec<_>, String>>()?;
            let texts: Vec<Cow<'_, str>> = records.iter().flatten().cloned().collect();
            Ok::<_, String>((records.len(), summarizer.fit_idf(&texts)))
        })?;
        model.merge(&part).map_err(|e| e.to_string())?;
        progress.advance(records, chunk.bytes.len() as u64);
        recycler.recycle(chunk);
    }
    Ok(model)
}

/// Appends the output line (with its line feed) for one input line to `out`.
fn answer_record(
    out: &mut Vec<u8>,
    line: &[u8],
    number: usize,
    options: &Options,
    summarizers: &Summarizers,
) -> io::Result<()> {
    let record = match parse_record(line, options) {
        Ok(record) => record,
        Err(RecordError { id, message }) => {
            write_error_json(out, &id, &message, number)?;
            out.push(b'\n');
            return Ok(());
        }
    };
    let summarizer = match summarizers.get(record.language, record.format) {
        Ok(summarizer) => summarizer,
        Err(message) => {
            write_error_json(out, &record.id, &message, number)?;
            out.push(b'\n');
            return Ok(());
        }
    };
    let query = record.query.as_deref().or(options.query.as_deref());
    let lang = |summary: &Summary<'_>| {
        (record.language == LanguageChoice::Auto).then(|| summary.language())
    };
    match &record.input {
        RecordInput::Text(text) if options.extract => {
            let extracted = extract(text, record.format.unwrap_or(Format::Auto));
            write_extract_json(out, Some(&record.id), extracted.text())?;
        }
        RecordInput::Text(text) if options.split => {
            let extracted = record.format.map(|format| extract(text, format));
            let text = extracted.as_ref().map_or(&**text, |e| e.text());
            let splitter = summarizer.splitter_for(text);
            write_split_json(out, Some(&record.id), splitter.sentences(text))?;
        }
        RecordInput::Text(text) => {
            let summary = match query {
                Some(query) => summarizer.focus(query).summarize_with(text, record.length),
                None => summarizer.summarize_with(text, record.length),
            };
            let keyphrases = record.keyphrases.map(|n| summarizer.keyphrases(text, n));
            let lang = lang(&summary);
            write_summary_json(
                out,
                Some(&record.id),
                summary.sentences(),
                0,
                lang,
                keyphrases.as_deref(),
            )?;
        }
        RecordInput::Cluster(_) if options.extract || options.split => {
            let message = "--extract and --split read \"text\": this record has \"documents\"";
            write_error_json(out, &record.id, message, number)?;
        }
        RecordInput::Cluster(documents) => {
            let documents: Vec<ClusterDocument<'_>> = documents
                .iter()
                .map(|fields| {
                    let mut document = ClusterDocument::new(&fields.text);
                    if let Some(title) = &fields.title {
                        document = document.title(title);
                    }
                    if let Some(date) = &fields.date {
                        document = document.date(date);
                    }
                    document
                })
                .collect();
            let summary = summarizer.summarize_cluster_with(&documents, record.length);
            let lang = lang(&summary);
            write_summary_json(out, Some(&record.id), summary.sentences(), 0, lang, None)?;
        }
    }
    out.push(b'\n');
    Ok(())
}

/// A valid input record with the flags' defaults filled in. `text` borrows from the input line
/// unless it has escapes.
struct Record<'a> {
    id: Value,
    /// The text, or for a cluster record the documents.
    input: RecordInput<'a>,
    /// The record's `"format"`, else `--format`'s input format.
    format: Option<Format>,
    language: LanguageChoice,
    length: Length,
    /// The record's `"query"`, if it has one.
    query: Option<Cow<'a, str>>,
    /// Keyphrases to add: the record's `"keyphrases"`, else `--keyphrases`.
    keyphrases: Option<usize>,
}

/// What a record gives to summarise.
enum RecordInput<'a> {
    Text(Cow<'a, str>),
    /// `"documents"`: a cluster, each document's text with its title and date when given.
    Cluster(Vec<ClusterFields>),
}

/// One document of a cluster record.
struct ClusterFields {
    text: String,
    title: Option<String>,
    date: Option<String>,
}

/// The documents of a cluster record: a non-empty list of objects with a string `"text"` and
/// optional string `"title"` and `"date"`.
fn cluster_documents(value: Value) -> Result<Vec<ClusterFields>, String> {
    let Value::Array(items) = value else {
        return Err("\"documents\" must be a list of {\"text\", \"title\"?, \"date\"?}".into());
    };
    if items.is_empty() {
        return Err("\"documents\" is empty".into());
    }
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let Value::Object(mut fields) = item else {
                return Err(format!("documents[{i}] must be an object with a \"text\""));
            };
            let mut string = |key: &str| match fields.remove(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(value)) => Ok(Some(value)),
                Some(_) => Err(format!("documents[{i}].{key} must be a string")),
            };
            let text = string("text")?.ok_or_else(|| format!("documents[{i}] has no \"text\""))?;
            Ok(ClusterFields {
                text,
                title: string("title")?,
                date: string("date")?,
            })
        })
        .collect()
}

/// Why a record was rejected, with its id when it could be read.
struct RecordError {
    id: Value,
    message: String,
}

fn parse_record<'a>(line: &'a [u8], options: &Options) -> Result<Record<'a>, RecordError> {
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
    let parsed: Parsed<'a> =
        serde_json::from_str(line).map_err(|e| fail(&null, format!("malformed JSON: {e}")))?;
    let Parsed::Object(record) = parsed else {
        return Err(fail(&null, "expected a JSON object".into()));
    };
    let record = *record;
    let id = record.id.unwrap_or(Value::Null);
    let input = match (record.text, record.documents) {
        (Some(_), Some(_)) => {
            return Err(fail(&id, "give \"text\" or \"documents\", not both".into()));
        }
        (Some(Text::String(text)), None) => RecordInput::Text(text),
        (Some(Text::Other), None) => {
            return Err(fail(&id, "\"text\" must be a string".into()));
        }
        (None, Some(documents)) => {
            RecordInput::Cluster(cluster_documents(documents).map_err(|e| fail(&id, e))?)
        }
        (None, None) => return Err(fail(&id, "missing \"text\"".into())),
    };
    let format = match &record.format {
        None | Some(Value::Null) => options.input_format,
        Some(Value::String(name)) => Some(
            name.parse::<Format>()
                .map_err(|e| fail(&id, e.to_string()))?,
        ),
        Some(_) => return Err(fail(&id, "\"format\" must be a string".into())),
    };
    let language = match &record.lang {
        None | Some(Value::Null) => options.language,
        Some(Value::String(code)) => code.parse::<LanguageChoice>().map_err(|e| fail(&id, e))?,
        Some(_) => return Err(fail(&id, "\"lang\" must be a string".into())),
    };
    let query = match record.query {
        None | Some(Value::Null) => None,
        Some(Value::String(query)) if !query.trim().is_empty() => Some(Cow::Owned(query)),
        Some(Value::String(_)) => return Err(fail(&id, "\"query\" is empty".into())),
        Some(_) => return Err(fail(&id, "\"query\" must be a string".into())),
    };
    let k = record_count(record.k.as_ref(), "k").map_err(|message| fail(&id, message))?;
    let words =
        record_count(record.words.as_ref(), "words").map_err(|message| fail(&id, message))?;
    let keyphrases = record_count(record.keyphrases.as_ref(), "keyphrases")
        .map_err(|message| fail(&id, message))?
        .or(options.keyphrases);
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
        input,
        format,
        language,
        length,
        query,
        keyphrases,
    })
}

/// An optional whole-number field of a record; `null` counts as absent.
fn record_count(value: Option<&Value>, key: &str) -> Result<Option<usize>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("invalid \"{key}\" {value}: expected a whole number >= 0")),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading a record. Parsing a line into a `serde_json::Value` would build a map and copy every
// string, the long `text` included, only to look at five fields; these types keep just those
// fields and borrow `text` from the line. They accept and reject exactly the lines a `Value`
// does, with the same error messages: every value, kept or not, goes through
// `deserialize_any` as it would for a `Value` (so numbers out of range and nesting too deep are
// still errors, which serde_json's own skipping of unknown fields does not check), no visitor
// ever fails, and a field given twice keeps its last value, as in a `Value`'s map. Whether the
// fields have the right types is decided only after the whole line parsed, as before.

/// A parsed line: a record's fields as given, or something other than an object.
enum Parsed<'a> {
    Object(Box<Fields<'a>>),
    NotObject,
}

/// The fields a record reads, each as given in the line.
#[derive(Default)]
struct Fields<'a> {
    id: Option<Value>,
    text: Option<Text<'a>>,
    lang: Option<Value>,
    k: Option<Value>,
    words: Option<Value>,
    query: Option<Value>,
    documents: Option<Value>,
    format: Option<Value>,
    keyphrases: Option<Value>,
}

/// The value of `text`.
enum Text<'a> {
    String(Cow<'a, str>),
    Other,
}

/// A key of a record's object.
enum Key {
    Id,
    Text,
    Lang,
    K,
    Words,
    Query,
    Keyphrases,
    Documents,
    Format,
    Other,
}

/// Any JSON value, checked as for a `Value` and dropped.
struct Skip;

/// Implements the visits of every JSON value other than an object, each giving `$value`.
macro_rules! visit_scalars_and_arrays {
    ($value:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($value)
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<Skip>()?.is_some() {}
            Ok($value)
        }
    };
}

impl<'de> Deserialize<'de> for Parsed<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ParsedVisitor;

        impl<'de> Visitor<'de> for ParsedVisitor {
            type Value = Parsed<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }

            visit_scalars_and_arrays!(Parsed::NotObject);

            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(Parsed::NotObject)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut fields = Fields::default();
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Id => fields.id = Some(map.next_value()?),
                        Key::Text => fields.text = Some(map.next_value()?),
                        Key::Lang => fields.lang = Some(map.next_value()?),
                        Key::K => fields.k = Some(map.next_value()?),
                        Key::Words => fields.words = Some(map.next_value()?),
                        Key::Query => fields.query = Some(map.next_value()?),
                        Key::Documents => fields.documents = Some(map.next_value()?),
                        Key::Format => fields.format = Some(map.next_value()?),
                        Key::Keyphrases => fields.keyphrases = Some(map.next_value()?),
                        Key::Other => {
                            map.next_value::<Skip>()?;
                        }
                    }
                }
                Ok(Parsed::Object(Box::new(fields)))
            }
        }

        deserializer.deserialize_any(ParsedVisitor)
    }
}

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }

            visit_scalars_and_arrays!(Text::Other);

            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Text::String(Cow::Borrowed(text)))
            }

            // A string with escapes, unescaped into a buffer of the parser's.
            fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Text::String(Cow::Owned(text.to_owned())))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Skip::drain_map(map).map(|Skip| Text::Other)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }

            fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
                Ok(match key {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    "lang" => Key::Lang,
                    "k" => Key::K,
                    "words" => Key::Words,
                    "query" => Key::Query,
                    "documents" => Key::Documents,
                    "format" => Key::Format,
                    "keyphrases" => Key::Keyphrases,
                    _ => Key::Other,
                })
            }
        }

        // As a `Value` reads its keys.
        deserializer.deserialize_str(KeyVisitor)
    }
}

impl Skip {
    fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Skip, A::Error> {
        while map.next_key::<Key>()?.is_some() {
            map.next_value::<Skip>()?;
        }
        Ok(Skip)
    }
}

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SkipVisitor;

        impl<'de> Visitor<'de> for SkipVisitor {
            type Value = Skip;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }

            visit_scalars_and_arrays!(Skip);

            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(Skip)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                Skip::drain_map(map)
            }
        }

        deserializer.deserialize_any(SkipVisitor)
    }
}

/// One summariser per language, built on first use and shared by every thread.
struct Summarizers<'o> {
    options: &'o Options,
    idf: Option<Arc<IdfModel>>,
    /// One slot per language and input format (none, or each of `Format::NAMES`).
    slots: Vec<(SummarizerKey, OnceLock<Result<Summarizer, String>>)>,
}

/// What a summariser of [`Summarizers`] is built for.
type SummarizerKey = (LanguageChoice, Option<Format>);

impl<'o> Summarizers<'o> {
    fn new(options: &'o Options, idf: Option<Arc<IdfModel>>) -> Summarizers<'o> {
        let formats: Vec<Option<Format>> = std::iter::once(None)
            .chain(
                Format::NAMES
                    .iter()
                    .filter_map(|name| name.parse().ok())
                    .map(Some),
            )
            .collect();
        Summarizers {
            options,
            idf,
            slots: LanguageChoice::all()
                .flat_map(|language| formats.iter().map(move |&format| (language, format)))
                .map(|key| (key, OnceLock::new()))
                .collect(),
        }
    }

    fn get(
        &self,
        language: LanguageChoice,
        format: Option<Format>,
    ) -> Result<Cow<'_, Summarizer>, String> {
        let build = || build_summarizer(language, format, self.options, self.idf.clone());
        match self
            .slots
            .iter()
            .find(|(known, _)| *known == (language, format))
        {
            Some((_, slot)) => slot
                .get_or_init(build)
                .as_ref()
                .map(Cow::Borrowed)
                .map_err(Clone::clone),
            // `Language::ALL` lists every language today; a newer library might parse one it
            // does not list, which still works, just without the cache.
            None => build().map(Cow::Owned),
        }
    }
}
