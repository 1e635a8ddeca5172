using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using SupplyQuality.Domain.EightD;
using SupplyQuality.Domain.Escalations;
using SupplyQuality.Domain.Kpi;
using SupplyQuality.Domain.Relations;
using SupplyQuality.Domain.Risk;

namespace SupplyQuality.Benchmark.Peer;

/// <summary>
/// The peer's read side: the same scorecard the hub shows (totals, the 30/90/365-day windows and the 90 days before
/// the last 30, 24 months, NCRs by status and severity, repeat defects, cost per currency, the defect Pareto, 8D
/// responsiveness, escalation), computed by SQL from the rows at read time, in one round trip of prepared
/// statements; then the hub's own <see cref="RiskModel"/> (through <see cref="QualityScorecard.Assessed"/>) on those
/// figures, so the risk maths are the same code on both sides.
/// </summary>
public sealed class PeerScorecards(NpgsqlDataSource pool)
{
    private const string RelationFilter = "{0}oem_id = $1 AND {0}supplier_id = $2";
    private const string OemFilter = "{0}oem_id = $1";

    // $1 oem, $2 supplier, $3 30 days, $4 90 days, $5 365 days, $6/$7 the 90 days before the last 30, $8 tomorrow,
    // $9 the first of the 24 months, $10 now. Windows are whole UTC days ending today, as in the hub.
    private const string ReceiptFigures = """
        SELECT supplier_id,
               sum(quantity_received)::bigint, sum(quantity_inspected)::bigint, count(*), count(*) FILTER (WHERE decision = 1),
               coalesce(sum(quantity_received) FILTER (WHERE received_at >= $3 AND received_at < $8), 0)::bigint,
               count(*) FILTER (WHERE received_at >= $3 AND received_at < $8), count(*) FILTER (WHERE decision = 1 AND received_at >= $3 AND received_at < $8),
               coalesce(sum(quantity_received) FILTER (WHERE received_at >= $4 AND received_at < $8), 0)::bigint,
               count(*) FILTER (WHERE received_at >= $4 AND received_at < $8), count(*) FILTER (WHERE decision = 1 AND received_at >= $4 AND received_at < $8),
               coalesce(sum(quantity_received) FILTER (WHERE received_at >= $5 AND received_at < $8), 0)::bigint,
               count(*) FILTER (WHERE received_at >= $5 AND received_at < $8), count(*) FILTER (WHERE decision = 1 AND received_at >= $5 AND received_at < $8),
               coalesce(sum(quantity_received) FILTER (WHERE received_at >= $6 AND received_at < $7), 0)::bigint,
               count(*) FILTER (WHERE received_at >= $6 AND received_at < $7), count(*) FILTER (WHERE decision = 1 AND received_at >= $6 AND received_at < $7)
        FROM receipts WHERE {0} GROUP BY supplier_id
        """;

    private const string ReceiptMonths = """
        SELECT supplier_id, date_trunc('month', received_at, 'UTC'), sum(quantity_received)::bigint
        FROM receipts WHERE {0} AND received_at >= $9 AND received_at < $8 GROUP BY 1, 2
        """;

    private const string NonconformanceFigures = """
        SELECT c.supplier_id, count(*), sum(c.defective_quantity)::bigint,
               count(*) FILTER (WHERE c.status = 1), count(*) FILTER (WHERE c.status = 2), count(*) FILTER (WHERE c.status = 3),
               count(*) FILTER (WHERE c.status <> 3 AND c.severity = 1), count(*) FILTER (WHERE c.status <> 3 AND c.severity = 2),
               count(*) FILTER (WHERE c.status <> 3 AND c.severity = 3), count(*) FILTER (WHERE r.is_repeat),
               coalesce(sum(c.defective_quantity) FILTER (WHERE c.detected_at >= $3 AND c.detected_at < $8), 0)::bigint,
               count(*) FILTER (WHERE c.detected_at >= $3 AND c.detected_at < $8), count(*) FILTER (WHERE r.is_repeat AND c.detected_at >= $3 AND c.detected_at < $8),
               coalesce(sum(c.defective_quantity) FILTER (WHERE c.detected_at >= $4 AND c.detected_at < $8), 0)::bigint,
               count(*) FILTER (WHERE c.detected_at >= $4 AND c.detected_at < $8), count(*) FILTER (WHERE r.is_repeat AND c.detected_at >= $4 AND c.detected_at < $8),
               coalesce(sum(c.defective_quantity) FILTER (WHERE c.detected_at >= $5 AND c.detected_at < $8), 0)::bigint,
               count(*) FILTER (WHERE c.detected_at >= $5 AND c.detected_at < $8), count(*) FILTER (WHERE r.is_repeat AND c.detected_at >= $5 AND c.detected_at < $8),
               coalesce(sum(c.defective_quantity) FILTER (WHERE c.detected_at >= $6 AND c.detected_at < $7), 0)::bigint,
               count(*) FILTER (WHERE c.detected_at >= $6 AND c.detected_at < $7), count(*) FILTER (WHERE r.is_repeat AND c.detected_at >= $6 AND c.detected_at < $7)
        FROM ncrs c
        CROSS JOIN LATERAL (
            SELECT EXISTS (
                SELECT 1 FROM ncrs p
                WHERE p.oem_id = c.oem_id AND p.supplier_id = c.supplier_id AND p.part_number = c.part_number AND p.defect_code = c.defect_code
                  AND p.detected_at BETWEEN c.detected_at - interval '90 days' AND c.detected_at + interval '90 days'
                  AND p.seq < c.seq) AS is_repeat) r
        WHERE {0} GROUP BY c.supplier_id
        """;

    private const string NonconformanceMonths = """
        SELECT supplier_id, date_trunc('month', detected_at, 'UTC'), cost_currency, count(*), sum(defective_quantity)::bigint, sum(cost_amount)
        FROM ncrs WHERE {0} AND detected_at >= $9 AND detected_at < $8 GROUP BY 1, 2, 3
        """;

    private const string CostByCurrency = """
        SELECT supplier_id, cost_currency, sum(cost_amount) FROM ncrs WHERE {0} GROUP BY 1, 2
        """;

    private const string DefectCodes = """
        SELECT supplier_id, defect_code, count(*) FROM ncrs WHERE {0} GROUP BY 1, 2
        """;

    // Per milestone kind: met on time, met late, overdue (not met, due date passed), open (not met, not yet due).
    private const string EightDFigures = """
        SELECT supplier_id,
               count(*) FILTER (WHERE status = 1),
               count(*) FILTER (WHERE status = 1 AND ((containment_met IS NULL AND containment_due < $10) OR (root_cause_met IS NULL AND root_cause_due < $10) OR (closure_met IS NULL AND closure_due < $10))),
               count(*) FILTER (WHERE containment_met <= containment_due), count(*) FILTER (WHERE containment_met > containment_due),
               count(*) FILTER (WHERE containment_met IS NULL AND containment_due < $10), count(*) FILTER (WHERE containment_met IS NULL AND containment_due >= $10),
               count(*) FILTER (WHERE root_cause_met <= root_cause_due), count(*) FILTER (WHERE root_cause_met > root_cause_due),
               count(*) FILTER (WHERE root_cause_met IS NULL AND root_cause_due < $10), count(*) FILTER (WHERE root_cause_met IS NULL AND root_cause_due >= $10),
               count(*) FILTER (WHERE closure_met <= closure_due), count(*) FILTER (WHERE closure_met > closure_due),
               count(*) FILTER (WHERE closure_met IS NULL AND closure_due < $10), count(*) FILTER (WHERE closure_met IS NULL AND closure_due >= $10),
               coalesce(sum(extract(epoch FROM containment_met - requested_at)) / 86400, 0)::double precision, count(containment_met),
               coalesce(sum(extract(epoch FROM closure_met - requested_at)) / 86400, 0)::double precision, count(closure_met)
        FROM eight_ds WHERE {0} GROUP BY supplier_id
        """;

    private const string Escalations = """
        SELECT DISTINCT ON (supplier_id) supplier_id, level FROM escalations WHERE {0} ORDER BY supplier_id, seq DESC
        """;

    private const string OemPolicy = """
        SELECT name, ppm_target, lot_acceptance_floor, ppm_weight, lot_acceptance_weight, critical_weight, major_weight,
               overdue_weight, repeat_weight, escalation_weight, trend_weight
        FROM oems WHERE oem_id = $1
        """;

    private const string OneSupplier = "SELECT supplier_id, name FROM suppliers WHERE supplier_id = $2 AND $1 IS NOT NULL";

    private const string OemSuppliers = "SELECT DISTINCT s.supplier_id, s.name FROM sourcing x JOIN suppliers s USING (supplier_id) WHERE x.oem_id = $1 AND $2 IS NULL";

    private const string OpenEightDs = "SELECT count(*) FROM eight_ds WHERE oem_id = $1 AND status = 1 AND $2 IS NULL";

    private static readonly MilestoneKind[] Kinds = [MilestoneKind.Containment, MilestoneKind.RootCauseAndCorrectiveAction, MilestoneKind.Closure];

    /// <summary>One OEM-supplier relation's scorecard, as GetSupplierScorecard answers it.</summary>
    public async Task<QualityScorecard> ScorecardAsync(string oemId, string supplierId, CancellationToken cancellationToken)
    {
        var (cards, _, _) = await ReadAsync(oemId, supplierId, cancellationToken);
        return cards.Count == 1 ? cards[0] : throw new InvalidOperationException($"no relation {oemId}/{supplierId} in the peer");
    }

    /// <summary>The OEM's board, as GetRiskBoard answers it: every supplier, worst first, and the totals.</summary>
    public async Task<PeerRiskBoard> RiskBoardAsync(string oemId, CancellationToken cancellationToken)
    {
        var (cards, oemName, openEightDs) = await ReadAsync(oemId, null, cancellationToken);
        var sorted = cards.ToList();
        sorted.Sort(QualityScorecard.WorstFirst);
        var now = cards.Count > 0 ? cards[0].AsOf : DateTimeOffset.UtcNow;
        var total = cards.Aggregate(QualityScorecard.Empty(oemId, string.Empty, string.Empty, now), (sum, c) => sum.Plus(c));
        return new PeerRiskBoard(oemId, oemName, sorted, total, openEightDs);
    }

    private async Task<(IReadOnlyList<QualityScorecard> Cards, string OemName, int OpenEightDs)> ReadAsync(string oemId, string? supplierId, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var firstMonth = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-(QualityScorecard.TrendMonths - 1));
        object[] parameters =
        [
            oemId, (object?)supplierId ?? DBNull.Value, today.AddDays(-29), today.AddDays(-89), today.AddDays(-364),
            today.AddDays(-119), today.AddDays(-29), today.AddDays(1), firstMonth, now,
        ];
        bool one = supplierId is not null;
        string filter = one ? RelationFilter : OemFilter;
        string[] statements =
        [
            Format(ReceiptFigures, filter, string.Empty),
            Format(ReceiptMonths, filter, string.Empty),
            Format(NonconformanceFigures, filter, "c."),
            Format(NonconformanceMonths, filter, string.Empty),
            Format(CostByCurrency, filter, string.Empty),
            Format(DefectCodes, filter, string.Empty),
            Format(EightDFigures, filter, string.Empty),
            Format(Escalations, filter, string.Empty),
            OemPolicy,
            one ? OneSupplier : OemSuppliers,
            OpenEightDs,
        ];

        await using var connection = await pool.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (string sql in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            AddParameters(command, parameters);
            batch.BatchCommands.Add(command);
        }

        var figures = new Dictionary<string, Figures>(StringComparer.Ordinal);
        Figures Of(string supplier) => figures.TryGetValue(supplier, out var f) ? f : figures[supplier] = new Figures(firstMonth);
        RiskPolicy? policy = null;
        string oemName = string.Empty;
        var suppliers = new List<string>();
        int openEightDs = 0;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var f = Of(reader.GetString(0));
                f.QuantityReceived = reader.GetInt64(1);
                f.QuantityInspected = reader.GetInt64(2);
                f.LotsInspected = reader.GetInt64(3);
                f.LotsAccepted = reader.GetInt64(4);
                for (int w = 0; w < 4; w++)
                {
                    f.Windows[w].QuantityReceived = reader.GetInt64(5 + (3 * w));
                    f.Windows[w].LotsInspected = reader.GetInt64(6 + (3 * w));
                    f.Windows[w].LotsAccepted = reader.GetInt64(7 + (3 * w));
                }
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Of(reader.GetString(0)).Month(reader.GetFieldValue<DateTimeOffset>(1)).QuantityReceived += reader.GetInt64(2);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var f = Of(reader.GetString(0));
                f.Nonconformances = (int)reader.GetInt64(1);
                f.DefectiveQuantity = reader.GetInt64(2);
                f.Open = (int)reader.GetInt64(3);
                f.Contained = (int)reader.GetInt64(4);
                f.Closed = (int)reader.GetInt64(5);
                f.UnclosedCritical = (int)reader.GetInt64(6);
                f.UnclosedMajor = (int)reader.GetInt64(7);
                f.UnclosedMinor = (int)reader.GetInt64(8);
                f.Repeats = (int)reader.GetInt64(9);
                for (int w = 0; w < 4; w++)
                {
                    f.Windows[w].DefectiveQuantity = reader.GetInt64(10 + (3 * w));
                    f.Windows[w].Nonconformances = (int)reader.GetInt64(11 + (3 * w));
                    f.Windows[w].Repeats = (int)reader.GetInt64(12 + (3 * w));
                }
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var month = Of(reader.GetString(0)).Month(reader.GetFieldValue<DateTimeOffset>(1));
                month.Nonconformances += (int)reader.GetInt64(3);
                month.DefectiveQuantity += reader.GetInt64(4);
                AddCost(month.Cost, reader.GetString(2), reader.GetDecimal(5));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                AddCost(Of(reader.GetString(0)).Cost, reader.GetString(1), reader.GetDecimal(2));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Of(reader.GetString(0)).DefectCodes[reader.GetString(1)] = (int)reader.GetInt64(2);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var f = Of(reader.GetString(0));
                f.OpenEightDs = (int)reader.GetInt64(1);
                f.OverdueEightDs = (int)reader.GetInt64(2);
                for (int k = 0; k < 3; k++)
                {
                    f.Milestones[k] = new MilestonePerformance(Kinds[k], (int)reader.GetInt64(3 + (4 * k)), (int)reader.GetInt64(4 + (4 * k)), (int)reader.GetInt64(5 + (4 * k)), (int)reader.GetInt64(6 + (4 * k)));
                }

                f.DaysToContainmentSum = reader.GetDouble(15);
                f.ContainmentsMet = (int)reader.GetInt64(16);
                f.DaysToClosureSum = reader.GetDouble(17);
                f.ClosuresMet = (int)reader.GetInt64(18);
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Of(reader.GetString(0)).Escalation = (EscalationLevel)reader.GetInt16(1);
            }

            await reader.NextResultAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                oemName = reader.GetString(0);
                policy = new RiskPolicy(
                    reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5),
                    reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetDouble(10));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                suppliers.Add(reader.GetString(0));
            }

            await reader.NextResultAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                openEightDs = (int)reader.GetInt64(0);
            }
        }

        if (policy is null)
        {
            throw new InvalidOperationException($"OEM {oemId} is not in the peer");
        }

        var cards = suppliers.Select(s => Of(s).ToScorecard(oemId, s, now).Assessed(policy)).ToList();
        return (cards, oemName, openEightDs);
    }

    private static string Format(string sql, string filter, string alias) =>
        sql.Replace("{0}", string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, alias), StringComparison.Ordinal);

    private static void AddParameters(NpgsqlBatchCommand command, object[] values)
    {
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = values[0] });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = values[1] });
        for (int i = 2; i < values.Length; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = values[i] });
        }
    }

    private static void AddCost(Dictionary<string, decimal> cost, string currency, decimal amount) =>
        cost[currency] = cost.GetValueOrDefault(currency) + amount;

    /// <summary>One supplier's figures as they come out of the statements.</summary>
    private sealed class Figures(DateTimeOffset firstMonth)
    {
        public long QuantityReceived { get; set; }

        public long QuantityInspected { get; set; }

        public long LotsInspected { get; set; }

        public long LotsAccepted { get; set; }

        public long DefectiveQuantity { get; set; }

        public int Nonconformances { get; set; }

        public int Open { get; set; }

        public int Contained { get; set; }

        public int Closed { get; set; }

        public int UnclosedCritical { get; set; }

        public int UnclosedMajor { get; set; }

        public int UnclosedMinor { get; set; }

        public int Repeats { get; set; }

        public Dictionary<string, decimal> Cost { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> DefectCodes { get; } = new(StringComparer.Ordinal);

        /// <summary>30 days, 90 days, 365 days, the 90 days before the last 30.</summary>
        public WindowFigures[] Windows { get; } = [new(30), new(90), new(365), new(90)];

        public MonthFigures[] Months { get; } = [.. Enumerable.Range(0, QualityScorecard.TrendMonths).Select(i => new MonthFigures(firstMonth.AddMonths(i)))];

        public MilestonePerformance[] Milestones { get; } = [.. Kinds.Select(k => new MilestonePerformance(k, 0, 0, 0, 0))];

        public int OpenEightDs { get; set; }

        public int OverdueEightDs { get; set; }

        public double DaysToContainmentSum { get; set; }

        public int ContainmentsMet { get; set; }

        public double DaysToClosureSum { get; set; }

        public int ClosuresMet { get; set; }

        public EscalationLevel Escalation { get; set; } = EscalationLevel.Normal;

        public MonthFigures Month(DateTimeOffset start)
        {
            var utc = start.ToUniversalTime();
            int index = ((utc.Year - firstMonth.Year) * 12) + utc.Month - firstMonth.Month;
            return Months[Math.Clamp(index, 0, Months.Length - 1)];
        }

        public QualityScorecard ToScorecard(string oemId, string supplierId, DateTimeOffset now) => new(
            oemId,
            supplierId,
            string.Empty,
            new QualityTotals(
                QuantityReceived, QuantityInspected, LotsInspected, LotsAccepted, DefectiveQuantity, Nonconformances, Open, Contained, Closed,
                UnclosedCritical, UnclosedMajor, UnclosedMinor, Repeats, CostMap(Cost)),
            Windows[0].ToWindow(),
            Windows[1].ToWindow(),
            Windows[2].ToWindow(),
            Windows[3].ToWindow(),
            [.. Months.Select(m => new MonthlyQuality(m.Start.Year, m.Start.Month, m.QuantityReceived, m.DefectiveQuantity, m.Nonconformances, CostMap(m.Cost)))],
            new EightDResponsiveness([.. Milestones], OpenEightDs, OverdueEightDs, DaysToContainmentSum, ContainmentsMet, DaysToClosureSum, ClosuresMet),
            Escalation,
            DefectCodes.ToImmutableSortedDictionary(StringComparer.Ordinal),
            RiskAssessment.None,
            0,
            now);

        /// <summary>As the hub keeps costs: no entry for a currency whose sum is zero.</summary>
        private static ImmutableSortedDictionary<string, decimal> CostMap(Dictionary<string, decimal> cost) =>
            cost.Where(c => c.Value != 0).ToImmutableSortedDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    private sealed class WindowFigures(int days)
    {
        public long QuantityReceived { get; set; }

        public long LotsInspected { get; set; }

        public long LotsAccepted { get; set; }

        public long DefectiveQuantity { get; set; }

        public int Nonconformances { get; set; }

        public int Repeats { get; set; }

        public QualityWindow ToWindow() => new(days, QuantityReceived, LotsInspected, LotsAccepted, DefectiveQuantity, Nonconformances, Repeats);
    }

    private sealed class MonthFigures(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; } = start;

        public long QuantityReceived { get; set; }

        public long DefectiveQuantity { get; set; }

        public int Nonconformances { get; set; }

        public Dictionary<string, decimal> Cost { get; } = new(StringComparer.Ordinal);
    }
}
