using SupplyQuality.Domain.Access;

namespace SupplyQuality.Host.Web.Account;

/// <summary>
/// The demo's people (Demo/DemoSupplyChainLoader.cs and the simulator's demo preset): an SQE and a manager of each demo
/// OEM, the quality engineer of each demo supplier, and the platform administrator. The SQEs and supplier engineers are
/// the names the demo's histories carry; the managers are the ones run.sh signs in.
/// </summary>
public static class DemoUsers
{
    public const string PlatformId = "PLATFORM";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("OEM-HUAXIN", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "wang.li@huaxin", "华鑫重工 Huaxin Heavy Machinery"),
        new("OEM-HUAXIN", OrganisationKind.Oem, CallerRole.OemManager, "li.wei@huaxin", "华鑫重工 Huaxin Heavy Machinery"),
        new("OEM-LONGMA", OrganisationKind.Oem, CallerRole.OemQualityEngineer, "chen.jie@longma", "龙马汽车 Longma Automotive"),
        new("OEM-LONGMA", OrganisationKind.Oem, CallerRole.OemManager, "zhou.lan@longma", "龙马汽车 Longma Automotive"),
        new("SUP-JINGGONG", OrganisationKind.Supplier, CallerRole.SupplierQuality, "zhao.min@jinggong", "精工精密铸造 Jinggong Precision Casting"),
        new("SUP-HENGTAI", OrganisationKind.Supplier, CallerRole.SupplierQuality, "gao.xiang@hengtai", "恒泰液压 Hengtai Hydraulics"),
        new("SUP-RUIFENG", OrganisationKind.Supplier, CallerRole.SupplierQuality, "song.jia@ruifeng", "瑞丰电子 Ruifeng Electronics"),
        new("SUP-BAOLI", OrganisationKind.Supplier, CallerRole.SupplierQuality, "xu.ming@baoli", "宝力轴承 Baoli Bearings"),
        new(PlatformId, OrganisationKind.Platform, CallerRole.Administrator, "admin@platform", "SupplyQuality platform"),
    ];
}
