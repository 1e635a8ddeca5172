using Grpc.Core;
using SupplyQuality.Domain.Access;
using SupplyQuality.Domain.Directory;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Host.Mapping;
using SupplyQuality.Host.Risk;
using SupplyQuality.Host.Security;
using V1 = SupplyQuality.Contracts.V1;

namespace SupplyQuality.Host.Services;

public sealed class DirectoryGrpcService(IGrainFactory grains, ScorecardQueries queries, CallerIdentity identity) : V1.DirectoryService.DirectoryServiceBase
{
    public override Task<V1.ListOemsResponse> ListOems(V1.ListOemsRequest request, ServerCallContext context) =>
        queries.ListOems(context.Caller(identity));

    public override async Task<V1.Oem> RegisterOem(V1.RegisterOemRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "register OEMs");
        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        var profile = await oem.Register(request.ToDomain());
        return profile.ToProto(await oem.GetSupplierIds());
    }

    public override async Task<V1.Supplier> RegisterSupplier(V1.RegisterSupplierRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "register suppliers");
        var profile = await grains.GetGrain<ISupplierGrain>(request.SupplierId)
            .Register(new SupplierProfile(request.SupplierId, request.Name, request.NameZh));
        return profile.ToProto();
    }

    public override async Task<V1.Part> RegisterPart(V1.RegisterPartRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("part_number", request.PartNumber));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanManageDirectory(caller), caller, "register parts");
        var profile = await grains.GetGrain<IPartGrain>(request.PartNumber)
            .Register(new PartProfile(request.PartNumber, request.Description, request.DescriptionZh));
        return profile.ToProto([]);
    }

    public override async Task<V1.Sourcing> AddSourcing(V1.AddSourcingRequest request, ServerCallContext context)
    {
        RequestChecks.Creating(request.RequestId, ("oem_id", request.OemId), ("supplier_id", request.SupplierId), ("part_number", request.PartNumber));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanLinkSourcing(caller, request.OemId), caller, $"add sourcing for OEM {request.OemId}");
        var link = await grains.GetGrain<IOemGrain>(request.OemId).AddSourcing(request.SupplierId, request.PartNumber);
        return new V1.Sourcing { OemId = link.OemId, SupplierId = link.SupplierId, PartNumber = link.PartNumber };
    }

    public override async Task<V1.Oem> GetOem(V1.GetOemRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("oem_id", request.OemId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadOem(caller, request.OemId), caller, $"read OEM {request.OemId}");
        var oem = grains.GetGrain<IOemGrain>(request.OemId);
        return (await oem.GetProfile()).ToProto(await oem.GetSupplierIds());
    }

    public override async Task<V1.Supplier> GetSupplier(V1.GetSupplierRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("supplier_id", request.SupplierId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadMasterData(caller), caller, "read suppliers");
        return (await grains.GetGrain<ISupplierGrain>(request.SupplierId).GetProfile()).ToProto();
    }

    public override async Task<V1.Part> GetPart(V1.GetPartRequest request, ServerCallContext context)
    {
        RequestChecks.Ids(("part_number", request.PartNumber), ("oem_id", request.OemId));
        var caller = context.Caller(identity);
        AccessCheck.Require(AccessRules.CanReadOem(caller, request.OemId), caller, $"read the sourcing of OEM {request.OemId}");
        var part = grains.GetGrain<IPartGrain>(request.PartNumber);
        var profile = await part.GetProfile();
        var sources = await part.GetSources();
        return profile.ToProto(sources.Where(s => s.OemId == request.OemId).Select(s => s.SupplierId));
    }
}
