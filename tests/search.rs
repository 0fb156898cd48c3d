//! The search box: hanzi, full pinyin, initials, mixed input, English, ü however typed,
//! spaces inside syllables, one typo where it cannot be another word.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;
use skillmatch::engine::dataset::Dataset;
use skillmatch::engine::text::index::{Field, Index, Scratch};
use skillmatch::engine::text::query::Query;

fn index(texts: &[&str]) -> Index {
    let mut b = Index::builder();
    for (i, t) in texts.iter().enumerate() {
        b.add(i as u32, Field::Title, t);
    }
    b.finish()
}

/// The documents `q` finds in `texts`, in document order.
fn found(texts: &[&str], q: &str) -> Vec<usize> {
    let idx = index(texts);
    let mut s = Scratch::default();
    let mut docs: Vec<usize> = idx.search(&Query::parse(q), &mut s).iter().map(|h| h.doc as usize).collect();
    docs.sort();
    docs
}

const TITLES: &[&str] =
    &["建筑电工", "重庆火锅厨师", "银行保安", "长沙物流司机", "Electrician 电工", "彩灯制作", "绿化工"];

#[test]
fn each_input_style_finds_the_text() {
    let cases: &[(&str, &[usize])] = &[
        ("电工", &[0, 4]),
        ("jianzhu", &[0]),
        ("jz", &[0]),
        ("建zhu", &[0]),
        ("jianz", &[0]),
        ("jzdg", &[0]),
        ("diangong", &[0, 4]),
        ("dg", &[0, 4]),
        ("电gong", &[0, 4]),
        ("chongqing", &[1]),
        ("yinhang", &[2]),
        ("changsha", &[3]),
        ("cs", &[1, 3]),
        ("electric", &[4]),
        ("ELECTRICIAN", &[4]),
        ("lvhua", &[6]),
        ("caideng", &[5]),
        ("电工 建筑", &[0]),
        ("xyz", &[]),
    ];
    for (q, want) in cases {
        assert_eq!(found(TITLES, q), *want, "query {q:?}");
    }
}

#[test]
fn one_typo_in_latin_input_is_tolerated() {
    let cases: &[(&str, &[usize])] =
        &[("electrcian", &[4]), ("elecrtician", &[4]), ("diangomg", &[0, 4]), ("caidneg", &[5]), ("chongqnig", &[1])];
    for (q, want) in cases {
        assert_eq!(found(TITLES, q), *want, "query {q:?}");
    }
    assert_eq!(found(TITLES, "dgx"), Vec::<usize>::new(), "short input gets no typo allowance");
}

#[test]
fn u_umlaut_is_found_however_it_is_typed() {
    let texts = &["女", "略", "缺", "云", "据", "吕和平", "绿化", "路", "努力", "v"];
    for (q, want) in [
        ("nv", &[0][..]),
        ("nü", &[0]),
        ("nyu", &[0]),
        ("NÜ", &[0]),
        ("lve", &[1]),
        ("lue", &[1]),
        ("lüe", &[1]),
        ("lüè", &[1]),
        ("que", &[2]),
        ("qve", &[2]),
        ("qüe", &[2]),
        ("yun", &[3]),
        ("yvn", &[3]),
        ("ju", &[4]),
        ("jv", &[4]),
        ("lyuheping", &[5]),
        ("lvhua", &[6]),
        ("lühua", &[6]),
        // lu and nu are syllables of their own: 路, 努, and 绿 (lu as well as lv), never 吕 or
        // 女; lu also begins lue, so 略 is found while it is being typed.
        ("lu", &[1, 6, 7]),
        ("nu", &[8]),
        // ü means pinyin: a literal v is not found by it.
        ("ü", &[]),
    ] {
        assert_eq!(found(texts, q), want, "query {q:?}");
    }
    assert_eq!(found(&["战略", "女生努力"], "zhanlue"), [0]);
    assert_eq!(found(&["战略", "女生努力"], "nüshengnuli"), [1]);
}

#[test]
fn hanzi_beyond_gb2312_are_found_by_pinyin() {
    let texts = &["陶喆", "王祎", "张洺", "𬭬测试", "昇腾芯片", "钭"];
    for (q, want) in [
        ("zhe", &[0][..]),
        ("taozhe", &[0]),
        ("tz", &[0]),
        ("yi", &[1]),
        ("zm", &[2]),
        ("zhangming", &[2]),
        ("huiceshi", &[3]),
        ("sheng", &[4]),
        ("tou", &[5]),
    ] {
        assert_eq!(found(texts, q), want, "query {q:?}");
    }
    // Readings only historical dictionaries give stay out: 大 tai, 朱 shu, 许 hu.
    assert_eq!(found(&["大", "朱", "许"], "tai"), Vec::<usize>::new());
    assert_eq!(found(&["大", "朱", "许"], "s"), Vec::<usize>::new());
    assert_eq!(found(&["大", "朱", "许"], "h"), Vec::<usize>::new());
}

#[test]
fn a_space_may_fall_inside_a_syllable_and_terms_still_combine() {
    let texts = &["曾经沧海难为水", "建筑电工", "自贡彩灯电工", "汉语 拼音"];
    for (q, want) in [
        ("zengji ng cang", &[0][..]),
        ("zeng jing cang hai", &[0]),
        ("dian gong", &[1, 2]),
        ("gong dian", &[1, 2]),
        ("电工 自贡", &[2]),
        ("自贡 diangong", &[2]),
        ("han yupinyin", &[3]),
        // Joined or split, nothing spells these.
        ("zengji ng cangsdjfkl", &[]),
        ("hanyu pini", &[]),
    ] {
        assert_eq!(found(texts, q), want, "query {q:?}");
    }
}

#[test]
fn typos_are_tolerated_only_where_they_cannot_be_another_word() {
    let texts = &["开会", "测试切分", "数据库", "昂扬", "知道", "中国", "汉语拼音", "电工"];
    for q in [
        "kaig",         // short, and the last letter is the one being typed (开关)
        "ceshiqiefenw", // a trailing extra letter
        "hanyupini",    // likewise inside the last syllable
        "sujuku",       // su for shu: a typo in an initial
        "zidao",        // zi for zhi
        "anyang",       // an is a syllable of its own (安阳)
        "kaiui",        // the initial h left out
        "gomg",         // four letters: no typo allowance
    ] {
        assert_eq!(found(texts, q), Vec::<usize>::new(), "query {q:?}");
    }
    for (q, want) in [("diangomg", 7), ("diangnog", 7), ("zhongguoo", 5)] {
        assert_eq!(found(texts, q), [want], "query {q:?}");
    }
}

#[test]
fn exact_and_prefix_matches_rank_above_fuzzy_ones() {
    // An exact hit in the lightest field still ranks above a typo-tolerant hit in a title.
    let mut b = Index::builder();
    b.add(0, Field::Title, "Electrician");
    b.add(1, Field::Place, "Electrican Street");
    let idx = b.finish();
    let mut s = Scratch::default();
    let hits = idx.search(&Query::parse("electrican"), &mut s).to_vec();
    let rel = |d: u32| hits.iter().find(|h| h.doc == d).map(|h| h.relevance);
    let (fuzzy, exact) = (rel(0).expect("found with one typo"), rel(1).expect("found exactly"));
    assert!(exact > fuzzy, "exact {exact} vs fuzzy {fuzzy}");
}

#[test]
fn the_skill_autocomplete_does_not_invent_suggestions() {
    use skillmatch::engine::feed::LoadOptions;
    use skillmatch::engine::view::search_skills;
    // The default data: its aliases are where 2-letter initials found noise.
    let ds = Dataset::load(&[], LoadOptions::default());
    let names = |q: &str| -> Vec<String> {
        search_skills(&ds, q, 5, &mut Scratch::default())
            .into_iter()
            .map(|s| ds.catalog().skills[s as usize].name.clone())
            .collect()
    };
    let dg = names("dg");
    assert_eq!(dg.first().map(String::as_str), Some("电工"));
    for noise in ["西式面点师", "高处作业", "育婴员"] {
        assert!(!dg.iter().any(|n| n == noise), "dg suggests {noise}: {dg:?}");
    }
    // What is typed in full still reaches an alias: 蛋糕师, 登高作业.
    assert_eq!(names("dangao").first().map(String::as_str), Some("西式面点师"));
    assert_eq!(names("denggao").first().map(String::as_str), Some("高处作业"));
    assert_eq!(names("kaig"), Vec::<String>::new());
    assert_eq!(names("welder").first().map(String::as_str), Some("焊工"));
    assert_eq!(names("welder").len(), 1, "no typo at the first letter (elder)");
}

#[test]
fn exact_and_prefix_matches_rank_higher() {
    let idx = index(&["电工", "高级电工技师", "diangong"]);
    let mut s = Scratch::default();
    let hits = idx.search(&Query::parse("电工"), &mut s).to_vec();
    let rel = |d: u32| hits.iter().find(|h| h.doc == d).unwrap().relevance;
    assert!(rel(0) > rel(1), "whole text beats a part of a longer one");
}

#[test]
fn jobs_are_found_by_skill_alias_brand_and_place() {
    let ds = load(&[]);
    let find = |ds: &Dataset, q: &str| {
        let mut s = Scratch::default();
        let mut ids: Vec<String> = ds
            .job_index()
            .search(&Query::parse(q), &mut s)
            .iter()
            .map(|h| ds.catalog().jobs[h.doc as usize].id.to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(find(&ds, "水电工"), ["J1"], "alias of a required skill");
    assert_eq!(find(&ds, "自贡彩灯工匠"), ["J1"], "preferred brand");
    assert_eq!(find(&ds, "welder"), ["J2"], "English skill name");
    assert_eq!(find(&ds, "武侯"), ["J2"], "county");
    assert_eq!(find(&ds, "chushi"), ["J3"], "pinyin of an alias");
}

#[test]
fn courses_are_found_by_title_and_taught_skill() {
    use skillmatch::engine::view::search_courses;
    let ds = load(&[]);
    let ids = |q: &str| -> Vec<String> {
        search_courses(&ds, &Query::parse(q), &mut Scratch::default())
            .into_iter()
            .map(|c| ds.catalog().courses[c as usize].id.clone())
            .collect()
    };
    assert_eq!(ids("焊工"), ["C2"]);
    assert_eq!(ids("electrician"), ["C1"], "through the taught skill's English name");
    assert_eq!(ids("pxb"), Vec::<String>::new());
}

#[test]
fn the_skill_autocomplete_accepts_hanzi_pinyin_initials_and_aliases() {
    use skillmatch::engine::view::search_skills;
    let ds = load(&[]);
    let first = |q: &str| {
        search_skills(&ds, q, 5, &mut Scratch::default()).first().map(|s| ds.catalog().skills[*s as usize].id.clone())
    };
    for (q, want) in [
        ("电工", "s-elec"),
        ("diangong", "s-elec"),
        ("dg", "s-elec"),
        ("厨师", "s-cook"),
        ("chushi", "s-cook"),
        ("weld", "s-weld"),
        ("扎灯", "s-lantern"),
    ] {
        assert_eq!(first(q).as_deref(), Some(want), "{q}");
    }
    assert_eq!(first("zzzz"), None);
}

#[test]
fn ambiguous_segmentations_and_long_queries_stay_cheap() {
    // Each 阿 can take "a" as a whole syllable or as an initial: 2^n paths without a budget.
    let text = "阿".repeat(60);
    let idx = index(&[&text, "建筑电工"]);
    let mut s = Scratch::default();
    // Without the step budget this call would not return in any useful time.
    let hits = idx.search(&Query::parse(&"a".repeat(200)), &mut s).len();
    assert!(hits <= 1);
    assert_eq!(found(&[&text], "aaaa"), [0], "short ambiguous queries still match");
}

#[test]
fn html_with_many_bare_ampersands_and_unclosed_scripts_is_linear() {
    use skillmatch::engine::text::html_to_text;
    // Quadratic handling of these would not finish in any useful time.
    let amps = "&".repeat(200_000);
    assert_eq!(html_to_text(&amps).len(), 200_000);
    let scripts = "<script>x".repeat(20_000);
    assert_eq!(html_to_text(&scripts), "");
    assert_eq!(html_to_text("a<SCRIPT>bad()</Script >b"), "ab");
}

#[test]
fn large_indexes_find_exactly_the_matching_texts() {
    // Thousands of texts, so candidate lists have long gaps and group fan-out, pair filters
    // and in-order hit delivery all run at scale; compared with what each text should give.
    let fillers = ["家政保洁", "普工", "Warehouse picker", "厨师", "家政服务员", "保安"];
    let mut texts: Vec<String> = Vec::new();
    for i in 0..3000 {
        texts.push(match i % 337 {
            0 => format!("建筑工{i}"),
            1 => format!("电工{i}"),
            _ => format!("{}{i}", fillers[i % fillers.len()]),
        });
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let want = |needle: &str| -> Vec<usize> { (0..texts.len()).filter(|i| texts[*i].contains(needle)).collect() };
    for (q, needle) in
        [("jzg", "建筑工"), ("jianzhugong", "建筑工"), ("电", "电工"), ("dg", "电工"), ("电gong", "电工")]
    {
        assert_eq!(found(&refs, q), want(needle), "query {q:?}");
    }
    let mut seen = Vec::new();
    let idx = index(&refs);
    idx.for_each_hit(&Query::parse("jz"), &mut Scratch::default(), |h| seen.push(h.doc as usize));
    let mut all = want("建筑");
    all.extend(want("家政"));
    all.sort();
    assert_eq!(seen, all, "hits arrive once each, in document order");
}

#[test]
fn more_distinct_characters_than_the_table_holds_is_not_a_problem() {
    // 70,000 distinct rare characters (CJK Extension B and on), 10 per text, then 电工: the
    // character table fills up with rare ones, but keeps room for the characters people
    // type, so 电工 is still found, and nothing fails.
    let texts: Vec<String> =
        (0..7000u32).map(|t| (0..10).filter_map(|k| char::from_u32(0x20000 + t * 10 + k)).collect()).collect();
    let mut refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    refs.push("电工");
    let n = refs.len();
    assert_eq!(found(&refs, "电工"), [n - 1]);
    assert_eq!(found(&refs, &texts[0][..4]), [0], "an early character is still found");
}

/// The indexes are built on first use or ahead of it, one per step: either way a search finds
/// the same, and after the three indexes there is nothing left to build.
#[test]
fn indexes_built_ahead_find_what_indexes_built_on_use_find() {
    let lazy = Dataset::load(&[], Default::default());
    let warmed = lazy.clone();
    let steps = std::iter::from_fn(|| warmed.build_next_index().then_some(())).count();
    assert_eq!(steps, 3, "jobs, skills and courses, one a step");
    assert!(!warmed.build_next_index(), "nothing is built twice");
    let mut s = Scratch::default();
    for q in ["电工", "dg", "chushi", "自贡", "welder", "月嫂"] {
        let query = Query::parse(q);
        let jobs = |ds: &Dataset, s: &mut Scratch| ds.job_index().search(&query, s).to_vec();
        assert_eq!(jobs(&lazy, &mut s), jobs(&warmed, &mut s), "{q}");
        let courses = |ds: &Dataset, s: &mut Scratch| ds.course_index().search(&query, s).len();
        assert_eq!(courses(&lazy, &mut s), courses(&warmed, &mut s), "{q}");
        let skills = |ds: &Dataset, s: &mut Scratch| ds.skill_index().search(&query, s).len();
        assert_eq!(skills(&lazy, &mut s), skills(&warmed, &mut s), "{q}");
    }
    assert!(!lazy.build_next_index(), "searching built every index the lazy one needed");
}

/// A pack's rebuild builds the job index as one of its parts (it replaces a dataset the
/// worker may be searching); a plain load leaves it for later.
#[test]
fn the_job_index_is_a_part_only_when_asked() {
    use skillmatch::engine::dataset::Indexing;
    let cat = Dataset::load(&[], Default::default()).catalog().clone();
    let parts = |indexing: Indexing| {
        let mut indexing = indexing;
        let mut n = 1;
        while !indexing.step() {
            n += 1;
        }
        let ds = indexing.finish();
        // The job index was built by a part exactly when there is nothing left but the others.
        let left: Vec<bool> = std::iter::from_fn(|| Some(ds.build_next_index())).take(4).collect();
        (n, left)
    };
    let plain = Indexing::new(cat.clone(), Default::default(), Default::default());
    assert_eq!(parts(plain), (2, vec![true, true, true, false]));
    let with = Indexing::new(cat, Default::default(), Default::default()).with_job_index();
    assert_eq!(parts(with), (3, vec![true, true, false, false]));
}
