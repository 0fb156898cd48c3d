//! JSON as the engine reads it. Shallowly: an object's fields with every value left as its
//! raw JSON text, read one field at a time (the feed reader's top level, the pack manifest,
//! the worker's profile and the display settings), so that a field of the wrong type is that
//! field's problem only, and a 100k-job feed never exists as a single tree (a
//! `serde_json::Value` tree took 14 times the feed's size while loading). And as a small
//! tree, [`Json`], for one record at a time (a feed's record, a JobPosting document, a pack's
//! problems, the map file): its text borrowed from the input (copied only where it has
//! escapes), its objects lists of fields, so reading a record builds no map and copies no
//! key that has no escapes, and no `serde_json::Value` code is in the wasm.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Number;
use std::borrow::Cow;
use std::fmt;

/// An object's fields by name, each value as raw JSON text (borrowed from the input).
pub type Shallow<'a> = crate::engine::hash::FastMap<String, &'a RawValue>;

/// A JSON value; text without escapes is borrowed from the input. Numbers are serde_json's
/// own, so an integer prints as an integer and a float as serde_json prints it (an id of
/// `12345` reads as "12345", as it did from a `Value`).
#[derive(Debug)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Fields<'a>),
}

/// An object's fields in the order written, a repeated key as often as written. Lookups
/// answer as the sorted map of a `serde_json::Value` did: a repeated key's last value wins,
/// and among keys that differ only in ASCII case the least (in byte order) comes first.
#[derive(Debug, Default)]
pub struct Fields<'a>(Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Fields<'a> {
    /// The value of `key` exactly (a repeated key's last value).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The field whose key is `key` but for ASCII case, with that key: of several, the
    /// least key (a repeated one's last value), as a walk of a sorted map finds first.
    pub fn find_ignoring_case(&self, key: &str) -> Option<(&str, &Json<'a>)> {
        let mut found: Option<&(Cow<'a, str>, Json<'a>)> = None;
        for field in &self.0 {
            if field.0.eq_ignore_ascii_case(key) && found.is_none_or(|f| field.0 <= f.0) {
                found = Some(field);
            }
        }
        found.map(|(k, v)| (&**k, v))
    }

    /// Every field as written, in order (the oracle tests compare trees field by field).
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

impl<'a> Json<'a> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Fields<'a>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The value of an object's field `key` exactly; `None` for anything but an object.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?.get(key)
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// Builds a [`Json`] from what serde_json's parser reads; the parser keeps every check
/// (syntax, nesting limit, numbers no float can hold, escapes that are no character), so
/// what fails to read fails as a `Value` did.
struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json<'de>, E> {
        Ok(Number::from_f64(n).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Borrowed(s)))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(s.to_owned())))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            fields.push((key, map.next_value()?));
        }
        Ok(Json::Object(Fields(fields)))
    }
}

/// An object's key, borrowed where it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}
