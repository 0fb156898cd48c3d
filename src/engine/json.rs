//! JSON read shallowly: an object's fields with every value left as its raw JSON text. The
//! feed reader, the pack manifest, the worker's profile and the display settings all read
//! this way, one field at a time, so that a field of the wrong type is that field's problem
//! only, and a 100k-job feed never exists as a single `serde_json::Value` tree (that tree
//! took 14 times the feed's size while loading).

use serde_json::value::RawValue;

/// An object's fields by name, each value as raw JSON text (borrowed from the input).
pub type Shallow<'a> = crate::engine::hash::FastMap<String, &'a RawValue>;
