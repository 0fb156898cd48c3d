//! Training courses: a curated table plus, for any skill that jobs require but no
//! curated course teaches, a generic course so every requirement has a way forward.

use std::collections::BTreeMap;

use super::dates::{day, iso};
use super::jobs::Job;
use super::json::{self, Obj};
use super::places::{city, CITIES};
use super::rng::Rng;
use super::skills::{level_short, skill, Skill};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Online,
    Offline,
    Hybrid,
}

/// What kind of (fictitious) provider runs the course.
#[derive(Clone, Copy)]
pub enum Kind {
    School,
    Build,
    Home,
    Elder,
    Ecom,
    Craft,
    Lantern,
    Tech,
    Agri,
    Cook,
}

pub struct CourseT {
    pub title: &'static str,
    /// (skill id, level reached; 0 = 专项职业能力 / no level).
    pub teaches: &'static [(&'static str, u8)],
    pub mode: Mode,
    /// Short city names; one course per city for offline/hybrid courses.
    pub cities: &'static [&'static str],
    pub days: (u32, u32),
    pub cost: u32,
    pub voucher: bool,
    pub subsidy: u32,
    pub audience: &'static [&'static str],
    pub kind: Kind,
    pub desc: &'static str,
}

#[rustfmt::skip]
const BASE: CourseT = CourseT {
    title: "",
    teaches: &[],
    mode: Mode::Offline,
    cities: &[],
    days: (5, 10),
    cost: 0,
    voucher: true,
    subsidy: 0,
    audience: &["migrant-workers"],
    kind: Kind::School,
    desc: "",
};

#[rustfmt::skip]
const MW: &[&str] = &["migrant-workers"];
#[rustfmt::skip]
const RY: &[&str] = &["rural-youth"];
#[rustfmt::skip]
const WR: &[&str] = &["women-returners"];

#[rustfmt::skip]
pub const COURSES: &[CourseT] = &[
    // 电工 ladder and lantern crafts (自贡 focus)
    CourseT { title: "电工（四级/中级工）技能提升班", teaches: &[("s-elec", 2)], cities: &["自贡", "成都", "宜宾"], days: (15, 20), subsidy: 1000, kind: Kind::Tech,
        desc: "系统学习低压配电、照明线路与电机控制，实操为主。", ..BASE },
    CourseT { title: "高级电工（三级）培训班", teaches: &[("s-elec", 3)], mode: Mode::Hybrid, cities: &["自贡", "成都"], days: (20, 25), subsidy: 1500,
        kind: Kind::Tech, desc: "线上学理论，线下练PLC与变频器调试。", ..BASE },
    CourseT { title: "电工技师（二级）研修班", teaches: &[("s-elec", 4)], cities: &["自贡"], days: (25, 30), cost: 1200, subsidy: 2000, kind: Kind::Tech,
        desc: "面向已有高级工证书的电工，提升故障诊断与技术管理能力。", ..BASE },
    CourseT { title: "电工入门（五级/初级工）", teaches: &[("s-elec", 1)], cities: &["南充", "达州", "凉山"], days: (10, 15), subsidy: 600,
        audience: &["migrant-workers", "rural-youth"], kind: Kind::Tech, desc: "从安全用电、识图和工具使用学起，零基础可报。", ..BASE },
    CourseT { title: "自贡彩灯制作专项能力培训", teaches: &[("s-lantern", 0), ("s-lanternframe", 0)], cities: &["自贡"], days: (10, 15), subsidy: 800,
        audience: &["rural-youth", "women-returners", "migrant-workers"], kind: Kind::Lantern, desc: "跟彩灯老师傅学扎骨架、做造型，结业可参加彩灯制作专项职业能力考核。", ..BASE },
    CourseT { title: "彩灯裱糊与彩绘实训", teaches: &[("s-lanternsilk", 0), ("s-lanternpaint", 0)], cities: &["自贡"], days: (7, 10), subsidy: 500,
        audience: &["women-returners", "rural-youth"], kind: Kind::Lantern, desc: "学习绸布裱糊、喷绘上色，适合居家附近就业的妇女。", ..BASE },
    CourseT { title: "灯组电气安装与LED编程", teaches: &[("s-lanternelec", 0), ("s-ledprog", 0)], mode: Mode::Hybrid, cities: &["自贡"], days: (10, 12),
        subsidy: 800, kind: Kind::Lantern, desc: "灯组布线、配电安全与DMX动态灯光编程。", ..BASE },
    CourseT { title: "彩灯设计与效果图制作", teaches: &[("s-lanterndesign", 0)], mode: Mode::Hybrid, cities: &["自贡"], days: (15, 20), cost: 600, audience: RY,
        kind: Kind::Lantern, desc: "学习灯组造型设计、效果图与施工图绘制。", ..BASE },
    CourseT { title: "仿真恐龙制作技能培训", teaches: &[("s-dinosaur", 0)], cities: &["自贡"], days: (10, 15), subsidy: 600, audience: RY, kind: Kind::Lantern,
        desc: "骨架焊接、海绵雕刻、蒙皮上色全流程实训。", ..BASE },
    CourseT { title: "灯会运维与安全巡检", teaches: &[("s-lanternop", 0)], cities: &["自贡"], days: (3, 5), kind: Kind::Lantern, desc: "灯会期间灯组巡检、故障排除与用电安全。",
        ..BASE },
    // construction
    CourseT { title: "建筑工人安全教育（三级安全教育）", teaches: &[("s-safety", 0), ("s-highwork", 0)], cities: &["成都", "南充", "达州", "绵阳"], days: (2, 3),
        kind: Kind::Build, desc: "进场前必学：高处作业、临时用电与防坍塌，结业发培训合格证明。", ..BASE },
    CourseT { title: "建筑安全员岗位培训", teaches: &[("s-safety", 0)], mode: Mode::Online, days: (5, 7), cost: 300, voucher: false, kind: Kind::Build,
        desc: "施工现场安全检查、隐患排查与台账管理。", ..BASE },
    CourseT { title: "焊工（四级/中级工）培训", teaches: &[("s-weld", 2)], cities: &["德阳", "成都", "资阳"], days: (20, 30), subsidy: 1200, kind: Kind::Tech,
        desc: "手工电弧焊、二保焊平焊立焊实操。", ..BASE },
    CourseT { title: "焊工（三级/高级工）提升班", teaches: &[("s-weld", 3)], cities: &["德阳"], days: (25, 30), cost: 800, subsidy: 1500, kind: Kind::Tech,
        desc: "管板、管管焊接与氩弧焊提升。", ..BASE },
    CourseT { title: "钢筋工技能培训", teaches: &[("s-rebar", 2)], cities: &["成都", "南充", "广安"], days: (10, 15), subsidy: 800, kind: Kind::Build,
        desc: "识读结构图、钢筋下料与绑扎实操。", ..BASE },
    CourseT { title: "砌筑工技能培训", teaches: &[("s-mason", 2)], cities: &["巴中", "达州"], days: (10, 15), subsidy: 800, kind: Kind::Build,
        desc: "砖砌体、砌块墙施工工艺与质量标准。", ..BASE },
    CourseT { title: "模板工与架子工实操班", teaches: &[("s-formwork", 1), ("s-scaffold", 1)], cities: &["成都", "遂宁"], days: (10, 15), subsidy: 800,
        kind: Kind::Build, desc: "支模加固、盘扣式脚手架搭设与验收。", ..BASE },
    CourseT { title: "塔吊司机与信号工培训", teaches: &[("s-crane", 1), ("s-signal", 0)], cities: &["成都", "宜宾"], days: (20, 30), cost: 2800, subsidy: 1000,
        kind: Kind::Build, desc: "塔式起重机操作与吊装指挥，可参加特种作业考核。", ..BASE },
    CourseT { title: "挖掘机驾驶培训", teaches: &[("s-excav", 1)], cities: &["南充", "泸州"], days: (30, 45), cost: 3800, voucher: false, kind: Kind::Build,
        desc: "挖掘机基本操作、平整场地与装车实操。", ..BASE },
    CourseT { title: "家装水电与贴砖实训", teaches: &[("s-decor", 1), ("s-tile", 0), ("s-plumb", 1)], cities: &["成都", "绵阳"], days: (15, 20), subsidy: 800,
        kind: Kind::Build, desc: "家装水电改造、瓷砖铺贴与防水施工。", ..BASE },
    CourseT { title: "光伏安装与运维培训", teaches: &[("s-solar", 0)], cities: &["攀枝花", "凉山", "乐山"], days: (7, 10), subsidy: 500,
        audience: &["rural-youth", "migrant-workers"], kind: Kind::Tech, desc: "光伏支架与组件安装、并网接线与安全。", ..BASE },
    CourseT { title: "空调安装维修专项培训", teaches: &[("s-aircon", 0)], cities: &["成都", "南充", "内江"], days: (10, 15), subsidy: 600, kind: Kind::Tech,
        desc: "家用空调安装、移机、加氟与常见故障维修。", ..BASE },
    // catering
    CourseT { title: "中式烹调师（四级/中级工）", teaches: &[("s-cook", 2)], cities: &["成都", "南充", "乐山", "达州"], days: (20, 30), subsidy: 1200, kind: Kind::Cook,
        desc: "刀工、火候与川菜二十四味型，结业参加等级认定。", ..BASE },
    CourseT { title: "中式烹调师（三级/高级工）提升班", teaches: &[("s-cook", 3)], cities: &["成都"], days: (25, 30), cost: 1500, subsidy: 1500, kind: Kind::Cook,
        desc: "宴席设计、成本核算与创新川菜。", ..BASE },
    CourseT { title: "川菜烹饪专项能力培训", teaches: &[("s-sichuan", 0)], cities: &["成都", "眉山", "自贡"], days: (10, 15), subsidy: 600,
        audience: &["migrant-workers", "rural-youth"], kind: Kind::Cook, desc: "回锅肉、麻婆豆腐等家常川菜标准化出品。", ..BASE },
    CourseT { title: "中式面点师（四级）培训", teaches: &[("s-pastry", 2)], cities: &["成都", "绵阳"], days: (20, 25), subsidy: 1000,
        audience: &["women-returners", "migrant-workers"], kind: Kind::Cook, desc: "发面、包子、饺子与川式小吃面点。", ..BASE },
    CourseT { title: "宜宾燃面制作培训", teaches: &[("s-ranmian", 0)], cities: &["宜宾"], days: (5, 7), subsidy: 400,
        audience: &["rural-youth", "women-returners"], kind: Kind::Cook, desc: "燃面配料、碎米芽菜与开店要点。", ..BASE },
    CourseT { title: "拉面与川味小吃制作", teaches: &[("s-noodle", 0), ("s-xiaochi", 0)], cities: &["成都", "广元"], days: (7, 10), subsidy: 400,
        kind: Kind::Cook, desc: "手工拉面、抄手、钟水饺制作，适合小店创业。", ..BASE },
    CourseT { title: "火锅底料炒制与凉菜卤味", teaches: &[("s-hotpot", 0), ("s-coldish", 0)], cities: &["成都"], days: (7, 10), cost: 980, voucher: false,
        kind: Kind::Cook, desc: "牛油底料炒制、卤水调制与凉菜味型。", ..BASE },
    CourseT { title: "乡厨坝坝宴技能培训", teaches: &[("s-banquet", 0)], cities: &["南充", "巴中", "遂宁"], days: (5, 7), audience: RY, kind: Kind::Cook,
        desc: "九大碗传统做法、宴席卫生与成本控制。", ..BASE },
    CourseT { title: "自贡冷吃兔制作", teaches: &[("s-rabbit", 0)], cities: &["自贡"], days: (3, 5), audience: &["women-returners", "rural-youth"],
        kind: Kind::Cook, desc: "自贡盐帮菜代表冷吃兔的选料与炒制。", ..BASE },
    CourseT { title: "西式面点与烘焙", teaches: &[("s-bakery", 1)], mode: Mode::Hybrid, cities: &["成都"], days: (15, 20), cost: 1200, subsidy: 600,
        audience: WR, kind: Kind::Cook, desc: "面包、蛋糕与裱花，适合宝妈再就业或开小店。", ..BASE },
    CourseT { title: "茶艺师（五级）培训", teaches: &[("s-tea", 1)], cities: &["雅安", "成都"], days: (7, 10), subsidy: 500,
        audience: &["women-returners", "rural-youth"], kind: Kind::School, desc: "蒙顶山茶冲泡、盖碗茶艺与茶馆服务。", ..BASE },
    CourseT { title: "餐厅服务与收银岗前培训", teaches: &[("s-waiter", 1), ("s-cashier", 0)], mode: Mode::Online, days: (2, 3),
        audience: &["rural-youth", "women-returners"], kind: Kind::School, desc: "点菜、传菜与收银系统操作，岗前速成。", ..BASE },
    CourseT { title: "厨房切配与餐具消毒", teaches: &[("s-kitchen", 0), ("s-dishwash", 0)], cities: &["成都", "泸州"], days: (3, 5), kind: Kind::Cook,
        desc: "切配刀工、打荷与后厨卫生规范。", ..BASE },
    // domestic service (many for women-returners)
    CourseT { title: "家政服务员（五级）培训", teaches: &[("s-housekeep", 1), ("s-clean", 0)], cities: &["德阳", "达州", "眉山", "成都"], days: (10, 15), subsidy: 800,
        audience: &["women-returners", "domestic-service"], kind: Kind::Home, desc: "家居保洁、衣物整理、家庭餐制作与沟通礼仪。", ..BASE },
    CourseT { title: "家政服务员（四级）提升班", teaches: &[("s-housekeep", 2), ("s-homecook", 0)], cities: &["成都"], days: (15, 20), subsidy: 1000,
        audience: &["domestic-service"], kind: Kind::Home, desc: "高端家庭管家服务、营养配餐与家庭护理。", ..BASE },
    CourseT { title: "产后再就业·母婴护理（月嫂）培训", teaches: &[("s-yuesao", 0), ("s-lactation", 0)], cities: &["德阳", "达州", "南充", "眉山"], days: (15, 20),
        subsidy: 1200, audience: &["women-returners", "domestic-service"], kind: Kind::Home, desc: "产妇护理、新生儿喂养与月子餐，结业推荐上户。", ..BASE },
    CourseT { title: "育婴员（四级）培训", teaches: &[("s-nanny", 2)], cities: &["成都", "绵阳", "宜宾"], days: (15, 20), subsidy: 1000,
        audience: &["women-returners", "domestic-service"], kind: Kind::Home, desc: "0-3岁婴幼儿生活照料、保健与早期教育。", ..BASE },
    CourseT { title: "保育员（五级）培训", teaches: &[("s-childcare", 1)], cities: &["成都", "南充"], days: (10, 15), subsidy: 600, audience: WR,
        kind: Kind::Home, desc: "托幼机构保育、卫生消毒与安全照护。", ..BASE },
    CourseT { title: "整理收纳师线上课", teaches: &[("s-storage", 0)], mode: Mode::Online, days: (5, 7), cost: 399, voucher: false,
        audience: &["women-returners", "domestic-service"], kind: Kind::Home, desc: "衣橱、厨房与儿童房整理方法和上门服务流程。", ..BASE },
    CourseT { title: "家电清洗技能培训", teaches: &[("s-appliance", 0)], cities: &["成都", "泸州"], days: (5, 7), subsidy: 400,
        audience: &["domestic-service", "migrant-workers"], kind: Kind::Home, desc: "油烟机、空调、洗衣机拆洗实操。", ..BASE },
    CourseT { title: "物业服务与保洁管理", teaches: &[("s-cleaner", 1), ("s-property", 1)], mode: Mode::Online, days: (3, 5),
        audience: &["women-returners", "migrant-workers"], kind: Kind::Home, desc: "公共区域保洁标准、物业客服与报修流程。", ..BASE },
    CourseT { title: "宠物护理与美容", teaches: &[("s-pet", 0)], cities: &["成都"], days: (15, 20), cost: 1980, voucher: false, audience: RY,
        kind: Kind::School, desc: "猫狗洗护、基础修剪与宠物店服务。", ..BASE },
    // elderly care
    CourseT { title: "养老护理员（五级/初级工）", teaches: &[("s-eldercare", 1)], cities: &["成都", "南充", "达州", "内江", "广安"], days: (10, 15), subsidy: 1000,
        audience: &["elderly-care", "women-returners", "migrant-workers"], kind: Kind::Elder, desc: "生活照料、基础护理与沟通技巧，结业参加等级认定。", ..BASE },
    CourseT { title: "养老护理员（四级/中级工）提升班", teaches: &[("s-eldercare", 2)], cities: &["成都", "德阳", "绵阳"], days: (15, 20), subsidy: 1200,
        audience: &["elderly-care"], kind: Kind::Elder, desc: "失能老人照护、康复训练与护理记录。", ..BASE },
    CourseT { title: "养老护理员（三级/高级工）研修", teaches: &[("s-eldercare", 3), ("s-elderact", 0)], cities: &["成都"], days: (20, 25), cost: 800, subsidy: 1500,
        audience: &["elderly-care"], kind: Kind::Elder, desc: "照护计划制定、带教与老年人能力评估。", ..BASE },
    CourseT { title: "失能与认知症老人照护（线上）", teaches: &[("s-disabled", 0), ("s-dementia", 0)], mode: Mode::Online, days: (5, 7),
        audience: &["elderly-care", "women-returners"], kind: Kind::Elder, desc: "翻身拍背、防压疮与认知症沟通照护。", ..BASE },
    CourseT { title: "医疗护理员培训", teaches: &[("s-medhelper", 1)], cities: &["成都", "绵阳", "宜宾", "泸州"], days: (10, 15), subsidy: 800,
        audience: &["elderly-care", "migrant-workers"], kind: Kind::Elder, desc: "病房陪护、患者清洁与安全转运，合格后推荐医院上岗。", ..BASE },
    CourseT { title: "居家上门照护与助浴", teaches: &[("s-homecare", 0), ("s-bath", 0)], cities: &["自贡", "乐山", "遂宁"], days: (7, 10), subsidy: 600,
        audience: &["elderly-care", "women-returners"], kind: Kind::Elder, desc: "上门助洁、助餐、助浴服务规范与安全。", ..BASE },
    CourseT { title: "急救救护员培训", teaches: &[("s-firstaid", 0)], cities: &["成都", "广元", "雅安"], days: (2, 3),
        audience: &["elderly-care", "ex-servicemen", "migrant-workers"], kind: Kind::Elder, desc: "心肺复苏、AED使用与常见意外处置。", ..BASE },
    CourseT { title: "康复辅助与老年营养餐", teaches: &[("s-rehab", 0), ("s-elderfood", 0)], cities: &["成都", "南充"], days: (7, 10), subsidy: 500,
        audience: &["elderly-care"], kind: Kind::Elder, desc: "肢体康复辅助训练与少油少盐老年餐制作。", ..BASE },
    // e-commerce, live streaming, digital skills
    CourseT { title: "农村青年电商培育·直播带货实训", teaches: &[("s-live", 1), ("s-ruralecom", 0)], mode: Mode::Hybrid, cities: &["南充", "巴中", "广元", "凉山", "达州"],
        days: (10, 15), subsidy: 800, audience: RY, kind: Kind::Ecom, desc: "农村青年电商培育工程项目：选品、话术、场景搭建和本地农产品直播。", ..BASE },
    CourseT { title: "直播销售员（五级）线上课", teaches: &[("s-live", 1)], mode: Mode::Online, days: (7, 10), audience: &["rural-youth", "women-returners"],
        kind: Kind::Ecom, desc: "直播间话术、规则与合规，结业参加等级认定。", ..BASE },
    CourseT { title: "互联网营销师（四级）提升班", teaches: &[("s-netmkt", 2), ("s-live", 2)], mode: Mode::Hybrid, cities: &["成都"], days: (15, 20), cost: 1500,
        subsidy: 1000, audience: RY, kind: Kind::Ecom, desc: "账号定位、流量投放与直播复盘。", ..BASE },
    CourseT { title: "电子商务师（四级）线上班", teaches: &[("s-ecom", 2)], mode: Mode::Online, days: (15, 20), audience: &["rural-youth", "women-returners"],
        kind: Kind::Ecom, desc: "网店开设、商品上架、营销活动与客服。", ..BASE },
    CourseT { title: "电子商务师（三级）运营提升", teaches: &[("s-ecom", 3), ("s-data", 0)], mode: Mode::Hybrid, cities: &["成都", "绵阳"], days: (20, 25),
        cost: 1200, subsidy: 800, audience: RY, kind: Kind::Ecom, desc: "店铺数据分析、推广投放与团队管理。", ..BASE },
    CourseT { title: "短视频拍摄与剪辑", teaches: &[("s-video", 0), ("s-photo", 0)], mode: Mode::Online, days: (7, 10),
        audience: &["rural-youth", "women-returners"], kind: Kind::Ecom, desc: "手机拍摄、剪辑软件与商品短视频脚本。", ..BASE },
    CourseT { title: "直播运营与场控实训", teaches: &[("s-liveops", 0), ("s-select", 0)], cities: &["成都", "南充"], days: (7, 10), subsidy: 500, audience: RY,
        kind: Kind::Ecom, desc: "中控台操作、排品与选品。", ..BASE },
    CourseT { title: "宝妈再就业·电商客服培训", teaches: &[("s-cs", 1), ("s-office", 0)], mode: Mode::Online, days: (5, 7), audience: WR, kind: Kind::Ecom,
        desc: "产后再就业项目：客服话术、售后处理与居家办公，结业推荐岗位。", ..BASE },
    CourseT { title: "网店美工设计", teaches: &[("s-artist", 0)], mode: Mode::Online, days: (15, 20), cost: 680,
        audience: &["rural-youth", "women-returners"], kind: Kind::Ecom, desc: "主图、详情页设计与修图基础。", ..BASE },
    CourseT { title: "社群运营与社区团购", teaches: &[("s-community", 0)], mode: Mode::Online, days: (3, 5), audience: &["women-returners", "rural-youth"],
        kind: Kind::Ecom, desc: "社群搭建、团购接龙与售后服务。", ..BASE },
    CourseT { title: "跨境电商运营实务", teaches: &[("s-crossborder", 0)], cities: &["成都"], days: (15, 20), cost: 1800, subsidy: 800, audience: RY,
        kind: Kind::Ecom, desc: "跨境平台开店、物流与合规。", ..BASE },
    CourseT { title: "计算机操作基础", teaches: &[("s-office", 0)], mode: Mode::Online, days: (5, 10),
        audience: &["women-returners", "migrant-workers", "ex-servicemen"], kind: Kind::School, desc: "打字、办公软件、网上办事与防诈骗常识。", ..BASE },
    // security
    CourseT { title: "保安员（五级）培训", teaches: &[("s-guard", 1)], cities: &["成都", "绵阳", "南充", "泸州"], days: (7, 10), subsidy: 600,
        audience: &["ex-servicemen", "migrant-workers"], kind: Kind::School, desc: "勤务规范、消防常识与应急处置，结业参加保安员等级认定。", ..BASE },
    CourseT { title: "保安员（四级）提升班", teaches: &[("s-guard", 2), ("s-event", 0)], cities: &["成都"], days: (10, 15), subsidy: 800,
        audience: &["ex-servicemen"], kind: Kind::School, desc: "大型活动安保、班组管理与法律常识。", ..BASE },
    CourseT { title: "消防设施操作员（五级）", teaches: &[("s-fire", 1)], cities: &["成都", "宜宾", "德阳"], days: (15, 20), subsidy: 1000,
        audience: &["ex-servicemen", "migrant-workers"], kind: Kind::Tech, desc: "消防控制室值班、火灾报警系统操作。", ..BASE },
    CourseT { title: "消防设施操作员（四级）", teaches: &[("s-fire", 2), ("s-cctv", 0)], mode: Mode::Hybrid, cities: &["成都", "绵阳"], days: (20, 25), cost: 900,
        subsidy: 1200, audience: &["ex-servicemen"], kind: Kind::Tech, desc: "消防设施保养、检测与监控系统。", ..BASE },
    CourseT { title: "安检员岗前培训", teaches: &[("s-screener", 0), ("s-order", 0)], cities: &["成都"], days: (3, 5),
        audience: &["ex-servicemen", "rural-youth"], kind: Kind::School, desc: "安检设备使用、违禁品识别与服务礼仪。", ..BASE },
    // logistics
    CourseT { title: "叉车司机培训（N1）", teaches: &[("s-forklift", 0)], cities: &["成都", "宜宾", "德阳", "遂宁"], days: (7, 10), cost: 800, subsidy: 500,
        kind: Kind::Tech, desc: "叉车操作、装卸码垛与安全，可参加特种设备作业考核。", ..BASE },
    CourseT { title: "快递员与分拣员岗前培训", teaches: &[("s-courier", 1), ("s-sort", 1)], mode: Mode::Online, days: (2, 3),
        audience: &["migrant-workers", "rural-youth"], kind: Kind::School, desc: "派件流程、扫描设备、客户沟通与交通安全。", ..BASE },
    CourseT { title: "仓储管理员（四级）", teaches: &[("s-warehouse", 2), ("s-tally", 0)], cities: &["成都", "泸州"], days: (10, 15), subsidy: 800,
        kind: Kind::School, desc: "出入库、盘点与仓储管理系统。", ..BASE },
    CourseT { title: "冷链物流操作培训", teaches: &[("s-coldchain", 0)], cities: &["成都"], days: (5, 7), kind: Kind::School, desc: "冷库作业、温控记录与食品安全。", ..BASE },
    CourseT { title: "货车司机安全驾驶", teaches: &[("s-truck", 1), ("s-citydelivery", 0)], cities: &["内江", "达州"], days: (3, 5), kind: Kind::School,
        desc: "防御性驾驶、货物绑扎与疲劳驾驶预防。", ..BASE },
    CourseT { title: "外卖骑手安全与服务", teaches: &[("s-rider", 0)], mode: Mode::Online, days: (1, 2), audience: &["rural-youth", "migrant-workers"],
        kind: Kind::School, desc: "电动车交通安全、配送规范与权益保障。", ..BASE },
    // manufacturing
    CourseT { title: "数控车工（四级/中级工）", teaches: &[("s-cnc", 2)], cities: &["成都", "德阳", "宜宾"], days: (25, 30), subsidy: 1500,
        audience: &["rural-youth", "migrant-workers"], kind: Kind::Tech, desc: "数控编程、对刀与零件加工，龙泉驿汽车产业定向输送。", ..BASE },
    CourseT { title: "车工（三级/高级工）提升班", teaches: &[("s-lathe", 3), ("s-mill", 1)], cities: &["成都"], days: (25, 30), cost: 1000, subsidy: 1500,
        kind: Kind::Tech, desc: "复杂零件车削、螺纹加工与精度控制。", ..BASE },
    CourseT { title: "装配钳工（四级）培训", teaches: &[("s-fitter", 2), ("s-maint", 1)], cities: &["德阳"], days: (20, 25), subsidy: 1200, kind: Kind::Tech,
        desc: "重型装备装配、划线与设备维修基础。", ..BASE },
    CourseT { title: "SMT贴片与电子装配", teaches: &[("s-smt", 0), ("s-assembly", 1)], cities: &["绵阳", "遂宁"], days: (7, 10), subsidy: 600, audience: RY,
        kind: Kind::Tech, desc: "贴片机上料换线、焊点检验与静电防护。", ..BASE },
    CourseT { title: "动力电池制造岗前培训", teaches: &[("s-battery", 0)], cities: &["宜宾", "遂宁"], days: (5, 7), subsidy: 500,
        audience: &["rural-youth", "migrant-workers"], kind: Kind::Tech, desc: "电芯装配、检测与洁净车间规范，合格后推荐入职。", ..BASE },
    CourseT { title: "光伏组件生产岗前培训", teaches: &[("s-pvmodule", 0)], cities: &["乐山"], days: (5, 7), subsidy: 500, kind: Kind::Tech, desc: "层压、分选与车间安全。",
        ..BASE },
    CourseT { title: "白酒酿造工（四级）", teaches: &[("s-liquor", 2)], cities: &["宜宾", "泸州"], days: (20, 25), subsidy: 1200, kind: Kind::Tech,
        desc: "固态发酵、上甑摘酒与品评基础。", ..BASE },
    CourseT { title: "缝纫工家门口就业培训", teaches: &[("s-sewing", 1)], cities: &["巴中", "南充", "广安"], days: (10, 15), subsidy: 600,
        audience: &["women-returners", "rural-youth"], kind: Kind::School, desc: "平车操作、缝制工艺，结业推荐县域服装车间。", ..BASE },
    CourseT { title: "服装制版与女鞋制作", teaches: &[("s-pattern", 0), ("s-shoes", 1)], cities: &["成都"], days: (15, 20), cost: 1200, subsidy: 600,
        kind: Kind::School, desc: "服装打版、鞋样与成型工艺。", ..BASE },
    CourseT { title: "质检员与注塑工岗前培训", teaches: &[("s-qc", 1), ("s-inject", 1)], mode: Mode::Online, days: (3, 5), kind: Kind::Tech,
        desc: "检验标准、量具使用与注塑机安全操作。", ..BASE },
    CourseT { title: "茶叶加工技能培训", teaches: &[("s-teaproc", 0), ("s-teapick", 0)], cities: &["雅安", "乐山"], days: (7, 10), subsidy: 500,
        audience: &["rural-youth", "women-returners"], kind: Kind::Agri, desc: "名优绿茶采摘标准与杀青揉捻工艺。", ..BASE },
    CourseT { title: "川味调味品制作（泡菜·豆瓣）", teaches: &[("s-pickle", 0), ("s-douban", 0), ("s-food", 1)], cities: &["眉山", "成都"], days: (5, 7),
        audience: &["women-returners", "rural-youth"], kind: Kind::Cook, desc: "泡菜、郫县豆瓣传统工艺与食品安全。", ..BASE },
    CourseT { title: "家具木工与喷涂培训", teaches: &[("s-furniture", 1), ("s-spray", 1)], cities: &["成都"], days: (15, 20), subsidy: 800, kind: Kind::Tech,
        desc: "板式家具开料封边、组装与环保喷涂。", ..BASE },
    // embroidery & crafts
    CourseT { title: "蜀绣制作专项能力培训", teaches: &[("s-shuxiu", 0)], cities: &["成都"], days: (15, 20), subsidy: 800,
        audience: &["women-returners", "rural-youth"], kind: Kind::Craft, desc: "蜀绣针法、配色与团扇绣制，可领料居家接单。", ..BASE },
    CourseT { title: "羌绣技艺培训", teaches: &[("s-qiangxiu", 0), ("s-costume", 0)], cities: &["阿坝"], days: (10, 15), subsidy: 600, audience: WR,
        kind: Kind::Craft, desc: "羌绣挑花、纳纱针法与文创产品设计。", ..BASE },
    CourseT { title: "彝绣与民族服饰制作", teaches: &[("s-yixiu", 0), ("s-costume", 0)], cities: &["凉山"], days: (10, 15), subsidy: 600,
        audience: &["women-returners", "rural-youth"], kind: Kind::Craft, desc: "彝绣纹样、盘绣与彝族服饰裁剪。", ..BASE },
    CourseT { title: "藏绣与唐卡入门", teaches: &[("s-zangxiu", 0), ("s-thangka", 0)], cities: &["甘孜"], days: (20, 30), subsidy: 1000, audience: RY,
        kind: Kind::Craft, desc: "藏绣针法与唐卡起稿、矿物颜料上色。", ..BASE },
    CourseT { title: "竹编与手工编织", teaches: &[("s-bamboo", 0), ("s-knit", 0)], cities: &["眉山"], days: (7, 10), subsidy: 400,
        audience: &["women-returners", "rural-youth"], kind: Kind::Craft, desc: "青神竹编平面编织与毛线钩织，居家计件。", ..BASE },
    // vehicle repair
    CourseT { title: "汽车维修工（四级/中级工）", teaches: &[("s-automech", 2)], cities: &["成都", "绵阳", "南充"], days: (25, 30), subsidy: 1500,
        audience: &["rural-youth", "ex-servicemen"], kind: Kind::Tech, desc: "发动机、底盘与电气系统维修。", ..BASE },
    CourseT { title: "新能源汽车维修培训", teaches: &[("s-ev", 0), ("s-autoelec", 0)], mode: Mode::Hybrid, cities: &["成都", "宜宾"], days: (15, 20), cost: 1500,
        subsidy: 1000, audience: &["rural-youth", "ex-servicemen"], kind: Kind::Tech, desc: "高压安全、三电系统检测与故障诊断。", ..BASE },
    CourseT { title: "汽车钣金与涂装", teaches: &[("s-autobody", 0), ("s-autopaint", 0)], cities: &["成都", "泸州"], days: (20, 25), subsidy: 1000,
        kind: Kind::Tech, desc: "钣金整形、调漆与喷涂实操。", ..BASE },
    CourseT { title: "汽车美容与快修", teaches: &[("s-detailing", 0), ("s-tyre", 0)], cities: &["德阳", "达州"], days: (5, 7), audience: RY, kind: Kind::Tech,
        desc: "洗车打蜡、贴膜与补胎换胎。", ..BASE },
    CourseT { title: "农机与电动车维修", teaches: &[("s-agrimach", 0), ("s-moto", 0)], cities: &["南充", "巴中", "资阳"], days: (7, 10),
        audience: &["rural-youth", "migrant-workers"], kind: Kind::Agri, desc: "微耕机、收割机与电动车常见故障维修。", ..BASE },
    // beauty
    CourseT { title: "美发师（五级）培训", teaches: &[("s-hair", 1)], cities: &["成都", "达州"], days: (20, 30), subsidy: 1000,
        audience: &["rural-youth", "women-returners"], kind: Kind::School, desc: "洗护、剪发基础与烫染，结业参加等级认定。", ..BASE },
    CourseT { title: "美容师（五级）与美甲实训", teaches: &[("s-beauty", 1), ("s-nail", 0)], cities: &["达州", "南充"], days: (15, 20), subsidy: 800, audience: WR,
        kind: Kind::School, desc: "皮肤护理、美甲美睫与门店服务，产后再就业班优先。", ..BASE },
    CourseT { title: "化妆造型培训", teaches: &[("s-makeup", 0)], cities: &["成都"], days: (10, 15), cost: 1680, voucher: false, audience: WR,
        kind: Kind::School, desc: "生活妆、新娘妆与跟妆服务。", ..BASE },
    CourseT { title: "保健按摩与足部保健", teaches: &[("s-massage", 1), ("s-foot", 0), ("s-moxa", 0)], cities: &["成都", "乐山"], days: (15, 20), subsidy: 800,
        kind: Kind::School, desc: "推拿手法、足部反射区与艾灸调理。", ..BASE },
    // agriculture
    CourseT { title: "植保无人机驾驶培训", teaches: &[("s-drone", 0)], cities: &["资阳", "南充", "眉山"], days: (7, 10), cost: 1200, subsidy: 800, audience: RY,
        kind: Kind::Agri, desc: "无人机飞防作业、航线规划与农药安全。", ..BASE },
    CourseT { title: "果树修剪与管护", teaches: &[("s-fruit", 0), ("s-citrus", 0)], cities: &["攀枝花", "凉山", "资阳"], days: (3, 5),
        audience: &["rural-youth", "migrant-workers"], kind: Kind::Agri, desc: "芒果、柠檬与石榴的修剪、疏果和病虫害防治。", ..BASE },
    CourseT { title: "生猪与家禽健康养殖", teaches: &[("s-pig", 0), ("s-poultry", 0)], cities: &["南充", "达州"], days: (5, 7), audience: RY, kind: Kind::Agri,
        desc: "规模养殖饲喂、防疫与粪污处理。", ..BASE },
    CourseT { title: "高原牦牛养殖技术", teaches: &[("s-yak", 0)], cities: &["阿坝", "甘孜"], days: (5, 7), audience: RY, kind: Kind::Agri,
        desc: "牦牛补饲、棚圈建设与疫病防治。", ..BASE },
    CourseT { title: "设施农业与食用菌栽培", teaches: &[("s-greenhouse", 0), ("s-mushroom", 0)], cities: &["广元", "巴中"], days: (5, 7), audience: RY,
        kind: Kind::Agri, desc: "大棚蔬菜、羊肚菌与香菇栽培技术。", ..BASE },
    CourseT { title: "园林绿化工培训", teaches: &[("s-garden", 1)], cities: &["成都", "内江"], days: (7, 10), kind: Kind::Agri, desc: "苗木栽植、修剪造型与绿地养护。", ..BASE },
    // tourism
    CourseT { title: "民宿管家服务培训", teaches: &[("s-homestay", 0), ("s-room", 1)], cities: &["甘孜", "阿坝", "雅安"], days: (7, 10), subsidy: 600,
        audience: &["rural-youth", "women-returners"], kind: Kind::School, desc: "民宿接待、房务整理、本地游线与线上预订。", ..BASE },
    CourseT { title: "景区讲解与户外向导", teaches: &[("s-guide", 1), ("s-outdoor", 0)], cities: &["甘孜", "乐山"], days: (7, 10), subsidy: 500, audience: RY,
        kind: Kind::School, desc: "讲解词撰写、户外安全与高原急救。", ..BASE },
];

fn provider(rng: &mut Rng, kind: Kind, short: Option<&str>) -> String {
    const PREFIX: &[&str] = &["蜀才", "锦程", "天府", "川技", "巴山", "金沙", "同心", "启航", "匠心", "立业"];
    let Some(short) = short else {
        return rng.pick(&["蜀学通在线职业培训平台（示例）", "天府云课堂（示例）", "川技e学堂（示例）"]).to_string();
    };
    let stem = match kind {
        Kind::School => "职业技能培训学校",
        Kind::Build => "建设职业培训中心",
        Kind::Home => "家政服务培训中心",
        Kind::Elder => "康养职业培训学校",
        Kind::Ecom => "电商直播实训基地",
        Kind::Craft => "非遗手工艺传习所",
        Kind::Lantern => "彩灯艺术培训中心",
        Kind::Tech => "技工培训中心",
        Kind::Agri => "农民田间学校",
        Kind::Cook => "烹饪职业培训学校",
    };
    format!("{}{}{}（示例）", short, rng.pick(PREFIX), stem)
}

pub struct Course {
    pub id: String,
    pub title: String,
    pub provider: String,
    pub teaches: Vec<(&'static str, u8)>,
    pub mode: Mode,
    pub city: Option<&'static str>,
    pub days: u32,
    pub cost: u32,
    pub voucher: bool,
    pub subsidy: u32,
    pub audience: Vec<&'static str>,
    pub starts: u32,
    pub description: String,
}

fn certificate_sentence(teaches: &[(&'static str, u8)]) -> String {
    let (sid, level) = teaches[0];
    let s = skill(sid);
    if level > 0 {
        format!("结业可参加{}{}认定。", s.name, level_short(level))
    } else if !s.special {
        "结业颁发培训合格证明。".to_string()
    } else {
        format!("结业可参加{}专项职业能力考核。", s.name)
    }
}

fn start_date(rng: &mut Rng) -> u32 {
    // 2026-12-01 .. 2027-06-30
    day(2026, 12, 1) + rng.below(212) as u32
}

pub fn generate(rng: &mut Rng, jobs: &[Job]) -> Vec<Course> {
    let mut out: Vec<Course> = Vec::new();
    for t in COURSES {
        let cities: Vec<Option<&'static str>> = if t.mode == Mode::Online {
            vec![None]
        } else {
            assert!(!t.cities.is_empty(), "offline course without a city: {}", t.title);
            // The first city always; a second one for courses listed in 5+ cities.
            let n = if t.cities.len() >= 5 { 2 } else { 1 };
            t.cities.iter().take(n).map(|c| Some(*c)).collect()
        };
        for c in cities {
            let full = c.map(|c| city(c).name);
            let title = t.title.to_string();
            let description = format!("{}{}", t.desc, certificate_sentence(t.teaches));
            out.push(Course {
                id: String::new(),
                title,
                provider: provider(rng, t.kind, c),
                teaches: t.teaches.to_vec(),
                mode: t.mode,
                city: full,
                days: rng.range(t.days.0, t.days.1),
                cost: t.cost,
                voucher: t.voucher,
                subsidy: t.subsidy,
                audience: t.audience.to_vec(),
                starts: start_date(rng),
                description,
            });
        }
    }

    // Generic courses for required skills that nothing above teaches: one per
    // category (up to four skills each), held in the city where most of the
    // postings needing them are.
    let mut need: BTreeMap<&'static str, BTreeMap<&'static str, u32>> = BTreeMap::new();
    for j in jobs {
        for &(sid, _) in &j.requires {
            *need.entry(sid).or_default().entry(j.city.name).or_default() += 1;
        }
    }
    let mut by_cat: BTreeMap<&'static str, Vec<&'static Skill>> = BTreeMap::new();
    for sid in need.keys() {
        if !out.iter().any(|c| c.teaches.iter().any(|t| t.0 == *sid)) {
            let s = skill(sid);
            by_cat.entry(s.cat).or_default().push(s);
        }
    }
    for (cat, skills) in by_cat {
        for group in skills.chunks(4) {
            let mut per_city: BTreeMap<&'static str, u32> = BTreeMap::new();
            for s in group {
                for (c, n) in &need[s.id] {
                    *per_city.entry(c).or_default() += n;
                }
            }
            let (&top_city, _) = per_city.iter().max_by_key(|(name, n)| (**n, std::cmp::Reverse(**name))).unwrap();
            let short = CITIES.iter().find(|c| c.name == top_city).unwrap().short;
            let teaches: Vec<(&'static str, u8)> =
                group.iter().map(|s| (s.id, if s.special { 0 } else { 1 })).collect();
            let names: Vec<&str> = group.iter().map(|s| s.name).collect();
            out.push(Course {
                id: String::new(),
                title: format!("{}岗位技能培训（{}）", cat, names.join("·")),
                description: format!(
                    "面向零基础学员的{}实操培训，按岗位分组教学。{}",
                    names.join("、"),
                    certificate_sentence(&teaches)
                ),
                provider: provider(rng, Kind::School, Some(short)),
                teaches,
                mode: Mode::Offline,
                city: Some(top_city),
                days: rng.range(5, 10),
                cost: 0,
                voucher: true,
                subsidy: 0,
                audience: MW.to_vec(),
                starts: start_date(rng),
            });
        }
    }
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("C{:03}", i + 1);
    }
    out
}

pub fn to_json(c: &Course) -> String {
    let mode = match c.mode {
        Mode::Online => "online",
        Mode::Offline => "offline",
        Mode::Hybrid => "hybrid",
    };
    let teaches = json::array(c.teaches.iter().map(|&(sid, level)| {
        let o = Obj::new().str("skill", sid);
        if level > 0 {
            o.int("level", level as i64).finish()
        } else {
            o.finish()
        }
    }));
    let mut o = Obj::new()
        .str("id", &c.id)
        .str("title", &c.title)
        .str("provider", &c.provider)
        .raw("teaches", &teaches)
        .str("mode", mode);
    if let Some(city) = c.city {
        o = o.str("city", city);
    }
    o = o.int("days", c.days as i64).int("cost", c.cost as i64).bool("voucher", c.voucher);
    if c.subsidy > 0 {
        o = o.int("subsidy", c.subsidy as i64);
    }
    o.strs("audience", &c.audience).str("starts", &iso(c.starts)).str("description", &c.description).finish()
}
