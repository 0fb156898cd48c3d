//! Synthetic feeds for benchmarks: the default feed's jobs multiplied to `n`, with titles
//! and employers varied the way large portals vary them (prefixes, suffixes, cities), so
//! the search index faces tens of thousands of distinct texts, not 450 repeated ones.

use serde_json::{json, Value};

/// The default feed whose jobs are multiplied.
pub const DEFAULT_FEED: &str = include_str!("../data/default-feed.json");

const PREFIXES: [&str; 16] = [
    "",
    "急招",
    "高薪",
    "长期",
    "包吃住",
    "日结",
    "熟练",
    "招聘",
    "直招",
    "新厂",
    "夜班",
    "男女不限",
    "可培训",
    "正式",
    "临时",
    "周末",
];
const SUFFIXES: [&str; 12] = [
    "",
    "（夜班）",
    "（长白班）",
    "学徒",
    "组长",
    "助理",
    "（可兼职）",
    "（包住）",
    "师傅",
    "（新店）",
    "主管",
    "储备干部",
];
const FIRMS: [&str; 12] =
    ["建工", "灯会", "餐饮", "家政", "物流", "电子", "机械", "物业", "农业", "服饰", "汽修", "文旅"];

/// A tiny deterministic generator (splitmix64), so every run benchmarks the same feed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

/// A native feed of `n` jobs. With `unique`, every title is distinct (a worst case).
#[allow(dead_code)]
pub fn feed(n: usize, unique: bool) -> String {
    feed_with(n, unique, false)
}

/// [`feed`], optionally with every description distinct too (nothing left to share).
#[allow(dead_code)]
pub fn feed_with(n: usize, unique: bool, unique_descriptions: bool) -> String {
    let mut jobs = Vec::with_capacity(n);
    each_job(n, unique, unique_descriptions, |job| jobs.push(job));
    json!({ "skillmatch": 1, "jobs": jobs }).to_string()
}

/// The jobs of [`feed_with`], one at a time (a million of them are written to a file
/// without ever being held together: `examples/gen_synthetic.rs`).
#[allow(dead_code)]
pub fn each_job(n: usize, unique: bool, unique_descriptions: bool, mut each: impl FnMut(Value)) {
    let default: Value = serde_json::from_str(DEFAULT_FEED).expect("default feed");
    let base = default["jobs"].as_array().expect("jobs");
    let places = default["places"].as_array().expect("places");
    let mut rng = Rng(0x5EED);
    for i in 0..n {
        let mut job = base[i % base.len()].clone();
        let title = job["title"].as_str().unwrap_or("普工");
        let mut t = format!("{}{}{}", rng.pick(&PREFIXES), title, rng.pick(&SUFFIXES));
        if unique {
            t.push_str(&format!("{i}号"));
        }
        let place = rng.pick(places);
        let city = place["name"].as_str().unwrap_or("成都市");
        let short: String = city.chars().take(2).collect();
        job["id"] = json!(format!("S{i:06}"));
        job["title"] = json!(t);
        job["employer"] = json!(format!("{short}{}{}号有限公司（示例）", rng.pick(&FIRMS), rng.next() % 40));
        job["city"] = json!(city);
        job["county"] = place["counties"].as_array().and_then(|c| c.first()).map_or(json!(""), |c| c["name"].clone());
        job.as_object_mut().map(|o| o.remove("geo"));
        if unique_descriptions {
            let d = format!("{}（编号{i}）", job["description"].as_str().unwrap_or(""));
            job["description"] = json!(d);
        }
        each(job);
    }
}
