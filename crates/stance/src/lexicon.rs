//! The stance lexicons as data: cues (`lexicons/stance/cues.jsonl`), the words that refer back to
//! a party (`references.tsv`), who speaks for which party (`parties.tsv`) and the stronger
//! powers (`powers.txt`); loaded with `file:line` errors like the entity lexicons.

use gloss_lexicon::{is_id, CasePolicy, LexiconError, Origin, Problem};
use serde::Deserialize;
use std::collections::HashMap;

const CUES: (&str, &str) = (
    "lexicons/stance/cues.jsonl",
    include_str!("../../../lexicons/stance/cues.jsonl"),
);
const REFERENCES: (&str, &str) = (
    "lexicons/stance/references.tsv",
    include_str!("../../../lexicons/stance/references.tsv"),
);
const PARTIES: (&str, &str) = (
    "lexicons/stance/parties.tsv",
    include_str!("../../../lexicons/stance/parties.tsv"),
);
const POWERS: (&str, &str) = (
    "lexicons/stance/powers.txt",
    include_str!("../../../lexicons/stance/powers.txt"),
);

/// What a cue does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Cooperation,
    Resistance,
    Pressure,
    Negator,
    Hedge,
    Contrast,
    /// A word standing for the last person named ("she").
    PersonReference,
    /// A word standing for the acting party of the sentence before ("the government").
    PartyReference,
    /// Words standing for both parties acting together ("the two governments").
    JointReference,
    /// Words standing for third parties ("its allies").
    OthersReference,
}

impl Kind {
    fn from_polarity(name: &str) -> Option<Kind> {
        Some(match name {
            "cooperation" => Kind::Cooperation,
            "resistance" => Kind::Resistance,
            "pressure" => Kind::Pressure,
            "negator" => Kind::Negator,
            "hedge" => Kind::Hedge,
            "contrast" => Kind::Contrast,
            _ => return None,
        })
    }

    /// The acts a cue of this polarity may name.
    fn acts(self) -> &'static [&'static str] {
        match self {
            Kind::Cooperation => &[
                "consult",
                "negotiate",
                "cooperate",
                "cooperate-materially",
                "comply",
                "concede",
                "yield",
            ],
            Kind::Resistance => &[
                "disapprove",
                "reject",
                "refuse",
                "reduce-relations",
                "retaliate",
                "shield",
            ],
            Kind::Pressure => &["demand", "threaten", "coerce", "accuse", "sanction"],
            Kind::Negator => &["negator"],
            Kind::Hedge => &["hedge"],
            Kind::Contrast => &["contrast"],
            Kind::PersonReference
            | Kind::PartyReference
            | Kind::JointReference
            | Kind::OthersReference => &[],
        }
    }

    /// Whether the cue marks an act (as opposed to scope words and references).
    pub(crate) fn is_act(self) -> bool {
        matches!(self, Kind::Cooperation | Kind::Resistance | Kind::Pressure)
    }
}

/// One phrase of the stance lexicons.
#[derive(Clone, Debug)]
pub(crate) struct Cue {
    pub(crate) pattern: String,
    /// The cue's id, shared by its forms.
    pub(crate) id: Box<str>,
    pub(crate) case: CasePolicy,
    pub(crate) kind: Kind,
    /// The act's name (`act` of the lexicon; static for references).
    pub(crate) act: Box<str>,
    pub(crate) weight: f32,
    /// Takes the next cue of its clause as its complement and reverses it.
    pub(crate) flips: bool,
}

/// A cue line as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCue {
    label: String,
    pattern: String,
    id: String,
    polarity: String,
    act: String,
    weight: f32,
    case: Option<String>,
    #[serde(default)]
    flips: bool,
}

/// The loaded stance lexicons.
#[derive(Clone, Debug)]
pub(crate) struct StanceLexicon {
    /// Cues, then references: one phrase each.
    pub(crate) cues: Vec<Cue>,
    /// Entity id -> the party it speaks for.
    pub(crate) parties: HashMap<String, String>,
    /// Stronger powers, strongest first.
    pub(crate) powers: Vec<String>,
}

/// The data lines of a text file: not blank, not a `#` comment, with their origin.
fn data_lines<'t>(file: &'t str, text: &'t str) -> impl Iterator<Item = (Origin, &'t str)> {
    text.lines().enumerate().filter_map(move |(n, line)| {
        let line = line.trim_end();
        (!line.trim().is_empty() && !line.starts_with('#') && !line.starts_with("//")).then(|| {
            (
                Origin {
                    file: file.to_string(),
                    line: n + 1,
                },
                line,
            )
        })
    })
}

/// The key two patterns share if the matcher cannot tell them apart.
fn folded(pattern: &str, case: CasePolicy) -> String {
    let p = pattern.replace('’', "'");
    match case {
        CasePolicy::Exact => p,
        CasePolicy::AsWritten => {
            let mut chars = p.chars();
            chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

fn parse_cue(line: &str) -> Result<(Cue, String), String> {
    let raw: RawCue = serde_json::from_str(line).map_err(|e| format!("not a stance cue: {e}"))?;
    if raw.label != "STANCE_CUE" {
        return Err(format!(
            "label must be \"STANCE_CUE\", found {:?}",
            raw.label
        ));
    }
    let words_ok = !raw.pattern.is_empty()
        && raw.pattern.split(' ').all(|w| !w.is_empty())
        && raw.pattern == raw.pattern.trim();
    if !words_ok {
        return Err(format!(
            "pattern {:?} must be words separated by single spaces",
            raw.pattern
        ));
    }
    if !is_id(&raw.id) {
        return Err(format!(
            "id {:?} must be lower-case ASCII words joined by \"-\"",
            raw.id
        ));
    }
    let kind = Kind::from_polarity(&raw.polarity).ok_or_else(|| {
        format!(
            "unknown polarity {:?} (cooperation, resistance, pressure, negator, hedge or contrast)",
            raw.polarity
        )
    })?;
    if !kind.acts().contains(&raw.act.as_str()) {
        return Err(format!(
            "act {:?} is not an act of polarity {} (one of: {})",
            raw.act,
            raw.polarity,
            kind.acts().join(", ")
        ));
    }
    if !(0.1..=1.0).contains(&raw.weight) {
        return Err(format!("weight {} must be from 0.1 to 1.0", raw.weight));
    }
    let case = match raw.case.as_deref() {
        None => CasePolicy::AsWritten,
        Some("exact") => CasePolicy::Exact,
        Some(other) => return Err(format!("case must be \"exact\", found {other:?}")),
    };
    Ok((
        Cue {
            pattern: raw.pattern,
            id: raw.id.as_str().into(),
            case,
            kind,
            act: raw.act.into(),
            weight: raw.weight,
            flips: raw.flips,
        },
        raw.id,
    ))
}

impl StanceLexicon {
    /// The bundled stance lexicons.
    pub(crate) fn bundled() -> Result<StanceLexicon, LexiconError> {
        StanceLexicon::parse(CUES, REFERENCES, PARTIES, POWERS)
    }

    /// Parses the four files, each as (name, text); every problem is reported.
    pub(crate) fn parse(
        cues: (&str, &str),
        references: (&str, &str),
        parties: (&str, &str),
        powers: (&str, &str),
    ) -> Result<StanceLexicon, LexiconError> {
        let mut problems = Vec::new();
        let mut out = StanceLexicon {
            cues: Vec::new(),
            parties: HashMap::new(),
            powers: Vec::new(),
        };
        // folded pattern -> where; cue id -> (kind, act, where)
        let mut seen: HashMap<String, Origin> = HashMap::new();
        let mut ids: HashMap<String, (Kind, Box<str>, Origin)> = HashMap::new();
        let mut remember = |pattern: String, origin: &Origin, problems: &mut Vec<Problem>| {
            if let Some(first) = seen.get(&pattern) {
                problems.push(Problem {
                    origin: origin.clone(),
                    reason: format!("{pattern:?} is already listed at {first}"),
                });
            } else {
                seen.insert(pattern, origin.clone());
            }
        };
        for (origin, line) in data_lines(cues.0, cues.1) {
            match parse_cue(line) {
                Ok((cue, id)) => {
                    match ids.get(&id) {
                        Some((kind, act, first)) if *kind != cue.kind || *act != cue.act => {
                            problems.push(Problem {
                                origin: origin.clone(),
                                reason: format!(
                                    "cue id {id:?} has another polarity or act at {first}"
                                ),
                            })
                        }
                        Some(_) => {}
                        None => {
                            ids.insert(id, (cue.kind, cue.act.clone(), origin.clone()));
                        }
                    }
                    remember(folded(&cue.pattern, cue.case), &origin, &mut problems);
                    out.cues.push(cue);
                }
                Err(reason) => problems.push(Problem { origin, reason }),
            }
        }
        for (origin, line) in data_lines(references.0, references.1) {
            let kind = match line.split_once('\t') {
                Some((phrase, "person")) => Some((phrase, Kind::PersonReference)),
                Some((phrase, "party")) => Some((phrase, Kind::PartyReference)),
                Some((phrase, "joint")) => Some((phrase, Kind::JointReference)),
                Some((phrase, "others")) => Some((phrase, Kind::OthersReference)),
                _ => None,
            };
            match kind {
                Some((phrase, kind)) if !phrase.is_empty() => {
                    remember(
                        folded(phrase, CasePolicy::AsWritten),
                        &origin,
                        &mut problems,
                    );
                    out.cues.push(Cue {
                        pattern: phrase.to_string(),
                        id: "reference".into(),
                        case: CasePolicy::AsWritten,
                        kind,
                        act: "reference".into(),
                        weight: 1.0,
                        flips: false,
                    });
                }
                _ => problems.push(Problem {
                    origin,
                    reason: "expected `phrase<TAB>KIND`, KIND one of person, party, joint, others"
                        .into(),
                }),
            }
        }
        for (origin, line) in data_lines(parties.0, parties.1) {
            match line.split_once('\t') {
                Some((entity, party)) if is_id(entity) && is_id(party) => {
                    if out
                        .parties
                        .insert(entity.to_string(), party.to_string())
                        .is_some()
                    {
                        problems.push(Problem {
                            origin,
                            reason: format!("{entity:?} is listed twice"),
                        });
                    }
                }
                _ => problems.push(Problem {
                    origin,
                    reason: "expected `entity-id<TAB>party-id` (kebab-case ids)".into(),
                }),
            }
        }
        for (origin, line) in data_lines(powers.0, powers.1) {
            if is_id(line) {
                out.powers.push(line.to_string());
            } else {
                problems.push(Problem {
                    origin,
                    reason: format!("{line:?} is not an entity id"),
                });
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lexicons_load() {
        let lexicon = StanceLexicon::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert!(lexicon.cues.len() > 1000);
        assert_eq!(lexicon.parties["mexicans"], "mexico");
        assert_eq!(lexicon.powers[0], "united-states");
    }

    #[test]
    fn problems_name_file_line_and_reason() {
        let cue = |p: &str, pol: &str, act: &str, w: f32| {
            format!(
                r#"{{"label": "STANCE_CUE", "pattern": "{p}", "id": "x-{}", "polarity": "{pol}", "act": "{act}", "weight": {w}}}"#,
                p.replace(" ", "-").to_lowercase()
            )
        };
        let cases: &[(String, &str)] = &[
            (
                cue("talks", "cooperation", "reject", 0.5),
                "c.jsonl:1: act \"reject\" is not an act of polarity cooperation",
            ),
            (
                cue("talks", "friendly", "consult", 0.5),
                "c.jsonl:1: unknown polarity \"friendly\"",
            ),
            (
                cue("talks", "cooperation", "consult", 1.5),
                "c.jsonl:1: weight 1.5 must be from 0.1 to 1.0",
            ),
            (
                cue("held  talks", "cooperation", "consult", 0.5),
                "c.jsonl:1: pattern \"held  talks\" must be words",
            ),
            (
                format!(
                    "{}\n{}",
                    cue("talks", "cooperation", "consult", 0.5),
                    cue("Talks", "cooperation", "consult", 0.6)
                ),
                "c.jsonl:2: \"talks\" is already listed at c.jsonl:1",
            ),
            ("{\"label\": \"GPE\"}".into(), "c.jsonl:1: not a stance cue"),
        ];
        for (text, expected) in cases {
            let err = StanceLexicon::parse(
                ("c.jsonl", text),
                ("r.tsv", ""),
                ("p.tsv", ""),
                ("w.txt", ""),
            )
            .expect_err(text)
            .to_string();
            assert!(
                err.starts_with(expected),
                "{text}\n got {err}\nwant {expected}"
            );
        }
        let err = StanceLexicon::parse(
            ("c.jsonl", ""),
            ("r.tsv", "she\tpeople\n"),
            ("p.tsv", "Mexicans\tmexico\n"),
            ("w.txt", "# x\nUS\n"),
        )
        .expect_err("three bad lines")
        .to_string();
        assert_eq!(err.lines().count(), 3, "{err}");
        assert!(err.starts_with("r.tsv:1: "), "{err}");
        assert!(err.contains("w.txt:2: \"US\" is not an entity id"), "{err}");
    }
}
