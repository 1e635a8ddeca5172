namespace SupplyQuality.Simulator.Catalogues;

/// <summary>Invented Chinese OEMs, supplier trade names and supplier towns, with their Chinese names.</summary>
internal static class OrganisationCatalogue
{
    /// <summary>OEMs in the order presets take them; the first two are the demo's.</summary>
    public static IReadOnlyList<(string Id, BilingualText Name)> Oems { get; } =
    [
        ("OEM-HUAXIN", new("Huaxin Heavy Machinery", "华鑫重工")),
        ("OEM-LONGMA", new("Longma Automotive", "龙马汽车")),
        ("OEM-JINLUN", new("Jinlun Construction Machinery", "金轮工程机械")),
        ("OEM-QILIN", new("Qilin Heavy Truck", "麒麟重卡")),
        ("OEM-FEIYUE", new("Feiyue Agricultural Machinery", "飞跃农机")),
        ("OEM-XINGCHEN", new("Xingchen New Energy Vehicles", "星辰新能源汽车")),
        ("OEM-HONGTU", new("Hongtu Forklift", "宏图叉车")),
        ("OEM-HAIYANG", new("Haiyang Power Systems", "海扬动力")),
        ("OEM-ZHONGHENG", new("Zhongheng Mining Equipment", "中恒矿山装备")),
        ("OEM-WEIYE", new("Weiye Bus and Coach", "伟业客车")),
    ];

    /// <summary>Trade names (pinyin, hanzi) of generated suppliers.</summary>
    public static IReadOnlyList<(string Pinyin, string Hanzi)> Brands { get; } =
    [
        ("Jinggong", "精工"), ("Hengtai", "恒泰"), ("Ruifeng", "瑞丰"), ("Baoli", "宝力"), ("Huayu", "华宇"),
        ("Xinda", "鑫达"), ("Tianrun", "天润"), ("Dongsheng", "东升"), ("Hongda", "宏达"), ("Yongxin", "永鑫"),
        ("Jiahe", "嘉禾"), ("Lianfa", "联发"), ("Kaiyuan", "开元"), ("Hengxin", "恒信"), ("Xinyuan", "新源"),
        ("Huaxing", "华兴"), ("Jinyu", "金宇"), ("Taihe", "泰和"), ("Fuda", "富达"), ("Anda", "安达"),
        ("Minghua", "明华"), ("Guangtai", "广泰"), ("Chenguang", "晨光"), ("Hongyuan", "宏远"), ("Longteng", "龙腾"),
        ("Boyuan", "博远"), ("Weida", "伟达"), ("Shunfa", "顺发"), ("Xinhe", "鑫和"), ("Jintai", "金泰"),
        ("Hengyu", "恒宇"), ("Ruida", "瑞达"), ("Tongda", "通达"), ("Sanhe", "三和"), ("Huatong", "华通"),
        ("Xinlong", "鑫隆"), ("Jiaxin", "嘉信"), ("Haida", "海达"), ("Fengyuan", "丰源"), ("Baohua", "宝华"),
        ("Tianyi", "天一"), ("Xiangyu", "祥宇"), ("Yufeng", "裕丰"), ("Shengda", "盛达"),
    ];

    /// <summary>Industrial towns (code, English, Chinese) where generated suppliers are.</summary>
    public static IReadOnlyList<(string Code, BilingualText Name)> Towns { get; } =
    [
        ("NGB", new("Ningbo", "宁波")), ("WUX", new("Wuxi", "无锡")), ("CZX", new("Changzhou", "常州")),
        ("SZV", new("Suzhou", "苏州")), ("WNZ", new("Wenzhou", "温州")), ("TZS", new("Taizhou", "台州")),
        ("TAO", new("Qingdao", "青岛")), ("YNT", new("Yantai", "烟台")), ("CKG", new("Chongqing", "重庆")),
        ("LZH", new("Liuzhou", "柳州")), ("XFN", new("Xiangyang", "襄阳")), ("WDS", new("Shiyan", "十堰")),
        ("WHU", new("Wuhu", "芜湖")), ("HFE", new("Hefei", "合肥")), ("XUZ", new("Xuzhou", "徐州")),
        ("CGQ", new("Changchun", "长春")), ("SHE", new("Shenyang", "沈阳")), ("TSN", new("Tianjin", "天津")),
        ("FOC", new("Fuzhou", "福州")), ("CAN", new("Guangzhou", "广州")), ("NKG", new("Nanjing", "南京")),
        ("HGH", new("Hangzhou", "杭州")), ("CSX", new("Changsha", "长沙")), ("WEF", new("Weifang", "潍坊")),
    ];

    /// <summary>People (pinyin given name first for e-mail style user names, and hanzi).</summary>
    public static IReadOnlyList<(string Family, string Given, string Hanzi)> People { get; } =
    [
        ("Wang", "Li", "王丽"), ("Chen", "Jie", "陈杰"), ("Zhao", "Min", "赵敏"), ("Liu", "Yang", "刘洋"), ("Sun", "Hao", "孙浩"),
        ("Li", "Na", "李娜"), ("Zhang", "Wei", "张伟"), ("Zhou", "Tao", "周涛"), ("Wu", "Jing", "吴静"), ("Zheng", "Lei", "郑磊"),
        ("Huang", "Peng", "黄鹏"), ("Lin", "Feng", "林峰"), ("He", "Fang", "何芳"), ("Gao", "Xiang", "高翔"), ("Ma", "Chao", "马超"),
        ("Luo", "Lin", "罗琳"), ("Liang", "Yong", "梁勇"), ("Song", "Jia", "宋佳"), ("Tang", "Ning", "唐宁"), ("Xu", "Ming", "许明"),
        ("Han", "Xue", "韩雪"), ("Feng", "Gang", "冯刚"), ("Deng", "Liang", "邓亮"), ("Cao", "Ying", "曹颖"), ("Peng", "Hui", "彭辉"),
        ("Zeng", "Qiang", "曾强"), ("Xiao", "Hong", "肖红"), ("Tian", "Ye", "田野"), ("Dong", "Jian", "董建"), ("Pan", "Ting", "潘婷"),
        ("Jiang", "Bin", "蒋斌"), ("Cai", "Jun", "蔡军"), ("Yu", "Bo", "余波"), ("Du", "Xin", "杜鑫"), ("Ye", "Qing", "叶青"),
        ("Cheng", "Yuan", "程远"), ("Wei", "Dong", "魏东"), ("Su", "Min", "苏敏"), ("Lyu", "Ping", "吕平"), ("Ding", "Lei", "丁磊"),
    ];

    /// <summary>The functions 8D team members come from.</summary>
    public static IReadOnlyList<BilingualText> Functions { get; } =
    [
        new("Production", "生产"), new("Process engineering", "工艺"), new("Quality engineering", "质量工程"),
        new("Logistics", "物流"), new("Maintenance", "设备维修"), new("Incoming inspection", "来料检验"),
    ];
}
