namespace SupplyQuality.Simulator.Catalogues;

/// <summary>The trades of Chinese machinery and automotive suppliers, their part families and lot sizes.</summary>
internal static class CommodityCatalogue
{
    public static IReadOnlyList<CommodityProfile> All { get; } =
    [
        new(Commodity.Castings, new("Precision Casting", "精密铸造"), 100, 1500, 50, true,
        [
            Family("GH", "Gearbox housing", "齿轮箱壳体", ("HT250 grey iron", "HT250 灰铸铁"), ("QT450 ductile iron", "QT450 球墨铸铁")),
            Family("PB", "Pump body", "泵体", ("HT300 grey iron", "HT300 灰铸铁"), ("ZL101 aluminium", "ZL101 铸铝")),
            Family("VB", "Valve body", "阀体", ("QT500 ductile iron", "QT500 球墨铸铁"), ("HT250 grey iron", "HT250 灰铸铁")),
            Family("BD", "Brake drum", "制动鼓", ("HT250 grey iron", "HT250 灰铸铁")),
            Family("FH", "Flywheel housing", "飞轮壳", ("HT250 grey iron", "HT250 灰铸铁"), ("ADC12 die-cast aluminium", "ADC12 压铸铝")),
            Family("DC", "Differential case", "差速器壳", ("QT600 ductile iron", "QT600 球墨铸铁")),
        ]),
        new(Commodity.Forgings, new("Forging", "锻造"), 100, 2000, 50, true,
        [
            Family("CS", "Crankshaft", "曲轴", ("42CrMo, induction hardened", "42CrMo 感应淬火")),
            Family("CR", "Connecting rod", "连杆", ("C70S6 fracture split", "C70S6 胀断")),
            Family("SK", "Steering knuckle", "转向节", ("40Cr, quenched and tempered", "40Cr 调质")),
            Family("AS", "Axle shaft", "半轴", ("40CrMnMo", "40CrMnMo")),
            Family("GBL", "Gear blank", "齿轮毛坯", ("20CrMnTi", "20CrMnTi")),
        ]),
        new(Commodity.Bearings, new("Bearing", "轴承"), 500, 10000, 100, true,
        [
            Family("BRG", "Deep-groove ball bearing", "深沟球轴承", ("6205-2RS", "6205-2RS"), ("6308-ZZ", "6308-ZZ"), ("6012", "6012")),
            Family("TRB", "Tapered roller bearing", "圆锥滚子轴承", ("32210", "32210"), ("30312", "30312")),
            Family("NRB", "Needle roller bearing", "滚针轴承", ("NK25/20", "NK25/20")),
            Family("SPB", "Spherical plain bearing", "关节轴承", ("GE40ES", "GE40ES")),
        ]),
        new(Commodity.WireHarnesses, new("Wire Harness", "线束"), 50, 800, 10, false,
        [
            Family("EH", "Engine harness", "发动机线束", ("24 V, 86 circuits", "24V 86回路")),
            Family("CBH", "Cab harness", "驾驶室线束", ("24 V, 140 circuits", "24V 140回路")),
            Family("CHH", "Chassis harness", "底盘线束", ("12 V, 60 circuits", "12V 60回路")),
            Family("BC", "Battery cable", "蓄电池电缆", ("50 mm², 1.2 m", "50平方 1.2米")),
        ]),
        new(Commodity.Hydraulics, new("Hydraulics", "液压"), 20, 500, 10, true,
        [
            Family("HVB", "Hydraulic valve block", "液压阀块", ("31.5 MPa", "31.5MPa")),
            Family("MWV", "Multi-way valve", "多路阀", ("4 sections, load sensing", "四联 负载敏感")),
            Family("HCY", "Hydraulic cylinder", "液压油缸", ("bore 125, stroke 1100", "缸径125 行程1100")),
            Family("GP", "Gear pump", "齿轮泵", ("32 cc/rev", "32毫升/转")),
            Family("HA", "Hose assembly", "高压胶管总成", ("DN16, 4SH", "DN16 四层钢丝")),
        ]),
        new(Commodity.Stampings, new("Stamping & Welding", "冲压焊接"), 100, 2000, 20, true,
        [
            Family("FP", "Cab floor panel", "驾驶室地板", ("DC04, 1.2 mm", "DC04 1.2毫米")),
            Family("SB", "Stamped bracket", "冲压支架", ("Q235, 4 mm, e-coated", "Q235 4毫米 电泳")),
            Family("FT", "Fuel tank", "燃油箱", ("400 L, aluminium", "400升 铝制")),
            Family("SF", "Seat frame", "座椅骨架", ("welded, black powder coat", "焊接 黑色喷粉")),
        ]),
        new(Commodity.Fasteners, new("Fasteners", "紧固件"), 5000, 50000, 500, true,
        [
            Family("HB", "Hex bolt", "六角螺栓", ("M12x1.5x40, 10.9", "M12x1.5x40 10.9级"), ("M16x80, 8.8", "M16x80 8.8级")),
            Family("WN", "Wheel nut", "车轮螺母", ("M22x1.5, 10", "M22x1.5 10级")),
            Family("FB", "Flange bolt", "法兰面螺栓", ("M10x25, 10.9, zinc flake", "M10x25 10.9级 达克罗")),
            Family("SP", "Spring pin", "弹性圆柱销", ("8x40", "8x40")),
        ]),
        new(Commodity.RubberAndPlastics, new("Rubber & Plastics", "橡塑"), 500, 10000, 100, false,
        [
            Family("OR", "O-ring", "O形密封圈", ("NBR 70, 45x3.55", "丁腈橡胶 45x3.55")),
            Family("EM", "Engine mount", "发动机悬置", ("NR, 60 Shore A", "天然橡胶 邵氏60")),
            Family("DB", "Dust boot", "防尘罩", ("CR", "氯丁橡胶")),
            Family("RH", "Radiator hose", "散热器胶管", ("EPDM, ID 50", "三元乙丙 内径50")),
        ]),
        new(Commodity.Electronics, new("Electronics", "电子"), 50, 1000, 10, false,
        [
            Family("ECU", "Engine control unit", "发动机控制器", ("CAN J1939", "CAN J1939")),
            Family("PS", "Pressure sensor", "压力传感器", ("0-40 MPa, 4-20 mA", "0-40MPa 4-20mA")),
            Family("ICL", "Instrument cluster", "组合仪表", ("7-inch TFT", "7英寸 TFT")),
            Family("RLB", "Relay box", "继电器盒", ("24 V, 12 relays", "24V 12路")),
        ]),
        new(Commodity.MachinedParts, new("Precision Machinery", "精密机械"), 100, 3000, 50, true,
        [
            Family("DS", "Drive shaft", "传动轴", ("45 steel, induction hardened", "45钢 中频淬火")),
            Family("GR", "Helical gear", "斜齿轮", ("20CrMnTi, carburised, module 3", "20CrMnTi 渗碳 模数3")),
            Family("PN", "Hinge pin", "销轴", ("40Cr, chromed", "40Cr 镀铬")),
            Family("SL", "Bushing", "轴套", ("CuSn8", "CuSn8 锡青铜")),
            Family("FL", "Flange", "法兰", ("Q345, DN100", "Q345 DN100")),
        ]),
    ];

    public static CommodityProfile Of(Commodity commodity) => All[(int)commodity];

    private static PartFamily Family(string prefix, string en, string zh, params (string En, string Zh)[] specifications) =>
        new(prefix, new BilingualText(en, zh), [.. specifications.Select(s => new BilingualText(s.En, s.Zh))]);
}
