//! JSON as the engine reads it, by our own strict reader (RFC 8259, accepting exactly what
//! serde_json accepted, with its nesting limit, its numbers and its error positions: serde_json
//! is its test oracle), so that no serde code is in the wasm. Shallowly: an object's fields
//! or an array's items with every value left as its raw JSON text ([`object`], [`array`]), read
//! one at a time (the feed reader's top level and lists, the pack manifest, the worker's
//! profile and the display settings), so that a field of the wrong type is that field's
//! problem only, and a 100k-job feed never exists as a single tree (a `serde_json::Value` tree
//! took 14 times the feed's size while loading). And as a small tree, [`Json`] ([`parse`]),
//! for one record at a time (a feed's record, a JobPosting document, a pack's problems, the
//! map file): its text borrowed from the input (copied only where it has escapes), its objects
//! lists of fields, so reading a record builds no map and copies no key that has no escapes.
//! Also the two things the profile's writer needs: [`write_str`] and [`write_f64`].

use std::borrow::Cow;
use std::fmt;

/// An object's fields by name, each value as raw JSON text (borrowed from the input).
pub type Shallow<'a> = crate::engine::hash::FastMap<String, &'a str>;

/// The deepest nesting [`parse`] reads, as serde_json's: it refuses a 128th level.
pub const MAX_DEPTH: usize = 127;

/// A JSON value; text without escapes is borrowed from the input.
#[derive(Debug)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Fields<'a>),
}

/// A number as serde_json held it: an integer that fits stays one (so an id of `12345` reads
/// as "12345"), anything else is the float serde_json computed (`-0` is a float).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Number {
    pub fn as_u64(self) -> Option<u64> {
        match self {
            Number::PosInt(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_f64(self) -> f64 {
        match self {
            Number::PosInt(n) => n as f64,
            Number::NegInt(n) => n as f64,
            Number::Float(x) => x,
        }
    }
}

/// As serde_json printed a number: integers as integers, floats in their shortest form
/// (`1.5`, `100.0`, `1e22`).
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            Number::PosInt(n) => fmt::Display::fmt(&n, f),
            Number::NegInt(n) => fmt::Display::fmt(&n, f),
            Number::Float(x) => f.write_str(zmij::Buffer::new().format_finite(x)),
        }
    }
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
            Json::Number(n) => Some(n.as_f64()),
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

/// Where a text stopped being JSON: the byte offset serde_json counted its position to (the
/// byte it had read, or the one after the byte it peeked at), so a feed's "not JSON at line
/// L, column C" names the place serde_json named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    at: usize,
}

impl Error {
    /// The line (from 1) and the column (bytes after the line's start) in `text`.
    pub fn line_column(self, text: &str) -> (usize, usize) {
        let before = &text.as_bytes()[..self.at.min(text.len())];
        let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        (1 + before[..start].iter().filter(|&&b| b == b'\n').count(), before.len() - start)
    }
}

/// `text` as one JSON value (whitespace around it allowed), as serde_json's `from_str` read it.
pub fn parse(text: &str) -> Result<Json<'_>, Error> {
    let mut p = Parser { text, i: 0, strict: true };
    let value = p.value()?;
    p.end()?;
    Ok(value)
}

/// The value `text` starts with and where it ends, when more than whitespace may follow it
/// (as serde_json's stream reader read a first value: a number or a word must be followed by
/// whitespace, punctuation or the end).
pub fn parse_first(text: &str) -> Option<(Json<'_>, usize)> {
    let mut p = Parser { text, i: 0, strict: true };
    let delimited = matches!(p.ws()?, b'[' | b'{' | b'"');
    let value = p.value().ok()?;
    let ends =
        matches!(p.peek(), None | Some(b' ' | b'\n' | b'\t' | b'\r' | b'"' | b'[' | b']' | b'{' | b'}' | b',' | b':'));
    (delimited || ends).then_some((value, p.i))
}

/// Whether `text` is one JSON value by syntax alone, as serde_json's `RawValue` checked it: no
/// nesting limit, escapes not decoded (a lone surrogate passes), numbers not computed.
pub fn is_json(text: &str) -> bool {
    let mut p = Parser { text, i: 0, strict: false };
    p.value().is_ok() && p.end().is_ok()
}

/// `text` as an object whose values are kept as raw JSON text (a repeated key's last value);
/// `None` for anything else.
pub fn object(text: &str) -> Option<Shallow<'_>> {
    Some(split_reader(text).finish()?.into_iter().map(|(k, v, _)| (k.into_owned(), v)).collect())
}

/// An object's fields as [`object`] reads them, each with its items as [`array`] reads them
/// when it is an array: a native feed's top level, whose lists are then read a record at a
/// time. One pass: splitting the lists again took 15 % of the default feed's assembly.
pub type Split<'a> = crate::engine::hash::FastMap<String, (&'a str, Option<Vec<&'a str>>)>;

/// `text` as a [`Split`] object; `None` for anything else.
pub fn object_split(text: &str) -> Option<Split<'_>> {
    split_reader(text).into_split()
}

/// [`object_split`] a slice at a time: [`ShallowReader::step`], then
/// [`ShallowReader::into_split`].
pub fn split_reader(text: &str) -> ShallowReader<'_> {
    ShallowReader::new(text, b'{')
}

/// `text` as an array whose items are kept as raw JSON text; `None` for anything else.
pub fn array(text: &str) -> Option<Vec<&str>> {
    Some(ShallowReader::new(text, b'[').finish()?.into_iter().map(|(_, v, _)| v).collect())
}

/// A field or item as [`ShallowReader`] keeps it: key (none in an array), raw text, and the
/// items of the raw text when it is an array in an object.
type Raw<'a> = (Cow<'a, str>, &'a str, Option<Vec<&'a str>>);

/// The one reader behind [`object`], [`object_split`] and [`array`]: the container opened by
/// `open`, its keys decoded and checked, its values checked by syntax alone and kept as their
/// text (as serde_json read a map or a list of `RawValue`s), with the items of an object's
/// fields that are arrays (a native feed's lists). It reads a field, or a list's item, at a time,
/// so a large feed's top level can be read over several tasks ([`ShallowReader::step`]):
/// read whole, it was the longest task of the default feed's start-up.
pub struct ShallowReader<'a> {
    p: Parser<'a>,
    open: u8,
    fields: Vec<Raw<'a>>,
    at: At<'a>,
}

/// Where a [`ShallowReader`] is.
enum At<'a> {
    Start,
    /// Before a field (or an item, in an array).
    Field,
    /// In the list a field holds: its key, where its text begins, its items so far.
    Items(Cow<'a, str>, usize, Vec<&'a str>),
    /// After a field, before the comma or the end.
    After,
    Done,
    /// Not a container of the kind asked for, or not JSON.
    Failed,
}

impl<'a> ShallowReader<'a> {
    fn new(text: &'a str, open: u8) -> Self {
        ShallowReader { p: Parser { text, i: 0, strict: false }, open, fields: Vec::new(), at: At::Start }
    }

    /// Reads about `budget` more bytes (at least a field or an item); true once read.
    pub fn step(&mut self, budget: usize) -> bool {
        let until = self.p.i.saturating_add(budget.max(1));
        loop {
            if matches!(self.at, At::Done | At::Failed) {
                return true;
            }
            if self.p.i >= until {
                return false;
            }
            if self.advance().is_none() {
                self.at = At::Failed;
            }
        }
    }

    /// The fields (or items), reading whatever is left first; `None`: not such a container.
    pub fn finish(mut self) -> Option<Vec<Raw<'a>>> {
        while !self.step(usize::MAX) {}
        matches!(self.at, At::Done).then_some(self.fields)
    }

    /// The fields as a [`Split`] object, reading whatever is left first.
    pub fn into_split(self) -> Option<Split<'a>> {
        Some(self.finish()?.into_iter().map(|(k, v, items)| (k.into_owned(), (v, items))).collect())
    }

    /// Reads the next piece: the opening, a field (or item), an item of a list being split,
    /// or what follows a field. `None`: not JSON, or not the container asked for.
    fn advance(&mut self) -> Option<()> {
        let p = &mut self.p;
        let close = self.open + 2; // `]` and `}` follow `[` and `{` by two in ASCII
        self.at = match std::mem::replace(&mut self.at, At::Failed) {
            At::Start => {
                if p.ws()? != self.open {
                    return None;
                }
                p.i += 1;
                if p.ws()? == close {
                    p.i += 1;
                    p.end().ok()?;
                    At::Done
                } else {
                    At::Field
                }
            }
            At::Field => {
                let key = if self.open == b'{' { p.key(true).ok()? } else { Cow::Borrowed("") };
                let list = p.ws() == Some(b'[');
                let start = p.i;
                if self.open == b'{' && list {
                    p.i += 1;
                    if p.ws()? == b']' {
                        p.i += 1;
                        self.fields.push((key, &p.text[start..p.i], Some(Vec::new())));
                        At::After
                    } else {
                        At::Items(key, start, Vec::new())
                    }
                } else {
                    p.value().ok()?;
                    self.fields.push((key, &p.text[start..p.i], None));
                    At::After
                }
            }
            At::Items(key, start, mut items) => {
                p.ws();
                let item = p.i;
                p.value().ok()?;
                items.push(&p.text[item..p.i]);
                match p.ws()? {
                    b',' => {
                        p.i += 1;
                        At::Items(key, start, items)
                    }
                    b']' => {
                        p.i += 1;
                        self.fields.push((key, &p.text[start..p.i], Some(items)));
                        At::After
                    }
                    _ => return None,
                }
            }
            At::After => match p.ws()? {
                b',' => {
                    p.i += 1;
                    At::Field
                }
                b if b == close => {
                    p.i += 1;
                    p.end().ok()?;
                    At::Done
                }
                _ => return None,
            },
            At::Done => At::Done,
            At::Failed => return None,
        };
        Some(())
    }
}

/// Writes `s` as a JSON string, escaped as serde_json escaped it (`"`, `\`, the control
/// characters; the short forms where JSON has them, else `\u00xx`).
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0C => 'f',
            0..=0x1F => 'u',
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// Writes `x` as serde_json wrote an `f64`: its shortest form, `null` when not finite. The
/// same printing as a float [`Number`]'s, so a number read back is the number written.
pub fn write_f64(out: &mut String, x: f64) {
    if x.is_finite() {
        out.push_str(&Number::Float(x).to_string());
    } else {
        out.push_str("null");
    }
}

/// A container being read: its kind, and (when the tree is built) what it holds so far.
enum Open<'a> {
    List(Vec<Json<'a>>),
    Map(Fields<'a>, Cow<'a, str>),
}

/// The reader. `strict`: the tree is built, as serde_json's `from_str` built one (escapes
/// decoded, lone surrogates refused, numbers computed and refused when no float holds them,
/// nesting limited); otherwise the text is checked by syntax alone, as serde_json skipped a
/// `RawValue` (no tree, no nesting limit: a stack of one flag per open bracket).
struct Parser<'a> {
    text: &'a str,
    i: usize,
    strict: bool,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    /// The next byte that is not whitespace, not consumed.
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    /// An error at the byte just read (serde_json's `error`).
    fn here(&self) -> Error {
        Error { at: self.i }
    }

    /// An error at the byte peeked at (serde_json's `peek_error`).
    fn ahead(&self) -> Error {
        Error { at: (self.i + 1).min(self.text.len()) }
    }

    /// Only whitespace left.
    fn end(&mut self) -> Result<(), Error> {
        match self.ws() {
            Some(_) => Err(self.ahead()),
            None => Ok(()),
        }
    }

    /// One value, iteratively: containers are a stack, so no input can exhaust the call stack.
    fn value(&mut self) -> Result<Json<'a>, Error> {
        let mut kinds: Vec<bool> = Vec::new(); // per open container: an object?
        let mut built: Vec<Open<'a>> = Vec::new();
        loop {
            let Some(b) = self.ws() else { return Err(self.ahead()) };
            let mut value = match b {
                b'[' | b'{' => {
                    if self.strict && kinds.len() == MAX_DEPTH {
                        return Err(self.ahead());
                    }
                    self.i += 1;
                    let object = b == b'{';
                    match self.ws() {
                        None => return Err(self.ahead()),
                        Some(b']') if !object => {
                            self.i += 1;
                            Json::Array(Vec::new())
                        }
                        Some(b'}') if object => {
                            self.i += 1;
                            Json::Object(Fields::default())
                        }
                        Some(_) => {
                            let key = if object { self.key(self.strict)? } else { Cow::Borrowed("") };
                            if self.strict {
                                built.push(if object {
                                    Open::Map(Fields::default(), key)
                                } else {
                                    Open::List(Vec::new())
                                });
                            }
                            kinds.push(object);
                            continue;
                        }
                    }
                }
                b'"' => {
                    self.i += 1;
                    Json::Str(self.string(self.strict)?)
                }
                b'-' | b'0'..=b'9' => Json::Number(self.number()?),
                b'n' => self.word(b"null", Json::Null)?,
                b't' => self.word(b"true", Json::Bool(true))?,
                b'f' => self.word(b"false", Json::Bool(false))?,
                _ => return Err(self.ahead()),
            };
            // A complete value: into its container, closing the containers that end here.
            loop {
                let Some(&object) = kinds.last() else { return Ok(value) };
                match built.last_mut() {
                    Some(Open::List(items)) => items.push(value),
                    Some(Open::Map(fields, key)) => fields.0.push((std::mem::take(key), value)),
                    None => {}
                }
                match self.ws() {
                    Some(b',') => {
                        self.i += 1;
                        let next = self.ws();
                        if object && next == Some(b'"') {
                            let key = self.key(self.strict)?;
                            if let Some(Open::Map(_, k)) = built.last_mut() {
                                *k = key;
                            }
                        } else if object || matches!(next, None | Some(b']')) {
                            return Err(self.ahead());
                        }
                        break;
                    }
                    Some(b']') if !object => self.i += 1,
                    Some(b'}') if object => self.i += 1,
                    _ => return Err(self.ahead()),
                }
                kinds.pop();
                value = match built.pop() {
                    Some(Open::List(items)) => Json::Array(items),
                    Some(Open::Map(fields, _)) => Json::Object(fields),
                    None => Json::Null,
                };
            }
        }
    }

    /// An object's key (at its opening quote) and the colon after it.
    fn key(&mut self, decode: bool) -> Result<Cow<'a, str>, Error> {
        if self.ws() != Some(b'"') {
            return Err(self.ahead());
        }
        self.i += 1;
        let key = self.string(decode)?;
        if self.ws() != Some(b':') {
            return Err(self.ahead());
        }
        self.i += 1;
        Ok(key)
    }

    /// The literal `word`, whose first byte is the one at hand.
    fn word(&mut self, word: &[u8], value: Json<'a>) -> Result<Json<'a>, Error> {
        self.i += 1;
        for &want in &word[1..] {
            let got = self.peek();
            if got.is_some() {
                self.i += 1;
            }
            if got != Some(want) {
                return Err(self.here());
            }
        }
        Ok(value)
    }

    /// A string's text after its opening quote, through its closing quote. With `decode`,
    /// its escapes are decoded (the text is borrowed when it has none) and a surrogate must
    /// be half of a pair; otherwise only its syntax is checked.
    fn string(&mut self, decode: bool) -> Result<Cow<'a, str>, Error> {
        let bytes = self.text.as_bytes();
        let mut owned: Option<String> = None;
        let mut run = self.i;
        loop {
            self.i = plain_run_end(bytes, self.i);
            let Some(&b) = bytes.get(self.i) else { return Err(self.here()) };
            self.i += 1;
            match b {
                b'"' => {
                    let tail = &self.text[run..self.i - 1];
                    return Ok(match owned {
                        None if decode => Cow::Borrowed(tail),
                        None => Cow::Borrowed(""),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let slash = self.i - 1;
                    let c = self.escape(decode)?;
                    if decode {
                        let s = owned.get_or_insert_with(String::new);
                        s.push_str(&self.text[run..slash]);
                        s.push(c);
                    }
                    run = self.i;
                }
                _ => return Err(self.here()), // a control character
            }
        }
    }

    /// An escape after its backslash, as a character (with `decode`: otherwise a `\u`
    /// escape's four hex digits are all that is checked, and the character is meaningless).
    fn escape(&mut self, decode: bool) -> Result<char, Error> {
        let Some(b) = self.peek() else { return Err(self.here()) };
        self.i += 1;
        Ok(match b {
            b'"' | b'\\' | b'/' => b as char,
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let n = self.hex()?;
                if !decode || !(0xD800..=0xDFFF).contains(&n) {
                    return Ok(char::from_u32(n).unwrap_or_default());
                }
                // A surrogate: it must be a leading one, followed by `\u` and a trailing one.
                if n >= 0xDC00 {
                    return Err(self.here());
                }
                for want in [b'\\', b'u'] {
                    match self.peek() {
                        None => return Err(self.here()),
                        Some(got) => {
                            self.i += 1;
                            if got != want {
                                return Err(self.here());
                            }
                        }
                    }
                }
                let low = self.hex()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.here());
                }
                char::from_u32(0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00)).unwrap_or_default()
            }
            _ => return Err(self.here()),
        })
    }

    /// The four hex digits of a `\u` escape.
    fn hex(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.text.as_bytes().get(self.i..self.i + 4) else {
            self.i = self.text.len();
            return Err(self.here());
        };
        self.i += 4;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + (d as char).to_digit(16).ok_or(self.here())?;
        }
        Ok(n)
    }

    /// The digit at hand, if any.
    fn digit(&self) -> Option<u64> {
        self.peek().filter(u8::is_ascii_digit).map(|d| u64::from(d - b'0'))
    }

    /// A number, computed as serde_json computed it (without its `float_roundtrip` feature):
    /// an integer that fits a `u64` (or, negative, an `i64`) stays one; otherwise the first
    /// digits that fit a `u64` scaled by a power of ten from [`pow10`], the digits past them
    /// dropped; an exponent or a result too large for a float is an error.
    fn number(&mut self) -> Result<Number, Error> {
        let positive = self.peek() != Some(b'-');
        if !positive {
            self.i += 1;
        }
        let first = self.digit();
        if self.peek().is_some() {
            self.i += 1;
        }
        let mut significand = match first {
            Some(0) if self.digit().is_some() => return Err(self.ahead()),
            Some(d) => d,
            None => return Err(self.here()),
        };
        // Once the significand is full, further integer digits only raise the exponent.
        let mut exponent: i32 = 0;
        let mut full = false;
        while let Some(d) = self.digit() {
            full = full || overflows(significand, d);
            if full {
                exponent += 1;
            } else {
                significand = significand * 10 + d;
            }
            self.i += 1;
        }
        let mut float = full;
        if self.peek() == Some(b'.') {
            self.i += 1;
            float = true;
            let (mut any, mut full) = (false, false);
            while let Some(d) = self.digit() {
                any = true;
                full = full || overflows(significand, d);
                if !full {
                    significand = significand * 10 + d;
                    exponent -= 1;
                }
                self.i += 1;
            }
            if !any {
                return Err(self.ahead());
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            float = true;
            let positive_exp = self.peek() != Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            let first = self.digit();
            if self.peek().is_some() {
                self.i += 1;
            }
            let Some(mut exp) = first.map(|d| d as i32) else { return Err(self.here()) };
            while let Some(d) = self.digit() {
                self.i += 1;
                if exp > i32::MAX / 10 || (exp == i32::MAX / 10 && d as i32 > i32::MAX % 10) {
                    // An exponent past any float's: zero when it shrinks (or there is
                    // nothing to scale), an error when it grows.
                    if significand != 0 && positive_exp && self.strict {
                        return Err(self.here());
                    }
                    while self.digit().is_some() {
                        self.i += 1;
                    }
                    return Ok(Number::Float(if positive { 0.0 } else { -0.0 }));
                }
                exp = exp * 10 + d as i32;
            }
            exponent = if positive_exp { exponent.saturating_add(exp) } else { exponent.saturating_sub(exp) };
        }
        if !float {
            return Ok(match positive {
                true => Number::PosInt(significand),
                // `-0` and what no `i64` holds are floats.
                false => match (significand as i64).wrapping_neg() {
                    n if n < 0 => Number::NegInt(n),
                    _ => Number::Float(-(significand as f64)),
                },
            });
        }
        if !self.strict {
            return Ok(Number::Float(0.0));
        }
        let mut x = significand as f64;
        loop {
            match pow10(exponent.unsigned_abs()) {
                Some(pow) if exponent >= 0 => {
                    x *= pow;
                    if x.is_infinite() {
                        return Err(self.here());
                    }
                    break;
                }
                Some(pow) => {
                    x /= pow;
                    break;
                }
                None if x == 0.0 => break,
                None if exponent >= 0 => return Err(self.here()),
                None => {
                    x /= 1e308;
                    exponent += 308;
                }
            }
        }
        Ok(Number::Float(if positive { x } else { -x }))
    }
}

/// Where the plain text of a string that goes on at `i` ends: the first `"`, `\\` or control
/// character (or the end). Eight bytes at a time, as serde_json's reader: strings are most of
/// a feed's bytes, and a byte at a time made the default feed's read 30 % slower. In each
/// test, a byte's flag is exact unless a lower byte is flagged too, so the lowest flag is a
/// match.
fn plain_run_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::MAX / 255;
    while let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        let quote = x ^ (ONES * u64::from(b'"'));
        let slash = x ^ (ONES * u64::from(b'\\'));
        let below_space = x.wrapping_sub(ONES * 0x20) & !x;
        let found = (below_space | quote.wrapping_sub(ONES) & !quote | slash.wrapping_sub(ONES) & !slash) & (ONES << 7);
        if found != 0 {
            return i + found.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
        i += 1;
    }
    i
}

/// Whether `n * 10 + d` is past `u64::MAX`.
fn overflows(n: u64, d: u64) -> bool {
    n > u64::MAX / 10 || (n == u64::MAX / 10 && d > u64::MAX % 10)
}

/// `10^k` as the nearest `f64`, for `k` in `0..=308` (serde_json's table, which Rust's float
/// literals `1e0`…`1e308` spell). Computed from `5^k`, exactly, on first use rather than
/// compiled in: the table is 2.5 KB of download that barely compresses, the computation a
/// few microseconds once.
fn pow10(k: u32) -> Option<f64> {
    static TABLE: std::sync::OnceLock<[f64; 309]> = std::sync::OnceLock::new();
    TABLE.get_or_init(pow10_table).get(k as usize).copied()
}

/// The table of [`pow10`]: `10^k = 5^k * 2^k`, with `5^k` kept exactly as a big integer
/// (little-endian 32-bit limbs) and rounded to 53 bits, half to even.
fn pow10_table() -> [f64; 309] {
    let mut table = [0.0; 309];
    let mut limbs = [0u32; 24]; // 5^308 < 2^716 < 2^768
    limbs[0] = 1;
    let mut k = 0;
    while k < 309 {
        // The bit length of 5^k, and its top 53 bits rounded.
        let mut top = 23;
        while limbs[top] == 0 {
            top -= 1;
        }
        let bits = top as u32 * 32 + (32 - limbs[top].leading_zeros());
        let mantissa = if bits <= 53 {
            (limbs[0] as u64 | (limbs[1] as u64) << 32) << (53 - bits)
        } else {
            let shift = bits - 53; // bits dropped below the mantissa
            let mut m = 0u64;
            let mut b = 0;
            while b < 54 {
                // bit `shift - 1 + b` (the rounding bit first, then the mantissa's)
                let at = shift - 1 + b;
                m |= ((limbs[(at / 32) as usize] >> (at % 32)) as u64 & 1) << b;
                b += 1;
            }
            let round = m & 1;
            let mut m = m >> 1;
            // 5^k is odd, so below the rounding bit something is set unless it is bit 0.
            let exact_half = round == 1 && shift == 1;
            if round == 1 && (!exact_half || m & 1 == 1) {
                m += 1;
            }
            m
        };
        let (mantissa, bits) = if mantissa >> 53 != 0 { (mantissa >> 1, bits + 1) } else { (mantissa, bits) };
        // value = mantissa * 2^(bits - 53) * 2^k
        let exp = bits as i64 - 53 + k as i64 + 52 + 1023;
        table[k] = f64::from_bits((exp as u64) << 52 | (mantissa & ((1 << 52) - 1)));
        // limbs *= 5
        let mut carry = 0u64;
        let mut j = 0;
        while j < 24 {
            let v = limbs[j] as u64 * 5 + carry;
            limbs[j] = v as u32;
            carry = v >> 32;
            j += 1;
        }
        k += 1;
    }
    table
}

/// serde_json is the oracle: over generated JSON texts, valid and broken (cut, bytes put in,
/// taken out or swapped), each reader accepts exactly what serde_json's matching reading
/// accepted, yields the same values, and fails at the same line and column.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::value::RawValue;
    use serde_json::Value;

    /// `json` as a `Value`, fields inserted in order as `Value`'s own reader inserts them.
    fn as_value(json: &Json) -> Value {
        match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(Number::PosInt(n)) => Value::from(*n),
            Json::Number(Number::NegInt(n)) => Value::from(*n),
            Json::Number(Number::Float(x)) => Value::from(*x),
            Json::Str(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(as_value).collect()),
            Json::Object(fields) => Value::Object(fields.iter().map(|(k, v)| (k.to_string(), as_value(v))).collect()),
        }
    }

    fn ws() -> BoxedStrategy<&'static str> {
        prop::sample::select(vec!["", "", "", " ", "\n", "\t", "\r\n  ", "\u{feff}", "\u{0}"]).boxed()
    }

    /// Numbers of every shape serde_json tells apart, valid and not.
    fn number() -> BoxedStrategy<String> {
        prop_oneof![
            3 => any::<i64>().prop_map(|n| n.to_string()),
            2 => any::<u64>().prop_map(|n| n.to_string()),
            3 => any::<f64>().prop_filter("finite", |x| x.is_finite()).prop_map(|x| format!("{x:?}")),
            2 => any::<f64>().prop_filter("finite", |x| x.is_finite()).prop_map(|x| format!("{x:e}")),
            3 => ("-?", "(0|[1-9][0-9]{0,30})", "(\\.[0-9]{1,30})?", "([eE][-+]?[0-9]{1,12})?")
                .prop_map(|(a, b, c, d)| format!("{a}{b}{c}{d}")),
            1 => "[-+0-9.eE]{1,8}",
            2 => prop::sample::select(vec![
                "-0", "0.0", "-0.0", "1e308", "1.7976931348623157e308", "1.8e308", "2e308", "1e309",
                "1e-400", "4.9e-324", "0e99999999999", "1e99999999999", "1e-99999999999",
                "-1e2147483647", "1e2147483648", "0.1e-2147483648", "18446744073709551615",
                "18446744073709551616", "184467440737095516150.5", "18446744073709551615.5",
                "1844674407370955161.5", "1844674407370955161.9e3", "9223372036854775808",
                "-9223372036854775808", "-9223372036854775809", "-18446744073709551616",
                "123456789012345678901234567890e-30", "01", "-", "1.", ".5", "1e", "1e+", "+1",
                "-a", "1.e3", "00", "-01",
            ])
            .prop_map(str::to_string),
        ]
        .boxed()
    }

    /// A string literal of pieces: text, every escape, surrogates paired and lone, bad
    /// escapes and raw control characters.
    fn string() -> BoxedStrategy<String> {
        let piece = prop::sample::select(vec![
            "a",
            "key",
            "电工",
            "😀",
            " ",
            "\u{7f}",
            "\\\"",
            "\\\\",
            "\\/",
            "\\b",
            "\\f",
            "\\n",
            "\\r",
            "\\t",
            "\\u0041",
            "\\u00e9",
            "\\u4E2D",
            "\\uD83D\\uDE00",
            "\\ud83d\\ude00",
            "\\uD83D",
            "\\uDE00",
            "\\uD83D\\u0041",
            "\\uD83Dx",
            "\\uD83D\\n",
            "\\uD83D\\uD83D",
            "\\u12G4",
            "\\u12",
            "\\x",
            "\\",
            "\u{1}",
            "\t",
            "\n",
            "\u{1f}",
            "\\u0000",
            "\\uDC00",
            "\\uDBFF\\uDFFF",
        ])
        .prop_map(str::to_string);
        // Any code unit, and any pair, in either case of hex digits.
        let unit = (any::<u16>(), any::<bool>()).prop_map(|(n, upper)| match upper {
            true => format!("\\u{n:04X}"),
            false => format!("\\u{n:04x}"),
        });
        let units = prop_oneof![
            2 => unit.clone(),
            1 => (0xD800u16..0xDC00, unit).prop_map(|(high, low)| format!("\\u{high:04x}{low}")),
            1 => (0xD800u16..0xDC00, 0xDC00u16..0xE000).prop_map(|(high, low)| format!("\\u{high:04x}\\u{low:04x}")),
        ];
        let piece = prop_oneof![4 => piece, 1 => units];
        prop::collection::vec(piece, 0..5).prop_map(|p| format!("\"{}\"", p.concat())).boxed()
    }

    /// A string that is always well-formed.
    fn plain_string() -> BoxedStrategy<String> {
        "[a-z电工 ]{0,8}".prop_map(|s| format!("\"{s}\"")).boxed()
    }

    /// A key: mostly well-formed (a bad key makes the whole object unreadable).
    fn key() -> BoxedStrategy<String> {
        prop_oneof![6 => plain_string(), 1 => string()].boxed()
    }

    /// A JSON text: mostly well-formed, with whitespace (and things that are not whitespace)
    /// between tokens.
    fn text() -> BoxedStrategy<String> {
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            Just("false".to_string()),
            Just("nul".to_string()),
            Just("tru".to_string()),
            number(),
            string(),
            plain_string(),
            plain_string(),
        ];
        leaf.prop_recursive(6, 48, 5, |inner| {
            prop_oneof![
                (prop::collection::vec((ws(), inner.clone(), ws()), 0..5), ws()).prop_map(|(items, w)| {
                    let items: Vec<String> = items.into_iter().map(|(a, v, b)| format!("{a}{v}{b}")).collect();
                    format!("[{w}{}]", items.join(","))
                }),
                (prop::collection::vec((key(), ws(), inner, ws()), 0..5), ws()).prop_map(|(fields, w)| {
                    let fields: Vec<String> = fields.into_iter().map(|(k, a, v, b)| format!("{k}{a}:{v}{b}")).collect();
                    format!("{{{w}{}}}", fields.join(","))
                }),
            ]
        })
        .boxed()
    }

    /// A text, then broken or not: cut, a token put in, a byte taken out, trailing text.
    fn mutated() -> BoxedStrategy<String> {
        let token = prop::sample::select(vec![
            "[", "]", "{", "}", ",", ":", "\"", "\\", "1", "-", ".", "e", " ", "x", "null", "\u{1}", "é", "[[",
            "\"a\":",
        ]);
        (ws(), text(), ws(), 0..6u8, any::<prop::sample::Index>(), token)
            .prop_map(|(a, t, b, how, at, token)| {
                let text = format!("{a}{t}{b}");
                let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                let i = cuts[at.index(cuts.len())];
                match how {
                    0 => text[..i].to_string(),
                    1 => format!("{}{token}{}", &text[..i], &text[i..]),
                    2 => {
                        let next = text[i..].chars().next().map_or(0, char::len_utf8);
                        format!("{}{}", &text[..i], &text[i + next..])
                    }
                    3 => format!("{text}{token}"),
                    _ => text,
                }
            })
            .boxed()
    }

    /// `parse` against `from_str::<Value>`: same acceptance, value and error position.
    fn same_parse(text: &str) -> Result<(), TestCaseError> {
        match (parse(text), serde_json::from_str::<Value>(text)) {
            (Ok(new), Ok(old)) => {
                let new = as_value(&new);
                // As text too: `-0.0` equals `0.0`, but prints otherwise.
                prop_assert_eq!(new.to_string(), old.to_string(), "{:?}", text);
                prop_assert_eq!(new, old, "{:?}", text);
            }
            (Err(new), Err(old)) => {
                prop_assert_eq!(new.line_column(text), (old.line(), old.column()), "{:?}: {}", text, old);
            }
            (new, old) => prop_assert!(false, "{:?}: ours {:?}, serde_json's {:?}", text, new.is_ok(), old),
        }
        Ok(())
    }

    /// Every other reading against serde_json's matching one.
    fn same_shallow(text: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(is_json(text), serde_json::from_str::<&RawValue>(text).is_ok(), "{:?}", text);
        let old = serde_json::from_str::<crate::engine::hash::FastMap<String, &RawValue>>(text)
            .ok()
            .map(|m| m.into_iter().map(|(k, v)| (k, v.get())).collect::<crate::engine::hash::FastMap<_, _>>());
        prop_assert_eq!(&object(text), &old, "{:?}", text);
        fn items(text: &str) -> Option<Vec<&str>> {
            serde_json::from_str::<Vec<&RawValue>>(text).ok().map(|v| v.into_iter().map(RawValue::get).collect())
        }
        let split: Option<Split> = old.map(|o| o.into_iter().map(|(k, v)| (k, (v, items(v)))).collect());
        prop_assert_eq!(&object_split(text), &split, "{:?}", text);
        // A piece and a few bytes a step, as a feed's top level is read over tasks: the same
        // fields, in no more steps than bytes.
        for budget in [1, 5] {
            let mut reader = split_reader(text);
            let mut steps = 0;
            while !reader.step(budget) {
                steps += 1;
                prop_assert!(steps <= text.len(), "{:?}", text);
            }
            prop_assert_eq!(&reader.into_split(), &split, "{:?} by {}", text, budget);
        }
        prop_assert_eq!(array(text), items(text), "{:?}", text);
        let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
        let old = match stream.next() {
            Some(Ok(v)) => Some((v, stream.byte_offset())),
            _ => None,
        };
        prop_assert_eq!(parse_first(text).map(|(v, end)| (as_value(&v), end)), old, "{:?}", text);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn parse_reads_what_serde_json_reads(text in mutated()) {
            same_parse(&text)?;
        }

        #[test]
        fn shallow_readings_read_what_serde_json_reads(text in mutated()) {
            same_shallow(&text)?;
        }

        /// Items and fields shallowly: the texts that are containers are the interesting ones.
        #[test]
        fn containers_read_as_serde_json_reads_them(text in text(), w in ws()) {
            same_shallow(&format!("{w}{text}"))?;
            same_parse(&format!("{w}{text}"))?;
            // As a native feed's top level is: lists of records, split in the same pass.
            let lists = format!(r#"{{"a":[{text},{w}{text}],"b":{w}[{w}[{text}]{w}],"c":{text}}}"#);
            same_shallow(&lists)?;
        }

        #[test]
        fn strings_are_written_as_serde_json_writes_them(s in any::<String>(), c in 0u8..0x20) {
            let s = format!("{s}{}\"\\{s}", c as char);
            let mut out = String::new();
            write_str(&mut out, &s);
            prop_assert_eq!(&out, &serde_json::to_string(&s).unwrap());
            prop_assert_eq!(parse(&out).ok().and_then(|j| j.as_str().map(str::to_string)), Some(s));
        }

        /// Numbers print as serde_json printed them, and the profile's read back as written.
        #[test]
        fn numbers_are_written_as_serde_json_writes_them(x in any::<f64>(), wage in 0u32..1_000_000, cents in 0u32..100) {
            for x in [x, f64::from(wage), f64::from(wage) + f64::from(cents) / 100.0, f64::from(wage) / 10.0] {
                let mut out = String::new();
                write_f64(&mut out, x);
                prop_assert_eq!(&out, &serde_json::to_string(&x).unwrap());
                if x.is_finite() {
                    prop_assert_eq!(parse(&out).ok().and_then(|j| j.as_f64()), serde_json::from_str::<f64>(&out).ok());
                }
            }
        }
    }

    /// Every edge of serde_json's number reading, each signed and in a list: exactly the
    /// boundaries a generated number rarely lands on.
    #[test]
    fn edge_numbers_read_as_serde_json_reads_them() {
        let edges = [
            "0",
            "1",
            "1e308",
            "1.7976931348623157e308",
            "17976931348623157e292",
            "1.8e308",
            "1e309",
            "1e-308",
            "2.2250738585072014e-308",
            "4.9e-324",
            "2e-324",
            "1e-400",
            "0e99999999999",
            "1e99999999999",
            "1e-99999999999",
            "0.0e2147483647",
            "1e2147483647",
            "1e2147483648",
            "1e-2147483648",
            "1e-2147483649",
            "18446744073709551615",
            "18446744073709551616",
            "18446744073709551615.5",
            "1844674407370955161.5",
            "1844674407370955161.6",
            "18446744073709551620.5",
            "184467440737095516199.9e-2",
            "9223372036854775807",
            "9223372036854775808",
            "9223372036854775809",
            "1e23",
            "8.98846567431158e307",
            "0.1",
            "5e-1",
        ];
        for number in edges {
            for sign in ["", "-"] {
                for text in [format!("{sign}{number}"), format!("[{sign}{number} ]"), format!("{sign}{number}x")] {
                    same_parse(&text).unwrap();
                    same_shallow(&text).unwrap();
                }
            }
        }
    }

    /// The scale table is the nearest float to each power of ten, as Rust's literals are.
    #[test]
    fn powers_of_ten_are_the_nearest_floats() {
        for k in 0..309 {
            assert_eq!(pow10(k).map(f64::to_bits), format!("1e{k}").parse::<f64>().ok().map(f64::to_bits), "1e{k}");
        }
        assert_eq!(pow10(309), None);
    }

    /// Nesting at and past serde_json's limit, closed, open and mixed, fails where it failed;
    /// the syntax-only reading has no limit and no recursion, so a deep text cannot exhaust
    /// the stack, and its work is linear.
    #[test]
    fn nesting_is_limited_as_serde_json_limits_it() {
        for depth in [1, 2, 126, 127, 128, 129, 300] {
            let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
            let mixed = format!("{}{}", "[{\"k\":".repeat(depth / 2 + 1), "0}]".repeat(depth / 2 + 1));
            for text in [arrays.as_str(), &objects, &mixed, &arrays[..depth], &objects[..objects.len() - 1]] {
                same_parse(text).unwrap();
                same_shallow(text).unwrap();
            }
        }
        let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
        assert!(is_json(&deep));
        assert!(parse(&deep).is_err());
        assert_eq!(array(&deep).map(|items| items.len()), Some(1));
    }

    /// A key with escapes is decoded (and so copied); one without is borrowed, as is a string.
    #[test]
    fn text_without_escapes_is_borrowed() {
        let json = parse(r#"{"plain":"text","e\u0301":"a\nb"}"#).unwrap();
        let Json::Object(fields) = &json else { panic!("an object") };
        let borrowed: Vec<bool> = fields.0.iter().map(|(k, _)| matches!(k, Cow::Borrowed(_))).collect();
        assert_eq!(borrowed, [true, false]);
        assert!(matches!(json.get("plain"), Some(Json::Str(Cow::Borrowed("text")))));
        assert!(matches!(json.get("e\u{301}"), Some(Json::Str(Cow::Owned(s))) if s == "a\nb"));
    }
}
