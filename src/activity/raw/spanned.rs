//! A value with the byte range it came from in its file.

use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};

/// A value read from TOML together with its byte range in the file.
///
/// A thin wrapper over [`toml::Spanned`] that is also a [`JsonSchema`] (described as the
/// inner type), so the raw types can generate the editor schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    /// Wraps a value with a span (used when building raw values in tests and generators).
    pub fn new(span: Range<usize>, value: T) -> Self {
        Self { span, value }
    }

    /// Byte range of the value in its file.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The value.
    pub fn get(&self) -> &T {
        &self.value
    }

    /// The value, taken out.
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let inner = toml::Spanned::<T>::deserialize(deserializer)?;
        Ok(Self {
            span: inner.span(),
            value: inner.into_inner(),
        })
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}
