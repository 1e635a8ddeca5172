using System.CommandLine;
using System.Globalization;
using Grpc.Core;
using Spectre.Console;
using SupplyQuality.Contracts.V1;

namespace SupplyQuality.Cli;

/// <summary>
/// <c>sq watch</c>: follows ScorecardService.WatchRisk. A live table on a terminal; one line per update otherwise.
/// Stops on Ctrl-C or after <c>--seconds</c>.
/// </summary>
internal static class WatchCommand
{
    public static Command Build(CliContext context)
    {
        var oem = new Option<string>("--oem") { Description = "OEM id", Required = true };
        var supplier = new Option<string?>("--supplier") { Description = "Only this supplier" };
        var seconds = new Option<int?>("--seconds") { Description = "Stop after this many seconds (default: until Ctrl-C)" };
        seconds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--seconds must be a positive number.");
            }
        });
        var command = new Command("watch", "Live supplier risk at an OEM (snapshot, then updates as they happen)") { oem, supplier, seconds };
        command.SetAction((parse, ct) => context.GuardAsync(async () =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (parse.GetValue(seconds) is int limit)
            {
                stop.CancelAfter(TimeSpan.FromSeconds(limit));
            }

            var oemId = parse.GetRequiredValue(oem);
            var supplierId = parse.GetValue(supplier) ?? "";
            using var hub = context.Connect(parse);
            using var call = hub.Scorecards.WatchRisk(
                new WatchRiskRequest { OemId = oemId, SupplierId = supplierId },
                new CallOptions(cancellationToken: stop.Token));
            var suppliers = new SortedDictionary<string, SupplierScorecard>(StringComparer.Ordinal);
            try
            {
                if (context.IsTerminal)
                {
                    var table = NewTable();
                    await context.Console.Live(table).StartAsync(async live =>
                    {
                        while (await call.ResponseStream.MoveNext(stop.Token))
                        {
                            Apply(call.ResponseStream.Current, suppliers, supplierId);
                            table.Rows.Clear();
                            foreach (var card in suppliers.Values)
                            {
                                table.AddRow(Cells(card).Select(Markup.Escape).ToArray());
                            }

                            table.Caption = new TableTitle(Markup.Escape($"{oemId}, updated {DateTimeOffset.UtcNow:HH:mm:ss}Z; Ctrl-C to stop"));
                            live.Refresh();
                        }
                    });
                }
                else
                {
                    while (await call.ResponseStream.MoveNext(stop.Token))
                    {
                        var e = call.ResponseStream.Current;
                        var changed = Apply(e, suppliers, supplierId);
                        if (e.EventCase == RiskEvent.EventOneofCase.Snapshot)
                        {
                            await context.Output.WriteLineAsync($"snapshot {oemId}: {changed.Count} supplier(s)");
                            foreach (var card in changed)
                            {
                                await context.Output.WriteLineAsync("  " + Line(card));
                            }
                        }
                        else
                        {
                            foreach (var card in changed)
                            {
                                await context.Output.WriteLineAsync("update " + Line(card));
                            }
                        }

                        await context.Output.FlushAsync(CancellationToken.None);
                    }
                }
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && stop.IsCancellationRequested)
            {
                // Ctrl-C or --seconds elapsed.
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Folds an event into the supplier map; returns the scorecards it brought.</summary>
    private static List<SupplierScorecard> Apply(RiskEvent e, SortedDictionary<string, SupplierScorecard> suppliers, string supplierId)
    {
        var cards = e.EventCase switch
        {
            RiskEvent.EventOneofCase.Snapshot => e.Snapshot.Suppliers.ToList(),
            RiskEvent.EventOneofCase.SupplierChanged => [e.SupplierChanged],
            _ => [],
        };
        if (e.EventCase == RiskEvent.EventOneofCase.Snapshot)
        {
            suppliers.Clear();
        }

        cards = cards.Where(c => supplierId.Length == 0 || c.SupplierId == supplierId).ToList();
        foreach (var card in cards)
        {
            suppliers[card.SupplierId] = card;
        }

        return cards;
    }

    private static Table NewTable() =>
        new Table().AddColumns("Supplier", "Risk", "Band", "Top factor", "PPM 90d", "Open NCRs", "Overdue milestones");

    private static string[] Cells(SupplierScorecard card)
    {
        var figures = card.Figures ?? new QualityFigures();
        var risk = card.Risk ?? new Risk();
        return
        [
            $"{card.SupplierId} {card.SupplierName}".Trim(),
            CliContext.Number(risk.Score, "0.0"),
            risk.Band.ToString(),
            TopFactor(risk),
            card.Last90Days is { HasPpm: true } w ? CliContext.Number(w.Ppm, "0") : "n/a",
            figures.OpenNonconformances.ToString(CultureInfo.InvariantCulture),
            figures.OverdueMilestones.ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static string Line(SupplierScorecard card)
    {
        var c = Cells(card);
        return $"{card.SupplierId}: risk {c[1]} ({c[2]}), top factor {c[3]}, PPM 90d {c[4]}, open NCRs {c[5]}, overdue milestones {c[6]}";
    }

    private static string TopFactor(Risk risk) =>
        risk.Factors.Where(f => f.Points > 0).OrderByDescending(f => f.Points).FirstOrDefault() is { } top
            ? $"{top.Kind} {CliContext.Number(top.Points, "0.0")} pts"
            : "none";
}
