//! Which outline is which prefecture. The boundary package names its files by pinyin and its
//! features by (short) Chinese name, but carries no codes; GB/T 2260 codes are what our
//! gazetteer (`data/default-feed.json` places) is keyed by, so each outline is given its code
//! here and the code, not the name, joins it to a place.

/// One prefecture of Sichuan: its GB/T 2260 code, the file stem of its outline in the package,
/// and the name the package's feature carries (checked, so a mismatched file is caught).
pub struct Prefecture {
    pub code: &'static str,
    pub file: &'static str,
    pub source_name: &'static str,
}

const fn p(code: &'static str, file: &'static str, source_name: &'static str) -> Prefecture {
    Prefecture { code, file, source_name }
}

/// Sichuan's 18 prefecture-level cities and 3 autonomous prefectures, in code order.
pub const PREFECTURES: [Prefecture; 21] = [
    p("510100", "si4_chuan1_cheng2_du1", "成都"),
    p("510300", "si4_chuan1_zi4_gong4", "自贡"),
    p("510400", "si4_chuan1_pan1_zhi1_hua1", "攀枝花"),
    p("510500", "si4_chuan1_lu2_zhou1", "泸州"),
    p("510600", "si4_chuan1_de2_yang2", "德阳"),
    p("510700", "si4_chuan1_mian2_yang2", "绵阳"),
    p("510800", "si4_chuan1_guang3_yuan2", "广元"),
    p("510900", "si4_chuan1_sui4_ning2", "遂宁"),
    p("511000", "si4_chuan1_nei4_jiang1", "内江"),
    p("511100", "si4_chuan1_le4_shan1", "乐山"),
    p("511300", "si4_chuan1_nan2_chong1", "南充"),
    p("511400", "si4_chuan1_mei2_shan1", "眉山"),
    p("511500", "si4_chuan1_yi2_bin1", "宜宾"),
    p("511600", "si4_chuan1_guang3_an1", "广安"),
    p("511700", "si4_chuan1_da2_zhou1", "达州"),
    p("511800", "si4_chuan1_ya3_an1", "雅安"),
    p("511900", "si4_chuan1_ba1_zhong1", "巴中"),
    p("512000", "si4_chuan1_zi1_yang2", "资阳"),
    p("513200", "si4_chuan1_a1_ba4_cang2_zu2_qiang1_zu2_zi4_zhi4_zhou1", "阿坝藏族羌族自治州"),
    p("513300", "si4_chuan1_gan1_zi1_cang2_zu2_zi4_zhi4_zhou1", "甘孜藏族自治州"),
    p("513400", "si4_chuan1_liang2_shan1_yi2_zu2_zi4_zhi4_zhou1", "凉山彝族自治州"),
];
