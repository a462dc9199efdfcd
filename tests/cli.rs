//! End-to-end tests of the `summarize` example: its flags, output formats, exit codes and
//! messages are a contract with users and scripts, so they are checked on the built binary.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

#[path = "common/example.rs"]
mod example;

const SAMPLE: &str = include_str!("../examples/data/pakistan-russia-visit.txt");
const SAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/pakistan-russia-visit.txt"
);

/// The example binary, built once per test run.
fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| example::build("summarize"))
}

/// Runs the example with `args` and `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    // A separate writer so a large input cannot deadlock against a large output.
    let writer = std::thread::spawn(move || {
        // The program may rightly stop reading early (bad flags); that is not this test's error.
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the example runs");
    writer.join().expect("the writer thread ends");
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// Runs and asserts success with nothing on stderr; returns stdout.
fn ok(args: &[&str], stdin: &[u8]) -> String {
    let output = run(args, stdin);
    assert!(
        output.status.success(),
        "{args:?} failed: {:?} {}",
        output.status,
        stderr(&output)
    );
    assert_eq!(stderr(&output), "", "{args:?} wrote to stderr");
    stdout(&output).to_owned()
}

/// Runs and asserts exit code 2 with one line on stderr, prefixed and without a panic; returns
/// the message.
fn usage_error(args: &[&str], stdin: &[u8]) -> String {
    let output = run(args, stdin);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{args:?}: {}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), "", "{args:?} printed output");
    let message = stderr(&output);
    assert!(message.starts_with("summarize: "), "{args:?}: {message:?}");
    assert!(message.ends_with('\n'), "{args:?}: {message:?}");
    assert_eq!(message.lines().count(), 1, "{args:?}: {message:?}");
    assert!(!message.contains("panicked"), "{args:?}: {message:?}");
    message.to_owned()
}

fn json(line: &str) -> Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line:?}"))
}

fn sentences_of(value: &Value) -> &Vec<Value> {
    value["sentences"].as_array().expect("a sentences array")
}

/// A file in cargo's scratch directory for integration tests.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("the scratch file is written");
    path
}

fn split_count() -> usize {
    ok(&["--split"], b"").lines().count()
}

mod lengths {
    use super::*;

    #[test]
    fn default_run_prints_three_sentences_of_the_sample() {
        let out = ok(&[], b"");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        // Each line is a sentence of the sample, white space aside.
        let flat: String = SAMPLE.split_whitespace().collect::<Vec<_>>().join(" ");
        for line in lines {
            assert!(!line.is_empty());
            assert!(flat.contains(line), "{line:?} is not in the sample");
        }
    }

    #[test]
    fn sentences_flag_long_and_short() {
        assert_eq!(ok(&["-k", "1"], b"").lines().count(), 1);
        assert_eq!(ok(&["--sentences", "5"], b"").lines().count(), 5);
        assert_eq!(ok(&["-k0"], b""), "");
    }

    #[test]
    fn ratio_takes_a_rounded_share_of_the_sentences() {
        let total = split_count();
        assert!(total > 10);
        let expected = (0.5 * total as f64).round() as usize;
        assert_eq!(ok(&["--ratio", "0.5"], b"").lines().count(), expected);
        assert_eq!(ok(&["--ratio", "1"], b"").lines().count(), total);
        assert_eq!(ok(&["--ratio", "0.001"], b"").lines().count(), 1);
    }

    #[test]
    fn words_budget_keeps_at_least_the_best_sentence() {
        let total = split_count();
        // The best sentence for that budget: with a budget in words, a one-sentence summary
        // weighs how far each sentence overshoots it, so it need not be `-k 1`'s.
        assert_eq!(ok(&["--words", "1"], b"").lines().count(), 1);
        assert_eq!(ok(&["--words", "1000000"], b"").lines().count(), total);
        let some = ok(&["--words", "80"], b"").lines().count();
        assert!((1..total).contains(&some), "{some} of {total}");
    }

    #[test]
    fn chars_budget_is_respected() {
        for budget in [100usize, 300, 600] {
            let out = ok(&["--chars", &budget.to_string(), "--format", "json"], b"");
            let value = json(&out);
            let sentences = sentences_of(&value);
            let used: usize = sentences
                .iter()
                .map(|s| s["text"].as_str().expect("text").chars().count())
                .sum();
            assert!(
                used <= budget || sentences.len() == 1,
                "{used} chars for a budget of {budget}"
            );
        }
    }
}

mod formats {
    use super::*;

    #[test]
    fn json_offsets_slice_back_to_the_text() {
        let out = ok(&["--format", "json", "-k", "4", SAMPLE_PATH], b"");
        assert_eq!(out.lines().count(), 1, "one JSON document on one line");
        let value = json(&out);
        let sentences = sentences_of(&value);
        assert_eq!(sentences.len(), 4);
        let mut last_index = None;
        for sentence in sentences {
            let start = sentence["start"].as_u64().expect("start") as usize;
            let end = sentence["end"].as_u64().expect("end") as usize;
            assert_eq!(sentence["text"].as_str(), Some(&SAMPLE[start..end]));
            assert!(sentence["score"].as_f64().expect("score").is_finite());
            assert!(sentence["rank"].is_u64());
            let index = sentence["index"].as_u64().expect("index");
            assert!(last_index < Some(index), "document order by default");
            last_index = Some(index);
        }
    }

    #[test]
    fn rank_order_lists_the_best_first() {
        let value = json(&ok(
            &["--format", "json", "--order", "rank", "-k", "4"],
            b"",
        ));
        let ranks: Vec<u64> = sentences_of(&value)
            .iter()
            .map(|s| s["rank"].as_u64().expect("rank"))
            .collect();
        assert_eq!(ranks, [0, 1, 2, 3]);
    }

    #[test]
    fn a_byte_order_mark_is_skipped_but_counted_in_offsets() {
        let mut bytes = "\u{FEFF}".as_bytes().to_vec();
        bytes.extend_from_slice(b"The council approved the new budget on Monday.");
        let path = temp_file("bom.txt", &bytes);
        let value = json(&ok(
            &["--format", "json", path.to_str().expect("UTF-8 path")],
            b"",
        ));
        let sentence = &sentences_of(&value)[0];
        assert_eq!(sentence["start"], 3);
        assert_eq!(sentence["end"].as_u64(), Some(bytes.len() as u64));
    }

    #[test]
    fn a_sentence_across_lines_prints_on_one_line() {
        let out = ok(&["-", "-k", "5"], b"Body text.  More body\n   still body.");
        assert_eq!(out, "Body text.\nMore body still body.\n");
    }

    #[test]
    fn split_prints_every_sentence() {
        let out = ok(
            &["--split", "-"],
            b"Mr. Smith paid $1.13bn. Shares rose 3.5%!\n\nNext",
        );
        assert_eq!(out, "Mr. Smith paid $1.13bn.\nShares rose 3.5%!\nNext\n");
        let value = json(&ok(&["--split", "--format", "json", "-"], b"One. Two."));
        assert_eq!(value, serde_json::json!({"sentences": ["One.", "Two."]}));
    }

    #[test]
    fn every_algorithm_summarises_the_sample() {
        for name in [
            "default",
            "lead",
            "textrank",
            "lexrank",
            "luhn",
            "edmundson",
            "sumbasic",
            "klsum",
            "lsa",
        ] {
            let out = ok(&["--algorithm", name, "-k", "2"], b"");
            assert_eq!(out.lines().count(), 2, "{name}: {out}");
        }
        assert_eq!(ok(&["--algorithm", "default"], b""), ok(&[], b""));
    }

    #[test]
    fn help_describes_every_flag() {
        let out = ok(&["--help"], b"");
        for flag in [
            "--sentences",
            "--ratio",
            "--words",
            "--chars",
            "--lang",
            "--format",
            "--order",
            "--redundancy",
            "--query",
            "--units",
            "--extract",
            "--cluster",
            "--keyphrases",
            "--algorithm",
            "--jsonl",
            "--split",
            "--threads",
            "--idf",
            "--fit-idf",
            "--merge-idf",
            "--help",
        ] {
            assert!(out.contains(flag), "help lacks {flag}");
        }
        assert_eq!(ok(&["-h"], b""), out);
    }
}

mod inputs {
    use super::*;

    #[test]
    fn stdin_file_and_bundled_sample_agree() {
        let default = ok(&[], b"");
        assert_eq!(ok(&["-"], SAMPLE.as_bytes()), default);
        assert_eq!(ok(&[SAMPLE_PATH], b""), default);
    }

    #[test]
    fn empty_input_gives_an_empty_summary() {
        assert_eq!(ok(&["-"], b""), "");
        assert_eq!(ok(&["-"], b" \n\n "), "");
        assert_eq!(ok(&["-", "--format", "json"], b""), "{\"sentences\":[]}\n");
        assert_eq!(ok(&["-", "--jsonl"], b""), "");
    }

    #[test]
    fn missing_file_and_directory_are_reported() {
        let message = usage_error(&["/no/such/file.txt"], b"");
        assert!(message.contains("/no/such/file.txt"), "{message}");
        let dir = env!("CARGO_TARGET_TMPDIR");
        let message = usage_error(&[dir], b"");
        assert!(message.contains("directory"), "{message}");
        usage_error(&["--jsonl", dir], b"");
        usage_error(&["--jsonl", "/no/such/file.jsonl"], b"");
    }

    #[test]
    fn invalid_utf8_is_reported() {
        let path = temp_file("latin1.txt", b"Caf\xe9 au lait. Tr\xe8s bon.");
        let message = usage_error(&[path.to_str().expect("UTF-8 path")], b"");
        assert!(message.contains("UTF-8"), "{message}");
        let message = usage_error(&["-"], b"Caf\xe9.");
        assert!(message.contains("UTF-8"), "{message}");
    }

    #[test]
    fn a_closed_output_pipe_ends_quietly() {
        let lines: String = (0..5_000)
            .map(|i| format!("{{\"id\":{i},\"text\":\"One sentence here. Another one.\"}}\n"))
            .collect();
        for args in [&["--split"][..], &["--jsonl", "-"][..]] {
            let mut child = Command::new(binary())
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("the example starts");
            // Closing the read end first makes every write fail with a broken pipe.
            drop(child.stdout.take());
            let mut pipe = child.stdin.take().expect("stdin is piped");
            let input = lines.clone();
            let writer = std::thread::spawn(move || {
                let _ = pipe.write_all(input.as_bytes());
            });
            let mut errors = String::new();
            child
                .stderr
                .take()
                .expect("stderr is piped")
                .read_to_string(&mut errors)
                .expect("stderr is read");
            let status = child.wait().expect("the example runs");
            writer.join().expect("the writer thread ends");
            assert!(status.success(), "{args:?}: {status:?}");
            assert_eq!(errors, "", "{args:?}");
        }
    }
}

mod flags {
    use super::*;

    #[test]
    fn bad_values_are_named() {
        let cases: &[(&[&str], &[&str])] = &[
            (&["--ratio", "1.5"], &["1.5"]),
            (&["--ratio", "-0.2"], &["-0.2"]),
            (&["--ratio", "half"], &["half"]),
            (&["-k", "-1"], &["-1"]),
            (&["--words", "-5"], &["-5"]),
            (&["--chars", "lots"], &["lots"]),
            (&["--threads", "0"], &["\"0\"", "--threads"]),
            (&["--threads", "many"], &["many"]),
            (&["--lang", "xx"], &["\"xx\""]),
            (&["--format", "xml"], &["xml"]),
            (&["--order", "random"], &["random"]),
            (
                &["--redundancy", "1.5"],
                &["\"1.5\"", "--redundancy", "0..=1"],
            ),
            (&["--redundancy", "NaN"], &["\"NaN\"", "--redundancy"]),
            (
                &["--split", "--redundancy", "0.5"],
                &["--split", "--redundancy"],
            ),
            (
                &["--fit-idf", "x.idf", "--redundancy", "0.5"],
                &["--redundancy"],
            ),
            (&["--algorithm", "pagerank"], &["\"pagerank\"", "textrank"]),
            (&["-k", "2", "--ratio", "0.5"], &["-k 2", "--ratio 0.5"]),
            (&["--words", "10", "--chars", "10"], &["--words", "--chars"]),
            (&["--split", "-k", "2"], &["--split"]),
            (&["--format", "text", "--format", "html"], &["text", "html"]),
            (&["--format", "pdf"], &["\"pdf\"", "json"]),
            (&["--cluster", "a.txt"], &["--cluster", "two"]),
            (&["--extract", "-k", "2"], &["--extract"]),
            (&["--bogus"], &["--bogus"]),
            (&["--ratio"], &["--ratio"]),
            (&["a.txt", "b.txt"], &["b.txt"]),
        ];
        for (args, named) in cases {
            let message = usage_error(args, b"");
            for part in *named {
                assert!(
                    message.contains(part),
                    "{args:?}: {message:?} lacks {part:?}"
                );
            }
        }
    }

    #[test]
    fn redundancy_replaces_a_repeat_with_a_new_point() {
        let text = b"Floods closed the schools on Monday. The schools were closed by the floods \
            on Monday. Rain will fall again on Thursday, forecasters said.";
        let plain = ok(&["-k", "2", "-"], text);
        assert_eq!(plain.lines().count(), 2);
        assert!(plain.contains("were closed by the floods"), "{plain}");
        let varied = ok(&["-k", "2", "--redundancy", "1", "-"], text);
        assert!(!varied.contains("were closed by the floods"), "{varied}");
        assert!(varied.contains("Rain will fall"), "{varied}");
        // 0 is the default.
        assert_eq!(ok(&["-k", "2", "--redundancy", "0", "-"], text), plain);
        // And --jsonl uses it for every record.
        let line = format!(
            "{{\"id\":\"a\",\"text\":{}}}\n",
            serde_json::to_string(std::str::from_utf8(text).unwrap()).unwrap()
        );
        let out = ok(
            &["--jsonl", "-k", "2", "--redundancy", "1"],
            line.as_bytes(),
        );
        assert!(
            out.contains("Rain will fall") && !out.contains("were closed"),
            "{out}"
        );
    }

    #[test]
    fn a_query_picks_the_sentences_that_answer_it() {
        let text = b"The council met on Monday. It approved the new school budget after a long \
            debate. Road repairs in the north will wait until spring, the mayor said. Teachers \
            welcomed the extra money for the schools.";
        let roads = ok(&["-k", "1", "--query", "what about the roads?", "-"], text);
        assert!(roads.starts_with("Road repairs"), "{roads}");
        // A record's own "query" wins over --query; null means none.
        let text = serde_json::to_string(std::str::from_utf8(text).unwrap()).unwrap();
        let lines = format!(
            "{{\"id\":1,\"text\":{text},\"query\":\"road repairs\"}}\n\
             {{\"id\":2,\"text\":{text},\"query\":null}}\n\
             {{\"id\":3,\"text\":{text},\"query\":7}}\n\
             {{\"id\":4,\"text\":{text},\"query\":\" \"}}\n"
        );
        let out = ok(
            &["--jsonl", "-k", "1", "--query", "teachers"],
            lines.as_bytes(),
        );
        let records: Vec<Value> = out.lines().map(json).collect();
        let first = |i: usize| {
            records[i]["sentences"][0]["text"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        assert!(first(0).starts_with("Road repairs"), "{out}");
        assert!(first(1).starts_with("Teachers"), "{out}");
        assert_eq!(records[2]["error"], "\"query\" must be a string");
        assert_eq!(records[3]["error"], "\"query\" is empty");
        assert!(
            usage_error(&["--query", " ", "-"], b"x").contains("--query needs"),
            "an empty --query is refused"
        );
        assert!(usage_error(&["--split", "--query", "x", "-"], b"x").contains("--query"));
    }

    #[test]
    fn transcripts_are_summarised_utterance_by_utterance() {
        let meeting = b"Anna: ok we're on\nBen: morning all\n\
            Anna: the budget for the new school building is over by a third. We need a vote\n\
            Ben: the school building budget needs a vote next week then\nCarl: sure\n";
        let auto = ok(&["--split", "-"], meeting);
        assert_eq!(auto.lines().count(), 5, "{auto}");
        let sentences = ok(&["--split", "--units", "sentences", "-"], meeting);
        assert_ne!(sentences, auto);
        let lines = ok(&["--split", "--units", "lines", "-"], b"One. Two.\nThree");
        assert_eq!(lines, "One. Two.\nThree\n");
        let error = usage_error(&["--units", "pages", "-"], b"x");
        assert!(error.contains("unknown units \"pages\""), "{error}");
    }

    #[test]
    fn good_languages_are_accepted() {
        let text = "Der Rat tagte am Montag in Berlin. Das Budget stieg um vier Prozent im Jahr.";
        for lang in ["de", "DE", "German", "deu"] {
            assert_eq!(
                ok(&["--lang", lang, "-k", "1", "-"], text.as_bytes())
                    .lines()
                    .count(),
                1
            );
        }
    }

    /// Armenian news typed with ASCII colons for the full stop `։`, as much web text is.
    const ARMENIAN: &str = "Երևանի ավագանին հաստատեց քաղաքի նոր բյուջեն: \
        Բյուջեն ավելի շատ գումար է նախատեսում դպրոցների համար: Ընդդիմությունը քննադատեց այն:";

    #[test]
    fn lang_hy_splits_by_armenian_rules() {
        for lang in ["hy", "hye", "Armenian"] {
            let split = ok(&["--lang", lang, "--split", "-"], ARMENIAN.as_bytes());
            assert_eq!(split.lines().count(), 3, "{lang}: {split}");
            let summary = ok(&["--lang", lang, "-k", "1", "-"], ARMENIAN.as_bytes());
            assert_eq!(summary.lines().count(), 1, "{lang}: {summary}");
        }
        // Without the language's rules the colon ends nothing.
        let neutral = ok(&["--lang", "neutral", "--split", "-"], ARMENIAN.as_bytes());
        assert_eq!(neutral.lines().count(), 1, "{neutral}");
    }

    #[test]
    fn every_language_the_splitter_knows_is_a_lang() {
        let codes = [
            "am", "hy", "bg", "my", "zh", "cs", "hi", "ja", "kk", "km", "ko", "lo", "mr", "fa",
            "pl", "sk", "th", "ur",
        ];
        let text = "First sentence here. Second sentence there.";
        for code in codes {
            let out = ok(&["--lang", code, "-k", "1", "-"], text.as_bytes());
            assert_eq!(out.lines().count(), 1, "{code}: {out}");
        }
    }
}

mod jsonl {
    use super::*;

    #[test]
    fn good_and_bad_records_answer_in_order() {
        let input = concat!(
            r#"{"id":1,"text":"The council met on Monday. The budget rose by four percent this year. Critics were unhappy about the budget. It rained."}"#,
            "\n",
            "not json\n",
            "\n",
            r#"{"id":"de","lang":"de","k":1,"text":"Der Rat tagte am Montag in Berlin. Das Budget stieg um vier Prozent im Jahr."}"#,
            "\n",
            r#"{"id":3,"text":"Anything.","lang":"xx"}"#,
            "\n",
            r#"{"id":4}"#,
            "\n",
            r#"{"id":5,"text":["no"]}"#,
            "\n",
            r#"{"id":6,"text":"One two three four. Five six seven eight.","k":-1}"#,
            "\n",
            r#"{"text":"The budget rose by four percent this year. Critics were unhappy about the budget.","words":1}"#,
            "\n",
        );
        let out = ok(&["--jsonl", "-k", "2"], input.as_bytes());
        let answers: Vec<Value> = out.lines().map(json).collect();
        // Nine lines, one blank: eight answers.
        assert_eq!(answers.len(), 8, "{out}");

        assert_eq!(answers[0]["id"], 1);
        let first = sentences_of(&answers[0]);
        assert_eq!(first.len(), 2, "the -k flag applies");
        let text = json(input.lines().next().expect("a first line"))["text"]
            .as_str()
            .expect("text")
            .to_owned();
        for sentence in first {
            let start = sentence["start"].as_u64().expect("start") as usize;
            let end = sentence["end"].as_u64().expect("end") as usize;
            assert_eq!(sentence["text"].as_str(), Some(&text[start..end]));
        }

        assert_eq!(answers[1]["id"], Value::Null);
        assert!(
            answers[1]["error"]
                .as_str()
                .expect("error")
                .contains("JSON")
        );
        assert_eq!(answers[1]["line"], 2);

        assert_eq!(answers[2]["id"], "de");
        assert_eq!(sentences_of(&answers[2]).len(), 1, "the record's k wins");

        assert_eq!(answers[3]["id"], 3);
        assert!(
            answers[3]["error"]
                .as_str()
                .expect("error")
                .contains("\"xx\"")
        );
        assert_eq!(answers[3]["line"], 5);

        assert_eq!(answers[4]["id"], 4);
        assert!(
            answers[4]["error"]
                .as_str()
                .expect("error")
                .contains("text")
        );
        assert_eq!(answers[5]["id"], 5);
        assert!(
            answers[5]["error"]
                .as_str()
                .expect("error")
                .contains("text")
        );
        assert_eq!(answers[6]["id"], 6);
        assert!(answers[6]["error"].as_str().expect("error").contains("-1"));

        assert_eq!(answers[7]["id"], Value::Null);
        assert_eq!(sentences_of(&answers[7]).len(), 1, "a words budget of 1");
    }

    #[test]
    fn invalid_utf8_spoils_only_its_line() {
        let mut input = b"{\"id\":1,\"text\":\"Fine one. Fine two.\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\":2,\"text\":\"Caf\xe9.\"}\n");
        input.extend_from_slice(b"{\"id\":3,\"text\":\"Fine three.\"}\n");
        let path = temp_file("mixed.jsonl", &input);
        let out = ok(&["--jsonl", path.to_str().expect("UTF-8 path")], b"");
        let answers: Vec<Value> = out.lines().map(json).collect();
        assert_eq!(answers.len(), 3);
        assert_eq!(sentences_of(&answers[0]).len(), 2);
        assert!(
            answers[1]["error"]
                .as_str()
                .expect("error")
                .contains("UTF-8")
        );
        assert_eq!(answers[1]["line"], 2);
        assert_eq!(answers[2]["id"], 3);
    }

    /// Records are read as a `serde_json::Value` would read them, whatever the parser keeps.
    #[test]
    fn records_read_like_json_values() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let lines = [
            // A key given twice keeps its last value.
            r#"{"id":1,"text":5,"text":"One. Two."}"#.to_owned(),
            r#"{"id":2,"text":"One. Two.","text":null}"#.to_owned(),
            r#"{"id":3,"id":4,"k":9,"k":1,"text":"One. Two."}"#.to_owned(),
            // Escapes in keys and strings are read.
            r#"{"\u0069d":5,"te\u0078t":"Caf\u00e9 one. \"Two\"."}"#.to_owned(),
            // Fields the record does not read are still checked.
            r#"{"id":6,"text":"One.","other":1e400}"#.to_owned(),
            format!(r#"{{"id":7,"text":"One.","other":{deep}}}"#),
            r#"{"id":8,"text":"One.","other":"\ud800"}"#.to_owned(),
            r#"[{"id":9,"text":"One."}]"#.to_owned(),
        ];
        let out = ok(&["--jsonl", "--split"], lines.join("\n").as_bytes());
        let answers: Vec<Value> = out.lines().map(json).collect();
        assert_eq!(answers.len(), 8, "{out}");
        assert_eq!(answers[0]["sentences"], serde_json::json!(["One.", "Two."]));
        assert_eq!(answers[1]["error"], "\"text\" must be a string");
        assert_eq!(answers[2]["id"], 4);
        assert_eq!(
            answers[3],
            serde_json::json!({"id": 5, "sentences": ["Café one.", "\"Two\"."]})
        );
        let errors = [
            "number out of range",
            "recursion limit exceeded",
            "hex escape",
        ];
        for (answer, error) in answers[4..7].iter().zip(errors) {
            assert_eq!(answer["id"], Value::Null, "{answer}");
            assert!(
                answer["error"].as_str().expect("error").contains(error),
                "{answer}"
            );
        }
        assert_eq!(answers[7]["error"], "expected a JSON object");
        let summary = ok(&["--jsonl"], lines[2].as_bytes());
        assert_eq!(sentences_of(&json(&summary)).len(), 1, "the last k wins");
    }

    #[test]
    fn a_record_in_korean_splits_by_korean_rules() {
        // Web Korean often leaves out the stop after a verb ending (`-니다`, `-요`).
        let text = "회의는 오늘 오후에 끝났습니다 내일 아침에 다시 시작해요";
        let record = |lang: &str| {
            format!(
                "{}\n",
                serde_json::json!({"id": lang, "lang": lang, "text": text})
            )
        };
        let split = ok(&["--jsonl", "--split"], record("ko").as_bytes());
        assert_eq!(
            json(split.trim())["sentences"],
            serde_json::json!(["회의는 오늘 오후에 끝났습니다", "내일 아침에 다시 시작해요"])
        );
        let neutral = ok(&["--jsonl", "--split"], record("neutral").as_bytes());
        assert_eq!(
            json(neutral.trim())["sentences"].as_array().map(Vec::len),
            Some(1)
        );
        let summary = ok(&["--jsonl", "-k", "1"], record("kor").as_bytes());
        assert_eq!(sentences_of(&json(summary.trim())).len(), 1);
    }

    #[test]
    fn split_gives_sentence_strings() {
        let input = "{\"id\":\"a\",\"text\":\"One. Two!\"}\n{\"text\":3}\n";
        let out = ok(&["--jsonl", "--split"], input.as_bytes());
        let answers: Vec<Value> = out.lines().map(json).collect();
        assert_eq!(
            answers[0],
            serde_json::json!({"id": "a", "sentences": ["One.", "Two!"]})
        );
        assert!(answers[1]["error"].is_string());
        assert_eq!(answers.len(), 2);
    }

    /// Paragraphs of the sample as records with varied settings, some bad, more than one chunk.
    fn many_records() -> String {
        let paragraphs: Vec<&str> = SAMPLE
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .collect();
        let langs = [None, Some("en"), Some("de"), Some("fr"), Some("zz")];
        let mut input = String::new();
        for i in 0..2_500 {
            let mut record = serde_json::Map::new();
            record.insert("id".into(), Value::from(i));
            let text = paragraphs[i % paragraphs.len()].repeat(1 + i % 3);
            record.insert("text".into(), Value::from(text));
            if let Some(lang) = langs[i % langs.len()] {
                record.insert("lang".into(), Value::from(lang));
            }
            match i % 4 {
                0 => {
                    record.insert("k".into(), Value::from(i % 5));
                }
                1 => {
                    record.insert("words".into(), Value::from(10 + i % 50));
                }
                _ => {}
            }
            input.push_str(&Value::Object(record).to_string());
            input.push('\n');
            if i % 97 == 0 {
                input.push_str("{broken\n");
            }
        }
        input
    }

    /// The progress display is for terminals: with standard error captured (as by a pipeline or
    /// a cluster engine), runs of several chunks, one thread or more, print nothing there.
    #[test]
    fn progress_stays_off_a_standard_error_that_is_not_a_terminal() {
        let input = many_records();
        for threads in ["1", "2"] {
            let output = run(&["--jsonl", "--threads", threads], input.as_bytes());
            assert!(output.status.success());
            assert_eq!(stderr(&output), "");
            // Fitting stops at a bad record, so fit on the good ones only.
            let good: String = input
                .lines()
                .filter(|line| !line.starts_with("{broken") && !line.contains("\"zz\""))
                .map(|line| format!("{line}\n"))
                .collect();
            let model = temp_file(&format!("progress-{threads}.idf"), b"");
            let model = model.to_str().expect("UTF-8 temporary path");
            ok(&["--fit-idf", model, "--threads", threads], good.as_bytes());
        }
    }

    #[test]
    fn output_is_byte_identical_on_one_two_or_eight_threads_run_twice() {
        let input = many_records();
        let records = input.lines().count();
        let one = ok(&["--jsonl", "--threads", "1"], input.as_bytes());
        assert_eq!(one.lines().count(), records);
        for threads in ["1", "2", "8"] {
            for run in 0..2 {
                let again = ok(&["--jsonl", "--threads", threads], input.as_bytes());
                assert!(
                    again == one,
                    "output on {threads} threads (run {run}) differs from 1 thread"
                );
            }
        }
        // A single text is summarised on one thread whatever `--threads` says: the flag is
        // accepted, and the output is the same.
        let json_one = ok(&["--format", "json", "--threads", "1"], SAMPLE.as_bytes());
        let json_eight = ok(&["--format", "json", "--threads", "8"], SAMPLE.as_bytes());
        assert!(json_one == json_eight);
        // Ids come back in input order, errors included.
        let ids: Vec<Value> = one.lines().map(|line| json(line)["id"].clone()).collect();
        let expected: Vec<Value> = input
            .lines()
            .map(|line| {
                serde_json::from_str::<Value>(line).map_or(Value::Null, |v| v["id"].clone())
            })
            .collect();
        assert_eq!(ids, expected);
        let split_one = ok(&["--jsonl", "--split", "--threads", "1"], input.as_bytes());
        let split_two = ok(&["--jsonl", "--split", "--threads", "2"], input.as_bytes());
        assert!(split_one == split_two);
    }
}

mod idf_models {
    use super::*;

    /// JSON Lines records of distinct news-like texts.
    fn records(range: std::ops::Range<usize>) -> String {
        range
            .map(|i| {
                let text = format!(
                    "Report {i}: markets moved {} points. Analysts named shares{} and banks{} \
                     again. The minister spoke about prices on day {}.",
                    i % 11,
                    i % 17,
                    i % 5,
                    i % 7
                );
                format!("{}\n", serde_json::json!({"id": i, "text": text}))
            })
            .collect()
    }

    fn path(name: &str) -> String {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(name)
            .to_str()
            .expect("UTF-8 path")
            .to_owned()
    }

    fn read(path: &str) -> Vec<u8> {
        std::fs::read(path).expect("the model was written")
    }

    #[test]
    fn fit_merge_and_summarise_with_a_model() {
        let (all, one, two) = (
            path("cli-all.idf"),
            path("cli-one.idf"),
            path("cli-two.idf"),
        );
        let (a, b) = (path("cli-a.idf"), path("cli-b.idf"));
        let (merged, input) = (path("cli-merged.idf"), records(0..300));
        let said = ok(&["--fit-idf", &all, "--jsonl"], input.as_bytes());
        assert_eq!(
            said,
            format!("{all}: IDF model of 300 documents, 332 terms\n")
        );
        ok(&["--fit-idf", &one, "--threads", "1"], input.as_bytes());
        ok(&["--fit-idf", &two, "--threads", "2"], input.as_bytes());
        assert!(read(&all) == read(&one) && read(&one) == read(&two));
        assert!(read(&all).starts_with(b"salient-idf 1\nlanguage en\n"));

        let file = temp_file("cli-b.jsonl", records(100..300).as_bytes());
        ok(&["--fit-idf", &a], records(0..100).as_bytes());
        ok(
            &["--fit-idf", &b, "--jsonl", file.to_str().expect("UTF-8")],
            b"",
        );
        ok(&["--merge-idf", &merged, &a, &b], b"");
        assert!(read(&merged) == read(&all), "shards merge into the whole");

        let with_model = ok(&["--idf", &all, "-k", "1", "--format", "json"], b"");
        assert_eq!(sentences_of(&json(&with_model)).len(), 1);
        let jsonl = ok(&["--jsonl", "--idf", &all], records(0..3).as_bytes());
        assert_eq!(jsonl.lines().count(), 3);
        assert!(jsonl.lines().all(|line| json(line)["sentences"].is_array()));
    }

    #[test]
    fn a_model_fitted_for_armenian_states_the_neutral_settings() {
        let model = path("cli-armenian.idf");
        let input: String = (0..20)
            .map(|i| {
                let text = format!(
                    "Քաղաքի բյուջեն {i} տոկոսով աճեց: Դպրոցները {} նոր շենք ստացան:",
                    i % 3
                );
                format!("{}\n", serde_json::json!({"id": i, "text": text}))
            })
            .collect();
        ok(&["--fit-idf", &model, "--lang", "hy"], input.as_bytes());
        assert!(
            read(&model).starts_with(b"salient-idf 1\nlanguage hy\nstemming off\nstopwords off\n"),
            "{}",
            String::from_utf8_lossy(&read(&model))
        );
        let text = "Քաղաքի բյուջեն աճեց: Դպրոցները նոր շենք ստացան: Անձրև եկավ:";
        let summary = ok(
            &["--idf", &model, "--lang", "hy", "-k", "1", "-"],
            text.as_bytes(),
        );
        assert_eq!(summary.lines().count(), 1, "{summary}");
        let message = usage_error(&["--idf", &model, "--lang", "ko"], b"");
        assert!(
            message.contains("language hy") && message.contains("language ko"),
            "{message}"
        );
    }

    #[test]
    fn model_errors_are_named() {
        let model = path("cli-errors.idf");
        ok(&["--fit-idf", &model], records(0..5).as_bytes());
        let german = path("cli-german.idf");
        ok(
            &["--fit-idf", &german, "--lang", "de"],
            records(0..5).as_bytes(),
        );
        let not_a_model = temp_file("cli-not-a-model.idf", b"hello\n");
        let not_a_model = not_a_model.to_str().expect("UTF-8");
        let cases: &[(&[&str], &[u8], &[&str])] = &[
            (
                &["--idf", &model, "--lang", "de"],
                b"",
                &["language en", "language de"],
            ),
            (
                &["--idf", not_a_model],
                b"",
                &["cli-not-a-model.idf", "line 1"],
            ),
            (&["--idf", "/no/such.idf"], b"", &["/no/such.idf"]),
            (
                &["--merge-idf", &model, &model, &german],
                b"",
                &["cannot merge", "cli-german"],
            ),
            (&["--merge-idf", &model], b"", &["at least one MODEL"]),
            (
                &["--merge-idf", &model, &model, "--jsonl"],
                b"",
                &["--jsonl"],
            ),
            (&["--fit-idf", &model, "-k", "2"], b"", &["length option"]),
            (&["--fit-idf", &model, "--idf", &model], b"", &["--idf"]),
            (
                &["--fit-idf", &model, "--merge-idf", &model],
                b"",
                &["at most one"],
            ),
            (
                &["--fit-idf", &model],
                b"{\"text\": 1}\n",
                &["line 1", "\"text\""],
            ),
        ];
        for (args, stdin, named) in cases {
            let message = usage_error(args, stdin);
            for part in *named {
                assert!(
                    message.contains(part),
                    "{args:?}: {message:?} lacks {part:?}"
                );
            }
        }
    }
}

/// A German and a Chinese record for `--lang auto`, and one in English with its own `lang`.
#[cfg(feature = "detect")]
const MIXED_LANGUAGES: &str = concat!(
    r#"{"id":"de","text":"Der Stadtrat hat am Montag einen neuen Haushalt beschlossen. Der Haushalt sieht mehr Geld für Schulen und Kindergärten vor. Die Opposition kritisierte die neuen Schulden der Stadt.","k":1}"#,
    "\n",
    r#"{"id":"zh","text":"四川发生地震。地震造成多座房屋倒塌，救援队前往地震灾区。北京天气晴朗。","k":1}"#,
    "\n",
    r#"{"id":"fixed","text":"Rain fell all day in the valley today. Floods closed the schools.","lang":"en","k":1}"#,
    "\n",
);

#[cfg(feature = "detect")]
#[test]
fn lang_auto_reports_the_detected_language_per_record() {
    let out = ok(&["--jsonl", "--lang", "auto"], MIXED_LANGUAGES.as_bytes());
    let records: Vec<Value> = out.lines().map(json).collect();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["lang"], "de");
    assert_eq!(records[1]["lang"], "zh");
    assert_eq!(
        sentences_of(&records[1])[0]["text"],
        "地震造成多座房屋倒塌，救援队前往地震灾区。"
    );
    // A record with its own "lang" is not detected and gets no "lang" field, as without auto.
    assert!(records[2].get("lang").is_none(), "{}", records[2]);
    // Without auto, no record gains the field.
    let out = ok(&["--jsonl"], MIXED_LANGUAGES.as_bytes());
    assert!(
        out.lines().map(json).all(|r| r.get("lang").is_none()),
        "{out}"
    );
}

#[cfg(feature = "detect")]
#[test]
fn lang_auto_in_a_record_and_for_a_plain_text() {
    let record = r#"{"id":1,"text":"Le conseil municipal a voté le nouveau budget lundi soir. Le budget augmente les crédits des écoles de la ville.","lang":"auto","k":1}"#;
    let out = ok(&["--jsonl"], record.as_bytes());
    assert_eq!(json(out.trim())["lang"], "fr");
    let text = "Le conseil municipal a voté le nouveau budget lundi soir. Le budget augmente \
                les crédits des écoles de la ville.";
    let out = ok(
        &["--lang", "auto", "--format", "json", "-"],
        text.as_bytes(),
    );
    assert_eq!(json(out.trim())["lang"], "fr");
    assert!(usage_error(&["--lang", "auto", "--fit-idf", "x.idf"], b"").contains("not auto"));
}

#[test]
fn lang_neutral_summarises_chinese_by_bigrams() {
    let out = ok(
        &["--lang", "neutral", "-k", "1", "-"],
        "四川发生地震。地震造成多座房屋倒塌，救援队前往地震灾区。北京天气晴朗。".as_bytes(),
    );
    assert_eq!(out, "地震造成多座房屋倒塌，救援队前往地震灾区。\n");
}

#[test]
fn keyphrases_follow_the_summary_in_text_and_json() {
    let text = "Tidal energy is steady. It needs the coasts of the north. Tidal energy is old.";
    let out = ok(&["-k", "1", "--keyphrases", "2", "-"], text.as_bytes());
    assert_eq!(
        out,
        "It needs the coasts of the north.\n\nTidal energy\nsteady\n"
    );
    // Only keyphrases: no blank line before them.
    let out = ok(&["-k", "0", "--keyphrases", "1", "-"], text.as_bytes());
    assert_eq!(out, "Tidal energy\n");
    // JSON spans count the byte order mark, like the sentences' offsets.
    let with_bom = format!("\u{FEFF}{text}");
    let out = ok(
        &["-k", "0", "--keyphrases", "1", "--format", "json", "-"],
        with_bom.as_bytes(),
    );
    let keyphrases = &json(out.trim())["keyphrases"];
    assert_eq!(keyphrases[0]["text"], "Tidal energy");
    assert_eq!(
        keyphrases[0]["spans"][0],
        serde_json::json!({"start": 3, "end": 15})
    );
    assert_eq!(keyphrases[0]["spans"].as_array().map(Vec::len), Some(2));
    assert!(keyphrases[0]["score"].as_f64().is_some_and(|s| s > 0.0));
}

#[test]
fn jsonl_records_get_keyphrases_from_the_flag_or_their_own_count() {
    let input = "{\"id\":1,\"text\":\"The solar panels. The solar panels.\"}\n\
                 {\"id\":2,\"text\":\"The solar panels. The solar panels.\",\"keyphrases\":0}\n\
                 {\"id\":3,\"text\":\"The solar panels.\",\"keyphrases\":-1}\n";
    let out = ok(&["--jsonl", "--keyphrases", "1"], input.as_bytes());
    let lines: Vec<Value> = out.lines().map(json).collect();
    assert_eq!(lines[0]["keyphrases"][0]["text"], "solar panels");
    assert_eq!(lines[1]["keyphrases"], serde_json::json!([]));
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("\"keyphrases\" -1")
    );
    // Without the flag only records that ask get them.
    let out = ok(&["--jsonl"], input.as_bytes());
    let lines: Vec<Value> = out.lines().map(json).collect();
    assert!(lines[0].get("keyphrases").is_none());
    assert_eq!(lines[1]["keyphrases"], serde_json::json!([]));
    assert!(usage_error(&["--split", "--keyphrases", "2"], b"").contains("no --keyphrases"));
    assert!(usage_error(&["--keyphrases", "x"], b"").contains("--keyphrases"));
}

mod formats_and_clusters {
    use super::*;

    const PAGE: &str = "<html><head><title>Floods</title><script>var x = 1;</script></head>\
        <body><nav>Home | News | Sport | Weather</nav><article><h1>Floods close schools</h1>\
        <p>Floods closed twelve schools in the valley on <b>Monday</b>, officials said.</p>\
        <p>The river rose two metres overnight after a week of heavy rain in the hills.</p>\
        <p>Parents collected their children early as the water rose near the schools.</p>\
        </article><footer>Copyright 2024 The Valley News</footer></body></html>";

    #[test]
    fn a_web_page_is_summarised_from_its_article_with_spans_into_the_page() {
        let path = temp_file("page.html", PAGE.as_bytes());
        let path = path.to_str().unwrap();
        let text = ok(&["--format", "html", "-k", "1", path], b"");
        assert!(text.starts_with("Floods closed twelve schools"), "{text}");
        assert!(!text.contains("<b>") && !text.contains("Home |"), "{text}");
        let out = ok(
            &["--format", "auto", "--format", "json", "-k", "3", path],
            b"",
        );
        let value = json(out.trim_end());
        for sentence in sentences_of(&value) {
            let text = sentence["text"].as_str().unwrap();
            let pieces: String = sentence["pieces"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    let (start, end) = (p["start"].as_u64().unwrap(), p["end"].as_u64().unwrap());
                    &PAGE[start as usize..end as usize]
                })
                .collect();
            // Markup between the pieces is left out; the words are the page's own.
            assert_eq!(
                pieces.replace(['\n', ' '], ""),
                text.replace(['\n', ' '], "")
            );
            let start = sentence["start"].as_u64().unwrap() as usize;
            let end = sentence["end"].as_u64().unwrap() as usize;
            assert!(PAGE[start..end].starts_with(&text[..6]));
        }
        let extracted = ok(&["--extract", path], b"");
        assert!(extracted.contains("Floods close schools\n"), "{extracted}");
        assert!(!extracted.contains("Copyright"), "{extracted}");
    }

    #[test]
    fn several_files_make_one_summary_and_jsonl_clusters_too() {
        let a = temp_file(
            "a.txt",
            b"Floods closed twelve schools in the valley on Monday. Officials said the schools \
              would reopen on Thursday.",
        );
        let b = temp_file(
            "b.txt",
            b"Twelve valley schools were closed by floods on Monday, officials said. The river \
              rose two metres overnight after a week of rain.",
        );
        let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
        let out = ok(&["--cluster", "-k", "2", "--format", "json", a, b], b"");
        let value = json(out.trim_end());
        assert_eq!(sentences_of(&value).len(), 2);
        let closures = sentences_of(&value)
            .iter()
            .filter(|s| s["text"].as_str().unwrap().contains("closed"))
            .count();
        assert_eq!(closures, 1, "{out}");
        let line = format!(
            "{{\"id\":\"c\",\"k\":2,\"documents\":[{{\"text\":{},\"date\":\"2024-03-05\"}},\
             {{\"text\":{},\"date\":\"2024-03-04\"}}]}}\n{{\"id\":\"d\",\"documents\":[{{}}]}}\n",
            serde_json::to_string(&std::fs::read_to_string(a).unwrap()).unwrap(),
            serde_json::to_string(&std::fs::read_to_string(b).unwrap()).unwrap(),
        );
        let out = ok(&["--jsonl"], line.as_bytes());
        let records: Vec<Value> = out.lines().map(json).collect();
        assert_eq!(sentences_of(&records[0]).len(), 2);
        // In date order: the second document's report came first.
        assert_eq!(sentences_of(&records[0])[0]["document"], 1);
        assert_eq!(records[1]["error"], "documents[0] has no \"text\"");
    }

    #[test]
    fn jsonl_records_choose_their_format_and_extract() {
        let page = serde_json::to_string(PAGE).unwrap();
        let lines = format!(
            "{{\"id\":1,\"text\":{page},\"format\":\"html\",\"k\":1}}\n\
             {{\"id\":2,\"text\":{page},\"format\":\"pdf\"}}\n\
             {{\"id\":3,\"text\":{page},\"format\":7}}\n"
        );
        let out = ok(&["--jsonl"], lines.as_bytes());
        let records: Vec<Value> = out.lines().map(json).collect();
        let first = sentences_of(&records[0])[0]["text"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(first.starts_with("Floods closed"), "{first}");
        assert!(records[1]["error"].as_str().unwrap().contains("\"pdf\""));
        assert_eq!(records[2]["error"], "\"format\" must be a string");
        let first_line = lines.lines().next().unwrap();
        let extracted = ok(&["--jsonl", "--extract"], first_line.as_bytes());
        let record = json(extracted.trim_end());
        assert!(
            record["text"]
                .as_str()
                .unwrap()
                .starts_with("Floods close schools")
        );
    }
}
