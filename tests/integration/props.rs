//! Property tests: offset invariants hold for any input, and spans map back to their words.

use gloss::gloss_doc::{DocError, Document, Meta};
use gloss::Pipeline;
use proptest::prelude::*;
use serde_json::Value;

/// Bulletin-like Markdown: words, punctuation, Markdown syntax, furniture and page breaks.
fn bulletin() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        4 => "[A-Za-z]{1,9}",
        // Names and stance words, so that tagging and stance meet odd punctuation too.
        2 => prop::sample::select(vec![
            "Mexico", "the US", "Washington", "Claudia Sheinbaum", "Sheinbaum", "Mexican", "China",
            "She", "It", "the government", "the two governments", "its allies", "rejected",
            "did not", "refrained from", "counter-tariffs", "tariffs", "talks", "but", "however",
            "while", "will", "could", "demanded that", "was summoned by", "and", "extradited",
        ])
        .prop_map(|w| format!("{w} ")),
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            ". ", "? ", "! ", "… ", ", ", "\n", "\n\n", "\n\n# PISM BULLETIN\n\n", "\n\n2\n\n", "## ", "### ",
            "**", "*", "_", "[", "](#)", "](https://x.org/a_(b))", "\\$", "\\(", "- ", "1. ", "U.S. ", "Dr. ",
            "No. 8", "3.5%", "“", "”", "—", " – ", "Łódź", "ñandú", "\u{a0}", "\t", "\r\n", "&amp;", "<https://a.b>",
            "e.g. ", "...", "\"", "'", "(", ")",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(fragment, 0..80).prop_map(|parts| parts.concat())
}

fn record(pipeline: &Pipeline, text: &str) -> Value {
    let doc = Document {
        id: "p".into(),
        source: "p".into(),
        meta: Meta::new(),
        text: text.to_string(),
    };
    let mut out = Vec::new();
    pipeline.write_record(Ok(doc), &mut out);
    assert_eq!(
        out.iter().filter(|&&b| b == b'\n').count(),
        1,
        "exactly one line"
    );
    serde_json::from_slice(&out).expect("valid JSON")
}

fn span(v: &Value) -> (usize, usize) {
    (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    )
}

/// The words (letter and digit runs) of a string.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_inside_ordered_and_nested(input in bulletin()) {
        let pipeline = crate::pipeline_with_tokens();
        let rec = record(pipeline, &input);
        let text = rec["text"].as_str().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        let list = |k: &str| rec[k].as_array().unwrap().iter().map(span).collect::<Vec<_>>();
        let (paragraphs, sentences, sections, tokens) = (list("paragraphs"), list("sentences"), list("sections"), list("tokens"));
        for group in [&paragraphs, &sentences, &sections, &tokens] {
            for &(s, e) in group {
                prop_assert!(s < e && e <= n, "span {s}..{e} outside text of {n} chars");
            }
            for pair in group.windows(2) {
                prop_assert!(pair[0].1 <= pair[1].0, "spans overlap or are out of order: {pair:?}");
            }
        }
        for &(s, e) in &sentences {
            prop_assert!(paragraphs.iter().any(|&(ps, pe)| ps <= s && e <= pe), "sentence {s}..{e} crosses paragraphs");
            let sentence: String = chars[s..e].iter().collect();
            prop_assert_eq!(sentence.trim(), sentence.as_str(), "sentence has white space at its edges");
        }
        // Every sentence has a stance, whose cues lie inside it; one that takes none names no
        // parties and scores 0.
        for (k, sentence) in rec["sentences"].as_array().unwrap().iter().enumerate() {
            let stance = &sentence["stance"];
            let (s, e) = sentences[k];
            for cue in stance["cues"].as_array().unwrap() {
                let (cs, ce) = span(cue);
                prop_assert!(s <= cs && ce <= e, "cue {cs}..{ce} outside its sentence {s}..{e}");
            }
            if stance["label"] == "none" {
                prop_assert!(stance.get("actor").is_none() && stance.get("target").is_none());
                prop_assert_eq!(stance["score"].as_f64(), Some(0.0));
            }
        }
        // Sentences cover every word of the body.
        let covered: String = sentences.iter().map(|&(s, e)| chars[s..e].iter().collect::<String>() + " ").collect();
        prop_assert_eq!(words(&covered), words(text));
    }

    #[test]
    fn clean_spans_map_back_to_their_words(input in bulletin()) {
        let pipeline = crate::pipeline();
        let a = pipeline.annotate_text(&input);
        for sentence in &a.segments.sentences {
            let range = a.aligned.input_range(*sentence);
            let source = &input[range];
            // Cleaning never invents a letter: those the sentence shows come, in order, from the
            // input it maps to (which may also hold dropped syntax: link targets, a banner).
            let shown = sentence.slice(a.text()).chars().filter(|c| c.is_alphanumeric());
            let mut from = source.chars().filter(|c| c.is_alphanumeric());
            for c in shown {
                prop_assert!(from.any(|s| s == c), "{c:?} of {:?} not found in input {source:?}", sentence.slice(a.text()));
            }
        }
    }

    #[test]
    fn any_bytes_give_one_record_per_line(lines in prop::collection::vec(prop::collection::vec(any::<u8>(), 0..40), 1..8)) {
        let mut stream = Vec::new();
        for line in &lines {
            stream.extend(line.iter().map(|&b| if b == b'\n' { b' ' } else { b }));
            stream.push(b'\n');
        }
        let lines_in: Vec<&[u8]> = stream.split(|&b| b == b'\n').filter(|l| !l.iter().all(u8::is_ascii_whitespace)).collect();
        let expected = lines_in.len();
        let expected_bytes: usize = lines_in.iter().map(|l| l.len() + 1).sum();
        let units = gloss::gloss_ingest::Units::new(vec![gloss::gloss_ingest::Input::Reader {
            name: "stdin".into(),
            reader: Box::new(std::io::Cursor::new(stream)),
        }]);
        let pipeline = crate::pipeline();
        let mut out = Vec::new();
        let summary = pipeline.run(units, &mut out, &mut |_| {}).unwrap();
        prop_assert_eq!(summary.documents as usize, expected);
        prop_assert_eq!(summary.bytes as usize, expected_bytes, "progress counts every input byte of a record");
        let text = String::from_utf8(out).unwrap();
        prop_assert_eq!(text.lines().count(), expected);
        for line in text.lines() {
            let v: Value = serde_json::from_str(line).unwrap();
            prop_assert_eq!(&v["schema"], "gloss/1");
        }
    }
}

#[test]
fn error_records_are_one_line_too() {
    let pipeline = crate::pipeline();
    let err = DocError {
        id: "x\ny".into(),
        source: "s".into(),
        kind: gloss::gloss_doc::ErrorKind::InvalidJson,
        message: "a\nmulti-line message".into(),
        byte_offset: None,
        line: Some(1),
    };
    let mut out = Vec::new();
    pipeline.write_record(Err(err), &mut out);
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
}
