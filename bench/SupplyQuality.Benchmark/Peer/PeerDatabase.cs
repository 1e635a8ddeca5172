using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using SupplyQuality.Benchmark.Data;
using SupplyQuality.Benchmark.Measurement;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Domain;
using EightDPolicy = SupplyQuality.Domain.Directory.EightDPolicy;
using RiskPolicy = SupplyQuality.Domain.Risk.RiskPolicy;

namespace SupplyQuality.Benchmark.Peer;

/// <summary>
/// The peer's writes: the directory, durable single-row INSERTs (one autocommit transaction each, as an API server
/// would do per request; ids derived from the request id as the hub does, so a retry inserts nothing new), and COPY
/// for bulk. Connections come from one NpgsqlDataSource pool; statements are prepared (Npgsql auto-prepare).
/// </summary>
public sealed class PeerDatabase(NpgsqlDataSource pool, ISupplyChainSource data) : IAsyncDisposable
{
    public const string InsertNonconformanceSql = """
        INSERT INTO ncrs (ncr_id, oem_id, supplier_id, part_number, lot_number, defective_quantity, defect_code, severity,
                          detection_point, description, cost_amount, cost_currency, detected_at, raised_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
        ON CONFLICT (ncr_id) DO NOTHING
        """;

    public const string InsertReceiptSql = """
        INSERT INTO receipts (receipt_id, oem_id, supplier_id, part_number, lot_number, quantity_received, quantity_inspected,
                              quantity_rejected, decision, received_at, recorded_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (receipt_id) DO NOTHING
        """;

    private const string NonconformanceColumns =
        "ncr_id, oem_id, supplier_id, part_number, lot_number, defective_quantity, defect_code, severity, detection_point, description, cost_amount, cost_currency, detected_at, raised_by";

    private const string ReceiptColumns =
        "receipt_id, oem_id, supplier_id, part_number, lot_number, quantity_received, quantity_inspected, quantity_rejected, decision, received_at, recorded_by";

    public NpgsqlDataSource Pool => pool;

    public static NpgsqlDataSource CreatePool(string connectionString) => new NpgsqlDataSourceBuilder(connectionString).Build();

    public static async Task CreateSchemaAsync(NpgsqlDataSource pool, CancellationToken cancellationToken)
    {
        await using var command = pool.CreateCommand(PeerSchema.Create);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The directory by COPY.</summary>
    public static async Task LoadDirectoryAsync(NpgsqlDataSource pool, DirectoryRequests data, CancellationToken cancellationToken)
    {
        await using var connection = await pool.OpenConnectionAsync(cancellationToken);
        await using (var oems = await connection.BeginBinaryImportAsync(
            "COPY oems (oem_id, name, name_zh, containment_due, root_cause_due, closure_due, ppm_target, lot_acceptance_floor, ppm_weight, lot_acceptance_weight, critical_weight, major_weight, overdue_weight, repeat_weight, escalation_weight, trend_weight) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var oem in data.Oems)
            {
                var eightD = EightDPolicyOf(oem);
                var risk = RiskPolicyOf(oem);
                await oems.StartRowAsync(cancellationToken);
                await oems.WriteAsync(oem.OemId, NpgsqlDbType.Text, cancellationToken);
                await oems.WriteAsync(oem.Name, NpgsqlDbType.Text, cancellationToken);
                await oems.WriteAsync(oem.NameZh, NpgsqlDbType.Text, cancellationToken);
                await oems.WriteAsync(eightD.ContainmentDue, NpgsqlDbType.Interval, cancellationToken);
                await oems.WriteAsync(eightD.RootCauseDue, NpgsqlDbType.Interval, cancellationToken);
                await oems.WriteAsync(eightD.ClosureDue, NpgsqlDbType.Interval, cancellationToken);
                foreach (double value in new[] { risk.PpmTarget, risk.LotAcceptanceFloor, risk.PpmWeight, risk.LotAcceptanceWeight, risk.CriticalNcrWeight, risk.MajorNcrWeight, risk.OverdueMilestoneWeight, risk.RepeatDefectWeight, risk.EscalationWeight, risk.TrendWeight })
                {
                    await oems.WriteAsync(value, NpgsqlDbType.Double, cancellationToken);
                }
            }

            await oems.CompleteAsync(cancellationToken);
        }

        await CopyAsync(connection, "COPY suppliers (supplier_id, name, name_zh) FROM STDIN (FORMAT BINARY)", data.Suppliers, s => [s.SupplierId, s.Name, s.NameZh], cancellationToken);
        await CopyAsync(connection, "COPY parts (part_number, description, description_zh) FROM STDIN (FORMAT BINARY)", data.Parts, p => [p.PartNumber, p.Description, p.DescriptionZh], cancellationToken);
        await CopyAsync(connection, "COPY sourcing (oem_id, supplier_id, part_number) FROM STDIN (FORMAT BINARY)",
            data.Sourcing.DistinctBy(s => (s.OemId, s.SupplierId, s.PartNumber)), s => [s.OemId, s.SupplierId, s.PartNumber], cancellationToken);
    }

    /// <summary>The escalation changes in order.</summary>
    public async Task LoadEscalationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await pool.OpenConnectionAsync(cancellationToken);

        // Escalation changes as the hub takes them: a change to the level the relation already has is refused.
        var levels = new Dictionary<(string, string), EscalationLevel>();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var change in data.Escalations)
        {
            var key = (change.OemId, change.SupplierId);
            var current = levels.GetValueOrDefault(key, EscalationLevel.Normal);
            if (change.Level == current || change.Level == EscalationLevel.Unspecified)
            {
                continue;
            }

            levels[key] = change.Level;
            var command = new NpgsqlBatchCommand("INSERT INTO escalations (oem_id, supplier_id, level, reason, actor) VALUES ($1, $2, $3, $4, $5)");
            command.Parameters.Add(new NpgsqlParameter { Value = change.OemId });
            command.Parameters.Add(new NpgsqlParameter { Value = change.SupplierId });
            command.Parameters.Add(new NpgsqlParameter { Value = (short)change.Level });
            command.Parameters.Add(new NpgsqlParameter { Value = change.Reason });
            command.Parameters.Add(new NpgsqlParameter { Value = $"bench.oem_quality_engineer@{change.OemId}" });
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>NCRs [from, to) by COPY, in the same batches as the hub's batch RPC, <paramref name="concurrency"/> at once.</summary>
    public Task<Measurement.Measurement> CopyNonconformancesAsync(string name, int from, int to, int batchSize, int concurrency, CancellationToken cancellationToken) =>
        CopyAsync(name, $"ncrs ({NonconformanceColumns})", new LoadChunks(from, to, batchSize, i => data.Nonconformance(i).OemId), concurrency, async (writer, i, ct) =>
        {
            var n = data.Nonconformance(i);
            await writer.WriteAsync(EntityIds.Nonconformance(n.OemId, n.RequestId), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.OemId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.SupplierId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.PartNumber, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.LotNumber, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.DefectiveQuantity, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(n.DefectCode, NpgsqlDbType.Text, ct);
            await writer.WriteAsync((short)n.Severity, NpgsqlDbType.Smallint, ct);
            await writer.WriteAsync((short)n.DetectionPoint, NpgsqlDbType.Smallint, ct);
            await writer.WriteAsync(n.Description, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(Amount(n.Cost), NpgsqlDbType.Numeric, ct);
            await writer.WriteAsync(n.Cost?.Currency ?? string.Empty, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(n.DetectedAt.ToDateTime(), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(RaisedBy(n.OemId), NpgsqlDbType.Text, ct);
        }, cancellationToken);

    /// <summary>Receipts [from, to) by COPY.</summary>
    public Task<Measurement.Measurement> CopyReceiptsAsync(string name, int from, int to, int batchSize, int concurrency, CancellationToken cancellationToken) =>
        CopyAsync(name, $"receipts ({ReceiptColumns})", new LoadChunks(from, to, batchSize, i => data.Receipt(i).OemId), concurrency, async (writer, i, ct) =>
        {
            var r = data.Receipt(i);
            await writer.WriteAsync(EntityIds.Receipt(r.OemId, r.RequestId), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.OemId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.SupplierId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.PartNumber, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.LotNumber, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.QuantityReceived, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(r.QuantityInspected, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(r.QuantityRejected, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync((short)r.Decision, NpgsqlDbType.Smallint, ct);
            await writer.WriteAsync(r.ReceivedAt.ToDateTime(), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(RaisedBy(r.OemId), NpgsqlDbType.Text, ct);
        }, cancellationToken);

    /// <summary>Loads the chunks by binary COPY into <paramref name="target"/> (table and columns), one chunk per COPY.</summary>
    private Task<Measurement.Measurement> CopyAsync(
        string name, string target, LoadChunks chunks, int concurrency, Func<NpgsqlBinaryImporter, int, CancellationToken, Task> writeRow, CancellationToken cancellationToken) =>
        LoadRunner.RunAsync(name, LoadPlan.UntilDone(concurrency), async (_, ct) =>
        {
            if (!chunks.TryTake(out var chunk))
            {
                return 0;
            }

            await Retry.TransientAsync(async () =>
            {
                await using var connection = await pool.OpenConnectionAsync(ct);
                await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", ct);
                foreach (int i in chunk)
                {
                    await writer.StartRowAsync(ct);
                    await writeRow(writer, i, ct);
                }

                return await writer.CompleteAsync(ct);
            }, ct);
            return chunk.Length;
        }, cancellationToken);

    /// <summary>One durable INSERT per call (autocommit: the answer comes after the WAL is flushed).</summary>
    public Func<int, CancellationToken, ValueTask<int>> SingleNonconformances(StreamCursor cursor) => async (_, ct) =>
    {
        if (!cursor.TryTake(out int index))
        {
            return 0;
        }

        var n = data.Nonconformance(index);
        await using var command = pool.CreateCommand(InsertNonconformanceSql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = EntityIds.Nonconformance(n.OemId, n.RequestId) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.OemId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.SupplierId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.PartNumber });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.LotNumber });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = n.DefectiveQuantity });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.DefectCode });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Smallint, Value = (short)n.Severity });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Smallint, Value = (short)n.DetectionPoint });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.Description });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Numeric, Value = Amount(n.Cost) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = n.Cost?.Currency ?? string.Empty });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = n.DetectedAt.ToDateTime() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = RaisedBy(n.OemId) });
        await command.ExecuteNonQueryAsync(ct);
        return 1;
    };

    /// <summary>One durable INSERT per receipt.</summary>
    public Func<int, CancellationToken, ValueTask<int>> SingleReceipts(StreamCursor cursor) => async (_, ct) =>
    {
        if (!cursor.TryTake(out int index))
        {
            return 0;
        }

        var r = data.Receipt(index);
        await using var command = pool.CreateCommand(InsertReceiptSql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = EntityIds.Receipt(r.OemId, r.RequestId) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = r.OemId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = r.SupplierId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = r.PartNumber });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = r.LotNumber });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = r.QuantityReceived });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = r.QuantityInspected });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = r.QuantityRejected });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Smallint, Value = (short)r.Decision });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = r.ReceivedAt.ToDateTime() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = RaisedBy(r.OemId) });
        await command.ExecuteNonQueryAsync(ct);
        return 1;
    };

    /// <summary>8D requests: the 8D row with its due dates from the OEM's policy, and its NCRs pointed at it, in one transaction.</summary>
    public async Task RequestEightDsAsync(IEnumerable<PlannedEightD> plans, int concurrency, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (plan, ct) =>
        {
            var request = plan.Request;
            string id = EntityIds.EightD(request.OemId, request.RequestId);
            await using var connection = await pool.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using var batch = new NpgsqlBatch(connection, transaction);
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO eight_ds (eight_d_id, oem_id, supplier_id, title, requested_at, requested_by, containment_due, root_cause_due, closure_due)
                SELECT $1, $2, $3, $4, now(), $5, now() + o.containment_due, now() + o.root_cause_due, now() + o.closure_due FROM oems o WHERE o.oem_id = $2
                ON CONFLICT (eight_d_id) DO NOTHING
                """);
            insert.Parameters.Add(new NpgsqlParameter { Value = id });
            insert.Parameters.Add(new NpgsqlParameter { Value = request.OemId });
            insert.Parameters.Add(new NpgsqlParameter { Value = request.SupplierId });
            insert.Parameters.Add(new NpgsqlParameter { Value = request.Title });
            insert.Parameters.Add(new NpgsqlParameter { Value = RaisedBy(request.OemId) });
            var assign = new NpgsqlBatchCommand("UPDATE ncrs SET eight_d_id = $1 WHERE ncr_id = ANY($2) AND eight_d_id IS NULL");
            assign.Parameters.Add(new NpgsqlParameter { Value = id });
            assign.Parameters.Add(new NpgsqlParameter { Value = plan.NonconformanceRequestIds.Select(r => EntityIds.Nonconformance(request.OemId, r)).ToArray() });
            batch.BatchCommands.Add(insert);
            batch.BatchCommands.Add(assign);
            await batch.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
        });
    }

    /// <summary>What a competent operator does after a bulk load: refresh statistics and the visibility map (index-only scans).</summary>
    public async Task VacuumAnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var command = pool.CreateCommand("VACUUM (ANALYZE) receipts, ncrs, eight_ds, escalations");
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<(long Nonconformances, long Receipts)> CountsAsync(CancellationToken cancellationToken)
    {
        await using var command = pool.CreateCommand("SELECT (SELECT count(*) FROM ncrs), (SELECT count(*) FROM receipts)");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async Task<long> DatabaseBytesAsync(CancellationToken cancellationToken)
    {
        await using var command = pool.CreateCommand("SELECT pg_database_size(current_database())");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync() => await pool.DisposeAsync();

    public static EightDPolicy EightDPolicyOf(RegisterOemRequest oem)
    {
        var defaults = EightDPolicy.Default;
        var p = oem.EightDPolicy;
        return new EightDPolicy(
            p?.ContainmentDue?.ToTimeSpan() ?? defaults.ContainmentDue,
            p?.RootCauseDue?.ToTimeSpan() ?? defaults.RootCauseDue,
            p?.ClosureDue?.ToTimeSpan() ?? defaults.ClosureDue);
    }

    public static RiskPolicy RiskPolicyOf(RegisterOemRequest oem)
    {
        var d = RiskPolicy.Default;
        var p = oem.RiskPolicy;
        var w = p?.Weights;
        return new RiskPolicy(
            p is { HasPpmTarget: true } ? p.PpmTarget : d.PpmTarget,
            p is { HasLotAcceptanceFloor: true } ? p.LotAcceptanceFloor : d.LotAcceptanceFloor,
            w?.Ppm ?? d.PpmWeight,
            w?.LotAcceptance ?? d.LotAcceptanceWeight,
            w?.CriticalNonconformances ?? d.CriticalNcrWeight,
            w?.MajorNonconformances ?? d.MajorNcrWeight,
            w?.OverdueMilestones ?? d.OverdueMilestoneWeight,
            w?.RepeatDefects ?? d.RepeatDefectWeight,
            w?.Escalation ?? d.EscalationWeight,
            w?.Trend ?? d.TrendWeight);
    }

    private static string RaisedBy(string oemId) => $"bench.oem_quality_engineer@{oemId}";

    private static decimal Amount(Money? money) =>
        money is null || money.Amount.Length == 0 ? 0 : decimal.Parse(money.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IEnumerable<T> rows, Func<T, string[]> values, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (string value in values(row))
            {
                await writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }
}
