//! The shape the input reader walks: a JSON value.
//!
//! [`crate::input::read_tree`] reads any [`Tree`]: the contract's JSON as a
//! `serde_json::Value`, or a household that never was JSON text, such as a
//! population table's (`ukuk-pop` builds one from a file's rows without
//! building `Value`s, which would cost as much as the rules). Whatever the
//! tree, the same reader runs the same checks and reports the same errors
//! with the same JSON paths.

use serde_json::Value;

/// What kind of JSON value a node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    /// The kind's name in error messages (`found`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool => "boolean",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
        }
    }
}

/// A JSON-shaped value. `Display` writes it as JSON (error messages quote
/// a value so).
pub trait Tree: Sized + std::fmt::Display {
    fn kind(&self) -> Kind;
    fn as_bool(&self) -> Option<bool>;
    fn as_str(&self) -> Option<&str>;
    /// A number that is a whole number from 0 to `u64::MAX`.
    fn as_u64(&self) -> Option<u64>;
    /// A number that is a whole number in `i64`'s range.
    fn as_i64(&self) -> Option<i64>;
    fn as_array(&self) -> Option<&[Self]>;
    /// An object's fields, in the object's order; `None` for anything else.
    fn entries(&self) -> Option<impl Iterator<Item = (&str, &Self)>>;

    fn is_null(&self) -> bool {
        self.kind() == Kind::Null
    }

    /// An object's field.
    fn get(&self, key: &str) -> Option<&Self> {
        self.entries()?.find(|(k, _)| *k == key).map(|(_, v)| v)
    }
}

impl Tree for Value {
    #[inline]
    fn kind(&self) -> Kind {
        match self {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Bool,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array,
            Value::Object(_) => Kind::Object,
        }
    }
    #[inline]
    fn as_bool(&self) -> Option<bool> {
        Value::as_bool(self)
    }
    #[inline]
    fn as_str(&self) -> Option<&str> {
        Value::as_str(self)
    }
    #[inline]
    fn as_u64(&self) -> Option<u64> {
        Value::as_u64(self)
    }
    #[inline]
    fn as_i64(&self) -> Option<i64> {
        Value::as_i64(self)
    }
    #[inline]
    fn as_array(&self) -> Option<&[Value]> {
        Value::as_array(self).map(Vec::as_slice)
    }
    #[inline]
    fn entries(&self) -> Option<impl Iterator<Item = (&str, &Value)>> {
        Value::as_object(self).map(|m| m.iter().map(|(k, v)| (k.as_str(), v)))
    }
    #[inline]
    fn get(&self, key: &str) -> Option<&Value> {
        Value::as_object(self)?.get(key)
    }
}
