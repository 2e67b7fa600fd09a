//! A small document model — headings, paragraphs, quoted sources, lists, tables and lines
//! to write on — rendered as plain text ([`plain`]), Markdown ([`markdown`]) or one
//! self-contained HTML page ([`html`]).
//!
//! Worksheets, answer keys, previews and class reports are built once as a [`Doc`] and
//! printed in whichever form is asked for. Every renderer cleans text from files
//! ([`crate::text::clean`]) and escapes it for its format.

pub mod html;
pub mod markdown;
pub mod plain;

/// A part of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 is the document's title.
    Heading {
        /// 1 to 4.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph (line breaks in it are kept).
    Paragraph(String),
    /// Emphasised text: a note, a label, a word limit.
    Note(String),
    /// A quoted source: its heading, then its words.
    Quote {
        /// "Source 2 — Lenin, 1921".
        heading: String,
        /// The words, or what a picture shows.
        text: String,
    },
    /// A bulleted list.
    List(Vec<String>),
    /// A table with a header row.
    Table {
        /// The header.
        header: Vec<String>,
        /// The rows, each as long as the header.
        rows: Vec<Vec<String>>,
    },
    /// Ruled lines for a written answer.
    Lines(usize),
}

/// A document: a title and its blocks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Doc {
    /// The title (a level-1 heading, and the page title in HTML).
    pub title: String,
    /// The blocks, in order.
    pub blocks: Vec<Block>,
}

impl Doc {
    /// An empty document with a title.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            blocks: Vec::new(),
        }
    }

    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    /// Adds a paragraph, unless it is blank.
    pub fn paragraph(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.push(Block::Paragraph(text));
        }
    }

    /// Adds a note, unless it is blank.
    pub fn note(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.push(Block::Note(text));
        }
    }

    /// Adds a list, unless it is empty.
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.push(Block::List(items));
        }
    }

    /// Adds a table.
    pub fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        self.push(Block::Table { header, rows });
    }
}
