//! Skill vocabulary: occupations of the 2022 occupation classification (职业, levelled 1–5)
//! and 专项职业能力-style special abilities ("product/service + verb", no level).
//! `occ` is a classification code where a plausible one is known, else "".

pub struct Skill {
    pub id: &'static str,
    pub name: &'static str,
    pub en: &'static str,
    pub cat: &'static str,
    pub occ: &'static str,
    /// 专项职业能力: certified without a level.
    pub special: bool,
    pub aliases: &'static [&'static str],
}

/// An occupation (职业), assessed on the five-level scale.
const fn o(
    id: &'static str,
    name: &'static str,
    en: &'static str,
    cat: &'static str,
    occ: &'static str,
    aliases: &'static [&'static str],
) -> Skill {
    Skill { id, name, en, cat, occ, special: false, aliases }
}

/// A 专项职业能力 (special vocational ability), certified without a level.
const fn p(
    id: &'static str,
    name: &'static str,
    en: &'static str,
    cat: &'static str,
    occ: &'static str,
    aliases: &'static [&'static str],
) -> Skill {
    Skill { id, name, en, cat, occ, special: true, aliases }
}

/// Categories in display order (zh strings, used as-is in the feed).
#[rustfmt::skip]
pub const CATEGORIES: &[&str] = &["建筑", "餐饮", "家政", "养老", "彩灯", "制造", "物流", "电商直播", "安保", "刺绣", "汽修", "美容美发", "农业", "文旅"];

#[rustfmt::skip]
pub const SKILLS: &[Skill] = &[
    // ── 建筑 construction ──────────────────────────────────────────────
    o("s-elec", "电工", "Electrician", "建筑", "6-31-01-03", &["水电工", "电工师傅", "维修电工", "低压电工", "建筑电工"]),
    o("s-plumb", "管道工", "Plumber", "建筑", "", &["水暖工", "管工", "水管工", "安装水管"]),
    o("s-weld", "焊工", "Welder", "建筑", "6-18-02-04", &["电焊工", "电焊", "焊接工", "氩弧焊工", "气焊工"]),
    o("s-rebar", "钢筋工", "Rebar Worker", "建筑", "6-29-01-04", &["扎钢筋", "钢筋绑扎工", "钢筋师傅"]),
    o("s-mason", "砌筑工", "Bricklayer", "建筑", "6-29-01-01", &["泥瓦工", "瓦工", "砖工", "泥水匠", "砌砖"]),
    o("s-concrete", "混凝土工", "Concrete Worker", "建筑", "6-29-01-03", &["打灰工", "混凝土浇筑工", "砼工"]),
    o("s-scaffold", "架子工", "Scaffolder", "建筑", "6-29-01-05", &["搭架子", "脚手架工", "外架工"]),
    o("s-formwork", "模板工", "Formwork Carpenter", "建筑", "", &["支模木工", "模板木工", "支模工"]),
    o("s-plaster", "抹灰工", "Plasterer", "建筑", "", &["抹灰", "粉刷工", "批灰工"]),
    o("s-tile", "镶贴工", "Tiler", "建筑", "", &["贴砖工", "瓷砖工", "铺砖师傅"]),
    o("s-paint", "油漆工", "Painter", "建筑", "", &["涂裱工", "刷漆工", "乳胶漆工", "腻子工"]),
    o("s-decor", "装饰装修工", "Interior Finisher", "建筑", "", &["装修工", "装修师傅", "家装工人"]),
    o("s-waterproof", "防水工", "Waterproofing Worker", "建筑", "", &["防水师傅", "屋面防水"]),
    o("s-crane", "塔式起重机司机", "Tower Crane Operator", "建筑", "", &["塔吊司机", "塔吊", "塔机司机"]),
    o("s-signal", "起重信号工", "Crane Signaller", "建筑", "", &["信号工", "司索工", "塔吊指挥"]),
    o("s-hoist", "施工升降机司机", "Construction Hoist Operator", "建筑", "", &["人货梯司机", "施工电梯司机"]),
    o("s-excav", "挖掘机司机", "Excavator Operator", "建筑", "", &["挖机司机", "挖掘机驾驶员", "勾机师傅"]),
    o("s-loader", "装载机司机", "Wheel Loader Operator", "建筑", "", &["铲车司机", "装载机驾驶员"]),
    o("s-survey", "工程测量员", "Construction Surveyor", "建筑", "", &["测量员", "放线员", "施工放线"]),
    o("s-safety", "建筑安全员", "Site Safety Officer", "建筑", "", &["安全员", "工地安全员"]),
    o("s-steel", "钢结构安装工", "Steel Structure Erector", "建筑", "", &["钢构工", "钢结构工人"]),
    o("s-curtain", "幕墙安装工", "Curtain-Wall Installer", "建筑", "", &["幕墙工", "玻璃幕墙安装"]),
    o("s-elevator", "电梯安装维修工", "Elevator Installer", "建筑", "", &["电梯工", "电梯维保"]),
    p("s-highwork", "高处作业", "Work at Height", "建筑", "", &["高空作业", "登高作业", "高处作业证"]),
    p("s-aircon", "空调安装维修", "Air-Con Installation & Repair", "建筑", "", &["空调工", "装空调", "空调师傅"]),
    p("s-weak", "弱电安装", "Low-Voltage Cabling", "建筑", "", &["弱电工", "网络布线", "监控安装"]),
    p("s-solar", "光伏安装", "Solar PV Installation", "建筑", "", &["光伏板安装", "光伏安装工"]),
    p("s-ceiling", "吊顶安装", "Suspended Ceiling Installation", "建筑", "", &["吊顶工", "轻钢龙骨"]),
    // ── 餐饮 catering ─────────────────────────────────────────────────
    o("s-cook", "中式烹调师", "Chinese Cook", "餐饮", "4-03-02-01", &["厨师", "炒锅", "厨工", "大厨", "炒菜师傅", "红案"]),
    p("s-sichuan", "川菜烹饪", "Sichuan Cuisine Cooking", "餐饮", "4-03-02-01", &["川菜厨师", "川菜", "川菜师傅"]),
    o("s-pastry", "中式面点师", "Chinese Pastry Cook", "餐饮", "4-03-02-02", &["面点师", "白案", "面点师傅"]),
    o("s-western", "西式烹调师", "Western Cook", "餐饮", "4-03-02-03", &["西餐厨师", "西厨"]),
    o("s-bakery", "西式面点师", "Baker", "餐饮", "4-03-02-04", &["烘焙师", "蛋糕师", "面包师"]),
    o("s-waiter", "餐厅服务员", "Restaurant Server", "餐饮", "4-03-02-05", &["服务员", "传菜员", "跑堂", "点菜员"]),
    o("s-diet", "营养配餐员", "Nutrition Meal Planner", "餐饮", "4-03-02-06", &["配餐员", "营养配餐"]),
    o("s-tea", "茶艺师", "Tea Master", "餐饮", "4-03-02-07", &["茶艺员", "泡茶师傅", "茶馆服务"]),
    o("s-barista", "咖啡师", "Barista", "餐饮", "", &["咖啡", "咖啡制作"]),
    p("s-kitchen", "切配", "Kitchen Prep", "餐饮", "", &["墩子", "打荷", "帮厨", "配菜", "切菜"]),
    p("s-hotpot", "火锅底料炒制", "Hotpot Base Frying", "餐饮", "4-03-02-01", &["炒料师傅", "火锅炒料", "火锅底料"]),
    p("s-noodle", "拉面制作", "Hand-Pulled Noodle Making", "餐饮", "4-03-02-02", &["拉面师傅", "拉面"]),
    p("s-ranmian", "燃面制作", "Yibin Burning Noodles Making", "餐饮", "4-03-02-02", &["宜宾燃面", "燃面"]),
    p("s-xiaochi", "川味小吃制作", "Sichuan Snack Making", "餐饮", "4-03-02-02", &["川味小吃", "抄手", "钟水饺", "小吃师傅"]),
    p("s-coldish", "凉菜卤味制作", "Cold Dishes & Braised Meats", "餐饮", "4-03-02-01", &["凉菜师傅", "卤菜", "冷菜", "卤味"]),
    p("s-rabbit", "冷吃兔制作", "Zigong Cold-Spicy Rabbit Making", "餐饮", "4-03-02-01", &["冷吃兔", "自贡冷吃兔"]),
    p("s-bbq", "烧烤制作", "Barbecue Grilling", "餐饮", "", &["烧烤师傅", "烤串"]),
    p("s-banquet", "乡村宴席制作", "Village Banquet Catering", "餐饮", "4-03-02-01", &["坝坝宴", "乡厨", "九大碗", "流水席"]),
    p("s-dishwash", "餐具清洗消毒", "Dishwashing & Sanitising", "餐饮", "", &["洗碗工", "洗碗", "洗碗阿姨"]),
    o("s-cashier", "收银员", "Cashier", "餐饮", "", &["收银", "前台收银"]),
    // ── 家政 domestic service ─────────────────────────────────────────
    o("s-housekeep", "家政服务员", "Domestic Helper", "家政", "4-10-01-06", &["保姆", "家政", "住家阿姨", "家政阿姨", "钟点工"]),
    p("s-clean", "家庭保洁", "Home Cleaning", "家政", "4-10-01-06", &["日常保洁", "开荒保洁", "打扫卫生"]),
    p("s-yuesao", "母婴护理", "Maternity & Newborn Care", "家政", "4-10-01-06", &["月嫂", "母婴护理员", "月子护理", "产后护理"]),
    o("s-nanny", "育婴员", "Infant Carer", "家政", "4-10-01-02", &["育儿嫂", "育婴师", "带娃阿姨"]),
    o("s-childcare", "保育员", "Childcare Worker", "家政", "4-10-01-03", &["保育老师", "幼儿园保育"]),
    p("s-homecook", "家庭餐制作", "Home Cooking", "家政", "4-10-01-06", &["做饭阿姨", "家常菜", "烧饭阿姨"]),
    p("s-lactation", "母乳喂养指导", "Breastfeeding Support", "家政", "", &["催乳师", "通乳", "催乳"]),
    p("s-storage", "整理收纳", "Home Organising", "家政", "4-10-01-06", &["收纳师", "整理师", "衣橱整理"]),
    p("s-appliance", "家电清洗", "Appliance Cleaning", "家政", "", &["油烟机清洗", "空调清洗", "家电清洗师"]),
    p("s-laundry", "衣物洗涤熨烫", "Laundry & Ironing", "家政", "", &["洗衣工", "熨烫", "干洗"]),
    o("s-cleaner", "保洁员", "Cleaner", "家政", "", &["清洁工", "保洁阿姨", "清洁员", "物业保洁"]),
    o("s-property", "物业管理员", "Property Management Assistant", "家政", "", &["物业管家", "物管", "物业客服"]),
    p("s-pet", "宠物护理", "Pet Care & Grooming", "家政", "", &["宠物美容", "洗宠", "遛狗"]),
    p("s-pest", "有害生物防制", "Pest Control", "家政", "", &["灭鼠", "除四害", "杀虫消杀"]),
    // ── 养老 elderly care ──────────────────────────────────────────────
    o("s-eldercare", "养老护理员", "Elderly Caregiver", "养老", "4-10-01-05", &["护工", "养老护工", "陪护", "护理员", "老人陪护"]),
    p("s-disabled", "失能老人照护", "Care for Disabled Elderly", "养老", "4-10-01-05", &["失能照护", "卧床老人护理"]),
    p("s-dementia", "认知症照护", "Dementia Care", "养老", "4-10-01-05", &["失智老人照护", "老年痴呆照护"]),
    p("s-bath", "老年人助浴", "Bathing Assistance for the Elderly", "养老", "4-10-01-05", &["助浴员", "助浴"]),
    p("s-homecare", "居家上门照护", "Home-Visit Elderly Care", "养老", "4-10-01-05", &["上门护理", "助老员", "居家养老服务"]),
    o("s-medhelper", "医疗护理员", "Medical Care Assistant", "养老", "4-14-01-02", &["医院护工", "病患陪护", "陪诊"]),
    p("s-rehab", "康复辅助", "Rehabilitation Assistance", "养老", "", &["康复护理", "康复训练"]),
    p("s-elderfood", "老年营养餐制作", "Elderly Nutrition Meals", "养老", "", &["老年餐", "助餐员"]),
    p("s-firstaid", "急救救护", "First Aid", "养老", "", &["急救员", "救护员", "心肺复苏"]),
    p("s-moxa", "艾灸调理", "Moxibustion Care", "养老", "", &["艾灸", "艾灸师"]),
    o("s-elderact", "老年人能力评估师", "Elderly Needs Assessor", "养老", "", &["能力评估", "老年评估"]),
    // ── 彩灯 lanterns ──────────────────────────────────────────────────
    p("s-lantern", "彩灯制作", "Lantern Making", "彩灯", "", &["扎灯", "灯组制作", "自贡彩灯", "花灯制作", "彩灯工"]),
    p("s-lanternframe", "彩灯骨架扎制", "Lantern Frame Binding & Welding", "彩灯", "", &["扎骨架", "扎灯工", "焊骨架"]),
    p("s-lanternsilk", "彩灯裱糊", "Lantern Silk Mounting", "彩灯", "", &["裱糊", "糊灯", "蒙布"]),
    p("s-lanternpaint", "彩灯彩绘", "Lantern Painting", "彩灯", "", &["灯组彩绘", "喷绘上色"]),
    p("s-lanternelec", "彩灯电气安装", "Lantern Lighting & Wiring", "彩灯", "", &["灯光布线", "灯组接线", "彩灯电路"]),
    p("s-lanterndesign", "彩灯设计", "Lantern Design", "彩灯", "", &["灯组设计", "彩灯美工", "灯组效果图"]),
    p("s-porcelainlantern", "特色材料彩灯扎制", "Porcelain & Special-Material Lanterns", "彩灯", "", &["瓷器灯", "药瓶灯", "瓷碟灯"]),
    p("s-ledprog", "LED灯光编程", "LED Lighting Programming", "彩灯", "", &["灯光编程", "DMX编程", "灯光控制"]),
    p("s-dinosaur", "仿真恐龙制作", "Animatronic Dinosaur Making", "彩灯", "", &["仿真恐龙", "恐龙模型", "仿真模型"]),
    p("s-stage", "展会搭建", "Exhibition & Stage Set-Up", "彩灯", "", &["展台搭建", "搭建工", "舞美搭建"]),
    p("s-lanternop", "灯会运维", "Lantern Festival Operations", "彩灯", "", &["灯会巡检", "灯组维护"]),
    // ── 制造 manufacturing ─────────────────────────────────────────────
    o("s-lathe", "车工", "Lathe Operator", "制造", "6-18-01-01", &["车床工", "车床师傅", "普车"]),
    o("s-cnc", "数控车工", "CNC Lathe Operator", "制造", "6-18-01-01", &["数控", "CNC操机", "数控车床"]),
    o("s-mill", "铣工", "Milling Machine Operator", "制造", "6-18-01-02", &["铣床工", "数控铣"]),
    o("s-fitter", "钳工", "Fitter", "制造", "", &["装配钳工", "机修钳工"]),
    o("s-assembly", "装配工", "Assembly Worker", "制造", "", &["普工", "流水线工人", "组装工", "电子厂普工"]),
    o("s-qc", "质检员", "Quality Inspector", "制造", "", &["品检", "检验员", "QC"]),
    o("s-inject", "注塑工", "Injection Moulding Operator", "制造", "", &["注塑机操作", "啤机"]),
    o("s-sewing", "缝纫工", "Sewing Machine Operator", "制造", "", &["车位", "平车工", "制衣工", "缝纫"]),
    p("s-pattern", "服装制版", "Garment Pattern Making", "制造", "", &["打版师", "版师", "服装打版"]),
    o("s-shoes", "制鞋工", "Shoemaker", "制造", "", &["鞋厂工人", "女鞋制作", "成型工"]),
    o("s-food", "食品加工工", "Food Processing Worker", "制造", "", &["食品厂工人", "食品包装"]),
    o("s-liquor", "白酒酿造工", "Baijiu Brewer", "制造", "", &["酿酒工", "酒厂工人", "摘酒", "制曲"]),
    p("s-teaproc", "茶叶炒制", "Tea Processing", "制造", "", &["制茶", "茶叶加工", "茶叶制作"]),
    p("s-pickle", "泡菜制作", "Sichuan Pickle Making", "制造", "", &["泡菜", "腌菜"]),
    p("s-douban", "郫县豆瓣制作", "Pixian Bean Paste Making", "制造", "", &["郫县豆瓣", "豆瓣酱", "翻晒豆瓣"]),
    o("s-furniture", "家具制作工", "Furniture Maker", "制造", "", &["木工", "家具木工", "板式家具工"]),
    o("s-spray", "喷涂工", "Spray Coater", "制造", "", &["喷漆工", "喷粉工"]),
    o("s-maint", "设备维修工", "Equipment Maintenance Technician", "制造", "", &["机修工", "设备维护", "机修师傅"]),
    o("s-packer", "包装工", "Packer", "制造", "", &["打包员", "包装员"]),
    p("s-battery", "动力电池装配", "Power Battery Assembly", "制造", "", &["电池厂", "电芯装配", "锂电池生产"]),
    p("s-pvmodule", "光伏组件生产", "PV Module Production", "制造", "", &["光伏厂", "组件生产", "硅片"]),
    p("s-smt", "SMT贴片操作", "SMT Line Operation", "制造", "", &["SMT", "贴片", "贴片机"]),
    o("s-mould", "模具工", "Tool & Die Maker", "制造", "", &["模具钳工", "模具师傅"]),
    // ── 物流 logistics ─────────────────────────────────────────────────
    o("s-courier", "快递员", "Courier", "物流", "", &["快递小哥", "送快递", "派件员", "收派员"]),
    o("s-sort", "快件处理员", "Parcel Sorter", "物流", "", &["分拣员", "快递分拣", "分拣"]),
    o("s-warehouse", "仓储管理员", "Warehouse Keeper", "物流", "", &["仓管", "库管", "仓库管理员"]),
    o("s-forklift", "叉车司机", "Forklift Driver", "物流", "", &["叉车工", "开叉车", "叉车证"]),
    o("s-truck", "货车司机", "Truck Driver", "物流", "", &["大货车司机", "卡车司机", "货车驾驶员"]),
    p("s-citydelivery", "城市配送驾驶", "City Delivery Driving", "物流", "", &["城配司机", "配送司机", "面包车司机"]),
    p("s-rider", "外卖配送", "Food Delivery Riding", "物流", "", &["外卖骑手", "外卖员", "骑手", "跑腿"]),
    o("s-loading", "装卸搬运工", "Loader", "物流", "", &["装卸工", "搬运工", "力工", "棒棒"]),
    p("s-coldchain", "冷链物流操作", "Cold-Chain Handling", "物流", "", &["冷链", "冷库作业"]),
    o("s-logistics", "物流服务师", "Logistics Coordinator", "物流", "", &["物流专员", "物流调度", "调度员"]),
    o("s-tally", "理货员", "Tally Clerk", "物流", "", &["理货", "点货员"]),
    p("s-ridehail", "网约车驾驶", "Ride-Hailing Driving", "物流", "", &["网约车司机", "专车司机"]),
    // ── 电商直播 e-commerce & live streaming ───────────────────────────
    o("s-ecom", "电子商务师", "E-Commerce Specialist", "电商直播", "4-01-02-02", &["电商", "网店运营", "电商运营"]),
    o("s-netmkt", "互联网营销师", "Internet Marketer", "电商直播", "4-01-02-07", &["网络营销", "新媒体营销"]),
    o("s-live", "直播销售员", "Live-Stream Sales Host", "电商直播", "4-01-02-07", &["带货主播", "主播", "直播带货", "网络主播"]),
    p("s-liveops", "直播运营", "Live-Stream Operations", "电商直播", "", &["场控", "中控", "直播助理"]),
    p("s-video", "短视频制作", "Short-Video Production", "电商直播", "", &["视频剪辑", "短视频剪辑", "拍视频"]),
    p("s-photo", "商品摄影", "Product Photography", "电商直播", "", &["产品拍摄", "电商摄影"]),
    p("s-artist", "网店美工设计", "Online Store Graphic Design", "电商直播", "", &["美工", "详情页设计", "电商美工"]),
    o("s-cs", "网络客服", "Online Customer Service", "电商直播", "", &["客服", "电商客服", "在线客服"]),
    p("s-select", "直播选品", "Product Sourcing for Live Commerce", "电商直播", "", &["选品", "选品专员"]),
    p("s-ruralecom", "农产品电商运营", "Farm-Produce E-Commerce", "电商直播", "4-01-02-02", &["农村电商", "助农直播", "农产品网销"]),
    p("s-data", "电商数据分析", "E-Commerce Data Analysis", "电商直播", "", &["数据分析", "店铺数据"]),
    p("s-community", "社群运营", "Community Group Operations", "电商直播", "", &["私域运营", "社区团购", "团长"]),
    p("s-office", "计算机操作", "Basic Computer Skills", "电商直播", "", &["电脑操作", "办公软件", "打字"]),
    p("s-crossborder", "跨境电商运营", "Cross-Border E-Commerce", "电商直播", "", &["跨境电商", "跨境运营"]),
    // ── 安保 security ──────────────────────────────────────────────────
    o("s-guard", "保安员", "Security Guard", "安保", "4-07-05-01", &["保安", "门卫", "安保员", "巡逻员"]),
    o("s-fire", "消防设施操作员", "Fire Systems Operator", "安保", "4-07-05-04", &["消控员", "消防中控", "中控室值班", "消防监控"]),
    p("s-cctv", "安防监控", "CCTV Monitoring", "安保", "", &["监控员", "监控值守"]),
    o("s-escort", "押运员", "Cash-in-Transit Escort", "安保", "", &["押运", "武装押运"]),
    p("s-event", "大型活动安保", "Event Security", "安保", "", &["活动安保", "赛事安保"]),
    o("s-screener", "安检员", "Security Screener", "安保", "", &["安检", "地铁安检"]),
    p("s-order", "物业秩序维护", "Property Order Keeping", "安保", "", &["秩序维护员", "物业保安", "秩序员"]),
    p("s-parking", "停车场管理", "Car Park Attendant", "安保", "", &["停车管理员", "停车场收费"]),
    // ── 刺绣 embroidery & textile crafts ───────────────────────────────
    p("s-shuxiu", "蜀绣制作", "Shu Embroidery", "刺绣", "", &["蜀绣", "川绣", "绣花", "绣娘"]),
    p("s-qiangxiu", "羌绣制作", "Qiang Embroidery", "刺绣", "", &["羌绣", "羌族刺绣"]),
    p("s-yixiu", "彝绣制作", "Yi Embroidery", "刺绣", "", &["彝绣", "彝族刺绣"]),
    p("s-zangxiu", "藏绣制作", "Tibetan Embroidery", "刺绣", "", &["藏绣", "藏族刺绣"]),
    p("s-brocade", "蜀锦织造", "Shu Brocade Weaving", "刺绣", "", &["蜀锦", "织锦"]),
    p("s-costume", "民族服饰制作", "Ethnic Costume Making", "刺绣", "", &["彝族服饰", "羌族服饰", "民族服装"]),
    p("s-embmachine", "电脑绣花机操作", "Computer Embroidery Machine Operation", "刺绣", "", &["电脑绣花", "绣花机"]),
    p("s-knit", "手工编织", "Hand Knitting", "刺绣", "", &["织毛衣", "钩针编织", "毛线编织"]),
    // ── 汽修 vehicle repair ────────────────────────────────────────────
    o("s-automech", "汽车维修工", "Car Mechanic", "汽修", "4-12-01-01", &["汽修", "修车师傅", "汽车修理工"]),
    p("s-autobody", "汽车钣金", "Auto Body Repair", "汽修", "4-12-01-01", &["钣金", "钣金工", "汽车钣金工"]),
    p("s-autopaint", "汽车涂装", "Auto Refinishing", "汽修", "4-12-01-01", &["汽车喷漆", "喷漆师傅", "汽车烤漆"]),
    p("s-autoelec", "汽车电路维修", "Auto Electrical Repair", "汽修", "4-12-01-01", &["汽车电工", "汽车电路"]),
    p("s-ev", "新能源汽车维修", "EV Maintenance", "汽修", "4-12-01-01", &["电动汽车维修", "新能源汽修", "三电维修"]),
    p("s-tyre", "轮胎快修", "Tyre Service", "汽修", "", &["补胎", "换胎", "轮胎工"]),
    p("s-detailing", "汽车美容", "Car Detailing", "汽修", "", &["洗车", "洗车工", "汽车贴膜"]),
    p("s-moto", "摩托车维修", "Motorcycle Repair", "汽修", "", &["修摩托", "电瓶车维修", "电动车维修"]),
    p("s-agrimach", "农机维修", "Farm Machinery Repair", "汽修", "", &["农机修理", "修农机"]),
    // ── 美容美发 beauty & hairdressing ─────────────────────────────────
    o("s-hair", "美发师", "Hairdresser", "美容美发", "4-10-03-02", &["理发师", "发型师", "剪头发", "托尼老师"]),
    o("s-beauty", "美容师", "Beautician", "美容美发", "4-10-03-01", &["美容", "皮肤护理", "美容院技师"]),
    p("s-nail", "美甲", "Nail Art", "美容美发", "", &["美甲师", "美睫", "美甲美睫"]),
    p("s-makeup", "化妆造型", "Makeup & Styling", "美容美发", "", &["化妆师", "跟妆", "新娘妆"]),
    p("s-foot", "足部保健", "Foot Reflexology", "美容美发", "", &["足疗", "足浴技师", "修脚"]),
    o("s-massage", "保健按摩师", "Massage Therapist", "美容美发", "", &["按摩", "推拿", "按摩师"]),
    // ── 农业 agriculture ───────────────────────────────────────────────
    o("s-farm", "农艺工", "Crop Farmer", "农业", "", &["种地", "大田种植", "种植工"]),
    p("s-fruit", "果树修剪", "Fruit Tree Pruning", "农业", "", &["果树管理", "剪枝", "果园管理"]),
    p("s-greenhouse", "设施蔬菜种植", "Greenhouse Vegetable Growing", "农业", "", &["大棚种菜", "温室种植", "大棚蔬菜"]),
    p("s-citrus", "柑橘柠檬种植", "Citrus & Lemon Growing", "农业", "", &["耙耙柑", "丑柑", "柠檬种植", "柑橘种植"]),
    p("s-pig", "生猪养殖", "Pig Farming", "农业", "", &["养猪", "猪场饲养员"]),
    p("s-poultry", "家禽养殖", "Poultry Farming", "农业", "", &["养鸡", "养鸭", "禽类饲养"]),
    p("s-yak", "牦牛养殖", "Yak Herding", "农业", "", &["牦牛", "放牧", "牧民"]),
    p("s-drone", "植保无人机驾驶", "Crop-Spraying Drone Piloting", "农业", "", &["飞防", "无人机飞手", "打药无人机"]),
    p("s-teapick", "茶园管护采摘", "Tea Garden Care & Picking", "农业", "", &["采茶", "采茶工", "茶园管理"]),
    p("s-farmdrive", "农机驾驶", "Farm Machinery Driving", "农业", "", &["拖拉机手", "收割机手", "农机手"]),
    p("s-fish", "稻渔综合种养", "Rice-Fish Farming", "农业", "", &["稻田养鱼", "养鱼", "小龙虾养殖"]),
    p("s-mushroom", "食用菌栽培", "Mushroom Cultivation", "农业", "", &["种蘑菇", "菌菇种植", "羊肚菌"]),
    p("s-herb", "中药材种植", "Medicinal Herb Growing", "农业", "", &["种药材", "川芎种植", "药材种植"]),
    p("s-bee", "中蜂养殖", "Beekeeping", "农业", "", &["养蜂", "蜂农"]),
    o("s-garden", "园林绿化工", "Landscape Gardener", "农业", "", &["绿化工", "花工", "园艺工"]),
    // ── 文旅 tourism & folk crafts ─────────────────────────────────────
    o("s-guide", "导游", "Tour Guide", "文旅", "", &["导游员", "景区讲解员", "讲解员"]),
    p("s-homestay", "民宿管家服务", "Homestay Host Service", "文旅", "", &["民宿管家", "民宿服务员"]),
    o("s-room", "客房服务员", "Hotel Room Attendant", "文旅", "", &["客房服务", "酒店保洁", "楼层服务员"]),
    o("s-front", "前厅服务员", "Hotel Front Desk Agent", "文旅", "", &["酒店前台", "前台接待"]),
    p("s-thangka", "唐卡绘制", "Thangka Painting", "文旅", "", &["唐卡", "藏式唐卡", "唐卡画师"]),
    p("s-bamboo", "竹编制作", "Bamboo Weaving", "文旅", "", &["竹编", "青神竹编", "道明竹编"]),
    p("s-pottery", "荥经砂器制作", "Yingjing Black Pottery Making", "文旅", "", &["荥经砂器", "黑砂", "砂器"]),
    p("s-paper", "手工造纸", "Handmade Paper Making", "文旅", "", &["夹江手工纸", "竹纸", "造纸"]),
    p("s-outdoor", "户外向导", "Outdoor Guide", "文旅", "", &["登山向导", "牵马", "徒步向导"]),
    p("s-dance", "民族歌舞表演", "Ethnic Song & Dance", "文旅", "", &["锅庄", "歌舞演员", "民族舞蹈"]),
    p("s-woodcarve", "木雕制作", "Wood Carving", "文旅", "", &["木雕", "根雕"]),
];

pub fn skill(id: &str) -> &'static Skill {
    SKILLS.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("unknown skill id in tables: {id}"))
}

/// zh name of a level on the feed's ordinal (1 = 五级 lowest … 5 = 一级 highest),
/// e.g. 四级（中级工）.
pub fn level_name(level: u8) -> String {
    format!("{}（{}）", level_short(level), level_title(level))
}

/// 五级 … 一级.
pub fn level_short(level: u8) -> &'static str {
    ["五级", "四级", "三级", "二级", "一级"][level_index(level)]
}

/// 初级工 … 高级技师.
pub fn level_title(level: u8) -> &'static str {
    ["初级工", "中级工", "高级工", "技师", "高级技师"][level_index(level)]
}

fn level_index(level: u8) -> usize {
    assert!((1..=5).contains(&level), "level out of range: {level}");
    level as usize - 1
}

#[cfg(test)]
#[test]
fn level_names_run_downwards() {
    assert_eq!(level_name(1), "五级（初级工）");
    assert_eq!(level_name(5), "一级（高级技师）");
}
