//! 简体中文 (default).

use super::Texts;
use crate::engine::feed::{FeedError, List, ProblemKind};
use crate::engine::model::{Level, Mode, Safeguard, Settlement, WageUnit};
use crate::engine::profile::{Need, ProfileProblem};
use crate::engine::score::{PlaceFit, WageFit};
use crate::engine::view::Sort;

pub struct Zh;

impl Texts for Zh {
    fn app_title(&self) -> &'static str {
        "技能匹配"
    }
    fn tagline(&self) -> &'static str {
        "按技能、等级和川字号劳务品牌找工作"
    }
    fn search_label(&self) -> &'static str {
        "搜索职位、技能、企业"
    }
    fn search_placeholder(&self) -> &'static str {
        "如：电工、diangong、dg"
    }
    fn jobs_found(&self, n: usize) -> String {
        format!("找到 {n} 个职位")
    }
    fn loading(&self) -> &'static str {
        "正在加载职位…"
    }
    fn no_results(&self) -> &'static str {
        "没有符合条件的职位，试试换个关键词或减少筛选条件。"
    }
    fn job_list_label(&self) -> &'static str {
        "职位列表"
    }
    fn match_label(&self, percent: u8) -> String {
        format!("匹配度 {percent}%")
    }
    fn skills_met(&self, met: usize, of: usize) -> String {
        format!("{met}/{of} 项技能符合")
    }
    fn no_skills_listed(&self) -> &'static str {
        "不限技能"
    }
    fn skill_mentioned(&self, skill: &str, in_title: bool) -> String {
        if in_title {
            format!("✓ 标题提到{skill}")
        } else {
            format!("✓ 职位描述提到{skill}")
        }
    }
    fn skill_listed(&self, text: &str) -> String {
        format!("· 岗位要求：{text}")
    }
    fn default_order(&self) -> &'static str {
        "按发布时间排列（最新在前），再看权益保障和工资"
    }
    fn add_skills_prompt(&self) -> &'static str {
        "填写你的技能和等级，看看哪些职位最适合你。"
    }
    fn add_skills_button(&self) -> &'static str {
        "填写我的技能"
    }
    fn piece_rate_with_estimate(&self, rate: &str, month: &str) -> String {
        format!("约 {month}，按件计（{rate}）")
    }
    fn wage_negotiable(&self) -> &'static str {
        "工资面议"
    }
    fn wage_unit(&self, unit: WageUnit) -> &'static str {
        match unit {
            WageUnit::Hour => "元/小时",
            WageUnit::Day => "元/天",
            WageUnit::Week => "元/周",
            WageUnit::Month => "元/月",
            WageUnit::Year => "元/年",
            WageUnit::Piece => "元/件",
        }
    }
    fn settlement(&self, s: Settlement) -> &'static str {
        match s {
            Settlement::Daily => "日结",
            Settlement::Weekly => "周结",
            Settlement::Monthly => "月结",
            Settlement::Piece => "计件",
        }
    }
    fn safeguard(&self, s: Safeguard) -> &'static str {
        match s {
            Safeguard::Contract => "签劳动合同",
            Safeguard::Insurance => "交社保",
            Safeguard::WageAccount => "工资专户/总包代发",
            Safeguard::WageDeposit => "工资保证金",
        }
    }
    fn level_name(&self, level: Level) -> &'static str {
        match level.get() {
            1 => "五级/初级工",
            2 => "四级/中级工",
            3 => "三级/高级工",
            4 => "二级/技师",
            _ => "一级/高级技师",
        }
    }
    fn no_level(&self) -> &'static str {
        "专项职业能力"
    }
    fn fee_warning(&self) -> &'static str {
        "注意：该职位要求先交费用（押金、培训费等），谨防招聘诈骗"
    }
    fn problems_found(&self, n: usize) -> String {
        format!("数据中有 {n} 处问题，已跳过或修正")
    }
    fn problems_not_listed(&self, n: usize) -> String {
        format!("另有 {n} 处问题未列出")
    }
    fn problem(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::TooDeep => "嵌套层级过深，已跳过".into(),
            ProblemKind::BadValue => "含有无法读取的数字或字符，已跳过".into(),
            ProblemKind::WrongType { expected } => format!("类型错误，应为 {expected}"),
            ProblemKind::Missing => "缺少必填内容".into(),
            ProblemKind::DuplicateId => "编号重复，已跳过后一条".into(),
            ProblemKind::UnknownValue { value } => format!("无法识别的取值「{value}」"),
            ProblemKind::OutOfRange => "数值超出范围".into(),
            ProblemKind::WageSwapped => "最低工资高于最高工资，已对调".into(),
            ProblemKind::UnknownSkill { reference } => format!("未知技能「{reference}」，按文字保留"),
            ProblemKind::UnknownBrand { reference } => format!("未知劳务品牌「{reference}」"),
            ProblemKind::BadDate { value } => format!("日期无法识别「{value}」"),
            ProblemKind::UnsafeLink => "链接不是 http(s) 或电话，已忽略".into(),
            ProblemKind::Truncated { chars, max } => format!("文字过长（{chars} 字），已截为 {max} 字"),
            ProblemKind::TrailingText { line, column } => format!("第 {line} 行第 {column} 列之后有多余的文字，已忽略"),
            ProblemKind::TooMany { max } => format!("条目过多，只读取前 {max} 项"),
        }
    }
    fn problem_where(&self, list: List, record: Option<usize>, id: Option<&str>) -> String {
        let list = match list {
            List::Places => "地区",
            List::Skills => "技能",
            List::Brands => "品牌",
            List::Jobs => "职位",
            List::Courses => "课程",
            List::Feed => "数据",
        };
        match (record, id) {
            (Some(r), Some(id)) => format!("{list}第 {} 条（{id}）", r + 1),
            (Some(r), None) => format!("{list}第 {} 条", r + 1),
            _ => list.to_string(),
        }
    }
    fn problem_skipped(&self) -> &'static str {
        "已跳过"
    }
    fn privacy_note(&self) -> &'static str {
        "你的资料只保存在这台设备上，不会上传。"
    }
    fn language_switch(&self) -> &'static str {
        "English"
    }
    fn suggestion_reason(&self, unlocks: usize, uplift: Option<f64>) -> String {
        match uplift {
            Some(u) if u.abs() >= 50.0 => {
                let sign = if u > 0.0 { "+" } else { "−" };
                format!("完成后可多匹配 {unlocks} 个职位，月薪中位数 {sign}{} 元", super::money(u.abs()))
            }
            _ => format!("完成后可多匹配 {unlocks} 个职位"),
        }
    }
    fn starter_course(&self) -> &'static str {
        "入门课程：附近需求最多的技能"
    }
    fn show_more(&self) -> &'static str {
        "显示更多"
    }
    fn nav_label(&self) -> &'static str {
        "页面导航"
    }
    fn nav_jobs(&self) -> &'static str {
        "职位"
    }
    fn nav_courses(&self) -> &'static str {
        "培训课程"
    }
    fn nav_rights(&self) -> &'static str {
        "权益"
    }
    fn rights_link(&self) -> &'static str {
        "了解你的权益：合同、社保、工资、12333"
    }
    fn close(&self) -> &'static str {
        "关闭"
    }
    fn apply_online(&self) -> &'static str {
        "去报名"
    }
    fn apply_phone(&self, number: &str) -> String {
        format!("打电话报名 {number}")
    }
    fn why_heading(&self) -> &'static str {
        "为什么适合你"
    }
    fn skill_met(&self, skill: &str, held: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => format!("✓ {skill}：你是{held}，要求{r}"),
            None => format!("✓ {skill}：你具备（{held}）"),
        }
    }
    fn skill_below(&self, skill: &str, held: &str, required: &str) -> String {
        format!("△ {skill}：你是{held}，要求{required}")
    }
    fn skill_missing(&self, skill: &str, required: Option<&str>) -> String {
        match required {
            Some(r) => format!("✗ 缺少 {skill}（要求{r}）"),
            None => format!("✗ 缺少 {skill}"),
        }
    }
    fn brand_bonus(&self, brand: &str) -> String {
        format!("★ 你持有企业优先考虑的「{brand}」劳务品牌证书")
    }
    fn place_fit(&self, fit: PlaceFit, km: Option<f64>) -> String {
        let tier = match fit {
            PlaceFit::Unknown => "未填写所在地",
            PlaceFit::Remote => "可远程工作",
            PlaceFit::SameCounty => "就在你所在的区县",
            PlaceFit::SameCity => "在你所在的市州",
            PlaceFit::InProvince => "在四川省内",
            PlaceFit::Elsewhere => "在省外",
        };
        match km {
            Some(d) => format!("{tier}，约 {} 公里", d.round() as i64),
            None => tier.to_string(),
        }
    }
    fn wage_fit(&self, fit: WageFit) -> String {
        match fit {
            WageFit::Unstated => "工资未写明".into(),
            WageFit::NotComparable => "工资币种或计薪方式不同，无法与其他职位比较".into(),
            WageFit::NoWish { rank } => format!("工资高于本站 {}% 的职位", super::percent_of(rank)),
            WageFit::Meets => "工资达到你的期望".into(),
            WageFit::Short { by } => format!("工资比你的期望低约 {}%", super::percent_of(by)),
        }
    }
    fn gap_courses(&self, skill: &str) -> String {
        format!("学习「{skill}」的课程")
    }
    fn job_details(&self) -> &'static str {
        "职位详情"
    }
    fn hours(&self, hours: &str) -> String {
        format!("工作时间：{hours}")
    }
    fn housing_meals(&self, housing: bool, meals: bool) -> Option<&'static str> {
        match (housing, meals) {
            (true, true) => Some("包吃住"),
            (true, false) => Some("包住"),
            (false, true) => Some("包吃"),
            (false, false) => None,
        }
    }
    fn headcount(&self, n: u32) -> String {
        format!("招 {n} 人")
    }
    fn posted(&self, date: &str) -> String {
        format!("发布于 {date}")
    }
    fn valid_through(&self, date: &str) -> String {
        format!("有效期至 {date}")
    }
    fn courses_title(&self) -> &'static str {
        "推荐培训课程"
    }
    fn courses_intro(&self) -> &'static str {
        "按学完后能多匹配的职位排序。可用电子培训券的课程免费。"
    }
    fn voucher(&self) -> &'static str {
        "可用电子培训券"
    }
    fn subsidy(&self, yuan: f64) -> String {
        format!("补贴 {} 元", super::money(yuan))
    }
    fn cost(&self, yuan: f64) -> String {
        if yuan <= 0.0 {
            "免费".into()
        } else {
            format!("{} 元", super::money(yuan))
        }
    }
    fn mode(&self, mode: Mode) -> &'static str {
        match mode {
            Mode::Online => "线上",
            Mode::Offline => "线下",
            Mode::Hybrid => "线上+线下",
        }
    }
    fn days(&self, n: u32) -> String {
        format!("{n} 天")
    }
    fn starts(&self, date: &str) -> String {
        format!("{date} 开课")
    }
    fn rights_title(&self) -> &'static str {
        "了解你的权益"
    }
    fn rights_points(&self) -> [&'static str; 5] {
        [
            "签劳动合同：用人单位自用工之日起一个月内应与你订立书面劳动合同；超过一个月不满一年未签的，应每月支付二倍工资。",
            "交社保：用人单位应依法为你缴纳社会保险（养老、医疗、失业、工伤、生育）。",
            "按时足额领工资：《保障农民工工资支付条例》（2020年5月1日起施行）规定工资至少每月支付一次；工程建设项目实行工资专用账户、总包代发和工资保证金制度。",
            "不交押金：招聘时要求你交押金、培训费、服装费等，属于违法行为，请提高警惕。",
            "遇到欠薪或侵权：拨打 12333 人力资源和社会保障服务热线，或向当地劳动保障监察机构投诉。",
        ]
    }
    fn feed_failed(&self, url: &str, why: &FeedError) -> String {
        let why = match why {
            FeedError::Http { status } => format!("服务器返回错误 HTTP {status}"),
            FeedError::Network => "网络连接失败".into(),
            FeedError::Timeout => "加载超时".into(),
            FeedError::Empty => "文件是空的".into(),
            FeedError::TooLarge { bytes, limit } => {
                format!("文件过大（{} KB，上限 {} KB）", bytes / 1024, limit / 1024)
            }
            FeedError::NotUtf8 { offset } => format!("不是 UTF-8 编码的文字（第 {offset} 字节起），可能是 GBK 编码"),
            FeedError::NotJson { line, column } => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
            FeedError::Html => "这是一个网页，其中没有职位数据".into(),
            FeedError::TooDeep => "嵌套层级过深".into(),
            FeedError::NoPostings => "没有找到职位信息".into(),
            FeedError::OnlyBrokenRecords { records } => format!("{records} 条职位记录全部有误"),
            FeedError::NewerFormat { version } => format!("它由更新版本的打包工具生成（格式 {version}），请更新本组件"),
            FeedError::Damaged => "文件已损坏或不完整".into(),
            FeedError::BesidePack => {
                "职位包只能单独使用，与它同时指定的数据源不会加载（请只指定一个职位包，或只指定普通数据源）".into()
            }
            FeedError::PackNotSupported => {
                "这是职位包的清单，但本页面加载的版本不能读取职位包（职位包的地址须以 manifest.json 结尾）".into()
            }
        };
        format!("职位数据「{url}」无法使用：{why}")
    }
    fn pack_shard(&self, city: &str) -> String {
        if city.is_empty() {
            "其他地区的职位".into()
        } else {
            format!("{city}的职位")
        }
    }
    fn pack_loading(&self, loaded: usize, all: usize) -> String {
        format!("已加载 {loaded} / {all} 个职位 · 其他市州加载中")
    }
    fn pack_home_only(&self, home: &str, loaded: usize) -> String {
        format!("{home} {loaded} 个职位 · 其他市州未加载")
    }
    fn pack_load_rest(&self) -> &'static str {
        "加载其他市州的职位"
    }
    fn this_page(&self) -> &'static str {
        "本页面的职位数据"
    }
    fn no_jobs_loaded(&self) -> &'static str {
        "没有可显示的职位。请稍后重试，或联系提供职位数据的网站。"
    }
    fn expired_hidden(&self, n: usize) -> String {
        format!("{n} 个职位已过期，未显示")
    }
    fn period(&self, unit: WageUnit) -> &'static str {
        match unit {
            WageUnit::Hour => "小时",
            WageUnit::Day => "天",
            WageUnit::Week => "周",
            WageUnit::Month => "月",
            WageUnit::Year => "年",
            WageUnit::Piece => "件",
        }
    }
    fn remote(&self, area: &str) -> String {
        if area.is_empty() {
            "可远程".into()
        } else {
            format!("可远程（限 {area}）")
        }
    }
    fn how_to_apply(&self) -> &'static str {
        "如何报名"
    }
    fn apply_contact_employer(&self, employer: &str) -> String {
        format!("这条招聘没有给出报名链接，请直接联系招聘单位「{employer}」。")
    }
    fn apply_see_description(&self) -> &'static str {
        "报名方式请见下方职位描述。"
    }
    fn apply_call(&self, number: &str) -> String {
        format!("拨打 {number}")
    }
    fn apply_button(&self) -> &'static str {
        "我要报名"
    }
    fn retry(&self) -> &'static str {
        "重试"
    }
    fn ask_save(&self) -> &'static str {
        "这份资料来自别人分享的链接。要把改过的资料保存为你自己的吗？"
    }
    fn ask_save_replacing(&self) -> &'static str {
        "这份资料来自别人分享的链接。要把改过的资料保存为你自己的吗？这会替换你在这台设备上保存的资料。"
    }
    fn save_as_mine(&self) -> &'static str {
        "保存为我的资料"
    }
    fn keep_mine(&self) -> &'static str {
        "保留我原来的资料"
    }
    fn view_only(&self) -> &'static str {
        "只看看，不保存"
    }
    fn profile_damaged(&self) -> &'static str {
        "你保存的资料有一部分无法读取。能读出的部分已经恢复，原来的内容另存为备份，不会丢失。"
    }
    fn clear_backup(&self) -> &'static str {
        "删除备份"
    }
    fn store_failed(&self, full: bool) -> &'static str {
        if full {
            "没能保存到这台设备：浏览器的存储空间已满。你的改动在关闭页面后会丢失。"
        } else {
            "没能保存到这台设备：浏览器不允许保存（可能是无痕模式或设置）。你的改动在关闭页面后会丢失。"
        }
    }
    fn clear_confirm(&self) -> &'static str {
        "确定要清除这台设备上保存的资料和设置吗？"
    }
    fn cleared(&self) -> &'static str {
        "已清除。"
    }
    fn undo(&self) -> &'static str {
        "撤销"
    }
    fn cancel(&self) -> &'static str {
        "取消"
    }
    fn profile_unused(&self, n: usize) -> String {
        format!("你的资料中有 {n} 项在这里用不上：")
    }
    fn profile_problem(&self, p: &ProfileProblem) -> String {
        match p {
            ProfileProblem::Damaged => "保存的资料不完整，只读出了前面完整的部分".into(),
            ProfileProblem::NotJson => "资料不是有效的 JSON".into(),
            ProfileProblem::Invalid { path } => format!("「{path}」的取值无效"),
            ProfileProblem::UnknownSkill { reference } => format!("没有找到技能「{reference}」"),
            ProfileProblem::UnknownBrand { reference } => format!("没有找到劳务品牌「{reference}」"),
            ProfileProblem::UnknownPlace { name } => format!("没有找到地点「{name}」"),
        }
    }
    fn profile_from_link(&self) -> &'static str {
        "正在使用链接中附带的资料，不会覆盖你保存的资料。"
    }
    fn clear_data(&self) -> &'static str {
        "清除我的数据"
    }
    fn back_to_jobs(&self) -> &'static str {
        "返回职位列表"
    }
    fn holds_brand(&self, brand: &str) -> String {
        format!("，持有{brand}")
    }
    fn copy_link(&self) -> &'static str {
        "复制链接"
    }
    fn link_copied(&self) -> &'static str {
        "链接已复制"
    }
    fn copy_by_hand(&self) -> &'static str {
        "无法自动复制，请长按下面的链接复制："
    }
    fn free_with_voucher(&self) -> &'static str {
        "用培训券免费"
    }
    fn online_only(&self) -> &'static str {
        "线上课程"
    }
    fn more_courses(&self) -> &'static str {
        "查看全部课程"
    }
    fn qr_too_long(&self) -> &'static str {
        "内容太多，无法放进一个二维码。请减少资料中的技能后再试。"
    }
    fn qr_unavailable(&self, url: &str) -> String {
        format!("此版本不能显示二维码。链接：{url}")
    }
    fn qr_job(&self) -> &'static str {
        "用手机扫码，带走这个职位"
    }
    fn qr_profile_offer(&self) -> &'static str {
        "把我的资料也带到手机上"
    }
    fn qr_profile_consent(&self) -> &'static str {
        "二维码里会包含你在这里填写的技能、证书和地区。它只显示在这块屏幕上，不会发送到任何服务器；扫码后资料只在你的手机上。同意后才显示。"
    }
    fn qr_profile_agree(&self) -> &'static str {
        "同意，显示二维码"
    }
    fn qr_profile(&self) -> &'static str {
        "扫码把你的资料带到手机上"
    }
    fn idle_countdown(&self, seconds: u32) -> String {
        format!("无人操作，{seconds} 秒后清空本机上的内容，回到开始页面。")
    }
    fn keep_using(&self) -> &'static str {
        "我还在用"
    }
    fn offline_stale(&self) -> &'static str {
        "现在没有网络：显示的是上次保存的职位数据，可能不是最新的。"
    }
    fn nav_profile(&self) -> &'static str {
        "我的资料"
    }
    fn filters(&self, active: usize) -> String {
        if active == 0 {
            "筛选与排序".into()
        } else {
            format!("筛选与排序（{active}）")
        }
    }
    fn any_place(&self) -> &'static str {
        "不限"
    }
    fn city(&self) -> &'static str {
        "市州"
    }
    fn county(&self) -> &'static str {
        "区县"
    }
    fn min_wage(&self) -> &'static str {
        "最低工资"
    }
    fn settlement_heading(&self) -> &'static str {
        "结算方式"
    }
    fn safeguards_heading(&self) -> &'static str {
        "工资保障"
    }
    fn housing_meals_filter(&self) -> &'static str {
        "包吃住"
    }
    fn flexible_filter(&self) -> &'static str {
        "时间灵活"
    }
    fn fits_filter(&self) -> &'static str {
        "用得上我技能的"
    }
    fn map_fits_note(&self) -> &'static str {
        "按你的资料，地图只数用得上你技能的职位；点一个地区，列表也一样。"
    }
    fn category(&self) -> &'static str {
        "行业"
    }
    fn any_category(&self) -> &'static str {
        "全部行业"
    }
    fn sort_label(&self) -> &'static str {
        "排序"
    }
    fn sort(&self, s: Sort) -> &'static str {
        match s {
            Sort::Best => "最匹配",
            Sort::Wage => "工资最高",
            Sort::Newest => "最新发布",
            Sort::Nearest => "离我最近",
        }
    }
    fn clear_filters(&self) -> &'static str {
        "清除筛选"
    }
    fn profile_title(&self) -> &'static str {
        "我的资料"
    }
    fn profile_empty_hint(&self) -> &'static str {
        "填写技能、等级和证书，就能看到更适合你的职位和课程。什么都不填也可以浏览。"
    }
    fn my_skills(&self) -> &'static str {
        "我的技能和等级"
    }
    fn add_skill(&self) -> &'static str {
        "添加技能"
    }
    fn add_skill_placeholder(&self) -> &'static str {
        "输入技能，如：电工、dg、厨师"
    }
    fn level_label(&self, skill: &str) -> String {
        format!("{skill}的等级")
    }
    fn remove(&self, what: &str) -> String {
        format!("删除{what}")
    }
    fn my_brands(&self) -> &'static str {
        "劳务品牌证书（川字号）"
    }
    fn add_brand(&self) -> &'static str {
        "添加证书"
    }
    fn choose(&self) -> &'static str {
        "请选择"
    }
    fn home(&self) -> &'static str {
        "我在哪里"
    }
    fn wage_wish(&self) -> &'static str {
        "期望最低工资"
    }
    fn settlement_wish(&self) -> &'static str {
        "希望的结算方式"
    }
    fn needs_heading(&self) -> &'static str {
        "我的需要"
    }
    fn need(&self, n: Need) -> &'static str {
        match n {
            Need::Housing => "需要住宿",
            Need::FlexibleHours => "需要灵活时间",
            Need::WomenReturner => "产后重返工作",
            Need::RuralYouth => "农村青年，想学电商",
        }
    }
    fn willing_to_move(&self) -> &'static str {
        "愿意去外地工作"
    }
    fn any_distance(&self) -> &'static str {
        "不限距离"
    }
    fn distance_needs_home(&self) -> &'static str {
        "先在“我的资料”填写所在地"
    }
    fn within_km(&self, km: u32) -> String {
        format!("{km} 公里以内")
    }
    fn max_km(&self) -> &'static str {
        "每天最远通勤（公里）"
    }
    fn large_text(&self) -> &'static str {
        "大字"
    }
    fn high_contrast(&self) -> &'static str {
        "高对比"
    }
    fn sample_brand(&self) -> &'static str {
        "（示例品牌）"
    }
    fn no_skill_found(&self) -> &'static str {
        "没有找到这个技能"
    }
    fn fatal_error(&self) -> &'static str {
        "出错了，页面没能正常显示。"
    }
    fn reload(&self) -> &'static str {
        "重新加载"
    }
    fn nav_map(&self) -> &'static str {
        "哪里有活"
    }
    fn map_intro(&self) -> &'static str {
        "每个地区有多少职位，月薪中位数是多少，和职位列表一样按搜索和筛选计算（比如搜“电工”）。点一个地区，看那里的职位。"
    }
    fn map_label(&self) -> &'static str {
        "四川省各市州的职位地图"
    }
    fn map_city(&self, name: &str, jobs: usize, wage: Option<f64>) -> String {
        match wage {
            Some(w) => format!("{name}：{jobs} 个职位，月薪中位数 {}", self.map_wage(w)),
            None => format!("{name}：{jobs} 个职位"),
        }
    }
    fn map_wage(&self, yuan: f64) -> String {
        format!("{} 元", super::money(yuan))
    }
    fn map_elsewhere_marker(&self, n: usize) -> String {
        format!("省外等 {n}")
    }
    fn map_few(&self) -> &'static str {
        "少"
    }
    fn map_many(&self) -> &'static str {
        "多"
    }
    fn map_legend(&self) -> &'static str {
        "颜色越浓，职位越多"
    }
    fn map_loading(&self) -> &'static str {
        "正在加载地图…"
    }
    fn map_failed(&self) -> &'static str {
        "地图没能加载。下面的表格里有同样的数字。"
    }
    fn map_remote(&self, n: usize) -> String {
        format!("另有 {n} 个可远程的职位，计入每个地区的数字。")
    }
    fn map_elsewhere(&self, n: usize) -> String {
        format!("{n} 个职位在四川省外或没有写地点，不在地图上；不选地区时，职位列表里有。")
    }
    fn no_median(&self) -> &'static str {
        "暂无"
    }
    fn table_caption(&self) -> &'static str {
        "各地区的职位（多的在前）"
    }
    fn table_jobs(&self) -> &'static str {
        "职位数"
    }
    fn table_wage(&self) -> &'static str {
        "月薪中位数"
    }
    fn table_elsewhere(&self) -> &'static str {
        "四川省外或不明"
    }
    fn table_remote(&self) -> &'static str {
        "可远程（计入每个地区）"
    }
    fn pay_heading(&self) -> &'static str {
        "和同类职位比工资"
    }
    fn pay_rank(&self, city: &str, trade: &str, above: usize, of: usize) -> String {
        format!("高于{city} {of} 个{trade}职位中的 {above} 个")
    }
    fn pay_others(&self, city: &str, trade: &str, of: usize) -> String {
        format!("{city}另有 {of} 个{trade}职位写明了工资")
    }
    fn course_wages(&self, now: &str, after: &str) -> String {
        format!("你能做的职位月薪中位数：现在 {now}，学完后 {after}")
    }
}
