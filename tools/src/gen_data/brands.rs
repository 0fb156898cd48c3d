//! Labour brands (劳务品牌). Names of real brands come from public reports; the skill
//! lists are this demo's reading of each brand's trade, and the two invented brands
//! at the end carry `sample: true`.

pub struct Brand {
    pub id: &'static str,
    pub name: &'static str,
    pub en: &'static str,
    /// Home city (full name). Province-wide brands list the provincial capital.
    pub city: &'static str,
    /// `city`: a local brand; `province`: a 川字号 province-wide brand;
    /// `sichuan-chongqing`: a joint 巴蜀 brand.
    pub scope: &'static str,
    /// (skill id, attested level or 0 = certificate without a level).
    pub skills: &'static [(&'static str, u8)],
    /// Categories whose jobs may prefer this brand.
    pub cats: &'static [&'static str],
    pub sample: bool,
    pub note: &'static str,
}

#[rustfmt::skip]
pub const BRANDS: &[Brand] = &[
    Brand { id: "b-zg", name: "自贡彩灯工匠", en: "Zigong Lantern Craftsmen", city: "自贡市", scope: "city",
        skills: &[("s-lantern", 0), ("s-elec", 2), ("s-lanternframe", 0), ("s-lanternsilk", 0), ("s-lanternelec", 0)], cats: &["彩灯"], sample: false,
        note: "自贡彩灯扎制、裱糊与灯组电气安装，随灯会项目赴省内外及海外。" },
    Brand { id: "b-cmz", name: "川妹子", en: "Sichuan Sisters", city: "成都市", scope: "province",
        skills: &[("s-housekeep", 0), ("s-clean", 0), ("s-yuesao", 0), ("s-nanny", 0), ("s-homecook", 0)], cats: &["家政", "养老"], sample: false,
        note: "四川家政服务老品牌，覆盖保洁、育婴、母婴护理与家庭餐。" },
    Brand { id: "b-ccs", name: "川厨师", en: "Sichuan Chefs", city: "成都市", scope: "province",
        skills: &[("s-cook", 2), ("s-sichuan", 0), ("s-pastry", 0), ("s-hotpot", 0)], cats: &["餐饮"], sample: false, note: "川菜烹饪劳务品牌，厨师持证输出到全国。" },
    Brand { id: "b-cjg", name: "川建工", en: "Sichuan Builders", city: "成都市", scope: "province",
        skills: &[("s-mason", 0), ("s-rebar", 0), ("s-concrete", 0), ("s-scaffold", 0), ("s-formwork", 0), ("s-elec", 0), ("s-weld", 0)],
        cats: &["建筑"], sample: false, note: "四川建筑劳务品牌，钢筋、砌筑、模板、架子等工种。" },
    Brand { id: "b-cba", name: "川保安", en: "Sichuan Security", city: "成都市", scope: "province",
        skills: &[("s-guard", 1), ("s-fire", 0), ("s-cctv", 0), ("s-event", 0)], cats: &["安保"], sample: false, note: "保安服务劳务品牌，退役军人比例高。" },
    Brand { id: "b-shuxiu", name: "蜀绣", en: "Shu Embroidery", city: "成都市", scope: "city", skills: &[("s-shuxiu", 0), ("s-embmachine", 0)],
        cats: &["刺绣"], sample: false, note: "成都蜀绣手工艺，居家灵活就业为主。" },
    Brand { id: "b-qiangxiu", name: "羌绣", en: "Qiang Embroidery", city: "阿坝藏族羌族自治州", scope: "city", skills: &[("s-qiangxiu", 0), ("s-costume", 0)],
        cats: &["刺绣", "文旅"], sample: false, note: "阿坝羌族刺绣，带动山区妇女就近就业。" },
    Brand { id: "b-yixiu", name: "彝绣", en: "Yi Embroidery", city: "凉山彝族自治州", scope: "city", skills: &[("s-yixiu", 0), ("s-costume", 0)],
        cats: &["刺绣", "文旅"], sample: false, note: "凉山彝族刺绣与服饰制作。" },
    Brand { id: "b-thangka", name: "藏式唐卡", en: "Tibetan Thangka", city: "甘孜藏族自治州", scope: "city", skills: &[("s-thangka", 0)], cats: &["文旅"],
        sample: false, note: "甘孜、阿坝的唐卡绘制传统手艺。" },
    Brand { id: "b-zjbs", name: "中江表嫂", en: "Zhongjiang Housekeepers", city: "德阳市", scope: "city",
        skills: &[("s-housekeep", 0), ("s-yuesao", 0), ("s-eldercare", 0), ("s-clean", 0)], cats: &["家政", "养老"], sample: false,
        note: "德阳中江的家政服务品牌，母婴护理与养老照护。" },
    Brand { id: "b-ybrm", name: "宜宾燃面师", en: "Yibin Burning-Noodle Chefs", city: "宜宾市", scope: "city",
        skills: &[("s-ranmian", 0), ("s-pastry", 0), ("s-xiaochi", 0)], cats: &["餐饮"], sample: false, note: "宜宾燃面制作技艺，开店与门店厨师。" },
    Brand { id: "b-sxm", name: "苏小妹", en: "Su Xiaomei Domestic Service", city: "眉山市", scope: "city",
        skills: &[("s-housekeep", 0), ("s-nanny", 0), ("s-yuesao", 0), ("s-eldercare", 0)], cats: &["家政", "养老"], sample: false, note: "眉山家政服务品牌。" },
    Brand { id: "b-yjxn", name: "彝家绣娘", en: "Yi Embroiderers of Liangshan", city: "凉山彝族自治州", scope: "city",
        skills: &[("s-yixiu", 0), ("s-costume", 0), ("s-knit", 0)], cats: &["刺绣"], sample: false, note: "凉山彝族妇女刺绣就业品牌。" },
    Brand { id: "b-lqcg", name: "龙泉车工", en: "Longquan Machinists", city: "成都市", scope: "city",
        skills: &[("s-lathe", 2), ("s-cnc", 0), ("s-mill", 0), ("s-fitter", 0)], cats: &["制造", "汽修"], sample: false, note: "成都龙泉驿汽车产业的车工、数控加工品牌。" },
    Brand { id: "b-bsmz", name: "巴山妹子", en: "Bashan Sisters", city: "达州市", scope: "city",
        skills: &[("s-housekeep", 0), ("s-yuesao", 0), ("s-eldercare", 0), ("s-clean", 0), ("s-homecook", 0)], cats: &["家政", "养老"], sample: false,
        note: "达州通川的家政服务品牌，母婴、养老、保洁与烹饪。" },
    Brand { id: "b-cdmd", name: "川东美导", en: "East Sichuan Beauty Trainers", city: "达州市", scope: "city",
        skills: &[("s-beauty", 0), ("s-makeup", 0), ("s-nail", 0)], cats: &["美容美发"], sample: false, note: "达州的美容导师品牌。" },
    Brand { id: "b-sjgz", name: "圣洁甘孜", en: "Sacred Garzê", city: "甘孜藏族自治州", scope: "city",
        skills: &[("s-homestay", 0), ("s-guide", 0), ("s-room", 0), ("s-outdoor", 0)], cats: &["文旅"], sample: false, note: "甘孜文旅服务品牌，民宿管家与向导。" },
    Brand { id: "b-hcgj", name: "红城工匠", en: "Red City Craftsmen", city: "甘孜藏族自治州", scope: "city",
        skills: &[("s-mason", 0), ("s-elec", 0), ("s-weld", 0), ("s-excav", 0)], cats: &["建筑"], sample: false, note: "泸定的技能工匠品牌（本演示数据按建筑工种处理）。" },
    Brand { id: "b-bsjg", name: "巴蜀建工", en: "Ba-Shu Builders", city: "成都市", scope: "sichuan-chongqing",
        skills: &[("s-rebar", 0), ("s-mason", 0), ("s-concrete", 0), ("s-scaffold", 0), ("s-steel", 0), ("s-elec", 0)], cats: &["建筑"], sample: false,
        note: "川渝联合建筑劳务品牌。" },
    Brand { id: "b-bsbm", name: "巴蜀保姆", en: "Ba-Shu Housekeepers", city: "成都市", scope: "sichuan-chongqing",
        skills: &[("s-housekeep", 0), ("s-nanny", 0), ("s-eldercare", 0)], cats: &["家政", "养老"], sample: false, note: "川渝联合家政劳务品牌。" },
    Brand { id: "b-bscs", name: "巴蜀厨师", en: "Ba-Shu Chefs", city: "成都市", scope: "sichuan-chongqing",
        skills: &[("s-cook", 0), ("s-sichuan", 0), ("s-hotpot", 0)], cats: &["餐饮"], sample: false, note: "川渝联合厨师劳务品牌。" },
    Brand { id: "b-tfzn", name: "天府助农主播", en: "Tianfu Farm-Aid Streamers", city: "成都市", scope: "city",
        skills: &[("s-live", 0), ("s-ruralecom", 0), ("s-video", 0)], cats: &["电商直播"], sample: true, note: "示例品牌（虚构），用于演示电商直播类品牌匹配。" },
    Brand { id: "b-pxgn", name: "攀西果农匠", en: "Panxi Orchard Hands", city: "攀枝花市", scope: "city", skills: &[("s-fruit", 0), ("s-drone", 0)],
        cats: &["农业"], sample: true, note: "示例品牌（虚构），用于演示农业类品牌匹配。" },
];

pub fn brand(id: &str) -> &'static Brand {
    BRANDS.iter().find(|b| b.id == id).unwrap_or_else(|| panic!("unknown brand id in tables: {id}"))
}
