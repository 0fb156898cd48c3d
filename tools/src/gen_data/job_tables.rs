//! Job templates. Each template describes one kind of posting; the generator in
//! `jobs.rs` turns templates into concrete, jittered postings.
//!
//! Wages: `min` is the range the minimum is drawn from, `spread` the range added on
//! top for the maximum. Units: yuan per month/day/hour; for `Piece`, fen (0.01 yuan)
//! per piece, with `est` the yuan-per-month estimate range.
//! `req`: (skill id, lowest level, highest level) – the required level is drawn from
//! that range, 0 meaning "no level, the skill or its certificate is enough".
//! `extra`: optional requirements, each added with some probability.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    Hour,
    Day,
    Month,
    Piece,
}

/// Which wage-payment safeguards a kind of employer typically offers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Guard {
    /// Construction site: wage account / deposit per the wage regulation.
    Site,
    /// Factory or institution: contract + social insurance as a rule.
    Firm,
    /// Shop, restaurant, salon.
    Shop,
    /// Household employer or agency.
    Home,
    /// Gig / seasonal work.
    Gig,
}

pub struct JobT {
    pub titles: &'static [&'static str],
    pub cat: &'static str,
    pub req: &'static [(&'static str, u8, u8)],
    pub extra: &'static [(&'static str, u8, u8)],
    pub unit: Unit,
    pub min: (u32, u32),
    pub spread: (u32, u32),
    pub est: (u32, u32),
    pub brands: &'static [&'static str],
    /// Short city names; empty = any city.
    pub cities: &'static [&'static str],
    /// Preferred county names inside those cities (used when the city has them).
    pub counties: &'static [&'static str],
    pub weight: u32,
    pub emp: &'static [&'static str],
    pub guard: Guard,
    /// Percent chances.
    pub housing: u32,
    pub meals: u32,
    pub women: u32,
    pub flex: u32,
    pub hours: &'static [&'static str],
    pub duty: &'static [&'static str],
    pub heads: (u32, u32),
}

#[rustfmt::skip]
const BASE: JobT = JobT {
    titles: &[],
    cat: "",
    req: &[],
    extra: &[],
    unit: Unit::Month,
    min: (4000, 5000),
    spread: (500, 2000),
    est: (0, 0),
    brands: &[],
    cities: &[],
    counties: &[],
    weight: 10,
    emp: &[],
    guard: Guard::Shop,
    housing: 20,
    meals: 30,
    women: 40,
    flex: 0,
    hours: H_DAY,
    duty: &[],
    heads: (1, 5),
};

// ── shared pieces ─────────────────────────────────────────────────────
#[rustfmt::skip]
const H_SITE: &[&str] = &["7:00-18:00，午休2小时", "7:30-17:30，雨天休息", "6:30-11:30，14:00-18:30", "8:00-18:00，按工日计"];
#[rustfmt::skip]
const H_DAY: &[&str] = &["9:00-18:00，双休", "8:30-17:30，月休4天", "9:00-17:30，单休", "8:00-17:00，月休6天"];
#[rustfmt::skip]
const H_SHIFT: &[&str] = &["两班倒，每班12小时", "三班倒，每班8小时", "8:00-20:00，月休4天", "长白班8:00-17:30，加班另计"];
#[rustfmt::skip]
const H_FOOD: &[&str] = &["两头班，月休4天", "9:30-21:30，午间休息2小时", "早班6:00-14:00，月休4天", "11:00-22:00，轮休"];
#[rustfmt::skip]
const H_HOME: &[&str] = &["住家，月休4天", "不住家，8:00-17:00", "住家，26天一个周期", "白班8:00-18:00，月休4天"];
#[rustfmt::skip]
const H_HOUR: &[&str] = &["按小时预约，时间可协商", "每天4-6小时，时段可选", "周末及节假日", "上午或下午任选"];
#[rustfmt::skip]
const H_ELDER: &[&str] = &["三班倒，月休6天", "8:00-20:00，做二休一", "24小时照护，月休4天", "白班8:00-17:30，月休4天"];
#[rustfmt::skip]
const H_FLEX: &[&str] = &["时间自由，多劳多得", "居家接单，时间灵活", "每天4-6小时，时间自选", "按订单安排"];
#[rustfmt::skip]
const H_LIVE: &[&str] = &["每天播6小时，月休4天", "13:00-22:00，月休4天", "晚场19:00-次日1:00", "10:00-19:00，双休"];
#[rustfmt::skip]
const H_SEC: &[&str] = &["12小时两班倒，月休4天", "8:00-20:00，做二休一", "24小时值班，做一休二", "白班8:00-18:00，月休4天"];
#[rustfmt::skip]
const H_LOGI: &[&str] = &["7:00-19:00，月休2天", "夜班20:00-次日6:00", "8:00-18:00，旺季加班", "早班5:00-13:00"];
#[rustfmt::skip]
const H_FARM: &[&str] = &["7:00-12:00，14:00-18:00", "农忙季节按天出工", "6:30-17:30，中午休息", "按季节安排"];
#[rustfmt::skip]
const H_TOUR: &[&str] = &["8:00-20:00，轮休", "旺季月休2天，淡季月休8天", "早晚班轮换", "按团期安排"];
#[rustfmt::skip]
const H_LANTERN: &[&str] = &["8:00-18:00，月休4天", "8:30-17:30，月休4天", "赶工期间8:00-21:00，加班另计", "随灯会项目驻场，月休2天"];

#[rustfmt::skip]
const E_BUILD: &[&str] = &["建筑劳务公司", "建设工程公司", "城建集团", "路桥工程公司"];
#[rustfmt::skip]
const E_DECOR: &[&str] = &["装饰工程公司", "家装服务公司"];
#[rustfmt::skip]
const E_INSTALL: &[&str] = &["机电安装公司", "电力工程公司", "暖通设备安装公司"];
#[rustfmt::skip]
const E_FOOD: &[&str] = &["餐饮管理公司", "火锅店", "川菜馆", "酒楼", "食府"];
#[rustfmt::skip]
const E_CANTEEN: &[&str] = &["团餐管理公司", "食堂管理公司"];
#[rustfmt::skip]
const E_HOME: &[&str] = &["家政服务公司", "母婴护理中心", "家庭服务中心"];
#[rustfmt::skip]
const E_ELDER: &[&str] = &["康养中心", "养老服务中心", "颐养院", "护理院"];
#[rustfmt::skip]
const E_LANTERN: &[&str] = &["灯会文化公司", "彩灯艺术公司", "灯饰文化传播公司"];
#[rustfmt::skip]
const E_DINO: &[&str] = &["恐龙艺术科技公司", "仿真模型公司"];
#[rustfmt::skip]
const E_FACTORY: &[&str] = &["电子科技公司", "机械制造公司", "汽车零部件公司", "精密制造公司"];
#[rustfmt::skip]
const E_GARMENT: &[&str] = &["服饰公司", "鞋业公司", "制衣厂"];
#[rustfmt::skip]
const E_FOODPLANT: &[&str] = &["食品公司", "调味品公司", "农产品加工厂"];
#[rustfmt::skip]
const E_LIQUOR: &[&str] = &["酒业公司", "酿酒厂"];
#[rustfmt::skip]
const E_NEWENERGY: &[&str] = &["新能源科技公司", "能源材料公司"];
#[rustfmt::skip]
const E_LOGI: &[&str] = &["物流公司", "供应链管理公司", "快递服务站", "速运营业部"];
#[rustfmt::skip]
const E_ECOM: &[&str] = &["电子商务公司", "文化传媒公司", "直播基地", "农特产品电商中心"];
#[rustfmt::skip]
const E_SEC: &[&str] = &["保安服务公司", "物业服务公司", "安保服务公司"];
#[rustfmt::skip]
const E_EMB: &[&str] = &["绣坊", "刺绣专业合作社", "民族服饰公司", "手工艺品公司"];
#[rustfmt::skip]
const E_AUTO: &[&str] = &["汽车服务公司", "汽修厂", "汽车销售服务公司"];
#[rustfmt::skip]
const E_BEAUTY: &[&str] = &["美发沙龙", "美容养生馆", "美甲工作室", "足道养生会所"];
#[rustfmt::skip]
const E_AGRI: &[&str] = &["农业科技公司", "种养殖专业合作社", "家庭农场", "生态农业公司"];
#[rustfmt::skip]
const E_TOUR: &[&str] = &["民宿", "文旅发展公司", "大酒店", "旅行社"];
#[rustfmt::skip]
const E_CRAFT: &[&str] = &["手工艺合作社", "非遗工坊", "文创公司"];

/// Cities with manufacturing parks (the plateau prefectures have few factory jobs).
#[rustfmt::skip]
const IND: &[&str] = &["成都", "自贡", "泸州", "德阳", "绵阳", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州", "资阳", "攀枝花", "广元", "巴中", "雅安"];
/// Mostly rural cities, for farm-produce e-commerce and village jobs.
#[rustfmt::skip]
const RURAL: &[&str] = &["南充", "巴中", "广元", "广安", "达州", "遂宁", "资阳", "内江", "眉山", "雅安", "凉山", "攀枝花", "阿坝", "甘孜", "乐山", "宜宾", "泸州"];

#[rustfmt::skip]
const CONSTR: &[&str] = &["b-cjg", "b-bsjg", "b-hcgj"];
#[rustfmt::skip]
const CHEF: &[&str] = &["b-ccs", "b-bscs"];
#[rustfmt::skip]
const HOMEB: &[&str] = &["b-cmz", "b-zjbs", "b-sxm", "b-bsmz", "b-bsbm"];

#[rustfmt::skip]
pub const TEMPLATES: &[JobT] = &[
    // ── 建筑 ──────────────────────────────────────────────────────────
    JobT { titles: &["钢筋工", "钢筋工（日结）", "钢筋绑扎工"], cat: "建筑", req: &[("s-rebar", 0, 2)], extra: &[("s-highwork", 0, 0)], unit: Unit::Day,
        min: (260, 320), spread: (20, 60), brands: CONSTR, weight: 16, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 5,
        hours: H_SITE, heads: (5, 30), duty: &["负责住宅楼钢筋下料、绑扎与验收整改。", "按图纸绑扎梁板柱钢筋。", "配合班组完成地下室底板钢筋施工。"], ..BASE },
    JobT { titles: &["砌筑工", "泥瓦工", "砖工"], cat: "建筑", req: &[("s-mason", 0, 2)], extra: &[("s-plaster", 0, 0)], unit: Unit::Day, min: (240, 300),
        spread: (20, 60), brands: CONSTR, weight: 12, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 10, hours: H_SITE,
        heads: (3, 20), duty: &["负责填充墙砌筑与构造柱配合施工。", "砌筑砖墙、砌块墙，按工日或方量结算。"], ..BASE },
    JobT { titles: &["木工（支模）", "模板工"], cat: "建筑", req: &[("s-formwork", 0, 2)], unit: Unit::Day, min: (280, 340), spread: (20, 60), brands: CONSTR,
        weight: 12, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 3, hours: H_SITE, heads: (5, 25),
        duty: &["负责主体结构支模、加固与拆模。", "按图支设梁板模板，配合浇筑。"], ..BASE },
    JobT { titles: &["架子工", "外架工"], cat: "建筑", req: &[("s-scaffold", 0, 2), ("s-highwork", 0, 0)], unit: Unit::Day, min: (280, 330),
        spread: (20, 60), brands: CONSTR, weight: 8, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 2, hours: H_SITE,
        heads: (3, 15), duty: &["负责外脚手架搭设、拆除及日常检查。", "悬挑架搭设与安全网挂设。"], ..BASE },
    JobT { titles: &["混凝土工", "打灰工"], cat: "建筑", req: &[("s-concrete", 0, 1)], unit: Unit::Day, min: (220, 280), spread: (20, 50), brands: CONSTR,
        weight: 8, emp: E_BUILD, guard: Guard::Site, housing: 70, meals: 50, women: 5, hours: H_SITE, heads: (3, 15),
        duty: &["负责混凝土浇筑、振捣与养护。", "夜间浇筑有补贴，按工日计。"], ..BASE },
    JobT { titles: &["抹灰工", "腻子工"], cat: "建筑", req: &[("s-plaster", 0, 1)], extra: &[("s-paint", 0, 0)], unit: Unit::Day, min: (230, 290),
        spread: (20, 50), brands: CONSTR, weight: 6, emp: E_DECOR, guard: Guard::Site, housing: 60, meals: 40, women: 25, hours: H_SITE,
        heads: (2, 10), duty: &["负责室内墙面抹灰、找平。", "批刮腻子、打磨，质量验收后结算。"], ..BASE },
    JobT { titles: &["电焊工", "焊工"], cat: "建筑", req: &[("s-weld", 0, 3)], extra: &[("s-highwork", 0, 0)], unit: Unit::Day, min: (300, 360),
        spread: (20, 40), brands: CONSTR, weight: 8, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 3, hours: H_SITE,
        heads: (2, 10), duty: &["负责钢筋接头、预埋件及钢构件焊接。", "现场电焊作业，焊缝需过探伤检测。"], ..BASE },
    JobT { titles: &["水电工", "建筑电工", "工地电工"], cat: "建筑", req: &[("s-elec", 0, 3)], extra: &[("s-plumb", 0, 0)], unit: Unit::Day, min: (300, 360),
        spread: (20, 40), brands: CONSTR, weight: 10, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 5, hours: H_SITE,
        heads: (1, 6), duty: &["负责工地临时用电架设与维护。", "负责住宅水电预埋、穿线与开关插座安装。"], ..BASE },
    JobT { titles: &["机电安装电工", "配电房电工"], cat: "建筑", req: &[("s-elec", 1, 3)], unit: Unit::Month, min: (6000, 8000), spread: (1000, 2500),
        brands: CONSTR, weight: 7, emp: E_INSTALL, guard: Guard::Site, housing: 70, meals: 50, women: 5, hours: H_DAY, heads: (1, 5),
        duty: &["负责配电箱柜安装、桥架敷设与调试。", "负责项目配电房值守与设备巡检。"], ..BASE },
    JobT { titles: &["管道工", "水暖工"], cat: "建筑", req: &[("s-plumb", 0, 2)], extra: &[("s-weld", 0, 0)], unit: Unit::Day, min: (260, 320),
        spread: (20, 50), weight: 6, emp: E_INSTALL, guard: Guard::Site, housing: 70, meals: 40, women: 3, hours: H_SITE, heads: (1, 6),
        duty: &["负责给排水、消防管道安装与试压。", "负责暖通管道安装和保温。"], ..BASE },
    JobT { titles: &["塔吊司机"], cat: "建筑", req: &[("s-crane", 0, 2)], extra: &[("s-signal", 0, 0)], unit: Unit::Month, min: (8500, 10000),
        spread: (500, 2000), weight: 5, emp: E_BUILD, guard: Guard::Site, housing: 90, meals: 60, women: 15, hours: H_SITE, heads: (1, 3),
        duty: &["负责塔式起重机操作与日常点检。", "听从信号指挥完成材料吊运。"], ..BASE },
    JobT { titles: &["信号工", "司索工"], cat: "建筑", req: &[("s-signal", 0, 0)], unit: Unit::Month, min: (6000, 7000), spread: (500, 1500), weight: 4,
        emp: E_BUILD, guard: Guard::Site, housing: 90, meals: 60, women: 10, hours: H_SITE, heads: (1, 4), duty: &["负责塔吊吊装指挥与挂钩作业。"], ..BASE },
    JobT { titles: &["施工升降机司机", "人货梯司机"], cat: "建筑", req: &[("s-hoist", 0, 0)], unit: Unit::Month, min: (5500, 6500), spread: (500, 1000), weight: 3,
        emp: E_BUILD, guard: Guard::Site, housing: 90, meals: 60, women: 30, hours: H_SITE, heads: (1, 3), duty: &["负责施工升降机操作、交接班检查。"], ..BASE },
    JobT { titles: &["挖机司机", "挖掘机驾驶员"], cat: "建筑", req: &[("s-excav", 0, 1)], unit: Unit::Month, min: (8000, 10000), spread: (500, 2000), weight: 6,
        emp: E_BUILD, guard: Guard::Site, housing: 90, meals: 70, women: 2, hours: H_SITE, heads: (1, 4), duty: &["负责土方开挖、场地平整。", "乡村道路与水利工地挖机作业。"],
        ..BASE },
    JobT { titles: &["装载机司机", "铲车司机"], cat: "建筑", req: &[("s-loader", 0, 0)], unit: Unit::Month, min: (6500, 8000), spread: (500, 1500), weight: 3,
        emp: E_BUILD, guard: Guard::Site, housing: 90, meals: 70, women: 2, hours: H_SITE, heads: (1, 3), duty: &["负责砂石料装卸与场内转运。"], ..BASE },
    JobT { titles: &["工地安全员"], cat: "建筑", req: &[("s-safety", 0, 0)], extra: &[("s-firstaid", 0, 0)], unit: Unit::Month, min: (5000, 6500),
        spread: (500, 1500), weight: 4, emp: E_BUILD, guard: Guard::Site, housing: 70, meals: 50, women: 20, hours: H_DAY, heads: (1, 2),
        duty: &["负责班前安全交底、现场巡查与隐患整改。"], ..BASE },
    JobT { titles: &["测量放线员"], cat: "建筑", req: &[("s-survey", 0, 0)], unit: Unit::Month, min: (5500, 7000), spread: (500, 1500), weight: 3,
        emp: E_BUILD, guard: Guard::Site, housing: 70, meals: 50, women: 15, hours: H_DAY, heads: (1, 2), duty: &["负责施工放线、标高控制与复核。"], ..BASE },
    JobT { titles: &["钢结构安装工", "钢构焊工"], cat: "建筑", req: &[("s-steel", 0, 0)], extra: &[("s-weld", 0, 2), ("s-highwork", 0, 0)], unit: Unit::Day,
        min: (300, 360), spread: (20, 40), brands: CONSTR, weight: 5, emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 2,
        hours: H_SITE, heads: (2, 10), duty: &["负责厂房钢结构吊装、螺栓紧固与焊接。"], ..BASE },
    JobT { titles: &["幕墙安装工"], cat: "建筑", req: &[("s-curtain", 0, 0), ("s-highwork", 0, 0)], unit: Unit::Day, min: (300, 360), spread: (20, 40),
        weight: 3, emp: E_DECOR, guard: Guard::Site, housing: 80, meals: 40, women: 2, hours: H_SITE, heads: (2, 8), duty: &["负责玻璃幕墙龙骨及面板安装。"],
        ..BASE },
    JobT { titles: &["装修工", "家装师傅"], cat: "建筑", req: &[("s-decor", 0, 2)], unit: Unit::Day, min: (260, 320), spread: (20, 60), weight: 6,
        emp: E_DECOR, guard: Guard::Shop, housing: 30, meals: 20, women: 10, hours: H_SITE, heads: (1, 5),
        duty: &["负责家装项目水电、泥木油漆的综合施工。", "负责二手房翻新改造。"], ..BASE },
    JobT { titles: &["瓷砖铺贴工", "贴砖师傅"], cat: "建筑", req: &[("s-tile", 0, 1)], unit: Unit::Piece, min: (3500, 4500), spread: (500, 1500),
        est: (8000, 11000), weight: 5, emp: E_DECOR, guard: Guard::Shop, housing: 20, meals: 10, women: 5, flex: 30, hours: H_SITE, heads: (1, 5),
        duty: &["负责地砖、墙砖铺贴，按平方米计件。"], ..BASE },
    JobT { titles: &["油漆工", "乳胶漆师傅"], cat: "建筑", req: &[("s-paint", 0, 1)], unit: Unit::Day, min: (240, 300), spread: (20, 50), weight: 4,
        emp: E_DECOR, guard: Guard::Shop, housing: 20, meals: 20, women: 20, hours: H_SITE, heads: (1, 5), duty: &["负责墙面乳胶漆、木器漆施工。"], ..BASE },
    JobT { titles: &["防水工"], cat: "建筑", req: &[("s-waterproof", 0, 0)], unit: Unit::Day, min: (250, 300), spread: (20, 50), weight: 3, emp: E_DECOR,
        guard: Guard::Shop, housing: 30, meals: 20, women: 10, hours: H_SITE, heads: (1, 4), duty: &["负责卫生间、屋面防水施工与闭水试验。"], ..BASE },
    JobT { titles: &["吊顶安装工"], cat: "建筑", req: &[("s-ceiling", 0, 0)], unit: Unit::Day, min: (250, 300), spread: (20, 50), weight: 2, emp: E_DECOR,
        guard: Guard::Shop, housing: 30, meals: 20, women: 5, hours: H_SITE, heads: (1, 4), duty: &["负责轻钢龙骨吊顶与石膏板安装。"], ..BASE },
    JobT { titles: &["电梯安装工", "电梯维保工"], cat: "建筑", req: &[("s-elevator", 0, 2)], extra: &[("s-elec", 0, 2)], unit: Unit::Month, min: (6000, 7500),
        spread: (1000, 2000), weight: 3, emp: E_INSTALL, guard: Guard::Firm, housing: 50, meals: 30, women: 5, hours: H_DAY, heads: (1, 4),
        duty: &["负责住宅电梯安装调试与定期保养。"], ..BASE },
    JobT { titles: &["空调安装工", "空调售后师傅"], cat: "建筑", req: &[("s-aircon", 0, 0)], extra: &[("s-highwork", 0, 0), ("s-elec", 0, 1)], unit: Unit::Piece,
        min: (8000, 12000), spread: (2000, 5000), est: (7000, 10000), weight: 5, emp: E_INSTALL, guard: Guard::Shop, housing: 40, meals: 20,
        women: 3, flex: 20, hours: H_DAY, heads: (2, 8), duty: &["负责家用空调上门安装与移机，按台计件。"], ..BASE },
    JobT { titles: &["光伏安装工"], cat: "建筑", req: &[("s-solar", 0, 0)], extra: &[("s-elec", 0, 1), ("s-highwork", 0, 0)], unit: Unit::Day,
        min: (250, 320), spread: (20, 60), weight: 4, emp: E_NEWENERGY, guard: Guard::Site, housing: 90, meals: 70, women: 5, hours: H_SITE,
        heads: (3, 15), duty: &["负责屋顶及山地光伏支架、组件安装。"], ..BASE },
    JobT { titles: &["弱电安装工", "监控安装师傅"], cat: "建筑", req: &[("s-weak", 0, 0)], extra: &[("s-elec", 0, 1)], unit: Unit::Month, min: (5000, 6500),
        spread: (1000, 2000), weight: 4, emp: E_INSTALL, guard: Guard::Firm, housing: 40, meals: 30, women: 5, hours: H_DAY, heads: (1, 4),
        duty: &["负责网络布线、监控与门禁系统安装。"], ..BASE },
    JobT { titles: &["建筑普工", "小工（日结）", "工地杂工"], cat: "建筑", unit: Unit::Day, min: (180, 220), spread: (10, 40), brands: CONSTR, weight: 16,
        emp: E_BUILD, guard: Guard::Site, housing: 80, meals: 50, women: 25, hours: H_SITE, heads: (5, 30),
        duty: &["负责材料搬运、清理与配合各工种作业。", "工地打杂，听从班组长安排。"], ..BASE },
    // ── 餐饮 ──────────────────────────────────────────────────────────
    JobT { titles: &["川菜厨师", "炒锅师傅", "厨师"], cat: "餐饮", req: &[("s-cook", 0, 3)], extra: &[("s-sichuan", 0, 0)], min: (6000, 8000),
        spread: (1000, 3000), brands: CHEF, weight: 16, emp: E_FOOD, housing: 60, meals: 95, women: 15, hours: H_FOOD, heads: (1, 3),
        duty: &["负责川菜热菜出品，保证口味稳定。", "负责炒锅岗位，能独立出家常川菜。"], ..BASE },
    JobT { titles: &["川菜主厨", "厨师长"], cat: "餐饮", req: &[("s-cook", 3, 4), ("s-sichuan", 0, 0)], min: (9000, 10500), spread: (1000, 1500),
        brands: CHEF, weight: 4, emp: E_FOOD, housing: 60, meals: 95, women: 10, hours: H_FOOD, heads: (1, 1), duty: &["负责厨房管理、菜品研发和成本控制。"], ..BASE },
    JobT { titles: &["面点师", "白案师傅"], cat: "餐饮", req: &[("s-pastry", 0, 2)], min: (5000, 6500), spread: (500, 1500), brands: CHEF, weight: 6,
        emp: E_FOOD, housing: 60, meals: 95, women: 45, hours: H_FOOD, heads: (1, 2), duty: &["负责包子、馒头、抄手等面点制作。", "负责早餐面点出品。"], ..BASE },
    JobT { titles: &["火锅炒料师傅"], cat: "餐饮", req: &[("s-hotpot", 0, 0)], min: (7000, 9000), spread: (1000, 2000), brands: CHEF, weight: 3, emp: E_FOOD,
        housing: 60, meals: 95, women: 10, hours: H_FOOD, heads: (1, 1), duty: &["负责火锅底料炒制与锅底标准化。"], ..BASE },
    JobT { titles: &["凉菜师傅", "卤菜师傅"], cat: "餐饮", req: &[("s-coldish", 0, 0)], min: (5000, 6500), spread: (500, 1500), weight: 4, emp: E_FOOD,
        housing: 60, meals: 95, women: 35, hours: H_FOOD, heads: (1, 2), duty: &["负责凉菜调味与卤味制作。"], ..BASE },
    JobT { titles: &["燃面师傅", "燃面店厨师"], cat: "餐饮", req: &[("s-ranmian", 0, 0)], min: (4500, 5500), spread: (500, 1500), brands: &["b-ybrm"],
        cities: &["宜宾", "成都", "泸州", "自贡"], weight: 20, emp: E_FOOD, housing: 60, meals: 95, women: 40, hours: H_FOOD, heads: (1, 3),
        duty: &["负责宜宾燃面及小面出品。", "负责燃面门店早餐档口。"], ..BASE },
    JobT { titles: &["冷吃兔生产工"], cat: "餐饮", req: &[("s-rabbit", 0, 0)], min: (4200, 5200), spread: (500, 1000), cities: &["自贡"], weight: 25,
        emp: E_FOODPLANT, guard: Guard::Firm, housing: 50, meals: 80, women: 60, hours: H_DAY, heads: (3, 10), duty: &["负责冷吃兔炒制、分装等工序。"], ..BASE },
    JobT { titles: &["拉面师傅"], cat: "餐饮", req: &[("s-noodle", 0, 0)], min: (5500, 7000), spread: (500, 1500), weight: 3, emp: E_FOOD, housing: 70,
        meals: 95, women: 10, hours: H_FOOD, heads: (1, 2), duty: &["负责手工拉面制作及汤料熬制。"], ..BASE },
    JobT { titles: &["小吃店师傅", "抄手师傅"], cat: "餐饮", req: &[("s-xiaochi", 0, 0)], min: (4500, 6000), spread: (500, 1000), weight: 4, emp: E_FOOD,
        housing: 50, meals: 95, women: 50, hours: H_FOOD, heads: (1, 2), duty: &["负责抄手、钟水饺、担担面等川味小吃制作。"], ..BASE },
    JobT { titles: &["坝坝宴乡厨", "流动宴席厨师"], cat: "餐饮", req: &[("s-banquet", 0, 0)], unit: Unit::Day, min: (200, 260), spread: (20, 60), cities: RURAL,
        weight: 4, emp: &["乡厨服务队", "宴席服务部"], guard: Guard::Gig, housing: 10, meals: 100, women: 30, flex: 70, hours: H_FARM, heads: (2, 6),
        duty: &["承接乡村红白喜事宴席，做九大碗等传统菜。"], ..BASE },
    JobT { titles: &["配菜员", "墩子（切配）", "打荷"], cat: "餐饮", req: &[("s-kitchen", 0, 0)], min: (4000, 5000), spread: (300, 1000), weight: 6, emp: E_FOOD,
        housing: 60, meals: 95, women: 35, hours: H_FOOD, heads: (1, 3), duty: &["负责原料切配、打荷与备料。"], ..BASE },
    JobT { titles: &["餐厅服务员", "传菜员"], cat: "餐饮", extra: &[("s-waiter", 0, 0)], min: (3500, 4200), spread: (300, 1000), weight: 14, emp: E_FOOD,
        housing: 60, meals: 95, women: 70, hours: H_FOOD, heads: (2, 8), duty: &["负责点菜、传菜与餐后清台。", "负责包间接待和餐前准备。"], ..BASE },
    JobT { titles: &["兼职服务员（小时工）", "周末兼职服务员"], cat: "餐饮", extra: &[("s-waiter", 0, 0)], unit: Unit::Hour, min: (18, 22), spread: (2, 6), weight: 6,
        emp: E_FOOD, guard: Guard::Gig, housing: 0, meals: 80, women: 70, flex: 90, hours: H_HOUR, heads: (2, 6), duty: &["饭点高峰期协助传菜、收台。"], ..BASE },
    JobT { titles: &["洗碗工", "洗碗阿姨"], cat: "餐饮", extra: &[("s-dishwash", 0, 0)], min: (3500, 4000), spread: (200, 600), weight: 6, emp: E_FOOD,
        housing: 60, meals: 95, women: 80, hours: H_FOOD, heads: (1, 3), duty: &["负责餐具清洗、消毒与后厨卫生。"], ..BASE },
    JobT { titles: &["食堂厨师", "团餐厨师"], cat: "餐饮", req: &[("s-cook", 0, 2)], extra: &[("s-diet", 0, 0)], min: (5000, 6500), spread: (500, 1500),
        cities: IND, weight: 6, emp: E_CANTEEN, guard: Guard::Firm, housing: 60, meals: 100, women: 25, hours: H_DAY, heads: (1, 3),
        duty: &["负责工厂或学校食堂大锅菜出品。"], ..BASE },
    JobT { titles: &["烧烤师傅"], cat: "餐饮", req: &[("s-bbq", 0, 0)], min: (5500, 7500), spread: (500, 1500), weight: 4, emp: E_FOOD, housing: 60,
        meals: 95, women: 15, hours: &["17:00-次日2:00，月休4天", "16:00-次日1:00，轮休"], heads: (1, 2), duty: &["负责夜市烧烤烤制与腌料。"], ..BASE },
    JobT { titles: &["茶艺师", "茶馆服务员"], cat: "餐饮", req: &[("s-tea", 0, 2)], min: (4000, 5500), spread: (500, 1000), cities: &["成都", "雅安", "乐山", "宜宾"],
        weight: 6, emp: &["茶楼", "茶馆", "茶文化公司"], housing: 40, meals: 80, women: 85, hours: H_DAY, heads: (1, 3), duty: &["负责茶艺表演、冲泡与茶品介绍。"], ..BASE },
    JobT { titles: &["烘焙师", "蛋糕裱花师"], cat: "餐饮", req: &[("s-bakery", 0, 2)], min: (4500, 6500), spread: (500, 1500), weight: 4, emp: &["烘焙坊", "蛋糕店"],
        housing: 40, meals: 80, women: 70, hours: H_FOOD, heads: (1, 2), duty: &["负责面包、蛋糕制作与裱花。"], ..BASE },
    JobT { titles: &["咖啡师"], cat: "餐饮", req: &[("s-barista", 0, 0)], min: (4000, 5500), spread: (500, 1000), cities: &["成都", "绵阳", "乐山", "德阳", "宜宾"],
        weight: 3, emp: &["咖啡馆", "咖啡店"], housing: 20, meals: 60, women: 70, hours: H_DAY, heads: (1, 2), duty: &["负责咖啡制作、门店出品与清洁。"], ..BASE },
    JobT { titles: &["收银员"], cat: "餐饮", req: &[("s-cashier", 0, 0)], min: (3500, 4200), spread: (200, 800), weight: 4, emp: E_FOOD, housing: 40,
        meals: 90, women: 85, hours: H_FOOD, heads: (1, 2), duty: &["负责前台收银、对账与顾客接待。"], ..BASE },
    // ── 家政 ──────────────────────────────────────────────────────────
    JobT { titles: &["住家保姆", "家政阿姨"], cat: "家政", req: &[("s-housekeep", 0, 2)], extra: &[("s-homecook", 0, 0)], min: (5000, 6500),
        spread: (500, 2000), brands: HOMEB, weight: 12, emp: E_HOME, guard: Guard::Home, housing: 90, meals: 90, women: 95, hours: H_HOME,
        heads: (1, 3), duty: &["负责家庭日常保洁、做饭与照看家人。", "照顾一家三口起居，做川味家常菜。"], ..BASE },
    JobT { titles: &["月嫂", "母婴护理师"], cat: "家政", req: &[("s-yuesao", 0, 0)], extra: &[("s-lactation", 0, 0), ("s-nanny", 0, 1)], min: (8000, 10000),
        spread: (1000, 2000), brands: HOMEB, weight: 10, emp: E_HOME, guard: Guard::Home, housing: 95, meals: 95, women: 100,
        hours: &["住家26天一单", "住家，单休", "24小时住家"], heads: (1, 4), duty: &["负责产妇月子护理与新生儿照护。", "负责宝宝喂养、洗澡抚触与产妇月子餐。"], ..BASE },
    JobT { titles: &["育儿嫂", "育婴员"], cat: "家政", req: &[("s-nanny", 0, 2)], min: (5500, 7000), spread: (500, 1500), brands: HOMEB, weight: 7,
        emp: E_HOME, guard: Guard::Home, housing: 80, meals: 90, women: 100, hours: H_HOME, heads: (1, 3), duty: &["负责0-3岁婴幼儿日常照护与早教陪伴。"], ..BASE },
    JobT { titles: &["钟点工", "小时工保洁"], cat: "家政", req: &[("s-clean", 0, 0)], unit: Unit::Hour, min: (25, 30), spread: (0, 5), brands: HOMEB,
        weight: 7, emp: E_HOME, guard: Guard::Gig, housing: 0, meals: 0, women: 90, flex: 90, hours: H_HOUR, heads: (2, 10),
        duty: &["上门做家庭日常保洁，平台派单。"], ..BASE },
    JobT { titles: &["开荒保洁员", "家庭保洁师"], cat: "家政", req: &[("s-clean", 0, 0)], unit: Unit::Piece, min: (400, 600), spread: (100, 200),
        est: (5500, 7500), weight: 4, emp: E_HOME, guard: Guard::Gig, housing: 10, meals: 10, women: 80, flex: 60, hours: H_FLEX, heads: (2, 8),
        duty: &["负责新房开荒保洁，按平方米计件。"], ..BASE },
    JobT { titles: &["家电清洗师傅"], cat: "家政", req: &[("s-appliance", 0, 0)], unit: Unit::Piece, min: (6000, 9000), spread: (2000, 4000),
        est: (6000, 8500), weight: 3, emp: E_HOME, guard: Guard::Gig, housing: 10, meals: 0, women: 30, flex: 80, hours: H_FLEX, heads: (1, 5),
        duty: &["上门清洗油烟机、空调、洗衣机，按台计件。"], ..BASE },
    JobT { titles: &["整理收纳师"], cat: "家政", req: &[("s-storage", 0, 0)], unit: Unit::Hour, min: (28, 32), spread: (0, 3),
        cities: &["成都", "绵阳", "德阳", "宜宾", "南充", "乐山"], weight: 3, emp: E_HOME, guard: Guard::Gig, housing: 0, meals: 0, women: 95, flex: 90,
        hours: H_HOUR, heads: (1, 4), duty: &["上门做衣橱、厨房整理与收纳规划。"], ..BASE },
    JobT { titles: &["保洁员", "物业保洁"], cat: "家政", extra: &[("s-cleaner", 0, 0)], min: (3500, 3800), spread: (200, 700), weight: 9,
        emp: &["物业服务公司", "清洁服务公司"], guard: Guard::Firm, housing: 30, meals: 50, women: 85, hours: H_DAY, heads: (2, 10),
        duty: &["负责小区或写字楼公共区域保洁。", "负责商场卫生间与通道清洁。"], ..BASE },
    JobT { titles: &["做饭阿姨"], cat: "家政", req: &[("s-homecook", 0, 0)], min: (4000, 5000), spread: (300, 1000), brands: HOMEB, weight: 3, emp: E_HOME,
        guard: Guard::Home, housing: 20, meals: 90, women: 100, hours: &["10:00-13:00，16:00-19:00", "不住家，每天两餐"], heads: (1, 2),
        duty: &["负责家庭午晚两餐，会做川味家常菜。"], ..BASE },
    JobT { titles: &["宠物美容师", "宠物洗护师"], cat: "家政", req: &[("s-pet", 0, 0)], min: (4000, 5500), spread: (500, 1500),
        cities: &["成都", "绵阳", "德阳", "宜宾", "南充", "泸州", "乐山"], weight: 3, emp: &["宠物店", "宠物医院"], housing: 30, meals: 40, women: 75, hours: H_DAY,
        heads: (1, 2), duty: &["负责猫狗洗护、修剪造型。"], ..BASE },
    JobT { titles: &["消杀员"], cat: "家政", req: &[("s-pest", 0, 0)], min: (4500, 5500), spread: (300, 1000), weight: 2, emp: &["环境卫生服务公司"],
        guard: Guard::Firm, housing: 20, meals: 30, women: 20, hours: H_DAY, heads: (1, 3), duty: &["负责餐饮门店及小区的灭鼠除虫作业。"], ..BASE },
    JobT { titles: &["物业管家", "物业客服"], cat: "家政", req: &[("s-property", 0, 1)], min: (3800, 4500), spread: (500, 1500), weight: 4, emp: &["物业服务公司"],
        guard: Guard::Firm, housing: 20, meals: 50, women: 70, hours: H_DAY, heads: (1, 3), duty: &["负责业主报修登记、费用催缴与社区活动。"], ..BASE },
    JobT { titles: &["幼儿园保育员"], cat: "家政", req: &[("s-childcare", 0, 2)], min: (3500, 4200), spread: (200, 800), weight: 3, emp: &["幼儿园", "托育中心"],
        guard: Guard::Firm, housing: 20, meals: 90, women: 100, hours: &["7:30-17:30，双休，寒暑假轮休"], heads: (1, 3), duty: &["负责幼儿生活照料、午睡看护与卫生消毒。"],
        ..BASE },
    JobT { titles: &["洗衣店熨烫工"], cat: "家政", req: &[("s-laundry", 0, 0)], min: (3600, 4200), spread: (200, 800), weight: 2, emp: &["洗衣连锁店", "布草洗涤公司"],
        housing: 30, meals: 60, women: 80, hours: H_DAY, heads: (1, 3), duty: &["负责衣物分拣、洗涤、熨烫与包装。"], ..BASE },
    // ── 养老 ──────────────────────────────────────────────────────────
    JobT { titles: &["养老护理员", "养老院护工"], cat: "养老", req: &[("s-eldercare", 0, 3)], extra: &[("s-disabled", 0, 0), ("s-firstaid", 0, 0)],
        min: (4500, 5500), spread: (500, 1500), brands: HOMEB, weight: 14, emp: E_ELDER, guard: Guard::Firm, housing: 70, meals: 90, women: 85,
        hours: H_ELDER, heads: (2, 10), duty: &["负责入住老人生活照料、助餐助浴与翻身。", "负责护理区老人日常照护和记录。"], ..BASE },
    JobT { titles: &["护理组长（养老）"], cat: "养老", req: &[("s-eldercare", 3, 4)], extra: &[("s-elderact", 0, 0)], min: (6500, 8000), spread: (500, 1500),
        brands: HOMEB, weight: 3, emp: E_ELDER, guard: Guard::Firm, housing: 70, meals: 90, women: 80, hours: H_DAY, heads: (1, 1),
        duty: &["负责护理员排班、带教与照护质量检查。"], ..BASE },
    JobT { titles: &["医院护工", "病患陪护"], cat: "养老", req: &[("s-medhelper", 0, 1)], unit: Unit::Day, min: (180, 230), spread: (20, 60), weight: 6,
        emp: &["医疗护理服务公司", "陪护服务中心"], guard: Guard::Gig, housing: 50, meals: 40, women: 70, hours: &["24小时陪护", "白班陪护8:00-20:00"], heads: (2, 10),
        duty: &["在医院病房陪护住院病人，协助饮食与清洁。"], ..BASE },
    JobT { titles: &["居家上门护理员", "助老员"], cat: "养老", req: &[("s-homecare", 0, 0)], extra: &[("s-eldercare", 0, 1)], unit: Unit::Hour, min: (25, 30),
        spread: (0, 5), brands: HOMEB, weight: 5, emp: E_ELDER, guard: Guard::Gig, housing: 0, meals: 0, women: 85, flex: 80, hours: H_HOUR,
        heads: (2, 8), duty: &["按社区派单上门为老人提供助洁、助餐、陪护。"], ..BASE },
    JobT { titles: &["失能老人照护员"], cat: "养老", req: &[("s-disabled", 0, 0), ("s-eldercare", 1, 2)], min: (5500, 6500), spread: (500, 1000), weight: 4,
        emp: E_ELDER, guard: Guard::Firm, housing: 80, meals: 90, women: 80, hours: H_ELDER, heads: (1, 5), duty: &["负责失能、半失能老人的生活照护与康复协助。"], ..BASE },
    JobT { titles: &["认知症照护专员"], cat: "养老", req: &[("s-dementia", 0, 0), ("s-eldercare", 1, 3)], min: (5500, 7000), spread: (500, 1000),
        cities: &["成都", "绵阳", "德阳", "南充", "宜宾", "泸州", "乐山", "自贡"], weight: 3, emp: E_ELDER, guard: Guard::Firm, housing: 70, meals: 90, women: 80,
        hours: H_ELDER, heads: (1, 3), duty: &["负责认知症专区老人的照护与陪伴活动。"], ..BASE },
    JobT { titles: &["助浴员"], cat: "养老", req: &[("s-bath", 0, 0)], unit: Unit::Piece, min: (6000, 8000), spread: (1000, 2000), est: (5000, 6500),
        weight: 2, emp: E_ELDER, guard: Guard::Gig, housing: 0, meals: 0, women: 70, flex: 70, hours: H_FLEX, heads: (1, 4),
        duty: &["携助浴设备上门为老人洗浴，按次计件。"], ..BASE },
    JobT { titles: &["康复助理"], cat: "养老", req: &[("s-rehab", 0, 0)], min: (4500, 6000), spread: (500, 1000), weight: 2, emp: E_ELDER,
        guard: Guard::Firm, housing: 40, meals: 80, women: 60, hours: H_DAY, heads: (1, 2), duty: &["协助康复师开展老人肢体功能训练。"], ..BASE },
    JobT { titles: &["老年助餐厨师"], cat: "养老", req: &[("s-elderfood", 0, 0)], extra: &[("s-cook", 0, 1)], min: (4200, 5200), spread: (300, 1000),
        weight: 2, emp: &["社区食堂", "长者食堂"], guard: Guard::Firm, housing: 30, meals: 100, women: 50, hours: H_DAY, heads: (1, 2),
        duty: &["负责社区长者食堂少油少盐餐食制作。"], ..BASE },
    JobT { titles: &["艾灸调理师"], cat: "养老", req: &[("s-moxa", 0, 0)], min: (4000, 5500), spread: (500, 1500), weight: 2, emp: &["中医养生馆", "康养中心"],
        housing: 40, meals: 60, women: 80, hours: H_DAY, heads: (1, 2), duty: &["为中老年客户提供艾灸调理服务。"], ..BASE },
    // ── 彩灯 ──────────────────────────────────────────────────────────
    JobT { titles: &["彩灯电工", "灯组电工"], cat: "彩灯", req: &[("s-elec", 2, 3), ("s-lantern", 0, 0)], extra: &[("s-lanternelec", 0, 0)], min: (6000, 7000),
        spread: (1000, 2000), brands: &["b-zg"], cities: &["自贡"], weight: 40, emp: E_LANTERN, guard: Guard::Firm, housing: 70, meals: 60, women: 10,
        hours: H_LANTERN, heads: (2, 6), duty: &["负责灯组内部线路敷设、灯具安装与通电调试。", "负责灯会现场配电与灯组接线。"], ..BASE },
    JobT { titles: &["彩灯扎制工", "扎灯师傅"], cat: "彩灯", req: &[("s-lantern", 0, 0), ("s-lanternframe", 0, 0)], min: (5000, 6500), spread: (500, 1500),
        brands: &["b-zg"], cities: &["自贡"], weight: 30, emp: E_LANTERN, guard: Guard::Firm, housing: 70, meals: 60, women: 30, hours: H_LANTERN,
        heads: (3, 12), duty: &["负责灯组骨架扎制、造型修整。"], ..BASE },
    JobT { titles: &["彩灯裱糊工", "糊灯工"], cat: "彩灯", req: &[("s-lanternsilk", 0, 0)], extra: &[("s-lantern", 0, 0)], unit: Unit::Piece, min: (800, 1200),
        spread: (200, 500), est: (4500, 6000), brands: &["b-zg"], cities: &["自贡"], weight: 20, emp: E_LANTERN, guard: Guard::Firm, housing: 60,
        meals: 60, women: 85, hours: H_LANTERN, heads: (3, 15), duty: &["负责灯组绸布裱糊，按平方米计件。"], ..BASE },
    JobT { titles: &["灯组彩绘师"], cat: "彩灯", req: &[("s-lanternpaint", 0, 0)], extra: &[("s-lanterndesign", 0, 0)], min: (5500, 7000),
        spread: (500, 1500), brands: &["b-zg"], cities: &["自贡"], weight: 10, emp: E_LANTERN, guard: Guard::Firm, housing: 60, meals: 60, women: 60,
        hours: H_LANTERN, heads: (1, 4), duty: &["负责灯组喷绘上色与细节描绘。"], ..BASE },
    JobT { titles: &["彩灯设计师", "灯组效果图设计"], cat: "彩灯", req: &[("s-lanterndesign", 0, 0)], extra: &[("s-lantern", 0, 0)], min: (7000, 9000),
        spread: (1000, 2000), brands: &["b-zg"], cities: &["自贡", "成都"], weight: 6, emp: E_LANTERN, guard: Guard::Firm, housing: 40, meals: 50,
        women: 50, hours: H_DAY, heads: (1, 2), duty: &["负责灯会方案、灯组效果图与施工图。"], ..BASE },
    JobT { titles: &["灯会项目电工（赴外地）", "海外灯会电工"], cat: "彩灯", req: &[("s-elec", 2, 4), ("s-lantern", 0, 0)], min: (8000, 10000), spread: (1000, 2000),
        brands: &["b-zg"], cities: &["自贡"], weight: 10, emp: E_LANTERN, guard: Guard::Firm, housing: 100, meals: 80, women: 5, hours: H_LANTERN,
        heads: (2, 8), duty: &["随灯会项目赴外地驻场，负责灯组安装、配电与维护。"], ..BASE },
    JobT { titles: &["灯会电气技术负责人"], cat: "彩灯", req: &[("s-elec", 4, 5), ("s-lanternelec", 0, 0)], min: (10000, 11000),
        spread: (500, 1000), brands: &["b-zg"], cities: &["自贡", "成都"], weight: 3, emp: E_LANTERN, guard: Guard::Firm, housing: 60, meals: 50,
        women: 10, hours: H_LANTERN, heads: (1, 1), duty: &["负责大型灯会项目配电方案、安全验收与电工班组管理。"], ..BASE },
    JobT { titles: &["灯会巡检维护员", "灯组运维电工"], cat: "彩灯", req: &[("s-elec", 1, 2), ("s-lanternop", 0, 0)], min: (4500, 6000), spread: (500, 1000),
        brands: &["b-zg"], cities: &["自贡", "成都", "宜宾", "乐山", "泸州"], weight: 6, emp: E_LANTERN, guard: Guard::Firm, housing: 60, meals: 60, women: 15,
        hours: &["灯会期间17:00-23:00巡检", "白天检修，晚间值守"], heads: (2, 6), duty: &["灯会开放期间巡查灯组，排除线路与灯具故障。"], ..BASE },
    JobT { titles: &["LED灯光编程员"], cat: "彩灯", req: &[("s-ledprog", 0, 0), ("s-elec", 0, 2)], min: (6500, 8500), spread: (1000, 2000),
        brands: &["b-zg"], cities: &["自贡", "成都"], weight: 4, emp: E_LANTERN, guard: Guard::Firm, housing: 50, meals: 50, women: 20, hours: H_LANTERN,
        heads: (1, 2), duty: &["负责灯组动态灯光编程与控制系统调试。"], ..BASE },
    JobT { titles: &["仿真恐龙电工"], cat: "彩灯", req: &[("s-dinosaur", 0, 0), ("s-elec", 1, 2)], min: (5500, 7000), spread: (1000, 1500), cities: &["自贡"],
        weight: 6, emp: E_DINO, guard: Guard::Firm, housing: 70, meals: 60, women: 10, hours: H_LANTERN, heads: (1, 4),
        duty: &["负责仿真恐龙电机、控制线路安装与调试。"], ..BASE },
    JobT { titles: &["仿真恐龙制作工", "恐龙蒙皮工"], cat: "彩灯", req: &[("s-dinosaur", 0, 0)], min: (4800, 6000), spread: (500, 1500), cities: &["自贡"],
        weight: 8, emp: E_DINO, guard: Guard::Firm, housing: 70, meals: 60, women: 40, hours: H_LANTERN, heads: (2, 10),
        duty: &["负责仿真恐龙骨架、海绵雕刻与蒙皮上色。"], ..BASE },
    JobT { titles: &["瓷器灯组扎制工"], cat: "彩灯", req: &[("s-porcelainlantern", 0, 0), ("s-lantern", 0, 0)], min: (5000, 6500), spread: (500, 1500),
        brands: &["b-zg"], cities: &["自贡"], weight: 4, emp: E_LANTERN, guard: Guard::Firm, housing: 60, meals: 60, women: 50, hours: H_LANTERN,
        heads: (1, 4), duty: &["用瓷碟、药瓶等材料扎制特色灯组。"], ..BASE },
    JobT { titles: &["展会搭建工", "舞美搭建工"], cat: "彩灯", req: &[("s-stage", 0, 0)], extra: &[("s-highwork", 0, 0)], unit: Unit::Day, min: (220, 300),
        spread: (20, 60), cities: &["成都", "自贡", "绵阳", "宜宾", "南充", "德阳"], weight: 5, emp: &["展览展示公司", "会展服务公司"], guard: Guard::Gig, housing: 30,
        meals: 60, women: 10, hours: &["按项目进场，夜间搭建有补贴", "8:00-20:00，展期前后"], heads: (3, 15), duty: &["负责展台、舞台及灯会门楼搭建与拆除。"], ..BASE },
    JobT { titles: &["彩灯学徒", "灯组学徒"], cat: "彩灯", min: (3500, 4000), spread: (300, 800), brands: &["b-zg"], cities: &["自贡"], weight: 8,
        emp: E_LANTERN, guard: Guard::Firm, housing: 80, meals: 70, women: 50, hours: H_LANTERN, heads: (3, 10), duty: &["跟师傅学习扎灯、裱糊与接线。"], ..BASE },
    JobT { titles: &["彩灯焊扎工"], cat: "彩灯", req: &[("s-weld", 0, 2), ("s-lanternframe", 0, 0)], min: (5500, 7000), spread: (500, 1500),
        brands: &["b-zg"], cities: &["自贡"], weight: 10, emp: E_LANTERN, guard: Guard::Firm, housing: 70, meals: 60, women: 10, hours: H_LANTERN,
        heads: (2, 8), duty: &["负责大型灯组钢骨架焊接与成型。"], ..BASE },
    // ── 制造 ──────────────────────────────────────────────────────────
    JobT { titles: &["普工", "电子厂普工", "流水线操作工"], cat: "制造", extra: &[("s-assembly", 0, 0)], min: (4200, 5000), spread: (500, 1500), cities: IND,
        weight: 22, emp: E_FACTORY, guard: Guard::Firm, housing: 85, meals: 70, women: 55, hours: H_SHIFT, heads: (10, 50),
        duty: &["负责流水线装配、检测与包装。", "坐班操作，计时加班费另算。"], ..BASE },
    JobT { titles: &["数控车工", "CNC操机员"], cat: "制造", req: &[("s-cnc", 0, 3)], extra: &[("s-lathe", 0, 0)], min: (6000, 7500), spread: (1000, 2000),
        brands: &["b-lqcg"], cities: &["成都", "德阳", "绵阳", "自贡", "宜宾", "泸州", "资阳"], counties: &["龙泉驿区", "新都区", "旌阳区"], weight: 8, emp: E_FACTORY,
        guard: Guard::Firm, housing: 80, meals: 70, women: 10, hours: H_SHIFT, heads: (2, 10), duty: &["负责数控车床编程、对刀与首件检验。", "负责汽车零部件数控加工。"], ..BASE },
    JobT { titles: &["数控技师", "数控加工组长"], cat: "制造", req: &[("s-cnc", 4, 5)], min: (9000, 10500), spread: (500, 1500), brands: &["b-lqcg"],
        cities: &["成都", "德阳"], counties: &["龙泉驿区", "旌阳区"], weight: 2, emp: E_FACTORY, guard: Guard::Firm, housing: 60, meals: 70, women: 5,
        hours: H_DAY, heads: (1, 1), duty: &["负责复杂零件工艺编制、程序优化与徒弟带教。"], ..BASE },
    JobT { titles: &["车工", "普车师傅"], cat: "制造", req: &[("s-lathe", 1, 3)], min: (5500, 7000), spread: (1000, 2000), brands: &["b-lqcg"],
        cities: &["成都", "德阳", "自贡", "绵阳", "内江"], counties: &["龙泉驿区", "旌阳区"], weight: 5, emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70,
        women: 5, hours: H_SHIFT, heads: (1, 5), duty: &["负责轴类、盘类零件车削加工。"], ..BASE },
    JobT { titles: &["铣工"], cat: "制造", req: &[("s-mill", 0, 2)], min: (5500, 7000), spread: (1000, 1500), brands: &["b-lqcg"],
        cities: &["成都", "德阳", "绵阳", "自贡"], weight: 3, emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 5, hours: H_SHIFT,
        heads: (1, 4), duty: &["负责铣床及加工中心零件加工。"], ..BASE },
    JobT { titles: &["装配钳工", "机修钳工"], cat: "制造", req: &[("s-fitter", 0, 3)], min: (6000, 8000), spread: (1000, 2000),
        cities: &["德阳", "成都", "自贡", "绵阳"], weight: 5, emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 5, hours: H_DAY,
        heads: (1, 6), duty: &["负责重型装备部件装配与调试。"], ..BASE },
    JobT { titles: &["质检员", "品检员"], cat: "制造", req: &[("s-qc", 0, 0)], min: (4200, 5200), spread: (500, 1000), cities: IND, weight: 6,
        emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 65, hours: H_SHIFT, heads: (1, 6), duty: &["负责来料、制程与成品检验记录。"], ..BASE },
    JobT { titles: &["注塑工"], cat: "制造", req: &[("s-inject", 0, 0)], min: (4500, 5500), spread: (500, 1000), cities: IND, weight: 4, emp: E_FACTORY,
        guard: Guard::Firm, housing: 85, meals: 70, women: 40, hours: H_SHIFT, heads: (2, 10), duty: &["负责注塑机上下模、看机与产品修边。"], ..BASE },
    JobT { titles: &["缝纫工", "平车工", "制衣厂车位"], cat: "制造", req: &[("s-sewing", 0, 0)], unit: Unit::Piece, min: (80, 200), spread: (30, 80),
        est: (4500, 7000), cities: &["巴中", "南充", "成都", "广安", "遂宁", "达州", "绵阳", "资阳"], weight: 8, emp: E_GARMENT, guard: Guard::Firm, housing: 70,
        meals: 70, women: 95, flex: 20, hours: H_SHIFT, heads: (5, 30), duty: &["负责服装平车缝制，按件计酬。", "车间就近就业，熟手计件多劳多得。"], ..BASE },
    JobT { titles: &["女鞋成型工", "制鞋工"], cat: "制造", req: &[("s-shoes", 0, 0)], unit: Unit::Piece, min: (150, 300), spread: (50, 100), est: (5000, 7500),
        cities: &["成都"], counties: &["武侯区", "双流区"], weight: 3, emp: E_GARMENT, guard: Guard::Firm, housing: 60, meals: 60, women: 80, hours: H_SHIFT,
        heads: (3, 15), duty: &["负责女鞋帮面缝制、成型与包装。"], ..BASE },
    JobT { titles: &["酿酒工", "制曲工", "酒厂摘酒工"], cat: "制造", req: &[("s-liquor", 0, 2)], min: (5000, 6500), spread: (500, 1500), cities: &["宜宾", "泸州"],
        weight: 25, emp: E_LIQUOR, guard: Guard::Firm, housing: 60, meals: 80, women: 20, hours: H_SHIFT, heads: (3, 20),
        duty: &["负责浓香型白酒酿造的上甑、摘酒等工序。", "负责制曲、翻曲与曲房管理。"], ..BASE },
    JobT { titles: &["食品厂包装工", "调味品生产工"], cat: "制造", req: &[("s-food", 0, 0)], extra: &[("s-packer", 0, 0)], min: (4000, 5000), spread: (300, 1000),
        cities: IND, weight: 6, emp: E_FOODPLANT, guard: Guard::Firm, housing: 60, meals: 80, women: 75, hours: H_SHIFT, heads: (5, 20),
        duty: &["负责食品分装、封口与装箱。"], ..BASE },
    JobT { titles: &["豆瓣翻晒工"], cat: "制造", req: &[("s-douban", 0, 0)], min: (4000, 5000), spread: (300, 800), cities: &["成都"], counties: &["郫都区"],
        weight: 2, emp: E_FOODPLANT, guard: Guard::Firm, housing: 50, meals: 80, women: 40, hours: H_DAY, heads: (2, 8), duty: &["负责豆瓣发酵池翻晒与原料处理。"],
        ..BASE },
    JobT { titles: &["泡菜生产工"], cat: "制造", req: &[("s-pickle", 0, 0)], min: (4000, 5000), spread: (300, 800), cities: &["眉山"], counties: &["东坡区"],
        weight: 15, emp: E_FOODPLANT, guard: Guard::Firm, housing: 50, meals: 80, women: 70, hours: H_DAY, heads: (5, 20),
        duty: &["负责泡菜原料清洗、腌制与灌装。"], ..BASE },
    JobT { titles: &["制茶师傅", "茶叶加工工"], cat: "制造", req: &[("s-teaproc", 0, 0)], min: (4500, 6000), spread: (500, 1500),
        cities: &["雅安", "乐山", "宜宾", "巴中"], counties: &["名山区", "雨城区", "峨眉山市", "沐川县", "筠连县"], weight: 12, emp: &["茶业公司", "茶厂"], guard: Guard::Firm,
        housing: 70, meals: 80, women: 50, hours: H_SHIFT, heads: (2, 10), duty: &["负责名优绿茶杀青、揉捻与烘干。"], ..BASE },
    JobT { titles: &["家具木工", "板式家具封边工"], cat: "制造", req: &[("s-furniture", 0, 2)], min: (5500, 7500), spread: (500, 1500),
        cities: &["成都", "眉山", "德阳"], counties: &["崇州市", "新都区"], weight: 4, emp: &["家具公司", "家居制造公司"], guard: Guard::Firm, housing: 70, meals: 60,
        women: 15, hours: H_DAY, heads: (2, 10), duty: &["负责板式家具开料、封边与组装。"], ..BASE },
    JobT { titles: &["喷涂工", "喷漆工"], cat: "制造", req: &[("s-spray", 0, 0)], min: (5500, 7000), spread: (500, 1500), cities: IND, weight: 3,
        emp: E_FACTORY, guard: Guard::Firm, housing: 70, meals: 60, women: 10, hours: H_SHIFT, heads: (1, 5), duty: &["负责工件喷涂、调漆与喷房维护。"], ..BASE },
    JobT { titles: &["设备维修工", "机修电工"], cat: "制造", req: &[("s-maint", 0, 0), ("s-elec", 0, 3)], min: (6000, 8000), spread: (500, 2000), cities: IND,
        weight: 5, emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 5, hours: H_SHIFT, heads: (1, 3), duty: &["负责生产设备点检、故障维修与保养。"],
        ..BASE },
    JobT { titles: &["包装工", "打包员"], cat: "制造", req: &[("s-packer", 0, 0)], min: (4000, 4800), spread: (300, 800), cities: IND, weight: 4,
        emp: E_FACTORY, guard: Guard::Firm, housing: 70, meals: 70, women: 70, hours: H_SHIFT, heads: (3, 15), duty: &["负责成品包装、贴标与入库。"], ..BASE },
    JobT { titles: &["动力电池装配工", "锂电池操作工"], cat: "制造", req: &[("s-battery", 0, 0)], min: (5500, 6500), spread: (500, 1500),
        cities: &["宜宾", "遂宁", "成都", "眉山"], counties: &["叙州区", "翠屏区", "射洪市", "彭山区"], weight: 14, emp: E_NEWENERGY, guard: Guard::Firm, housing: 90,
        meals: 80, women: 40, hours: H_SHIFT, heads: (10, 50), duty: &["负责动力电池电芯装配、检测与转运。"], ..BASE },
    JobT { titles: &["光伏组件操作工", "硅片分选工"], cat: "制造", req: &[("s-pvmodule", 0, 0)], min: (5000, 6500), spread: (500, 1500),
        cities: &["乐山", "成都", "宜宾", "眉山"], counties: &["五通桥区", "双流区", "金堂县"], weight: 10, emp: E_NEWENERGY, guard: Guard::Firm, housing: 90,
        meals: 80, women: 45, hours: H_SHIFT, heads: (10, 40), duty: &["负责光伏组件层压、分选与包装。"], ..BASE },
    JobT { titles: &["SMT操作员", "贴片机操作工"], cat: "制造", req: &[("s-smt", 0, 0)], min: (4800, 6000), spread: (500, 1500),
        cities: &["绵阳", "成都", "遂宁", "内江"], counties: &["涪城区", "游仙区", "双流区", "船山区"], weight: 8, emp: E_FACTORY, guard: Guard::Firm, housing: 90,
        meals: 70, women: 55, hours: H_SHIFT, heads: (5, 20), duty: &["负责SMT贴片线上料、换线与炉后目检。"], ..BASE },
    JobT { titles: &["模具工"], cat: "制造", req: &[("s-mould", 0, 2)], min: (6000, 8000), spread: (1000, 2000), cities: &["成都", "德阳", "绵阳", "遂宁"],
        weight: 2, emp: E_FACTORY, guard: Guard::Firm, housing: 70, meals: 60, women: 5, hours: H_DAY, heads: (1, 3), duty: &["负责模具装配、维修与试模。"],
        ..BASE },
    JobT { titles: &["厂区电工", "维修电工"], cat: "制造", req: &[("s-elec", 1, 3)], min: (5500, 7500), spread: (500, 1500), cities: IND, weight: 6,
        emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 5, hours: H_SHIFT, heads: (1, 3), duty: &["负责厂区配电、照明与设备电气维修。"], ..BASE },
    JobT { titles: &["二保焊工", "车间焊工"], cat: "制造", req: &[("s-weld", 1, 3)], min: (6000, 8000), spread: (500, 2000),
        cities: &["德阳", "成都", "自贡", "资阳", "绵阳", "攀枝花"], weight: 5, emp: E_FACTORY, guard: Guard::Firm, housing: 80, meals: 70, women: 5,
        hours: H_SHIFT, heads: (2, 8), duty: &["负责结构件二氧化碳保护焊。"], ..BASE },
    // ── 物流 ──────────────────────────────────────────────────────────
    JobT { titles: &["快递员", "快递派件员"], cat: "物流", extra: &[("s-courier", 0, 0)], unit: Unit::Piece, min: (100, 130), spread: (10, 40),
        est: (6000, 9000), weight: 12, emp: E_LOGI, guard: Guard::Gig, housing: 40, meals: 20, women: 15, flex: 10, hours: H_LOGI, heads: (2, 10),
        duty: &["负责片区快递派送与揽收，按件计酬。"], ..BASE },
    JobT { titles: &["快递分拣员", "分拣员（夜班）"], cat: "物流", extra: &[("s-sort", 0, 0)], unit: Unit::Hour, min: (18, 22), spread: (1, 5), weight: 10,
        emp: E_LOGI, guard: Guard::Gig, housing: 30, meals: 50, women: 50, flex: 40, hours: H_LOGI, heads: (10, 40), duty: &["负责转运中心包裹扫描、分拣与装车。"],
        ..BASE },
    JobT { titles: &["电商仓分拣打包员"], cat: "物流", req: &[("s-sort", 0, 0)], extra: &[("s-packer", 0, 0)], min: (4200, 5000), spread: (500, 1500),
        cities: IND, counties: &["双流区", "新都区", "青白江区"], weight: 6, emp: E_LOGI, guard: Guard::Firm, housing: 70, meals: 60, women: 60,
        hours: H_SHIFT, heads: (10, 30), duty: &["负责电商订单拣货、复核与打包。"], ..BASE },
    JobT { titles: &["仓管员", "仓库管理员"], cat: "物流", req: &[("s-warehouse", 0, 2)], extra: &[("s-office", 0, 0)], min: (4500, 5500), spread: (500, 1500),
        weight: 7, emp: E_LOGI, guard: Guard::Firm, housing: 50, meals: 60, women: 45, hours: H_DAY, heads: (1, 3), duty: &["负责出入库登记、盘点与库位管理。"],
        ..BASE },
    JobT { titles: &["叉车司机", "叉车工"], cat: "物流", req: &[("s-forklift", 0, 0)], min: (5500, 6500), spread: (500, 1500), cities: IND, weight: 10,
        emp: E_LOGI, guard: Guard::Firm, housing: 70, meals: 70, women: 10, hours: H_SHIFT, heads: (1, 6),
        duty: &["负责仓库叉车装卸、转运与码垛，需持叉车证。", "负责厂区物料叉车转运。"], ..BASE },
    JobT { titles: &["大货车司机", "货车司机（A2）"], cat: "物流", req: &[("s-truck", 0, 0)], min: (8000, 10000), spread: (1000, 2000), weight: 6, emp: E_LOGI,
        guard: Guard::Firm, housing: 40, meals: 30, women: 5, hours: &["跑省内线路，往返2-3天", "固定线路，夜间发车"], heads: (1, 5), duty: &["负责干线货物运输与交接。"], ..BASE },
    JobT { titles: &["城配司机", "面包车配送司机"], cat: "物流", req: &[("s-citydelivery", 0, 0)], min: (6000, 7500), spread: (500, 1500), weight: 5, emp: E_LOGI,
        guard: Guard::Firm, housing: 30, meals: 30, women: 15, hours: H_LOGI, heads: (1, 5), duty: &["负责商超、门店的城区配送。"], ..BASE },
    JobT { titles: &["外卖骑手", "众包骑手"], cat: "物流", extra: &[("s-rider", 0, 0)], unit: Unit::Piece, min: (450, 600), spread: (50, 150),
        est: (6000, 9000), weight: 10, emp: &["配送服务站", "即时配送公司"], guard: Guard::Gig, housing: 20, meals: 10, women: 10, flex: 95, hours: H_FLEX,
        heads: (5, 30), duty: &["负责商圈外卖配送，按单计酬，可自选时段。"], ..BASE },
    JobT { titles: &["装卸工", "搬运工（日结）"], cat: "物流", extra: &[("s-loading", 0, 0)], unit: Unit::Day, min: (180, 240), spread: (20, 60), weight: 7,
        emp: E_LOGI, guard: Guard::Gig, housing: 30, meals: 50, women: 5, flex: 30, hours: H_LOGI, heads: (5, 20), duty: &["负责货车装卸与仓内搬运，当天结算。"],
        ..BASE },
    JobT { titles: &["冷链操作员", "冷库理货员"], cat: "物流", req: &[("s-coldchain", 0, 0)], min: (5000, 6000), spread: (500, 1500),
        cities: &["成都", "绵阳", "南充", "宜宾", "泸州", "达州", "德阳"], weight: 3, emp: E_LOGI, guard: Guard::Firm, housing: 60, meals: 60, women: 20,
        hours: H_SHIFT, heads: (2, 8), duty: &["负责冷库收发货、温控记录与理货。"], ..BASE },
    JobT { titles: &["物流调度员"], cat: "物流", req: &[("s-logistics", 0, 1)], extra: &[("s-office", 0, 0)], min: (4500, 6000), spread: (500, 1500),
        weight: 3, emp: E_LOGI, guard: Guard::Firm, housing: 30, meals: 50, women: 50, hours: H_DAY, heads: (1, 2), duty: &["负责车辆调度、运单跟踪与异常处理。"],
        ..BASE },
    JobT { titles: &["理货员"], cat: "物流", req: &[("s-tally", 0, 0)], min: (4000, 5000), spread: (300, 1000), weight: 3, emp: E_LOGI,
        guard: Guard::Firm, housing: 50, meals: 60, women: 50, hours: H_SHIFT, heads: (2, 6), duty: &["负责货物清点、上架与单据核对。"], ..BASE },
    JobT { titles: &["网约车司机"], cat: "物流", req: &[("s-ridehail", 0, 0)], min: (5000, 7000), spread: (1000, 3000),
        cities: &["成都", "绵阳", "南充", "宜宾", "泸州", "德阳", "乐山"], weight: 4, emp: &["汽车租赁公司", "出行服务公司"], guard: Guard::Gig, housing: 0, meals: 0,
        women: 20, flex: 90, hours: H_FLEX, heads: (5, 20), duty: &["驾驶合规网约车接单，车辆由公司提供。"], ..BASE },
    // ── 电商直播 ──────────────────────────────────────────────────────
    JobT { titles: &["直播带货主播", "助农直播主播", "带货主播"], cat: "电商直播", req: &[("s-live", 0, 2)], extra: &[("s-ruralecom", 0, 0), ("s-video", 0, 0)],
        min: (5000, 7000), spread: (2000, 4000), brands: &["b-tfzn"], weight: 12, emp: E_ECOM, guard: Guard::Firm, housing: 40, meals: 50, women: 75,
        hours: H_LIVE, heads: (1, 4), duty: &["负责直播间带货讲解，底薪加提成。", "负责本地农特产品直播销售。"], ..BASE },
    JobT { titles: &["直播场控", "直播运营助理"], cat: "电商直播", req: &[("s-liveops", 0, 0)], extra: &[("s-live", 0, 0)], min: (4500, 6000), spread: (500, 1500),
        weight: 6, emp: E_ECOM, guard: Guard::Firm, housing: 40, meals: 50, women: 60, hours: H_LIVE, heads: (1, 3), duty: &["负责直播间中控、上下架与互动维护。"],
        ..BASE },
    JobT { titles: &["短视频剪辑师", "短视频拍摄剪辑"], cat: "电商直播", req: &[("s-video", 0, 0)], min: (5000, 6500), spread: (500, 2000), weight: 6, emp: E_ECOM,
        guard: Guard::Firm, housing: 30, meals: 40, women: 50, flex: 30, hours: H_DAY, heads: (1, 2), duty: &["负责产品短视频拍摄、剪辑与发布。"], ..BASE },
    JobT { titles: &["电商运营", "网店运营专员"], cat: "电商直播", req: &[("s-ecom", 0, 3)], extra: &[("s-data", 0, 0)], min: (5500, 7500), spread: (1000, 2000),
        weight: 6, emp: E_ECOM, guard: Guard::Firm, housing: 20, meals: 40, women: 55, hours: H_DAY, heads: (1, 2), duty: &["负责网店上新、活动报名与推广投放。"],
        ..BASE },
    JobT { titles: &["电商客服", "网络客服（可居家）"], cat: "电商直播", req: &[("s-cs", 0, 0)], extra: &[("s-office", 0, 0)], min: (3800, 4500), spread: (500, 1500),
        weight: 8, emp: E_ECOM, guard: Guard::Firm, housing: 20, meals: 40, women: 85, flex: 50, hours: H_DAY, heads: (2, 10),
        duty: &["负责网店售前售后咨询，可居家办公。", "负责订单咨询与售后处理。"], ..BASE },
    JobT { titles: &["网店美工"], cat: "电商直播", req: &[("s-artist", 0, 0)], extra: &[("s-photo", 0, 0)], min: (5000, 6500), spread: (500, 1500),
        weight: 3, emp: E_ECOM, guard: Guard::Firm, housing: 20, meals: 40, women: 55, hours: H_DAY, heads: (1, 2), duty: &["负责商品主图、详情页设计与修图。"],
        ..BASE },
    JobT { titles: &["农产品电商专员", "助农电商运营"], cat: "电商直播", req: &[("s-ruralecom", 0, 0)], extra: &[("s-live", 0, 0)], min: (4500, 6000),
        spread: (500, 1500), brands: &["b-tfzn"], cities: RURAL, weight: 5, emp: E_ECOM, guard: Guard::Firm, housing: 50, meals: 60, women: 60,
        hours: H_DAY, heads: (1, 3), duty: &["负责县域农特产品网店运营与助农直播。"], ..BASE },
    JobT { titles: &["社群运营", "社区团购团长助理"], cat: "电商直播", req: &[("s-community", 0, 0)], min: (4000, 5500), spread: (500, 1500), weight: 3, emp: E_ECOM,
        guard: Guard::Shop, housing: 10, meals: 20, women: 85, flex: 60, hours: H_DAY, heads: (1, 3), duty: &["负责社群日常维护、团购接龙与售后。"], ..BASE },
    JobT { titles: &["直播选品专员"], cat: "电商直播", req: &[("s-select", 0, 0)], min: (5000, 6500), spread: (500, 1500), cities: &["成都", "绵阳", "南充", "宜宾"],
        weight: 2, emp: E_ECOM, guard: Guard::Firm, housing: 20, meals: 40, women: 60, hours: H_DAY, heads: (1, 2), duty: &["负责对接厂家、挑选直播货品与比价。"],
        ..BASE },
    JobT { titles: &["跨境电商运营"], cat: "电商直播", req: &[("s-crossborder", 0, 0)], min: (6000, 8000), spread: (1000, 2000), cities: &["成都"],
        counties: &["双流区", "武侯区", "青白江区"], weight: 2, emp: E_ECOM, guard: Guard::Firm, housing: 10, meals: 40, women: 50, hours: H_DAY,
        heads: (1, 2), duty: &["负责跨境店铺上架、广告与物流对接。"], ..BASE },
    JobT { titles: &["互联网营销师"], cat: "电商直播", req: &[("s-netmkt", 0, 2)], min: (5500, 7500), spread: (1000, 2000), weight: 3, emp: E_ECOM,
        guard: Guard::Firm, housing: 20, meals: 40, women: 60, hours: H_DAY, heads: (1, 2), duty: &["负责新媒体账号运营与营销活动策划。"], ..BASE },
    JobT { titles: &["商品摄影师"], cat: "电商直播", req: &[("s-photo", 0, 0)], min: (5000, 6500), spread: (500, 1500), weight: 2, emp: E_ECOM,
        guard: Guard::Firm, housing: 20, meals: 40, women: 50, hours: H_DAY, heads: (1, 1), duty: &["负责商品静物拍摄与布光。"], ..BASE },
    JobT { titles: &["兼职直播助理"], cat: "电商直播", extra: &[("s-liveops", 0, 0)], unit: Unit::Hour, min: (20, 25), spread: (3, 8), weight: 3, emp: E_ECOM,
        guard: Guard::Gig, housing: 0, meals: 30, women: 70, flex: 90, hours: H_HOUR, heads: (1, 4), duty: &["协助主播备货、递品与弹幕回复。"], ..BASE },
    // ── 安保 ──────────────────────────────────────────────────────────
    JobT { titles: &["保安", "小区保安", "门岗保安"], cat: "安保", req: &[("s-guard", 0, 1)], min: (3600, 4200), spread: (300, 1200), brands: &["b-cba"],
        weight: 16, emp: E_SEC, guard: Guard::Firm, housing: 60, meals: 50, women: 10, hours: H_SEC, heads: (2, 10),
        duty: &["负责门岗值守、来访登记与巡逻。", "负责小区秩序维护和车辆引导。"], ..BASE },
    JobT { titles: &["消防中控员", "消控室值班员"], cat: "安保", req: &[("s-fire", 1, 2)], min: (4200, 5200), spread: (500, 1000), brands: &["b-cba"], weight: 7,
        emp: E_SEC, guard: Guard::Firm, housing: 40, meals: 50, women: 40, hours: H_SEC, heads: (1, 4), duty: &["负责消防控制室值班、报警处置与巡检记录。"],
        ..BASE },
    JobT { titles: &["监控室值班员"], cat: "安保", req: &[("s-cctv", 0, 0)], min: (3800, 4500), spread: (300, 800), brands: &["b-cba"], weight: 3,
        emp: E_SEC, guard: Guard::Firm, housing: 40, meals: 50, women: 40, hours: H_SEC, heads: (1, 3), duty: &["负责视频监控值守与异常上报。"], ..BASE },
    JobT { titles: &["押运员"], cat: "安保", req: &[("s-escort", 0, 0), ("s-guard", 1, 1)], min: (5500, 7000), spread: (500, 1500), brands: &["b-cba"],
        weight: 2, emp: &["押运服务公司"], guard: Guard::Firm, housing: 60, meals: 60, women: 2, hours: H_SEC, heads: (2, 6), duty: &["负责银行款箱押运，退役军人优先。"],
        ..BASE },
    JobT { titles: &["活动安保（日结）", "演唱会安保"], cat: "安保", extra: &[("s-event", 0, 0)], unit: Unit::Day, min: (180, 220), spread: (10, 40),
        brands: &["b-cba"], cities: &["成都", "绵阳", "自贡", "南充", "宜宾", "乐山"], weight: 4, emp: E_SEC, guard: Guard::Gig, housing: 0, meals: 60,
        women: 20, flex: 80, hours: &["活动当天14:00-23:00", "按场次安排"], heads: (10, 50), duty: &["负责大型活动入场引导与秩序维护，当天结算。"], ..BASE },
    JobT { titles: &["地铁安检员", "安检员"], cat: "安保", req: &[("s-screener", 0, 0)], min: (4000, 4800), spread: (300, 800), cities: &["成都"], weight: 2,
        emp: E_SEC, guard: Guard::Firm, housing: 40, meals: 50, women: 50, hours: H_SEC, heads: (5, 20), duty: &["负责地铁站安检机值守与手检。"], ..BASE },
    JobT { titles: &["物业秩序维护员"], cat: "安保", req: &[("s-order", 0, 0)], min: (3600, 4300), spread: (300, 800), brands: &["b-cba"], weight: 4,
        emp: E_SEC, guard: Guard::Firm, housing: 50, meals: 50, women: 15, hours: H_SEC, heads: (2, 6), duty: &["负责写字楼大堂秩序与消防通道巡查。"], ..BASE },
    JobT { titles: &["停车场管理员"], cat: "安保", req: &[("s-parking", 0, 0)], min: (3500, 4000), spread: (200, 600), weight: 3, emp: E_SEC,
        guard: Guard::Firm, housing: 30, meals: 40, women: 40, hours: H_SEC, heads: (1, 3), duty: &["负责停车场车辆引导与收费管理。"], ..BASE },
    // ── 刺绣 ──────────────────────────────────────────────────────────
    JobT { titles: &["蜀绣绣娘", "蜀绣绣工（可居家）"], cat: "刺绣", req: &[("s-shuxiu", 0, 0)], unit: Unit::Piece, min: (3000, 6000), spread: (1000, 3000),
        est: (3500, 6000), brands: &["b-shuxiu"], cities: &["成都"], counties: &["郫都区"], weight: 12, emp: E_EMB, guard: Guard::Gig, housing: 10,
        meals: 30, women: 100, flex: 90, hours: H_FLEX, heads: (3, 15), duty: &["按订单绣制蜀绣团扇、挂件等作品，可领料居家绣。"], ..BASE },
    JobT { titles: &["羌绣绣娘"], cat: "刺绣", req: &[("s-qiangxiu", 0, 0)], unit: Unit::Piece, min: (2000, 4000), spread: (1000, 2000), est: (3000, 5000),
        brands: &["b-qiangxiu"], cities: &["阿坝", "绵阳"], counties: &["汶川县", "茂县", "理县", "北川羌族自治县"], weight: 25, emp: E_EMB, guard: Guard::Gig,
        housing: 10, meals: 30, women: 100, flex: 90, hours: H_FLEX, heads: (3, 20), duty: &["绣制羌绣鞋垫、挂件与文创产品，按件计酬。"], ..BASE },
    JobT { titles: &["彝绣绣娘", "彝族刺绣工"], cat: "刺绣", req: &[("s-yixiu", 0, 0)], unit: Unit::Piece, min: (2000, 4000), spread: (1000, 2000),
        est: (3000, 5000), brands: &["b-yixiu", "b-yjxn"], cities: &["凉山", "乐山"], counties: &["昭觉县", "西昌市", "越西县", "喜德县", "峨边彝族自治县", "马边彝族自治县"],
        weight: 16, emp: E_EMB, guard: Guard::Gig, housing: 10, meals: 30, women: 100, flex: 90, hours: H_FLEX, heads: (3, 20),
        duty: &["绣制彝绣服饰配件与文创产品，可在家门口就业。"], ..BASE },
    JobT { titles: &["藏绣工"], cat: "刺绣", req: &[("s-zangxiu", 0, 0)], unit: Unit::Piece, min: (3000, 5000), spread: (1000, 2000), est: (3000, 5000),
        cities: &["甘孜", "阿坝"], weight: 10, emp: E_EMB, guard: Guard::Gig, housing: 20, meals: 30, women: 90, flex: 80, hours: H_FLEX, heads: (2, 10),
        duty: &["绣制藏式服饰纹样与装饰品。"], ..BASE },
    JobT { titles: &["蜀锦织造工"], cat: "刺绣", req: &[("s-brocade", 0, 0)], min: (4500, 6000), spread: (500, 1500), cities: &["成都"],
        counties: &["青羊区", "金牛区"], weight: 2, emp: &["蜀锦织绣公司"], guard: Guard::Firm, housing: 30, meals: 60, women: 70, hours: H_DAY, heads: (1, 4),
        duty: &["在小花楼织机上织造蜀锦。"], ..BASE },
    JobT { titles: &["民族服饰制作工"], cat: "刺绣", req: &[("s-costume", 0, 0)], min: (4000, 5500), spread: (500, 1500), brands: &["b-yixiu", "b-qiangxiu"],
        cities: &["凉山", "阿坝", "甘孜"], weight: 8, emp: E_EMB, guard: Guard::Shop, housing: 40, meals: 50, women: 85, hours: H_DAY, heads: (2, 8),
        duty: &["负责民族服饰裁剪、缝制与镶边。"], ..BASE },
    JobT { titles: &["电脑绣花机操作工"], cat: "刺绣", req: &[("s-embmachine", 0, 0)], min: (4500, 5500), spread: (500, 1000),
        cities: &["成都", "南充", "巴中", "遂宁", "凉山"], weight: 6, emp: E_EMB, guard: Guard::Firm, housing: 60, meals: 60, women: 70, hours: H_SHIFT,
        heads: (2, 8), duty: &["负责电脑绣花机上线、换色与看机。"], ..BASE },
    JobT { titles: &["手工编织（居家计件）"], cat: "刺绣", req: &[("s-knit", 0, 0)], unit: Unit::Piece, min: (1500, 3000), spread: (500, 1500),
        est: (2500, 4000), cities: RURAL, weight: 5, emp: E_CRAFT, guard: Guard::Gig, housing: 0, meals: 0, women: 100, flex: 100, hours: H_FLEX,
        heads: (5, 30), duty: &["领料居家钩织毛线玩偶、围巾，按件回收。"], ..BASE },
    // ── 汽修 ──────────────────────────────────────────────────────────
    JobT { titles: &["汽车维修工", "汽修师傅"], cat: "汽修", req: &[("s-automech", 0, 3)], min: (5500, 7500), spread: (1000, 2000), weight: 10, emp: E_AUTO,
        guard: Guard::Firm, housing: 50, meals: 60, women: 5, hours: H_DAY, heads: (1, 4), duty: &["负责车辆保养、故障诊断与维修。"], ..BASE },
    JobT { titles: &["汽修学徒"], cat: "汽修", extra: &[("s-automech", 0, 0)], min: (3500, 4000), spread: (300, 800), weight: 4, emp: E_AUTO,
        guard: Guard::Firm, housing: 70, meals: 70, women: 10, hours: H_DAY, heads: (1, 4), duty: &["跟师傅学习保养、换件与基础维修。"], ..BASE },
    JobT { titles: &["钣金工"], cat: "汽修", req: &[("s-autobody", 0, 0)], min: (6000, 8000), spread: (1000, 2000), weight: 4, emp: E_AUTO,
        guard: Guard::Firm, housing: 50, meals: 60, women: 2, hours: H_DAY, heads: (1, 2), duty: &["负责事故车钣金整形与校正。"], ..BASE },
    JobT { titles: &["汽车喷漆工"], cat: "汽修", req: &[("s-autopaint", 0, 0)], min: (6000, 8000), spread: (1000, 2000), weight: 4, emp: E_AUTO,
        guard: Guard::Firm, housing: 50, meals: 60, women: 5, hours: H_DAY, heads: (1, 2), duty: &["负责车身调漆、喷涂与抛光。"], ..BASE },
    JobT { titles: &["新能源汽车维修技师"], cat: "汽修", req: &[("s-ev", 0, 0), ("s-automech", 1, 3)], extra: &[("s-autoelec", 0, 0)], min: (7000, 9000),
        spread: (1000, 2000), cities: &["成都", "宜宾", "绵阳", "德阳", "南充", "泸州", "遂宁"], weight: 5, emp: E_AUTO, guard: Guard::Firm, housing: 40,
        meals: 60, women: 5, hours: H_DAY, heads: (1, 3), duty: &["负责新能源车三电系统检测与维修。"], ..BASE },
    JobT { titles: &["汽车电工"], cat: "汽修", req: &[("s-autoelec", 0, 0)], extra: &[("s-elec", 0, 1)], min: (6000, 7500), spread: (500, 1500), weight: 3,
        emp: E_AUTO, guard: Guard::Firm, housing: 50, meals: 60, women: 5, hours: H_DAY, heads: (1, 2), duty: &["负责汽车电路、灯光与电器故障排查。"], ..BASE },
    JobT { titles: &["洗车工", "汽车美容技师"], cat: "汽修", req: &[("s-detailing", 0, 0)], min: (3800, 4800), spread: (300, 1000), weight: 5, emp: E_AUTO,
        guard: Guard::Shop, housing: 50, meals: 60, women: 20, hours: H_DAY, heads: (1, 4), duty: &["负责洗车、内饰清洁与贴膜。"], ..BASE },
    JobT { titles: &["轮胎快修工"], cat: "汽修", req: &[("s-tyre", 0, 0)], min: (4000, 5000), spread: (300, 1000), weight: 3, emp: E_AUTO,
        guard: Guard::Shop, housing: 50, meals: 60, women: 5, hours: H_DAY, heads: (1, 2), duty: &["负责补胎、换胎与四轮定位。"], ..BASE },
    JobT { titles: &["电动车维修工", "摩托车维修工"], cat: "汽修", req: &[("s-moto", 0, 0)], min: (4000, 5500), spread: (300, 1000), weight: 3,
        emp: &["车行", "电动车维修店"], guard: Guard::Shop, housing: 40, meals: 60, women: 5, hours: H_DAY, heads: (1, 2), duty: &["负责电动车、摩托车故障维修与保养。"],
        ..BASE },
    JobT { titles: &["农机维修工"], cat: "汽修", req: &[("s-agrimach", 0, 0)], min: (4500, 6000), spread: (500, 1500), cities: RURAL, weight: 2,
        emp: &["农机服务专业合作社", "农机销售公司"], guard: Guard::Shop, housing: 50, meals: 70, women: 5, hours: H_FARM, heads: (1, 2),
        duty: &["负责拖拉机、收割机、微耕机维修。"], ..BASE },
    // ── 美容美发 ──────────────────────────────────────────────────────
    JobT { titles: &["发型师", "理发师"], cat: "美容美发", req: &[("s-hair", 0, 2)], min: (5000, 7000), spread: (1000, 3000), weight: 6, emp: &["美发沙龙", "理发店"],
        housing: 50, meals: 50, women: 40, hours: &["10:00-22:00，月休4天", "9:30-21:00，轮休"], heads: (1, 3), duty: &["负责剪发、烫染造型，底薪加提成。"], ..BASE },
    JobT { titles: &["美发助理（学徒）"], cat: "美容美发", extra: &[("s-hair", 0, 0)], min: (3500, 4000), spread: (300, 800), weight: 4, emp: &["美发沙龙", "理发店"],
        housing: 60, meals: 60, women: 50, hours: &["10:00-22:00，月休4天"], heads: (1, 3), duty: &["负责洗头、吹发与协助发型师，包教技术。"], ..BASE },
    JobT { titles: &["美容师", "美容院技师"], cat: "美容美发", req: &[("s-beauty", 0, 2)], min: (4500, 6500), spread: (1000, 2500), brands: &["b-cdmd"],
        weight: 5, emp: E_BEAUTY, housing: 50, meals: 50, women: 100, hours: &["10:00-21:00，月休4天"], heads: (1, 3), duty: &["负责面部护理、身体护理与顾客维护。"],
        ..BASE },
    JobT { titles: &["美甲师", "美睫师"], cat: "美容美发", req: &[("s-nail", 0, 0)], min: (4500, 6000), spread: (500, 2000), brands: &["b-cdmd"], weight: 4,
        emp: &["美甲工作室", "美甲美睫店"], housing: 30, meals: 40, women: 100, flex: 30, hours: &["11:00-21:00，月休4天"], heads: (1, 3),
        duty: &["负责美甲、美睫服务，提成另计。"], ..BASE },
    JobT { titles: &["婚礼跟妆师", "化妆师"], cat: "美容美发", req: &[("s-makeup", 0, 0)], unit: Unit::Piece, min: (20000, 35000), spread: (5000, 15000),
        est: (6000, 9000), brands: &["b-cdmd"], weight: 3, emp: &["婚庆服务公司", "化妆造型工作室"], guard: Guard::Gig, housing: 0, meals: 30, women: 100,
        flex: 80, hours: &["按婚期预约，凌晨出妆"], heads: (1, 2), duty: &["负责新娘妆面造型与全天跟妆，按场计酬。"], ..BASE },
    JobT { titles: &["足疗技师"], cat: "美容美发", req: &[("s-foot", 0, 0)], unit: Unit::Piece, min: (4000, 5000), spread: (500, 1500), est: (6000, 9000),
        weight: 4, emp: &["足道养生会所", "养生馆"], housing: 80, meals: 80, women: 60, hours: &["12:00-次日1:00，轮休"], heads: (2, 8), duty: &["提供足部保健服务，按钟计件。"],
        ..BASE },
    JobT { titles: &["推拿按摩师"], cat: "美容美发", req: &[("s-massage", 0, 2)], unit: Unit::Piece, min: (4000, 6000), spread: (500, 1500),
        est: (6000, 9000), weight: 3, emp: &["推拿馆", "养生馆"], housing: 70, meals: 70, women: 50, hours: &["11:00-23:00，轮休"], heads: (1, 4),
        duty: &["提供中式推拿与保健按摩服务。"], ..BASE },
    // ── 农业 ──────────────────────────────────────────────────────────
    JobT { titles: &["果园工人", "芒果园管护工"], cat: "农业", extra: &[("s-fruit", 0, 0)], unit: Unit::Day, min: (130, 160), spread: (10, 30),
        brands: &["b-pxgn"], cities: &["攀枝花", "凉山", "广元", "成都", "资阳"], counties: &["仁和区", "米易县", "盐边县", "会理市", "会东县", "苍溪县", "蒲江县"], weight: 8,
        emp: E_AGRI, guard: Guard::Gig, housing: 40, meals: 80, women: 50, flex: 40, hours: H_FARM, heads: (5, 20), duty: &["负责果园除草、施肥、套袋与采摘。"],
        ..BASE },
    JobT { titles: &["果树修剪技术工"], cat: "农业", req: &[("s-fruit", 0, 0)], unit: Unit::Day, min: (180, 220), spread: (20, 50), brands: &["b-pxgn"],
        cities: &["攀枝花", "凉山", "广元", "成都", "雅安"], counties: &["仁和区", "米易县", "会理市", "苍溪县", "蒲江县", "汉源县"], weight: 5, emp: E_AGRI, guard: Guard::Gig,
        housing: 40, meals: 80, women: 30, flex: 30, hours: H_FARM, heads: (2, 10), duty: &["负责芒果、石榴、猕猴桃等果树冬季修剪。"], ..BASE },
    JobT { titles: &["大棚蔬菜种植工"], cat: "农业", req: &[("s-greenhouse", 0, 0)], min: (3500, 4200), spread: (300, 800), cities: RURAL, weight: 3,
        emp: E_AGRI, guard: Guard::Gig, housing: 60, meals: 80, women: 60, hours: H_FARM, heads: (3, 10), duty: &["负责大棚蔬菜育苗、移栽与采收。"], ..BASE },
    JobT { titles: &["柠檬园管护工", "柑橘种植工"], cat: "农业", req: &[("s-citrus", 0, 0)], unit: Unit::Day, min: (130, 170), spread: (10, 30),
        cities: &["资阳", "眉山", "内江", "成都"], counties: &["安岳县", "丹棱县", "东坡区", "蒲江县"], weight: 8, emp: E_AGRI, guard: Guard::Gig, housing: 30,
        meals: 80, women: 60, flex: 40, hours: H_FARM, heads: (3, 15), duty: &["负责柠檬、耙耙柑园修枝、疏果与采摘。"], ..BASE },
    JobT { titles: &["猪场饲养员"], cat: "农业", req: &[("s-pig", 0, 0)], min: (5000, 6500), spread: (500, 1500), cities: RURAL, weight: 4, emp: E_AGRI,
        guard: Guard::Firm, housing: 100, meals: 100, women: 30, hours: &["封闭管理，月休4天"], heads: (2, 8), duty: &["负责规模猪场喂料、清栏与防疫记录。"], ..BASE },
    JobT { titles: &["养鸡场饲养员"], cat: "农业", req: &[("s-poultry", 0, 0)], min: (4000, 5000), spread: (300, 1000), cities: RURAL, weight: 2,
        emp: E_AGRI, guard: Guard::Gig, housing: 90, meals: 90, women: 40, hours: H_FARM, heads: (1, 4), duty: &["负责鸡舍喂养、拣蛋与消毒。"], ..BASE },
    JobT { titles: &["牦牛养殖工"], cat: "农业", req: &[("s-yak", 0, 0)], min: (4000, 5000), spread: (500, 1000), cities: &["阿坝", "甘孜"],
        counties: &["若尔盖县", "松潘县", "理塘县", "甘孜县"], weight: 16, emp: E_AGRI, guard: Guard::Gig, housing: 90, meals: 90, women: 30, hours: H_FARM,
        heads: (1, 5), duty: &["负责牦牛放牧、补饲与棚圈管理。"], ..BASE },
    JobT { titles: &["植保无人机飞手"], cat: "农业", req: &[("s-drone", 0, 0)], unit: Unit::Piece, min: (600, 800), spread: (100, 300), est: (7000, 10000),
        brands: &["b-pxgn"], cities: RURAL, weight: 4, emp: E_AGRI, guard: Guard::Gig, housing: 60, meals: 70, women: 15, flex: 50, hours: H_FARM,
        heads: (1, 5), duty: &["负责水稻、柑橘园无人机飞防作业，按亩计件。"], ..BASE },
    JobT { titles: &["采茶工"], cat: "农业", extra: &[("s-teapick", 0, 0)], unit: Unit::Piece, min: (1500, 2500), spread: (500, 1000), est: (3500, 5000),
        cities: &["雅安", "乐山", "宜宾", "巴中", "广元"], counties: &["名山区", "雨城区", "峨眉山市", "沐川县", "筠连县", "旺苍县"], weight: 8, emp: &["茶叶专业合作社", "茶园"],
        guard: Guard::Gig, housing: 50, meals: 80, women: 90, flex: 60, hours: H_FARM, heads: (10, 40), duty: &["春茶季采摘明前嫩芽，按斤计价。"], ..BASE },
    JobT { titles: &["农机手"], cat: "农业", req: &[("s-farmdrive", 0, 0)], unit: Unit::Day, min: (200, 260), spread: (20, 60), cities: RURAL, weight: 3,
        emp: &["农机服务专业合作社"], guard: Guard::Gig, housing: 50, meals: 80, women: 5, flex: 30, hours: H_FARM, heads: (1, 4),
        duty: &["负责旋耕、插秧、收割等农机作业。"], ..BASE },
    JobT { titles: &["稻渔种养技术员"], cat: "农业", req: &[("s-fish", 0, 0)], min: (4000, 5500), spread: (500, 1000), cities: RURAL, weight: 2, emp: E_AGRI,
        guard: Guard::Gig, housing: 60, meals: 80, women: 30, hours: H_FARM, heads: (1, 3), duty: &["负责稻田养鱼、小龙虾投喂与水质管理。"], ..BASE },
    JobT { titles: &["食用菌种植工"], cat: "农业", req: &[("s-mushroom", 0, 0)], min: (3800, 4500), spread: (300, 800), cities: RURAL, weight: 3,
        emp: E_AGRI, guard: Guard::Gig, housing: 60, meals: 80, women: 70, hours: H_FARM, heads: (3, 10), duty: &["负责菌棒装袋、接种与出菇管理。"], ..BASE },
    JobT { titles: &["中药材种植工"], cat: "农业", req: &[("s-herb", 0, 0)], unit: Unit::Day, min: (130, 160), spread: (10, 30),
        cities: &["成都", "雅安", "阿坝", "巴中", "达州", "绵阳"], counties: &["彭州市", "都江堰市", "宝兴县", "松潘县"], weight: 3, emp: E_AGRI, guard: Guard::Gig,
        housing: 40, meals: 80, women: 60, flex: 40, hours: H_FARM, heads: (3, 15), duty: &["负责川芎等中药材栽种、除草与采挖。"], ..BASE },
    JobT { titles: &["中蜂养殖工"], cat: "农业", req: &[("s-bee", 0, 0)], min: (3800, 4500), spread: (300, 1000), cities: RURAL, weight: 1, emp: E_AGRI,
        guard: Guard::Gig, housing: 80, meals: 80, women: 30, hours: H_FARM, heads: (1, 2), duty: &["负责中蜂蜂箱管理、分蜂与取蜜。"], ..BASE },
    JobT { titles: &["园林绿化工"], cat: "农业", req: &[("s-garden", 0, 0)], unit: Unit::Day, min: (160, 200), spread: (10, 40), weight: 5,
        emp: &["园林绿化工程公司", "市政园林公司"], guard: Guard::Site, housing: 30, meals: 50, women: 40, hours: H_SITE, heads: (3, 15),
        duty: &["负责苗木栽植、修剪与绿地养护。"], ..BASE },
    // ── 文旅 ──────────────────────────────────────────────────────────
    JobT { titles: &["民宿管家"], cat: "文旅", req: &[("s-homestay", 0, 0)], min: (4000, 5500), spread: (500, 1500), brands: &["b-sjgz"],
        cities: &["甘孜", "阿坝", "雅安", "乐山", "成都", "凉山", "眉山"],
        counties: &["康定市", "泸定县", "丹巴县", "稻城县", "九寨沟县", "汶川县", "宝兴县", "峨眉山市", "都江堰市", "西昌市", "洪雅县"], weight: 12, emp: E_TOUR, housing: 90, meals: 90,
        women: 70, hours: H_TOUR, heads: (1, 3), duty: &["负责民宿客人接待、房务与周边游线推荐。"], ..BASE },
    JobT { titles: &["景区讲解员", "导游"], cat: "文旅", req: &[("s-guide", 0, 2)], min: (4000, 5500), spread: (500, 2000), brands: &["b-sjgz"],
        cities: &["成都", "乐山", "阿坝", "甘孜", "雅安", "广元", "宜宾", "自贡", "南充"],
        counties: &["都江堰市", "峨眉山市", "市中区", "九寨沟县", "康定市", "稻城县", "阆中市", "自流井区", "利州区"], weight: 6, emp: E_TOUR, housing: 50, meals: 60, women: 60,
        hours: H_TOUR, heads: (1, 4), duty: &["负责景区游客讲解与团队接待。"], ..BASE },
    JobT { titles: &["酒店客房服务员"], cat: "文旅", extra: &[("s-room", 0, 0)], min: (3500, 4200), spread: (300, 800), weight: 8, emp: E_TOUR,
        guard: Guard::Firm, housing: 70, meals: 90, women: 85, hours: H_TOUR, heads: (2, 8), duty: &["负责客房清扫、布草更换与查房。"], ..BASE },
    JobT { titles: &["酒店前台"], cat: "文旅", req: &[("s-front", 0, 0)], min: (3800, 4500), spread: (300, 1000), weight: 4, emp: E_TOUR,
        guard: Guard::Firm, housing: 60, meals: 90, women: 80, hours: H_TOUR, heads: (1, 3), duty: &["负责入住退房、预订与客人咨询。"], ..BASE },
    JobT { titles: &["唐卡画师"], cat: "文旅", req: &[("s-thangka", 0, 0)], min: (4000, 6000), spread: (1000, 3000), brands: &["b-thangka"],
        cities: &["甘孜", "阿坝"], counties: &["康定市", "德格县", "甘孜县", "马尔康市"], weight: 10, emp: E_CRAFT, guard: Guard::Shop, housing: 80, meals: 80,
        women: 30, hours: H_DAY, heads: (1, 4), duty: &["在画院绘制唐卡，按作品另计奖励。"], ..BASE },
    JobT { titles: &["竹编手艺人"], cat: "文旅", req: &[("s-bamboo", 0, 0)], unit: Unit::Piece, min: (2000, 5000), spread: (1000, 3000), est: (3500, 5500),
        cities: &["眉山", "成都"], counties: &["青神县", "崇州市"], weight: 6, emp: E_CRAFT, guard: Guard::Gig, housing: 10, meals: 30, women: 70, flex: 90,
        hours: H_FLEX, heads: (3, 10), duty: &["按订单编织竹编器物，可在家编织。"], ..BASE },
    JobT { titles: &["砂器制作工"], cat: "文旅", req: &[("s-pottery", 0, 0)], min: (4000, 5000), spread: (500, 1500), cities: &["雅安"], counties: &["荥经县"],
        weight: 4, emp: E_CRAFT, guard: Guard::Shop, housing: 50, meals: 70, women: 40, hours: H_DAY, heads: (1, 4), duty: &["负责荥经黑砂器拉坯、烧制与打磨。"],
        ..BASE },
    JobT { titles: &["手工纸制作工"], cat: "文旅", req: &[("s-paper", 0, 0)], min: (3800, 4800), spread: (300, 1000), cities: &["乐山"], counties: &["夹江县"],
        weight: 3, emp: E_CRAFT, guard: Guard::Shop, housing: 50, meals: 70, women: 50, hours: H_DAY, heads: (1, 4), duty: &["负责竹料浆制、抄纸与晾晒。"],
        ..BASE },
    JobT { titles: &["户外徒步向导", "牵马向导"], cat: "文旅", req: &[("s-outdoor", 0, 0)], unit: Unit::Day, min: (200, 280), spread: (20, 80),
        brands: &["b-sjgz"], cities: &["甘孜", "阿坝", "凉山"], counties: &["康定市", "稻城县", "理塘县", "松潘县", "九寨沟县", "冕宁县"], weight: 8, emp: E_TOUR,
        guard: Guard::Gig, housing: 60, meals: 80, women: 20, flex: 60, hours: H_TOUR, heads: (1, 6), duty: &["带领游客徒步、骑马穿越高原线路。"], ..BASE },
    JobT { titles: &["民族歌舞演员"], cat: "文旅", req: &[("s-dance", 0, 0)], min: (4000, 5500), spread: (500, 1500), cities: &["阿坝", "甘孜", "凉山"], weight: 6,
        emp: E_TOUR, housing: 80, meals: 80, women: 60, hours: &["每晚两场演出，白天排练"], heads: (2, 10), duty: &["参与景区锅庄、民族歌舞演出。"], ..BASE },
    JobT { titles: &["木雕工"], cat: "文旅", req: &[("s-woodcarve", 0, 0)], min: (4500, 6000), spread: (500, 1500), cities: &["成都", "眉山", "广元", "甘孜"],
        weight: 2, emp: E_CRAFT, guard: Guard::Shop, housing: 50, meals: 60, women: 20, hours: H_DAY, heads: (1, 3), duty: &["负责木雕摆件、匾额雕刻与打磨。"],
        ..BASE },
];

/// Fixed postings generated first (J0001…), so tests have stable fixtures:
/// 自贡 lantern jobs preferring 自贡彩灯工匠, with the 电工 level pinned.
pub struct Seed {
    /// First title of the template to use.
    pub template: &'static str,
    pub city: &'static str,
    pub county: &'static str,
    /// Pinned level for the s-elec requirement (0 = template default).
    pub elec_level: u8,
}

#[rustfmt::skip]
pub const SEEDS: &[Seed] = &[
    Seed { template: "彩灯电工", city: "自贡", county: "自流井区", elec_level: 2 },
    Seed { template: "彩灯电工", city: "自贡", county: "贡井区", elec_level: 2 },
    Seed { template: "彩灯电工", city: "自贡", county: "大安区", elec_level: 3 },
    Seed { template: "灯会项目电工（赴外地）", city: "自贡", county: "自流井区", elec_level: 2 },
    Seed { template: "灯会项目电工（赴外地）", city: "自贡", county: "沿滩区", elec_level: 3 },
    Seed { template: "灯会巡检维护员", city: "自贡", county: "自流井区", elec_level: 1 },
    Seed { template: "LED灯光编程员", city: "自贡", county: "", elec_level: 2 },
    Seed { template: "彩灯扎制工", city: "自贡", county: "贡井区", elec_level: 0 },
    Seed { template: "彩灯扎制工", city: "自贡", county: "荣县", elec_level: 0 },
    Seed { template: "彩灯裱糊工", city: "自贡", county: "大安区", elec_level: 0 },
    Seed { template: "彩灯焊扎工", city: "自贡", county: "沿滩区", elec_level: 0 },
    Seed { template: "彩灯设计师", city: "自贡", county: "自流井区", elec_level: 0 },
    Seed { template: "彩灯学徒", city: "自贡", county: "富顺县", elec_level: 0 },
    Seed { template: "彩灯电工", city: "自贡", county: "富顺县", elec_level: 1 },
    Seed { template: "灯组彩绘师", city: "自贡", county: "自流井区", elec_level: 0 },
    Seed { template: "仿真恐龙电工", city: "自贡", county: "大安区", elec_level: 2 },
];
