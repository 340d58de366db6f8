//! The `gloss` binary, run as a user runs it.

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn gloss() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gloss"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs gloss with `stdin` as standard input.
pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = gloss()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gloss starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("gloss runs");
    writer.join().expect("writer thread ends");
    out
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

/// A fresh scratch folder for one test.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gloss-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// `text[start:end]` in code points, as Python slices.
fn slice(text: &str, span: &Value) -> String {
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    text.chars().skip(s).take(e.saturating_sub(s)).collect()
}

#[test]
fn annotates_the_corpus_folder_in_sorted_order() {
    let out = run(&["annotate", "corpus/bulletins", "--quiet"], b"");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 12);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    for r in &recs {
        assert_eq!(r["schema"], "gloss/1");
        assert!(r["source"]
            .as_str()
            .unwrap()
            .starts_with("corpus/bulletins/"));
        let text = r["text"].as_str().unwrap();
        let entities = r["entities"].as_array().unwrap();
        assert!(
            entities.len() > 50,
            "{}: {} entities",
            r["id"],
            entities.len()
        );
        for e in entities {
            assert_eq!(slice(text, e), e["text"].as_str().unwrap(), "{}", r["id"]);
            let numeric = [
                "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
            ];
            if numeric.contains(&e["label"].as_str().unwrap()) {
                assert!(e["value"].is_object() && e.get("id").is_none(), "{e}");
            } else {
                assert!(e["id"].is_string() && e.get("value").is_none(), "{e}");
            }
        }
        assert!(
            !text.contains("](") && !text.contains("\\$") && !text.contains("**"),
            "{}",
            r["id"]
        );
        assert!(
            r["meta"]["title"].is_string() && r["meta"]["date"].is_string(),
            "{}",
            r["id"]
        );
        assert!(!r["sentences"].as_array().unwrap().is_empty());
    }
}

#[test]
fn failed_documents_get_error_records_and_exit_1() {
    let dir = scratch("errors");
    std::fs::write(dir.join("a.md"), "## Title\n\nGood text.").unwrap();
    std::fs::write(dir.join("b.md"), b"Fine line.\nBroken \xFF here.").unwrap();
    std::fs::write(dir.join("c.txt"), "Also fine.").unwrap();
    let missing = dir.join("nope.md");
    let out = run(
        &[
            "annotate",
            "-q",
            dir.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let kinds: Vec<&str> = recs
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap_or("ok"))
        .collect();
    assert_eq!(kinds, ["ok", "invalid_utf8", "ok", "unreadable"]);
    assert_eq!(recs[1]["error"]["byte_offset"], 18);
    assert_eq!(recs[1]["id"], "b");
    assert!(recs[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("b.md"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 of 4 documents failed"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn stdin_jsonl_with_bad_lines() {
    let input = concat!(
        "{\"id\": \"one\", \"text\": \"First. Second.\", \"meta\": {\"date\": \"2026-05-01\"}, \"lang\": \"en\"}\n",
        "{\"id\": \"two\", \"text\": \n",
        "\n",
        "[1, 2]\n",
        "{\"id\": \"four\"}\n",
        "{\"text\": \"No id here.\"}\n",
    );
    let out = run(&["annotate", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    let summary: Vec<(String, String, String)> = recs
        .iter()
        .map(|r| {
            let field = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (
                field("id"),
                field("source"),
                r["error"]["kind"].as_str().unwrap_or("ok").to_string(),
            )
        })
        .collect();
    let expected = [
        ("one", "stdin:1", "ok"),
        ("stdin:2", "stdin:2", "invalid_json"),
        ("stdin:4", "stdin:4", "not_an_object"),
        ("four", "stdin:5", "missing_text"),
        ("stdin:6", "stdin:6", "ok"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(summary, expected);
    assert_eq!(
        recs[0]["meta"],
        serde_json::json!({"date": "2026-05-01", "lang": "en"})
    );
    let sentences: Vec<String> = recs[0]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| slice(recs[0]["text"].as_str().unwrap(), s))
        .collect();
    assert_eq!(sentences, ["First.", "Second."]);
}

fn many_documents(n: usize) -> Vec<u8> {
    let mut input = Vec::new();
    for i in 0..n {
        let text = format!("## Doc {i}\n\nThe U.S. imposed {i}% tariffs on Mexico. Łódź said no. It went on — and on…");
        let line = serde_json::json!({"id": format!("d{i}"), "text": text});
        input.extend(serde_json::to_vec(&line).unwrap());
        input.push(b'\n');
        if i % 97 == 0 {
            input.extend(b"not json\n"); // errors interleaved keep their places too
        }
    }
    input
}

#[test]
fn output_order_and_bytes_do_not_depend_on_threads() {
    let input = many_documents(5000);
    let one = run(&["annotate", "-", "-j", "1"], &input);
    let two = run(&["annotate", "-", "-j", "2"], &input);
    assert_eq!(one.status.code(), Some(1));
    assert!(
        one.stdout == two.stdout,
        "output differs between 1 and 2 threads"
    );
    let recs = records(&one);
    assert_eq!(recs.len(), 5000 + 52);
    let ids: Vec<&str> = recs
        .iter()
        .filter(|r| r.get("error").is_none())
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = (0..5000).map(|i| format!("d{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn output_file_option() {
    // The folders of the output are made, as the README's first command needs on a fresh
    // checkout (`-o out/corpus.jsonl`).
    let dir = scratch("output");
    let path = dir.join("not/yet/out.jsonl");
    let out = run(
        &["annotate", "-", "-o", path.to_str().unwrap()],
        b"{\"text\": \"One.\"}\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written.lines().count(), 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["annotate"][..],
        &["annotate", "--no-such-flag", "x.md"],
        &["annotate", "-j", "0", "x.md"],
        &["annotate", "x.md", "--banners", "/no/such/list"],
        &["annotate", "-", "--actor", "Mexico"],
        &["annotate", "-", "--counterpart", "united-sates"],
        &["frobnicate"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

/// The parties of stance: found in the text, or fixed for every document by the options.
#[test]
fn stance_parties_are_found_or_given() {
    let doc = br#"{"id": "d", "text": "Washington imposed tariffs on Mexico. Mexico refrained from counter-tariffs and held talks with Washington."}"#;
    let stance_of = |args: &[&str]| {
        let out = run(args, doc);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let rec = records(&out).remove(0);
        let sentence = rec["sentences"][1]["stance"].clone();
        (rec["stance"].clone(), sentence)
    };
    let (document, sentence) = stance_of(&["annotate", "-", "-q"]);
    assert_eq!(
        (document["actor"].as_str(), document["target"].as_str()),
        (Some("mexico"), Some("united-states"))
    );
    assert_eq!(sentence["label"], "cooperation");
    assert_eq!(sentence["actor"], "mexico");
    let acts: Vec<&str> = sentence["cues"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["act"].as_str())
        .collect();
    assert_eq!(acts, ["yield", "consult"]);
    assert_eq!(
        document["acts"],
        serde_json::json!({"cooperation": {"yield": 1, "consult": 1}, "resistance": {}, "pressure": {"coerce": 1}})
    );
    // Given the other way round, Mexico is the stronger party: its restraint is no stance of
    // the United States.
    let (document, sentence) = stance_of(&[
        "annotate",
        "-",
        "-q",
        "--actor",
        "united-states",
        "--counterpart",
        "mexico",
    ]);
    assert_eq!(document["actor"], "united-states");
    assert_eq!(sentence["label"], "none");

    // A record's own meta.actor / meta.counterpart win over the options; one that names no
    // entity makes that record an error record, and the batch goes on.
    let records_in = concat!(
        r#"{"id": "a", "text": "Mexico held talks with Washington.", "meta": {"actor": "mexico", "counterpart": "united-states"}}"#,
        "\n",
        r#"{"id": "b", "text": "Mexico held talks.", "meta": {"actor": "mexcio"}}"#,
        "\n"
    );
    let out = run(
        &["annotate", "-", "-q", "--actor", "united-states"],
        records_in.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let recs = records(&out);
    assert_eq!(recs[0]["stance"]["actor"], "mexico");
    assert_eq!(recs[0]["sentences"][0]["stance"]["label"], "cooperation");
    assert_eq!(recs[1]["error"]["kind"], "invalid_field");
    let message = recs[1]["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("stdin:2") && message.contains("meta.actor \"mexcio\""),
        "{message}"
    );
}

/// Analysts extend the stance lexicons from a folder of their own; a bad line stops the run
/// with its file and line, and stance cues given as entity lexicons are told where they go.
#[test]
fn stance_lexicons_from_a_folder() {
    let dir = scratch("stance-lexicons");
    std::fs::create_dir_all(&dir).unwrap();
    let doc =
        br#"{"id": "d", "text": "Washington imposed tariffs on Mexico. Mexico adopted a porcupine posture."}"#;
    let label = |extra: &[&str]| {
        let mut args = vec!["annotate", "-", "-q"];
        args.extend_from_slice(extra);
        let out = run(&args, doc);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        records(&out)[0]["sentences"][1]["stance"]["label"].clone()
    };
    assert_eq!(label(&[]), "none", "not a bundled cue");
    let cue = r#"{"label": "STANCE_CUE", "pattern": "porcupine posture", "id": "porcupine-posture", "polarity": "resistance", "act": "refuse", "weight": 0.9}"#;
    std::fs::write(dir.join("cues.jsonl"), format!("{cue}\n")).unwrap();
    let folder = dir.to_str().unwrap();
    assert_eq!(label(&["--stance-lexicons", folder]), "resistance");

    std::fs::write(
        dir.join("cues.jsonl"),
        format!("{cue}\n{{\"label\": \"STANCE_CUE\"}}\n"),
    )
    .unwrap();
    let out = run(&["annotate", "-", "-q", "--stance-lexicons", folder], doc);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cues.jsonl:2: not a stance cue"), "{err}");
    assert_eq!(err.matches("cues.jsonl:2").count(), 1, "said once: {err}");

    let out = run(&["annotate", "-", "-q", "--lexicons", folder], doc);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stance lexicons go to --stance-lexicons"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn help_explains_every_option() {
    let out = run(&["annotate", "--help"], b"");
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    for option in [
        "--output",
        "--tokens",
        "--source-map",
        "--banners",
        "--threads",
        "--quiet",
        "--actor",
        "--counterpart",
        "--stance-lexicons",
        "Exit status",
    ] {
        assert!(help.contains(option), "help lacks {option}");
    }
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut child = gloss()
        .args(["annotate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gloss starts");
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&many_documents(20000));
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe is closed while gloss is still writing.
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    assert!(first.starts_with("{\"schema\":\"gloss/1\""));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn tokens_and_source_map_on_request() {
    let input = "## T\n\nJan Nowak\n\nThe [US](#) imposed \\$5 tariffs and has also\n\n# PISM BULLETIN\n\nthreatened Łódź.";
    let line = serde_json::json!({"id": "x", "text": input});
    let out = run(
        &["annotate", "-", "--tokens", "--source-map"],
        format!("{line}\n").as_bytes(),
    );
    let rec = &records(&out)[0];
    let text = rec["text"].as_str().unwrap();
    assert_eq!(
        text,
        "The US imposed $5 tariffs and has also threatened Łódź."
    );
    let tokens: Vec<String> = rec["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| slice(text, t))
        .collect();
    assert_eq!(tokens[..4], ["The", "US", "imposed", "$"]);
    assert_eq!(tokens.last().unwrap(), ".");
    // Decode the source map as a consumer would and map "Łódź" back to the input bytes.
    let map = rec["source_map"].as_str().unwrap();
    let word_start = text.chars().position(|c| c == 'Ł').unwrap();
    let piece = map
        .split(';')
        .find_map(|p| {
            let (clean, input) = p.split_once(['=', '~'])?;
            let (cs, ce) = clean.split_once(':')?;
            let (is, _) = input.split_once(':')?;
            let (cs, ce, is): (usize, usize, usize) =
                (cs.parse().ok()?, ce.parse().ok()?, is.parse().ok()?);
            (p.contains('=') && cs <= word_start && word_start < ce).then_some((cs, is))
        })
        .expect("a copied piece holds the word");
    let input_piece = &input[piece.1..];
    let skip: usize = input_piece
        .chars()
        .take(word_start - piece.0)
        .map(char::len_utf8)
        .sum();
    assert!(input_piece[skip..].starts_with("Łódź"));
}
