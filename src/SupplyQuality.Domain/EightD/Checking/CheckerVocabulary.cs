using System.Collections.Immutable;

namespace SupplyQuality.Domain.EightD.Checking;

/// <summary>
/// The keyword tables behind the 8D checker's wording rules, in English and Simplified Chinese. Lower case; English
/// phrases match at the start of a word (so "retrain" also finds "retrained"), Chinese ones anywhere. To teach the
/// checker a new phrase, add it here and a test beside the others.
/// </summary>
internal static class CheckerVocabulary
{
    /// <summary>A person's slip named as the cause: operator error, carelessness, not following the instruction, training.</summary>
    public static ImmutableArray<string> OperatorError { get; } =
    [
        "operator error", "operator mistake", "operator fault", "operator negligence", "operator carelessness",
        "operator did not", "operator didn't", "operator forgot", "operator failed to", "operator was not careful",
        "human error", "human mistake", "human factor", "worker error", "worker mistake", "employee error", "staff error",
        "careless", "negligence", "negligent", "inattention", "inattentive", "lack of attention", "not paying attention",
        "did not follow the work instruction", "didn't follow the work instruction", "not following the work instruction",
        "did not follow the wi", "did not follow the sop", "did not follow the procedure", "violated the work instruction",
        "lack of training", "insufficient training", "inadequate training", "not trained", "untrained", "poorly trained",
        "new operator", "new employee", "inexperienced", "lack of experience",
        "inspector missed", "inspector overlooked", "overlooked by the inspector", "missed by the inspector",
        "操作工失误", "操作员失误", "操作失误", "操作不当", "人为失误", "人为错误", "人为因素", "人为原因",
        "员工疏忽", "员工失误", "操作工疏忽", "疏忽", "粗心", "马虎", "大意", "责任心不强", "责任心不足", "注意力不集中",
        "未按作业指导书", "没有按作业指导书", "未按照作业指导书", "没有按照作业指导书", "没按作业指导书", "违反作业指导书",
        "未按sop", "没按sop", "未按规定", "未按要求", "违规操作",
        "培训不足", "培训不到位", "未培训", "没有培训", "未经培训", "缺乏培训", "新员工", "新手", "经验不足",
        "检验员漏检", "漏检", "检验员疏忽", "质检员疏忽", "自检不到位",
    ];

    /// <summary>
    /// A cause in the process or the management system: error-proofing, equipment, parameters, standards, FMEA and
    /// control plan. Named beside a slip, it shows the team asked why the slip was possible.
    /// </summary>
    public static ImmutableArray<string> SystemicCause { get; } =
    [
        "poka-yoke", "poka yoke", "error-proof", "error proof", "mistake-proof", "mistake proof", "fool-proof", "foolproof",
        "fixture", "jig", "gauge", "gage", "sensor", "interlock", "design", "drawing", "no specification",
        "specification does not", "specification did not", "specification is unclear", "parameter",
        "control plan", "fmea", "work instruction was unclear", "work instruction is unclear", "unclear work instruction",
        "work instruction did not", "work instruction does not", "no work instruction", "work instruction missing",
        "not defined", "undefined", "no standard", "not standardized", "procedure does not", "procedure did not",
        "system", "maintenance", "tool life", "tool wear", "worn", "wear", "calibration", "machine", "equipment",
        "layout", "lighting", "ergonomic", "training matrix", "qualification", "certification", "sampling plan",
        "inspection frequency", "detection method", "cannot detect", "could not detect", "not detectable",
        "防错", "防呆", "工装", "夹具", "治具", "检具", "量具", "传感器", "互锁", "设计", "图纸", "工艺参数", "参数",
        "控制计划", "作业指导书不明确", "作业指导书未规定", "作业指导书缺失", "作业指导书没有", "无作业指导书",
        "未规定", "未定义", "没有标准", "无标准", "标准缺失", "规范缺失", "规范不明确", "流程缺失", "流程不完善",
        "体系", "制度", "机制", "系统", "设备", "机器", "保养", "维护", "刀具寿命", "磨损", "校准", "布局", "照明",
        "培训体系", "培训矩阵", "上岗资格", "资格认证", "抽样", "频次", "无法检测", "检测方法",
    ];

    /// <summary>Words that name a defect as seen (the symptom) rather than what made it.</summary>
    public static ImmutableArray<string> Symptom { get; } =
    [
        "out of tolerance", "out of spec", "oversize", "undersize", "over size", "under size", "burr", "crack", "scratch",
        "dent", "rust", "corrosion", "leak", "porosity", "deform", "bent", "broken", "damage", "contamination",
        "wrong part", "mixed part", "missing part", "dimension ng", "dimension not ok", "defect", "nonconform",
        "non-conform", "not ok", "nok", "failure", "failed", "below spec", "below the minimum", "above the maximum",
        "above limit", "above the limit", "over the limit", "noise",
        "超差", "尺寸不良", "尺寸不合格", "偏大", "偏小", "毛刺", "裂纹", "开裂", "划伤", "划痕", "磕碰", "碰伤",
        "生锈", "锈蚀", "泄漏", "漏气", "漏油", "气孔", "砂眼", "变形", "缺件", "错件", "混料", "不良", "不合格",
        "缺陷", "失效", "断裂", "损坏", "损伤", "破损", "污染", "脏污", "超标", "失败", "噪音",
    ];

    /// <summary>Phrases that hold a defect word but name a means against it ("rust preventive oil"): not a symptom.</summary>
    public static ImmutableArray<string> SymptomLookalikes { get; } =
    [
        "rust prevent", "rust inhibit", "rust protect", "anti-rust", "leak test", "crack detect", "defect catalog",
        "防锈", "检漏", "探伤",
    ];

    /// <summary>Words that explain a cause ("because", "导致"): a text with one of them is more than a symptom.</summary>
    public static ImmutableArray<string> CauseMarker { get; } =
    [
        "because", "due to", "caused", "causes", "causing", "led to", "leads to", "leading to", "lead to", "result", "produced", "produces",
        "producing", "allowed", "allows", "so that", "therefore", "since",
        "因为", "由于", "导致", "造成", "引起", "引发", "致使", "使得", "所致", "原因是", "产生", "形成",
    ];

    /// <summary>Corrective actions that rely on people doing better: retraining, reminding, more inspection, penalties.</summary>
    public static ImmutableArray<string> WeakAction { get; } =
    [
        "retrain", "re-train", "training", "train the operator", "train operators", "trained the", "educate",
        "education", "remind", "warn the operator", "warning to", "strengthen", "enhance inspection", "pay attention",
        "pay more attention", "be more careful", "more careful", "100% inspection", "100 % inspection", "100% check",
        "increase inspection", "increased inspection", "additional inspection", "punish", "penalt", "disciplinary",
        "talk to the operator", "re-emphasi", "emphasi", "awareness",
        "培训", "再培训", "重新培训", "教育", "宣贯", "提醒", "警告", "警示", "加强管理", "加强检验", "加强检查",
        "加强监督", "加强培训", "加强意识", "提高意识", "质量意识", "注意", "认真", "小心", "100%检验", "100%全检",
        "全检", "增加检验", "加严检验", "处罚", "罚款", "考核", "通报批评",
    ];

    /// <summary>Corrective actions that change the product, process or system (beside the systemic causes above).</summary>
    public static ImmutableArray<string> StrongAction { get; } =
    [
        "automat", "modif", "redesign", "change the", "changed the", "install", "add a", "added a", "replace",
        "revise", "revised", "update the", "updated the", "introduce", "vision", "camera", "go/no-go", "go no-go",
        "自动", "更改", "修改", "改进", "优化", "增加防错", "加装", "安装", "更换", "改造", "修订", "更新", "引入",
        "视觉", "相机", "通止规",
    ];

    /// <summary>Answers that say nothing.</summary>
    public static ImmutableArray<string> Placeholder { get; } =
    [
        "n/a", "na", "n.a.", "none", "nil", "null", "tbd", "tba", "to be defined", "to be confirmed", "to be verified", "pending", "todo", "-", "--",
        "/", "?", "...", "x", "ok", "same as above", "see above", "see attachment",
        "无", "暂无", "没有", "待定", "待确认", "待验证", "不适用", "略", "同上", "见附件",
    ];

    /// <summary>English number words that stand for figures ("three lots"); not "one" and "first", which say little.</summary>
    public static ImmutableArray<string> NumberWords { get; } =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "zero",
    ];

    /// <summary>Words that stand for figures in a Chinese answer (三批, 两周).</summary>
    public static string ChineseNumerals { get; } = "零一二三四五六七八九十百千万两";
}
