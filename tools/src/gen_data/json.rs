//! A minimal JSON writer that keeps keys in insertion order (serde_json's default map
//! sorts keys, and turning on `preserve_order` would change the engine's serde_json too).
//! Strings are escaped by serde_json; everything else is formatted here.

pub fn string(s: &str) -> String {
    serde_json::to_string(s).expect("string serialisation cannot fail")
}

/// Shortest round-trip decimal; integers print without a fraction.
pub fn number(x: f64) -> String {
    assert!(x.is_finite(), "non-finite number in feed");
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{}", x)
    }
}

/// Round to `digits` decimals.
pub fn round(x: f64, digits: i32) -> f64 {
    let m = 10f64.powi(digits);
    (x * m).round() / m
}

pub fn array<I: IntoIterator<Item = String>>(items: I) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out
}

pub fn str_array(items: &[&str]) -> String {
    array(items.iter().map(|s| string(s)))
}

/// Builder for one compact JSON object.
pub struct Obj {
    buf: String,
    empty: bool,
}

impl Obj {
    pub fn new() -> Self {
        Obj { buf: String::from("{"), empty: true }
    }

    /// Adds a key with an already-serialised JSON value.
    pub fn raw(mut self, key: &str, json: &str) -> Self {
        if !self.empty {
            self.buf.push(',');
        }
        self.empty = false;
        self.buf.push_str(&string(key));
        self.buf.push(':');
        self.buf.push_str(json);
        self
    }

    pub fn str(self, key: &str, value: &str) -> Self {
        let v = string(value);
        self.raw(key, &v)
    }

    pub fn num(self, key: &str, value: f64) -> Self {
        let v = number(value);
        self.raw(key, &v)
    }

    pub fn int(self, key: &str, value: i64) -> Self {
        self.raw(key, &value.to_string())
    }

    pub fn bool(self, key: &str, value: bool) -> Self {
        self.raw(key, if value { "true" } else { "false" })
    }

    pub fn strs(self, key: &str, values: &[&str]) -> Self {
        let v = str_array(values);
        self.raw(key, &v)
    }

    pub fn finish(mut self) -> String {
        self.buf.push('}');
        self.buf
    }
}

/// `"key":[\nrec,\nrec]` – one record per line, for a readable yet compact file.
pub fn list_block(key: &str, records: &[String]) -> String {
    let mut out = string(key);
    out.push_str(":[\n");
    out.push_str(&records.join(",\n"));
    out.push_str("\n]");
    out
}
