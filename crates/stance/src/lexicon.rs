//! The stance lexicons as data: cues (`lexicons/stance/cues.jsonl`), the words that refer back to
//! a party (`references.tsv`), who speaks for which party (`parties.tsv`) and the stronger
//! powers (`powers.txt`) and their rivals (`rivals.tsv`); loaded with `file:line` errors like the entity lexicons.

use gloss_lexicon::{is_id, CasePolicy, LexiconError, Origin, Problem};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

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
const RIVALS: (&str, &str) = (
    "lexicons/stance/rivals.tsv",
    include_str!("../../../lexicons/stance/rivals.tsv"),
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
    /// An organ of a state ("the foreign ministry", "the coast guard"): the weaker party's,
    /// unless a party is named right before or after it.
    OrganReference,
    /// A title of office before a person's name ("Foreign Minister"): a person of no known
    /// party named with it is an official of the weaker party.
    Title,
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
            | Kind::OthersReference
            | Kind::OrganReference
            | Kind::Title => &[],
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
    /// Takes a stance only toward a party named as its object: the counterpart, or its rival
    /// ("joined NATO", "recognised Beijing"); with no such party named, it is no act.
    pub(crate) aimed: bool,
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
    #[serde(default)]
    aimed: bool,
    #[serde(default)]
    inflect: bool,
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
    /// Pairs of rival powers or blocs, each pair once, in either order.
    pub(crate) rivals: Vec<(String, String)>,
}

impl StanceLexicon {
    /// Whether `a` and `b` are rivals.
    pub(crate) fn rivals(&self, a: &str, b: &str) -> bool {
        self.rivals
            .iter()
            .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
    }

    /// Whether `party` has a rival.
    pub(crate) fn has_rival(&self, party: &str) -> bool {
        self.rivals.iter().any(|(x, y)| x == party || y == party)
    }
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

/// The regular forms of a verb in its base form: third person, past and gerund ("bargain" ->
/// "bargains", "bargained", "bargaining"; "ban" -> "bans", "banned", "banning"; "rely" ->
/// "relies", "relied", "relying"). Irregular forms are listed as lines of their own.
fn inflections(verb: &str) -> [String; 3] {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = verb.chars().collect();
    let last = chars.last().copied().unwrap_or(' ');
    let before_last = chars.len().checked_sub(2).map(|i| chars[i]);
    let consonant_y = last == 'y' && before_last.is_some_and(|c| !vowel(c));
    // A one-syllable verb ending consonant-vowel-consonant doubles it ("ban" -> "banned").
    let syllables = chars
        .chunk_by(|a, b| vowel(*a) == vowel(*b))
        .filter(|run| run.first().is_some_and(|c| vowel(*c)))
        .count();
    let doubles = syllables == 1
        && chars.len() >= 3
        && !vowel(last)
        && !"wxy".contains(last)
        && before_last.is_some_and(vowel)
        && !vowel(chars[chars.len() - 3]);
    let stem = || verb[..verb.len() - 1].to_string();
    let third = if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| verb.ends_with(e))
    {
        format!("{verb}es")
    } else if consonant_y {
        format!("{}ies", stem())
    } else {
        format!("{verb}s")
    };
    let past = if last == 'e' {
        format!("{verb}d")
    } else if consonant_y {
        format!("{}ied", stem())
    } else if doubles {
        format!("{verb}{last}ed")
    } else {
        format!("{verb}ed")
    };
    let gerund = if let Some(stem) = verb.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e' && !["ee", "ye", "oe"].iter().any(|e| verb.ends_with(e)) {
        format!("{}ing", stem())
    } else if doubles {
        format!("{verb}{last}ing")
    } else {
        format!("{verb}ing")
    };
    [third, past, gerund]
}

/// The regular forms of a phrase whose first word is a verb, with the rest of the phrase
/// ("push back" -> "pushes back", "pushed back", "pushing back").
fn inflected(pattern: &str) -> [String; 3] {
    let (verb, rest) = pattern.split_once(' ').unwrap_or((pattern, ""));
    inflections(verb).map(|form| {
        if rest.is_empty() {
            form
        } else {
            format!("{form} {rest}")
        }
    })
}

fn parse_cue(line: &str) -> Result<(Cue, String, bool), String> {
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
    if raw.inflect
        && !raw
            .pattern
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()))
    {
        return Err(format!(
            "inflect needs a pattern that starts with a verb in lower-case ASCII letters, found {:?}",
            raw.pattern
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
            aimed: raw.aimed,
        },
        raw.id,
        raw.inflect,
    ))
}

/// One layer of stance lexicons: the four files, each as (name, text) when the layer has it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layer {
    pub(crate) cues: Option<(String, String)>,
    pub(crate) references: Option<(String, String)>,
    pub(crate) parties: Option<(String, String)>,
    pub(crate) powers: Option<(String, String)>,
    pub(crate) rivals: Option<(String, String)>,
}

/// The file names a folder of stance lexicons may hold.
const FILES: [&str; 5] = [
    "cues.jsonl",
    "references.tsv",
    "parties.tsv",
    "powers.txt",
    "rivals.tsv",
];

impl Layer {
    /// The bundled files.
    pub(crate) fn bundled() -> Layer {
        let own = |(name, text): (&str, &str)| Some((name.to_string(), text.to_string()));
        Layer {
            cues: own(CUES),
            references: own(REFERENCES),
            parties: own(PARTIES),
            powers: own(POWERS),
            rivals: own(RIVALS),
        }
    }

    /// The files of `dir` that have one of the five names; a folder with none of them, or a
    /// file that cannot be read, is a problem.
    pub(crate) fn read_dir(dir: &Path) -> Result<Layer, Vec<Problem>> {
        let mut layer = Layer::default();
        let mut problems = Vec::new();
        let at = |path: &Path, reason: String| Problem {
            origin: Origin {
                file: path.display().to_string(),
                line: 0,
            },
            reason,
        };
        for name in FILES {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            let file = match std::fs::read_to_string(&path) {
                Ok(text) => Some((path.display().to_string(), text)),
                Err(e) => {
                    problems.push(at(&path, format!("cannot read: {e}")));
                    continue;
                }
            };
            match name {
                "cues.jsonl" => layer.cues = file,
                "references.tsv" => layer.references = file,
                "parties.tsv" => layer.parties = file,
                "powers.txt" => layer.powers = file,
                _ => layer.rivals = file,
            }
        }
        let empty = layer.cues.is_none()
            && layer.references.is_none()
            && layer.parties.is_none()
            && layer.powers.is_none()
            && layer.rivals.is_none();
        if empty && problems.is_empty() {
            problems.push(at(
                dir,
                format!(
                    "no stance lexicon file in this folder (one of {})",
                    FILES.join(", ")
                ),
            ));
        }
        if problems.is_empty() {
            Ok(layer)
        } else {
            Err(problems)
        }
    }
}

impl StanceLexicon {
    /// Loads the layers in order; every problem is reported. Within a layer a pattern or an
    /// entity is listed once; a later layer replaces an earlier layer's entry with the same
    /// pattern (cues, references) or entity (parties), its `powers.txt` replaces the list, and
    /// its rivals add to the pairs.
    pub(crate) fn load(layers: &[Layer]) -> Result<StanceLexicon, LexiconError> {
        let mut problems = Vec::new();
        let mut out = StanceLexicon {
            cues: Vec::new(),
            parties: HashMap::new(),
            powers: Vec::new(),
            rivals: Vec::new(),
        };
        // folded pattern -> index in out.cues; cue id -> (kind, act, where)
        let mut by_pattern: HashMap<String, usize> = HashMap::new();
        let mut ids: HashMap<String, (Kind, Box<str>, Origin)> = HashMap::new();
        for layer in layers {
            // folded pattern -> where, in this layer
            let mut seen: HashMap<String, Origin> = HashMap::new();
            // (`made`: a form made by `inflect`, which only fills a gap.)
            let mut add = |cue: Cue, origin: Origin, made: bool, problems: &mut Vec<Problem>| {
                let key = folded(&cue.pattern, cue.case);
                if made && (seen.contains_key(&key) || by_pattern.contains_key(&key)) {
                    return;
                }
                if let Some(first) = seen.get(&key) {
                    problems.push(Problem {
                        reason: format!("{key:?} is already listed at {first}"),
                        origin,
                    });
                    return;
                }
                seen.insert(key.clone(), origin);
                match by_pattern.get(&key) {
                    Some(&i) => out.cues[i] = cue,
                    None => {
                        by_pattern.insert(key, out.cues.len());
                        out.cues.push(cue);
                    }
                }
            };
            if let Some((name, text)) = &layer.cues {
                // Forms made by `inflect`, added after the lines so that a form written as a
                // line of its own wins.
                let mut made: Vec<(Cue, Origin)> = Vec::new();
                for (origin, line) in data_lines(name, text) {
                    match parse_cue(line) {
                        Ok((cue, id, inflect)) => {
                            if inflect {
                                for pattern in inflected(&cue.pattern) {
                                    let form = Cue {
                                        pattern,
                                        ..cue.clone()
                                    };
                                    made.push((form, origin.clone()));
                                }
                            }
                            match ids.get(&id) {
                                Some((kind, act, first))
                                    if *kind != cue.kind || *act != cue.act =>
                                {
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
                            add(cue, origin, false, &mut problems);
                        }
                        Err(reason) => problems.push(Problem { origin, reason }),
                    }
                }
                for (cue, origin) in made {
                    add(cue, origin, true, &mut problems);
                }
            }
            if let Some((name, text)) = &layer.references {
                for (origin, line) in data_lines(name, text) {
                    let kind = match line.split_once('\t') {
                        Some((phrase, "person")) => Some((phrase, Kind::PersonReference)),
                        Some((phrase, "party")) => Some((phrase, Kind::PartyReference)),
                        Some((phrase, "joint")) => Some((phrase, Kind::JointReference)),
                        Some((phrase, "others")) => Some((phrase, Kind::OthersReference)),
                        Some((phrase, "organ")) => Some((phrase, Kind::OrganReference)),
                        Some((phrase, "title")) => Some((phrase, Kind::Title)),
                        _ => None,
                    };
                    match kind {
                        Some((phrase, kind)) if !phrase.is_empty() => {
                            let cue = Cue {
                                pattern: phrase.to_string(),
                                id: "reference".into(),
                                case: CasePolicy::AsWritten,
                                kind,
                                act: "reference".into(),
                                weight: 1.0,
                                flips: false,
                                aimed: false,
                            };
                            add(cue, origin, false, &mut problems);
                        }
                        _ => problems.push(Problem {
                            origin,
                            reason:
                                "expected `phrase<TAB>KIND`, KIND one of person, party, joint, others, organ, title"
                                    .into(),
                        }),
                    }
                }
            }
            if let Some((name, text)) = &layer.parties {
                let mut listed: HashMap<&str, ()> = HashMap::new();
                for (origin, line) in data_lines(name, text) {
                    match line.split_once('\t') {
                        Some((entity, party)) if is_id(entity) && is_id(party) => {
                            if listed.insert(entity, ()).is_some() {
                                problems.push(Problem {
                                    origin,
                                    reason: format!("{entity:?} is listed twice"),
                                });
                            } else {
                                out.parties.insert(entity.to_string(), party.to_string());
                            }
                        }
                        _ => problems.push(Problem {
                            origin,
                            reason: "expected `entity-id<TAB>party-id` (kebab-case ids)".into(),
                        }),
                    }
                }
            }
            if let Some((name, text)) = &layer.powers {
                out.powers.clear();
                for (origin, line) in data_lines(name, text) {
                    if is_id(line) {
                        out.powers.push(line.to_string());
                    } else {
                        problems.push(Problem {
                            origin,
                            reason: format!("{line:?} is not an entity id"),
                        });
                    }
                }
            }
            if let Some((name, text)) = &layer.rivals {
                // A pair listed twice in one file is a slip; a pair an earlier layer has is
                // the same entry again (an analyst's copy of the bundled file).
                let mut listed: Vec<(&str, &str, Origin)> = Vec::new();
                for (origin, line) in data_lines(name, text) {
                    match line.split_once('\t') {
                        Some((a, b)) if is_id(a) && is_id(b) && a != b => {
                            let same = |&&(x, y, _): &&(&str, &str, Origin)| {
                                (x, y) == (a, b) || (x, y) == (b, a)
                            };
                            if let Some((_, _, first)) = listed.iter().find(same) {
                                problems.push(Problem {
                                    reason: format!(
                                        "{a:?} and {b:?} are already rivals at {first}"
                                    ),
                                    origin,
                                });
                                continue;
                            }
                            if !out.rivals(a, b) {
                                out.rivals.push((a.to_string(), b.to_string()));
                            }
                            listed.push((a, b, origin));
                        }
                        _ => problems.push(Problem {
                            origin,
                            reason:
                                "expected `party-id<TAB>party-id` (two different kebab-case ids)"
                                    .into(),
                        }),
                    }
                }
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
        let lexicon = StanceLexicon::load(&[Layer::bundled()]).unwrap_or_else(|e| panic!("{e}"));
        assert!(lexicon.cues.len() > 1000);
        assert_eq!(lexicon.parties["mexicans"], "mexico");
        assert_eq!(lexicon.powers[0], "united-states");
    }

    /// A layer of the four files named c.jsonl, r.tsv, p.tsv and w.txt.
    fn layer(cues: &str, references: &str, parties: &str, powers: &str) -> Layer {
        let file = |name: &str, text: &str| Some((name.to_string(), text.to_string()));
        Layer {
            cues: file("c.jsonl", cues),
            references: file("r.tsv", references),
            parties: file("p.tsv", parties),
            powers: file("w.txt", powers),
            rivals: None,
        }
    }

    #[test]
    fn inflect_makes_the_regular_forms() {
        let cases = [
            ("bargain", ["bargains", "bargained", "bargaining"]),
            ("ban", ["bans", "banned", "banning"]),
            ("stop", ["stops", "stopped", "stopping"]),
            ("offer", ["offers", "offered", "offering"]),
            ("rely", ["relies", "relied", "relying"]),
            ("play", ["plays", "played", "playing"]),
            ("negotiate", ["negotiates", "negotiated", "negotiating"]),
            ("agree", ["agrees", "agreed", "agreeing"]),
            ("tie", ["ties", "tied", "tying"]),
            ("push", ["pushes", "pushed", "pushing"]),
            ("veto", ["vetoes", "vetoed", "vetoing"]),
            ("fix", ["fixes", "fixed", "fixing"]),
        ];
        for (verb, want) in cases {
            assert_eq!(inflections(verb), want.map(String::from), "{verb}");
        }
    }

    #[test]
    fn inflected_forms_fill_gaps_and_written_lines_win() {
        let lexicon = StanceLexicon::load(&[layer(
            concat!(
                r#"{"label": "STANCE_CUE", "pattern": "push back", "id": "push-back", "polarity": "resistance", "act": "disapprove", "weight": 0.6, "inflect": true}"#,
                "\n",
                r#"{"label": "STANCE_CUE", "pattern": "pushed back", "id": "push-back", "polarity": "resistance", "act": "disapprove", "weight": 0.8}"#,
            ),
            "",
            "",
            "",
        )])
        .unwrap_or_else(|e| panic!("{e}"));
        let cues: Vec<(&str, f32)> = lexicon
            .cues
            .iter()
            .map(|c| (c.pattern.as_str(), c.weight))
            .collect();
        assert_eq!(
            cues,
            [
                ("push back", 0.6),
                ("pushed back", 0.8),
                ("pushes back", 0.6),
                ("pushing back", 0.6)
            ]
        );
        let err = StanceLexicon::load(&[layer(
            r#"{"label": "STANCE_CUE", "pattern": "WTO complaint", "id": "wto", "polarity": "resistance", "act": "disapprove", "weight": 0.6, "inflect": true}"#,
            "",
            "",
            "",
        )])
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(
            err.contains("inflect needs a pattern that starts with a verb"),
            "{err}"
        );
    }

    #[test]
    fn a_later_layer_replaces_an_entry_and_adds_others() {
        let cue = |pattern: &str, polarity: &str, act: &str, id: &str| {
            format!(
                r#"{{"label": "STANCE_CUE", "pattern": "{pattern}", "id": "{id}", "polarity": "{polarity}", "act": "{act}", "weight": 0.5}}"#
            )
        };
        let base = layer(
            &cue("talks", "cooperation", "consult", "talks"),
            "she\tperson\n",
            "mexicans\tmexico\n",
            "united-states\nchina\n",
        );
        let mine = Layer {
            cues: Some((
                "mine/cues.jsonl".into(),
                [
                    cue("Talks", "resistance", "reject", "no-talks"),
                    cue("démarche", "resistance", "disapprove", "demarche"),
                ]
                .join("\n"),
            )),
            parties: Some(("mine/parties.tsv".into(), "mexicans\tmexico-city\n".into())),
            ..Layer::default()
        };
        let lexicon = StanceLexicon::load(&[base, mine]).unwrap_or_else(|e| panic!("{e}"));
        let cues: Vec<(&str, Kind)> = lexicon
            .cues
            .iter()
            .map(|c| (c.pattern.as_str(), c.kind))
            .collect();
        assert_eq!(
            cues,
            [
                ("Talks", Kind::Resistance),
                ("she", Kind::PersonReference),
                ("démarche", Kind::Resistance)
            ]
        );
        assert_eq!(lexicon.parties["mexicans"], "mexico-city");
        assert_eq!(
            lexicon.powers,
            ["united-states", "china"],
            "no powers.txt: kept"
        );
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
            // `balance` is given by the rules (cooperation with a rival), never listed.
            (
                cue("allied with", "resistance", "balance", 0.5),
                "c.jsonl:1: act \"balance\" is not an act of polarity resistance",
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
            let err = StanceLexicon::load(&[layer(text, "", "", "")])
                .expect_err(text)
                .to_string();
            assert!(
                err.starts_with(expected),
                "{text}\n got {err}\nwant {expected}"
            );
        }
        let err = StanceLexicon::load(&[layer(
            "",
            "she\tpeople\n",
            "Mexicans\tmexico\n",
            "# x\nUS\n",
        )])
        .expect_err("three bad lines")
        .to_string();
        assert_eq!(err.lines().count(), 3, "{err}");
        assert!(err.starts_with("r.tsv:1: "), "{err}");
        assert!(err.contains("w.txt:2: \"US\" is not an entity id"), "{err}");
    }

    /// The tagger names a capital by its city id after "in" or "to"; `parties.tsv` must map
    /// every such city back to its country.
    #[test]
    fn every_capital_named_as_a_place_stands_for_its_country() {
        #[derive(Deserialize)]
        struct Gpe {
            id: String,
            place: Option<String>,
        }
        let lexicon = StanceLexicon::load(&[Layer::bundled()]).unwrap_or_else(|e| panic!("{e}"));
        let gpe = include_str!("../../../lexicons/entities/gpe.jsonl");
        let mut places = 0;
        for line in gpe.lines().filter(|l| l.starts_with('{')) {
            let entry: Gpe = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
            if let Some(place) = entry.place {
                places += 1;
                assert_eq!(
                    lexicon.parties.get(&place),
                    Some(&entry.id),
                    "lexicons/stance/parties.tsv: {place}"
                );
            }
        }
        assert!(places > 90, "{places} capitals");
    }

    /// An analyst's folder may hold `rivals.tsv`: its pairs add to the bundled ones, and a
    /// bundled pair listed again is no error.
    #[test]
    fn a_folder_adds_rivals() {
        let dir = std::env::temp_dir().join(format!("gloss-rivals-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            dir.join("rivals.tsv"),
            "india\tpakistan-taliban\nchina\tunited-states\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let mine = Layer::read_dir(&dir).unwrap_or_else(|e| panic!("{e:?}"));
        std::fs::remove_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let lexicon =
            StanceLexicon::load(&[Layer::bundled(), mine]).unwrap_or_else(|e| panic!("{e}"));
        assert!(lexicon.rivals("pakistan-taliban", "india"), "added");
        assert!(
            lexicon.rivals("china", "united-states"),
            "bundled pairs kept"
        );
    }

    #[test]
    fn rivals_are_pairs_of_two_ids_listed_once() {
        let rivals = |text: &str| {
            StanceLexicon::load(&[Layer {
                rivals: Some(("v.tsv".into(), text.into())),
                ..Layer::default()
            }])
        };
        let lexicon = rivals("# c\nunited-states\tchina\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(lexicon.rivals("china", "united-states"), "either order");
        assert!(lexicon.has_rival("china") && !lexicon.has_rival("japan"));
        let cases = [
            (
                "china\tunited-states\nunited-states\tchina\n",
                "v.tsv:2: \"united-states\" and \"china\" are already rivals at v.tsv:1",
            ),
            ("china\n", "v.tsv:1: expected `party-id<TAB>party-id`"),
            (
                "china\tchina\n",
                "v.tsv:1: expected `party-id<TAB>party-id`",
            ),
            (
                "China\tjapan\n",
                "v.tsv:1: expected `party-id<TAB>party-id`",
            ),
        ];
        for (text, expected) in cases {
            let err = rivals(text).expect_err(text).to_string();
            assert!(
                err.starts_with(expected),
                "{text:?}\n got {err}\nwant {expected}"
            );
        }
    }
}
