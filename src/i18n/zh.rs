//! 简体中文 (default).

use super::Texts;
use crate::engine::feed::ProblemKind;
use crate::engine::model::{Level, Safeguard, Settlement, WageUnit};

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
    fn no_skill_needed(&self) -> &'static str {
        "无技能要求"
    }
    fn wage_negotiable(&self) -> &'static str {
        "工资面议"
    }
    fn wage_unit(&self, unit: WageUnit) -> &'static str {
        match unit {
            WageUnit::Hour => "元/小时",
            WageUnit::Day => "元/天",
            WageUnit::Month => "元/月",
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
    fn problem(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::TooLarge { bytes, limit } => {
                format!("数据文件过大（{} KB，上限 {} KB），未读取", bytes / 1024, limit / 1024)
            }
            ProblemKind::NotJson { line, column } => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
            ProblemKind::TooDeep => "嵌套层级过深，未读取".into(),
            ProblemKind::NotAFeed => "既不是技能匹配数据，也不是 schema.org 职位数据".into(),
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
            ProblemKind::Fetch { detail } => format!("数据加载失败：{detail}"),
        }
    }
    fn problem_where(&self, list: &str, record: Option<usize>, id: Option<&str>) -> String {
        let list = match list {
            "places" => "地区",
            "skills" => "技能",
            "brands" => "品牌",
            "jobs" => "职位",
            "courses" => "课程",
            _ => "数据",
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
    fn fatal_error(&self) -> &'static str {
        "出错了，页面没能正常显示。"
    }
    fn reload(&self) -> &'static str {
        "重新加载"
    }
}
