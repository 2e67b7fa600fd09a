//! A small element tree read with quick-xml, each element with its byte offset, so
//! errors in Moodle XML can point at file:line:col; and escaping for the XML written.

use std::ops::Range;

use quick_xml::Reader;
use quick_xml::events::Event;

/// An element: its name, attributes, the text directly inside it and its children.
#[derive(Debug, Default)]
pub(super) struct Element {
    /// The tag's name.
    pub name: String,
    /// The attributes, unescaped.
    pub attrs: Vec<(String, String)>,
    /// Text and CDATA directly inside, joined.
    pub text: String,
    /// Child elements, in order.
    pub children: Vec<Element>,
    /// Byte range of its start tag.
    pub at: Range<usize>,
}

impl Element {
    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The children named `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// An attribute's value.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The root element of `text`, or what is wrong and where.
pub(super) fn parse(text: &str) -> Result<Element, (String, Range<usize>)> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    let at = |n: u64| usize::try_from(n).unwrap_or(usize::MAX).min(text.len());
    loop {
        let before = at(reader.buffer_position());
        let event = reader.read_event().map_err(|e| {
            let p = at(reader.error_position());
            (format!("this is not well-formed XML: {e}"), p..p + 1)
        })?;
        let after = at(reader.buffer_position());
        let top = stack.len() - 1;
        match event {
            Event::Start(e) => stack.push(element(&e, before..after)?),
            Event::Empty(e) => {
                let el = element(&e, before..after)?;
                stack[top].children.push(el);
            }
            Event::End(_) => {
                if let Some(done) = stack.pop() {
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => {
                            return Err(("a closing tag with no opening".into(), before..after));
                        }
                    }
                }
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| (e.to_string(), before..after))?;
                stack[top].text.push_str(&s);
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| (e.to_string(), before..after))?;
                stack[top].text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.decode().as_deref() {
                        Ok("amp") => Some('&'),
                        Ok("lt") => Some('<'),
                        Ok("gt") => Some('>'),
                        Ok("quot") => Some('"'),
                        Ok("apos") => Some('\''),
                        _ => None,
                    },
                };
                let c = c.ok_or_else(|| ("an unknown entity".to_string(), before..after))?;
                stack[top].text.push(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() > 1 {
        let open = &stack[stack.len() - 1];
        return Err((
            format!("`<{}>` is never closed", open.name),
            open.at.clone(),
        ));
    }
    stack
        .pop()
        .and_then(|doc| doc.children.into_iter().next())
        .ok_or_else(|| {
            (
                "the file has no XML element".to_string(),
                0..text.len().min(1),
            )
        })
}

fn element(
    e: &quick_xml::events::BytesStart<'_>,
    at: Range<usize>,
) -> Result<Element, (String, Range<usize>)> {
    let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| (format!("a bad attribute: {err}"), at.clone()))?;
        let value = a
            .unescape_value()
            .map_err(|err| (format!("a bad attribute: {err}"), at.clone()))?;
        attrs.push((
            String::from_utf8_lossy(a.key.as_ref()).into_owned(),
            value.into_owned(),
        ));
    }
    Ok(Element {
        name,
        attrs,
        at,
        ..Element::default()
    })
}

/// `text` escaped for XML content and attribute values.
pub(super) fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}
