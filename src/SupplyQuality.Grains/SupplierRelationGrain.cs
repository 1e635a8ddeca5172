using System.Collections.Immutable;
using Orleans.Concurrency;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Nonconformances;
using SupplyQuality.Domain.Receipts;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Validation;
using SupplyQuality.Grains.Abstractions;
using SupplyQuality.Grains.Ledger;

namespace SupplyQuality.Grains;

/// <summary>
/// An OEM-supplier relation. Reentrant so that concurrent writes can share one ledger append (group commit);
/// state changes only in the writer's apply step, after the append is durable, in ledger order.
/// </summary>
[Reentrant]
public sealed class SupplierRelationGrain(IRelationLedgerStore ledgers, TimeProvider clock) : Grain, ISupplierRelationGrain
{
    private SupplierRelationAggregate _aggregate = null!;
    private GroupCommitWriter _writer = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (oemId, supplierId) = SupplierRelationKey.Parse(this.GetPrimaryKeyString());
        var (events, appender) = await ledgers.OpenAsync($"relations/{oemId}/{supplierId}", cancellationToken);
        _aggregate = new SupplierRelationAggregate(oemId, supplierId);
        foreach (var e in events)
        {
            _aggregate.Apply(e);
        }

        _writer = new GroupCommitWriter(appender, e => _aggregate.Apply(e));
    }

    public Task AddPart(string partNumber) =>
        _aggregate.IsSourced(partNumber) ? Task.CompletedTask : Write(new PartSourced(partNumber));

    public async Task RequireSourced(string partNumber)
    {
        if (_aggregate.IsSourced(partNumber))
        {
            return;
        }

        // Only on the failure path: say which id is unknown before saying the link is missing.
        if (!await GrainFactory.GetGrain<IOemGrain>(_aggregate.OemId).IsRegistered())
        {
            throw new EntityNotFoundException("oem_id", _aggregate.OemId);
        }

        if (!await GrainFactory.GetGrain<ISupplierGrain>(_aggregate.SupplierId).IsRegistered())
        {
            throw new EntityNotFoundException("supplier_id", _aggregate.SupplierId);
        }

        if (!await GrainFactory.GetGrain<IPartGrain>(partNumber).IsRegistered())
        {
            throw new EntityNotFoundException("part_number", partNumber);
        }

        _aggregate.RequireSourced(partNumber);
    }

    public async Task<Receipt> RecordReceipt(Receipt receipt)
    {
        if (_aggregate.FindReceipt(receipt.Id) is { } recorded)
        {
            return recorded;
        }

        receipt.Validate(clock.GetUtcNow());
        await RequireSourced(receipt.PartNumber);
        await Write(new ReceiptRecorded(receipt));
        return _aggregate.FindReceipt(receipt.Id)!;
    }

    public Task RecordNonconformance(Nonconformance nonconformance) => WriteIfNew(new NonconformanceRecorded(nonconformance));

    public Task RecordEightD(EightDSummary eightD) => WriteIfNew(new EightDRecorded(eightD));

    public Task<RelationScorecard> GetScorecard() => Task.FromResult(_aggregate.ScorecardAt(clock.GetUtcNow()));

    public Task<QualityTotals> GetPartTotals(string partNumber) => Task.FromResult(_aggregate.TotalsForPart(partNumber));

    public Task<ImmutableArray<Nonconformance>> ListNonconformances(NonconformanceQuery query) =>
        Task.FromResult(_aggregate.List(query).ToImmutableArray());

    public Task<ImmutableArray<EightDSummary>> ListEightDs(EightDStatus status) =>
        Task.FromResult(_aggregate.EightDs(status).ToImmutableArray());

    private Task WriteIfNew(RelationEvent e) => _aggregate.WouldChange(e) ? Write(e) : Task.CompletedTask;

    private async Task Write(RelationEvent e)
    {
        try
        {
            await _writer.AppendAsync(e);
        }
        catch
        {
            // The ledger's true end is unknown now; reload it on the next call.
            this.DeactivateOnIdle();
            throw;
        }
    }
}
