//! QTI 2.1 content packages: one `assessmentItem` file per question and an
//! `imsmanifest.xml` listing them. Objective questions carry their key and standard
//! response processing; essays are extended text, left for manual marking.

use std::fmt::Write as _;

use super::xml::escape;
use super::{Answer, Question};

const NS: &str = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const TEMPLATES: &str = "http://www.imsglobal.org/question/qti_v2p1/rptemplates";

/// The files of the package: `(path, text)`, `imsmanifest.xml` first.
pub fn package(questions: &[Question]) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for (n, q) in questions.iter().enumerate() {
        files.push((format!("item{:03}.xml", n + 1), item(n + 1, q)));
    }
    let mut manifest = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"manifest\">\n  \
         <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n  \
         <organizations/>\n  <resources>\n",
    );
    for (path, _) in &files {
        let id = path.trim_end_matches(".xml");
        let _ = writeln!(
            manifest,
            "    <resource identifier=\"{id}\" type=\"imsqti_item_xmlv2p1\" href=\"{path}\"><file href=\"{path}\"/></resource>"
        );
    }
    manifest.push_str("  </resources>\n</manifest>\n");
    files.insert(0, ("imsmanifest.xml".to_string(), manifest));
    files
}

fn prompt(text: &str) -> String {
    escape(text).replace('\n', "<br/>")
}

/// One `assessmentItem`.
fn item(n: usize, q: &Question) -> String {
    let title = q.name.clone().unwrap_or_else(|| format!("Question {n}"));
    let mut decl = String::new();
    let mut body = String::new();
    let mut processing = String::new();
    match &q.answer {
        Answer::Choice { multiple, options } => {
            let card = if *multiple { "multiple" } else { "single" };
            let right: Vec<String> = options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.weight > 0.0)
                .map(|(i, _)| format!("<value>c{}</value>", i + 1))
                .collect();
            let entries: String = options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    format!(
                        "<mapEntry mapKey=\"c{}\" mappedValue=\"{}\"/>",
                        i + 1,
                        o.weight * q.points
                    )
                })
                .collect();
            let _ = write!(
                decl,
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"{card}\" baseType=\"identifier\">\
                 <correctResponse>{}</correctResponse>\
                 <mapping lowerBound=\"0\" upperBound=\"{}\" defaultValue=\"0\">{entries}</mapping>\
                 </responseDeclaration>",
                right.join(""),
                q.points
            );
            let choices: String = options
                .iter()
                .enumerate()
                .map(|(i, o)| {
                    format!(
                        "<simpleChoice identifier=\"c{}\">{}</simpleChoice>",
                        i + 1,
                        escape(&o.text)
                    )
                })
                .collect();
            let max = if *multiple { options.len() } else { 1 };
            let _ = write!(
                body,
                "<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxChoices=\"{max}\"><prompt>{}</prompt>{choices}</choiceInteraction>",
                prompt(&q.prompt)
            );
            let _ = write!(
                processing,
                "<responseProcessing template=\"{TEMPLATES}/map_response\"/>"
            );
        }
        Answer::Short { accept } => {
            let entries: String = accept
                .iter()
                .map(|a| {
                    format!(
                        "<mapEntry mapKey=\"{}\" mappedValue=\"{}\" caseSensitive=\"false\"/>",
                        escape(a),
                        q.points
                    )
                })
                .collect();
            let first = accept.first().map(|a| escape(a)).unwrap_or_default();
            let _ = write!(
                decl,
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\">\
                 <correctResponse><value>{first}</value></correctResponse>\
                 <mapping defaultValue=\"0\">{entries}</mapping></responseDeclaration>"
            );
            let _ = write!(
                body,
                "<p>{}</p><p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"30\"/></p>",
                prompt(&q.prompt)
            );
            let _ = write!(
                processing,
                "<responseProcessing template=\"{TEMPLATES}/map_response\"/>"
            );
        }
        Answer::Matching { pairs } => {
            let mut options: Vec<&str> = Vec::new();
            for (_, o) in pairs {
                if !options.contains(&o.as_str()) {
                    options.push(o);
                }
            }
            let per = q.points / pairs.len().max(1) as f64;
            let mut right = String::new();
            let mut entries = String::new();
            for (i, (_, o)) in pairs.iter().enumerate() {
                let j = options.iter().position(|x| x == o).unwrap_or(0) + 1;
                let _ = write!(right, "<value>i{} o{j}</value>", i + 1);
                let _ = write!(
                    entries,
                    "<mapEntry mapKey=\"i{} o{j}\" mappedValue=\"{per}\"/>",
                    i + 1
                );
            }
            let _ = write!(
                decl,
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"directedPair\">\
                 <correctResponse>{right}</correctResponse>\
                 <mapping defaultValue=\"0\">{entries}</mapping></responseDeclaration>"
            );
            let items: String = pairs
                .iter()
                .enumerate()
                .map(|(i, (t, _))| {
                    format!(
                        "<simpleAssociableChoice identifier=\"i{}\" matchMax=\"1\">{}</simpleAssociableChoice>",
                        i + 1,
                        escape(t)
                    )
                })
                .collect();
            let targets: String = options
                .iter()
                .enumerate()
                .map(|(j, t)| {
                    format!(
                        "<simpleAssociableChoice identifier=\"o{}\" matchMax=\"{}\">{}</simpleAssociableChoice>",
                        j + 1,
                        pairs.len(),
                        escape(t)
                    )
                })
                .collect();
            let _ = write!(
                body,
                "<matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"false\" maxAssociations=\"{}\"><prompt>{}</prompt>\
                 <simpleMatchSet>{items}</simpleMatchSet><simpleMatchSet>{targets}</simpleMatchSet></matchInteraction>",
                pairs.len(),
                prompt(&q.prompt)
            );
            let _ = write!(
                processing,
                "<responseProcessing template=\"{TEMPLATES}/map_response\"/>"
            );
        }
        Answer::Ordering { items } => {
            let right: String = (1..=items.len())
                .map(|i| format!("<value>i{i}</value>"))
                .collect();
            let _ = write!(
                decl,
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"ordered\" baseType=\"identifier\">\
                 <correctResponse>{right}</correctResponse></responseDeclaration>"
            );
            let choices: String = items
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    format!(
                        "<simpleChoice identifier=\"i{}\">{}</simpleChoice>",
                        i + 1,
                        escape(t)
                    )
                })
                .collect();
            let _ = write!(
                body,
                "<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\"><prompt>{}</prompt>{choices}</orderInteraction>",
                prompt(&q.prompt)
            );
            let _ = write!(
                processing,
                "<responseProcessing template=\"{TEMPLATES}/match_correct\"/>"
            );
        }
        Answer::Essay => {
            decl.push_str(
                "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\"/>",
            );
            let _ = write!(
                body,
                "<extendedTextInteraction responseIdentifier=\"RESPONSE\"><prompt>{}</prompt></extendedTextInteraction>",
                prompt(&q.prompt)
            );
        }
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <assessmentItem xmlns=\"{NS}\" identifier=\"item{n:03}\" title=\"{}\" adaptive=\"false\" timeDependent=\"false\">\n\
         {decl}\n\
         <outcomeDeclaration identifier=\"SCORE\" cardinality=\"single\" baseType=\"float\"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>\n\
         <outcomeDeclaration identifier=\"MAXSCORE\" cardinality=\"single\" baseType=\"float\"><defaultValue><value>{}</value></defaultValue></outcomeDeclaration>\n\
         <itemBody>{body}</itemBody>\n\
         {processing}\n\
         </assessmentItem>\n",
        escape(&title),
        q.points
    )
}
