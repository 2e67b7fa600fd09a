//! The direct reader against the serde mirror: sheets classwork writes are read directly,
//! what a sheet does not hold is left to serde, and wherever the direct reader reads a sheet
//! serde reads the same one.

use proptest::prelude::*;

use super::*;
use crate::answer::sheet::{AnswerSheet, write_sheet};
use crate::answer::{Answer, Response};
use crate::scoring::perfect_answer_with_sources;

/// What the serde mirror reads from `text`, for comparison (spans included).
fn by_serde(text: &str) -> Result<String, String> {
    toml::from_str::<RawSheet>(text)
        .map(|raw| format!("{raw:?}"))
        .map_err(|e| e.to_string())
}

#[test]
fn sheets_classwork_writes_are_read_by_their_layout_as_serde_reads_them() {
    let unit = crate::bundled::default_unit().units.remove(0);
    // Essays and reports are written in paragraphs, with quotations.
    let written = "Stalin \"wanted time\".\n\nIn 1939 the pact bought it: “a breathing space”.\n";
    for activity in &unit.activities {
        // Sheets handed in carry no teacher's marks; those the student's own progress
        // holds are read by serde.
        let perfect = Answer {
            teacher: Default::default(),
            ..perfect_answer_with_sources(activity, &unit.sources)
        };
        let empty = Answer {
            response: Response::empty_for(activity),
            ..Answer::default()
        };
        let mut paragraphs = perfect.clone();
        match &mut paragraphs.response {
            Response::Essay(text) => *text = written.into(),
            Response::Report { sections, .. } => {
                sections.values_mut().for_each(|s| *s = written.into());
            }
            _ => {}
        }
        for text in paragraphs.follow_up.values_mut() {
            *text = written.into();
        }
        for answer in [perfect, empty, paragraphs, Answer::default()] {
            let sheet = AnswerSheet {
                student: Some("Ada Lovelace".into()),
                submitted: Some("2026-11-20T09:00:00Z".into()),
                ..AnswerSheet::new(activity, answer)
            };
            let text = write_sheet(&sheet);
            let direct =
                layout::read(&text).unwrap_or_else(|| panic!("not read by its layout:\n{text}"));
            assert_eq!(Ok(format!("{direct:?}")), by_serde(&text), "{text}");
        }
    }
}

#[test]
fn a_table_named_first_as_a_parent_takes_its_own_header_as_span() {
    let text = "schema_version = 1\nactivity = \"a\"\nactivity_hash = \"h\"\n\
                [responses.ticks]\nrow = [\"x\"]\n[responses]\ntext = \"t\"\n";
    let raw = read(text).expect("read directly");
    let responses = raw.responses.as_ref().expect("responses");
    assert_eq!(&text[responses.span()], "[responses]");
    assert_eq!(Ok(format!("{raw:?}")), by_serde(text));
}

#[test]
fn what_a_sheet_does_not_hold_is_left_to_serde() {
    let head = "schema_version = 1\nactivity = \"a\"\nactivity_hash = \"h\"\n";
    for rest in [
        "studnet = \"x\"",
        "student = 3",
        "responses.text = \"dotted\"",
        "[responses]\ncover = { title = \"inline\" }",
        "[responses]\ntext = \"a\"\ntext = \"b\"",
        "[follow_up]\na = \"x\"\na = \"y\"",
        "[follow_up]\n[follow_up]",
        "[responses.ticks]\nrow = [[\"nested\"]]",
        "[[teacher]]\na = 1",
        "[teacher]\na = 1e400",
        "[teacher]\na = \"three\"",
        "student = \"unterminated",
        "student = \"bad \u{1} byte\"",
    ] {
        let text = format!("{head}{rest}\n");
        assert!(read(&text).is_none(), "read directly:\n{text}");
    }
    assert!(read("activity = \"a\"\nactivity_hash = \"h\"\n").is_none());
}

/// A string in one of TOML's ways of writing one, some needing decoding, a few bad.
fn string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z .,é’-]{0,12}".prop_map(|s| format!("\"{s}\"")),
        1 => "[a-z \"\\\\]{0,6}".prop_map(|s| format!("{s:?}")),
        1 => prop_oneof![
            Just("\"tab\there\""),
            Just("\"a\\u00e9\\n\""),
            Just("'lit\\eral'"),
            Just("\"\"\"multi\nline\"\"\""),
            Just("\"\"\"\nfirst\n\nsecond \"q\" \"\"\"\""),
            Just("\"\"\"a\"\"\"\"\"\""),
            Just("\"\"\"\"\"\"\"\"\""),
            Just("\"\"\"x\r\ny\"\"\""),
            Just("\"\"\"a\\\nb\"\"\""),
            Just("\"\"\"\"\"\""),
            Just("'''x\ny'''"),
            Just("\"bad\u{1}\""),
            Just("\"del\u{7f}\""),
            Just("\"unterminated"),
            Just("\"\""),
        ]
        .prop_map(str::to_string),
    ]
}

/// A value of any type a sheet uses, or of one it does not.
fn value() -> impl Strategy<Value = String> {
    let list = (
        proptest::collection::vec(string(), 0..4),
        prop_oneof![Just(", "), Just(",\n  "), Just(" , # note\n")],
        any::<bool>(),
    )
        .prop_map(|(items, sep, trailing)| {
            let end = if trailing && !items.is_empty() {
                ","
            } else {
                ""
            };
            format!("[{}{end}]", items.join(sep))
        });
    prop_oneof![
        4 => string(),
        2 => list,
        2 => prop_oneof![
            Just("1"), Just("2"), Just("-3"), Just("0x1"), Just("1_0"), Just("+7"),
            Just("99999999999999999999"), Just("2.5"), Just("3.0"), Just("1e400"),
            Just("inf"), Just("-0.0"), Just("1e3"), Just("-0"), Just("01"), Just("1."),
            Just("-01.5"), Just("0.5"), Just("9223372036854775808"), Just("-"),
        ]
        .prop_map(str::to_string),
        1 => prop_oneof![
            Just("true"), Just("1979-05-27"), Just("[1, 2]"), Just("[[\"a\"]]"),
            Just("{ a = \"b\" }"), Just("{}"),
        ]
        .prop_map(str::to_string),
    ]
}

/// A key of some table of a sheet, written in one of TOML's ways, or another key.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop_oneof![
            Just("schema_version"), Just("student"), Just("activity"),
            Just("activity_hash"), Just("started"), Just("submitted"), Just("order"),
            Just("text"), Just("justification"), Just("decision"), Just("row"),
            Just("source_1"), Just("a"), Just("b"),
        ]
        .prop_map(str::to_string),
        1 => prop_oneof![
            Just("\"a\""), Just("'b'"), Just("\"x.y\""), Just("x.y"), Just("\"\""),
            Just("ticks"), Just("responses"), Just("\"é\""), Just("é"), Just("a-b"),
            Just("\"q\\\"k\""), Just("\"\\u0041\""), Just("\"tab\tkey\""),
        ]
        .prop_map(str::to_string),
    ]
}

/// A table header of a sheet, or of a table a sheet does not have.
fn header() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop_oneof![
            Just("responses"), Just("responses.ticks"), Just("responses.evidence"),
            Just("responses.placements"), Just("responses.choices"), Just("responses.cells"),
            Just("responses.chosen"), Just("responses.answers"), Just("responses.cover"),
            Just("responses.sections"), Just("follow_up"), Just("teacher"),
        ]
        .prop_map(|h| format!("[{h}]")),
        1 => prop_oneof![
            Just("[ responses . cells ]"), Just("[\"responses\".evidence]"),
            Just("[unknown]"), Just("[[teacher]]"), Just("[responses.x]"),
            Just("[responses.ticks.deep]"), Just("[student]"),
        ]
        .prop_map(str::to_string),
    ]
}

/// A line of a sheet: a key and value, a header, a comment or nothing.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (key(), value(), prop_oneof![Just(""), Just("  # said")])
            .prop_map(|(k, v, c)| format!("{k} = {v}{c}")),
        2 => header(),
        1 => prop_oneof![Just("# a comment"), Just(""), Just("   ")].prop_map(str::to_string),
    ]
}

/// Lines in any order, mostly after a proper start.
fn lines() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        proptest::collection::vec(line(), 0..14),
        prop_oneof![Just("\n"), Just("\r\n")],
    )
        .prop_map(|(start, lines, newline)| {
            let head = if start {
                "schema_version = 1\nactivity = \"a\"\nactivity_hash = \"h\"\n"
            } else {
                ""
            };
            format!("{head}{}{newline}", lines.join(newline))
        })
}

/// `key = value` lines, one per entry.
fn key_values(entries: Vec<(&'static str, String)>) -> String {
    entries
        .into_iter()
        .map(|(k, v)| format!("{k} = {v}\n"))
        .collect()
}

/// A table of a sheet with keys of the right kind, its values mostly of the right type.
fn table() -> impl Strategy<Value = String> {
    let entries = |values: BoxedStrategy<String>| {
        proptest::collection::vec(
            (
                prop_oneof![
                    Just("a"),
                    Just("b"),
                    Just("\"x.y\""),
                    Just("'c'"),
                    Just("source_1"),
                    Just("\"\\u0061\""),
                    Just("\"b\""),
                    Just("é"),
                    Just("\"a\nb\"")
                ],
                prop_oneof![9 => values, 1 => value().boxed()],
            ),
            0..4,
        )
        .prop_map(key_values)
    };
    let list = proptest::collection::vec(string(), 0..3)
        .prop_map(|items| format!("[{}]", items.join(", ")))
        .boxed();
    let number = prop_oneof![Just("1"), Just("2.5"), Just("0"), Just("-1.0")]
        .prop_map(str::to_string)
        .boxed();
    let responses = proptest::collection::vec(
        prop_oneof![
            (Just("order"), list.clone()),
            (
                prop_oneof![Just("text"), Just("justification"), Just("decision")],
                string().boxed()
            ),
        ],
        0..3,
    )
    .prop_map(key_values);
    prop_oneof![
        responses.prop_map(|e| format!("[responses]\n{e}")),
        (prop_oneof![Just("ticks"), Just("chosen")], entries(list))
            .prop_map(|(t, e)| format!("[responses.{t}]\n{e}")),
        (
            prop_oneof![
                Just("responses.evidence"),
                Just("responses.cells"),
                Just("responses.cover"),
                Just("responses.sections"),
                Just("follow_up"),
            ],
            entries(string().boxed()),
        )
            .prop_map(|(t, e)| format!("[{t}]\n{e}")),
        entries(number).prop_map(|e| format!("[teacher]\n{e}")),
    ]
}

/// A sheet built as classwork writes one, its tables in any order.
fn shaped() -> impl Strategy<Value = String> {
    (
        proptest::option::of(string()),
        proptest::option::of(string()),
        proptest::collection::vec(table(), 0..5),
    )
        .prop_map(|(student, submitted, tables)| {
            let mut text = String::from("schema_version = 1\n");
            if let Some(student) = student {
                text += &format!("student = {student}\n");
            }
            text += "activity = \"a\"\nactivity_hash = \"h\"\n";
            if let Some(submitted) = submitted {
                text += &format!("submitted = {submitted}\n");
            }
            for table in tables {
                text += "\n";
                text += &table;
            }
            text
        })
}

/// A sheet: shaped as classwork writes one, or lines in any order.
fn document() -> impl Strategy<Value = String> {
    prop_oneof![shaped(), lines()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Wherever the direct reader reads a sheet, serde reads the same sheet, spans and
    /// all.
    #[test]
    fn the_direct_reader_agrees_with_serde(text in document()) {
        if let Some(direct) = read(&text) {
            prop_assert_eq!(Ok(format!("{direct:?}")), by_serde(&text), "{}", text);
        }
    }

    /// Wherever the layout reader reads a sheet, it reads what the event reader reads.
    #[test]
    fn the_layout_reader_agrees_with_the_events(text in document()) {
        if let Some(by_layout) = layout::read(&text) {
            let by_events = from_events(&text).map(|raw| format!("{raw:?}"));
            prop_assert_eq!(Some(format!("{by_layout:?}")), by_events, "{}", text);
        }
    }
}
