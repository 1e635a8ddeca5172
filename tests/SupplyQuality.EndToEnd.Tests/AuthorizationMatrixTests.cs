using System.Text;
using Grpc.Core;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;
using static SupplyQuality.EndToEnd.Tests.Expect;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The access matrix of the partner API and the board hub, run against the real hub: every RPC and hub method (rows)
/// called by every kind of caller (columns) on OEM A's data. Allowed means the call is not refused
/// (it may still meet a workflow rule); Denied means PERMISSION_DENIED, nothing changes, and the audit log records it.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class AuthorizationMatrixTests(HubFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] ColumnNames = ["SQE A", "mgr A", "SQE B", "mgr B", "SQ of S", "SQ other", "admin"];

    /// <summary>
    /// The specification. Columns: A's quality engineer, A's manager, B's quality engineer, B's manager,
    /// quality of supplier S (serves A and B; A's records are addressed to it), quality of another supplier of A, administrator.
    /// </summary>
    private static readonly (string Rpc, Expect[] Cells)[] Matrix =
    [
        //                                                   SQE A    mgr A    SQE B    mgr B    SQ of S  SQ other admin
        ("DirectoryService/RegisterOem",                    [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/RegisterSupplier",               [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/RegisterPart",                   [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/AddSourcing (for A)",            [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/GetOem (A)",                     [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/GetSupplier (S)",                [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed]),
        ("DirectoryService/GetPart (A's sourcing)",         [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("DirectoryService/ListOems (filtered)",            [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed]),
        ("ReceiptService/RecordReceipt (A, S)",             [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ReceiptService/RecordReceipts (A, S)",            [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ReceiptService/ListReceipts (A)",                 [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ReceiptService/ListReceipts (A,S)",               [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("NonconformanceService/RaiseNonconformance",       [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("NonconformanceService/RaiseNonconformances",      [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("NonconformanceService/GetNonconformance",         [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("NonconformanceService/ListNonconformances (A)",   [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("NonconformanceService/ListNonconformances (A,S)", [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("NonconformanceService/DisputeNonconformance",     [Denied,  Denied,  Denied,  Denied,  Allowed, Denied,  Denied]),
        ("NonconformanceService/ResolveNonconformanceDispute (uphold)", [Allowed, Denied, Denied, Denied, Denied, Denied, Denied]),
        ("NonconformanceService/RespondToCost",             [Denied,  Denied,  Denied,  Denied,  Allowed, Denied,  Denied]),
        ("NonconformanceService/SettleCost",                [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("EightDService/RequestEightD",                     [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("EightDService/SubmitDiscipline",                  [Denied,  Denied,  Denied,  Denied,  Allowed, Denied,  Denied]),
        ("EightDService/SaveDisciplineDraft",               [Denied,  Denied,  Denied,  Denied,  Allowed, Denied,  Denied]),
        ("EightDService/ReviewDiscipline",                  [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("EightDService/GetEightD",                         [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("EightDService/ListEightDs (A)",                   [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("EightDService/ListEightDs (A,S)",                 [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("EightDService/ExportEightD",                      [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("EightDService/ImportEightD",                      [Denied,  Denied,  Denied,  Denied,  Allowed, Denied,  Denied]),
        ("ScorecardService/GetSupplierScorecard (A,S)",     [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("ScorecardService/GetPartScorecard (A)",           [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ScorecardService/GetRiskBoard (A)",               [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ScorecardService/GetSupplierDetail (A,S)",        [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("ScorecardService/SetEscalation (A,S)",            [Allowed, Denied,  Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ScorecardService/GetEscalationHistory (A,S)",     [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("ScorecardService/WatchRisk (A) first message",    [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("ScorecardService/WatchRisk (A,S) first message",  [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("AdminService/CheckConsistency (A)",               [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("AdminService/GetCluster",                         [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("AdminService/ExportOemArchive (A)",               [Denied,  Allowed, Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("AdminService/ImportOemArchive (A's own)",         [Denied,  Denied,  Denied,  Denied,  Denied,  Denied,  Allowed]),
        ("hub/SubscribeOem (A)",                            [Allowed, Allowed, Denied,  Denied,  Denied,  Denied,  Denied]),
        ("hub/SubscribeSupplier (A,S)",                     [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("hub/GetSupplierDetail (A,S)",                     [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("hub/GetNonconformance",                           [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("hub/GetEightD",                                   [Allowed, Allowed, Denied,  Denied,  Allowed, Denied,  Denied]),
        ("hub/ListOems (filtered)",                         [Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed]),
    ];

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public void The_matrix_has_a_row_for_every_rpc_of_every_service_and_a_cell_for_every_column()
    {
        var services = new[] { DirectoryService.Descriptor, ReceiptService.Descriptor, NonconformanceService.Descriptor, EightDService.Descriptor, ScorecardService.Descriptor, AdminService.Descriptor };
        var rpcs = services.SelectMany(s => s.Methods.Select(m => $"{s.Name}/{m.Name}")).ToList();

        Assert.Equal(8 + 3 + 8 + 8 + 7 + 4, rpcs.Count);
        Assert.All(rpcs, rpc => Assert.Contains(Matrix, row => row.Rpc == rpc || row.Rpc.StartsWith(rpc + " ", StringComparison.Ordinal)));
        Assert.All(Matrix, row => Assert.Equal(ColumnNames.Length, row.Cells.Length));
    }

    [Fact]
    public async Task Every_caller_gets_exactly_what_the_matrix_allows_and_denied_calls_change_nothing()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        Assert.Equal(ColumnNames, world.Columns.Select(c => c.Column));
        await world.ConnectBoardsAsync();
        try
        {
            var observed = new Outcome[Matrix.Length, ColumnNames.Length];
            var wrong = new List<string>();

            // Denied cells first, between two snapshots of A's data: a refused write must leave no trace.
            string before = await world.SnapshotAsync();
            await RunCellsAsync(world, Denied, observed, wrong);
            string after = await world.SnapshotAsync();
            Assert.Equal(before, after);
            await AssertNothingCreatedByDeniedRegistrationsAsync(world);
            await AssertDenialsWereAuditedAsync(world);

            // Then the allowed cells, in table order (S submits D0 before A's engineer reviews it).
            await RunCellsAsync(world, Allowed, observed, wrong);

            output.WriteLine(Render(observed));
            Assert.True(wrong.Count == 0, "cells that break the matrix:\n" + string.Join("\n", wrong));
        }
        finally
        {
            await world.DisconnectBoardsAsync();
        }
    }

    [Fact]
    public async Task Foreign_and_unknown_ids_get_the_same_PERMISSION_DENIED()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await world.ConnectBoardsAsync();
        try
        {
            // Same shape as real ids (prefix + 12 Crockford characters), never issued.
            const string UnknownNcr = "NCR-0000000000ZZ";
            const string UnknownEightD = "8D-0000000000ZZ";
            var probes = new (Party Caller, string ForeignNcr, string ForeignEightD)[]
            {
                (world.SqeB, world.NcrA, world.EightDA),
                (world.ManagerB, world.NcrA, world.EightDA),
                (world.OtherSupplier, world.NcrA, world.EightDA),
                (world.Admin, world.NcrA, world.EightDA),
                (world.SqeA, world.NcrB, world.EightDB),
                (world.ManagerA, world.NcrB, world.EightDB),
            };
            var wrong = new List<string>();
            foreach (var (caller, foreignNcr, foreignEightD) in probes)
            {
                foreach (var (operation, call, foreignId, unknownId) in BareIdOperations(caller, foreignNcr, foreignEightD, UnknownNcr, UnknownEightD))
                {
                    var foreign = await SecurityProbe.Run(() => call(foreignId));
                    var unknown = await SecurityProbe.Run(() => call(unknownId));
                    output.WriteLine($"{caller,-9} {operation,-28} foreign: {foreign}");
                    output.WriteLine($"{caller,-9} {operation,-28} unknown: {unknown}");
                    if (!foreign.IsPermissionDenied || !unknown.IsPermissionDenied)
                    {
                        wrong.Add($"{caller} {operation}: foreign {foreign}, unknown {unknown}");
                    }
                    else if (foreign.Status != unknown.Status ||
                             foreign.Detail.Replace(foreignId, "<id>", StringComparison.Ordinal) != unknown.Detail.Replace(unknownId, "<id>", StringComparison.Ordinal))
                    {
                        wrong.Add($"{caller} {operation}: the answers tell foreign from unknown: '{foreign.Detail}' vs '{unknown.Detail}'");
                    }
                }
            }

            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }
        finally
        {
            await world.DisconnectBoardsAsync();
        }
    }

    [Fact]
    public async Task ListOems_shows_each_caller_only_its_own_oems()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        async Task<HashSet<string>> Grpc(Party p) =>
            [.. (await p.Clients.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options())).Oems.Select(o => o.OemId)];

        Assert.Equal(Set(world.OemA), await Grpc(world.SqeA));
        Assert.Equal(Set(world.OemA), await Grpc(world.ManagerA));
        Assert.Equal(Set(world.OemB), await Grpc(world.SqeB));
        Assert.Equal(Set(world.OemB), await Grpc(world.ManagerB));
        Assert.Equal(Set(world.OemA, world.OemB), await Grpc(world.SupplierS));
        Assert.Equal(Set(world.OemA), await Grpc(world.OtherSupplier));
        Assert.Superset(new HashSet<string> { world.OemA, world.OemB }, await Grpc(world.Admin));

        await world.ConnectBoardsAsync();
        try
        {
            var json = await SecurityProbe.InvokeAsync(world.SupplierS.Board!, "ListOems");
            var viaHub = ListOemsResponse.Parser.ParseJson(json).Oems.Select(o => o.OemId).ToHashSet();
            Assert.Equal(Set(world.OemA, world.OemB), viaHub);
        }
        finally
        {
            await world.DisconnectBoardsAsync();
        }
    }

    [Fact]
    public async Task A_supplier_sees_only_its_own_figures_at_the_oem()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        var s = world.SupplierS;
        var o = SecurityProbe.Options;

        var watched = await SecurityProbe.FirstAsync(s.Clients.Scorecards.WatchRisk(new WatchRiskRequest { OemId = world.OemA, SupplierId = world.S }, o()));
        Assert.Equal(RiskEvent.EventOneofCase.Snapshot, watched.EventCase);
        Assert.All(watched.Snapshot.Suppliers, c => Assert.Equal(world.S, c.SupplierId));
        Assert.All(watched.Snapshot.OpenEightDs, e => Assert.Equal(world.S, e.SupplierId));
        Assert.Equal(1500, watched.Snapshot.Totals.QuantityReceived);

        var detail = await s.Clients.Scorecards.GetSupplierDetailAsync(new GetSupplierDetailRequest { OemId = world.OemA, SupplierId = world.S }, o());
        Assert.All(detail.Nonconformances, n => Assert.Equal(world.S, n.SupplierId));
        Assert.All(detail.EightDs, e => Assert.Equal(world.S, e.SupplierId));
        Assert.All(detail.Parts, p => Assert.Equal(world.S, Assert.Single(p.SupplierIds)));

        var ncrs = await s.Clients.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = world.OemA, SupplierId = world.S }, o());
        Assert.Equal(2, ncrs.Nonconformances.Count);
        Assert.All(ncrs.Nonconformances, n => Assert.Equal((world.OemA, world.S), (n.OemId, n.SupplierId)));

        // A's receipts of S (not those of A's other supplier, nor B's of S).
        var receipts = await s.Clients.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = world.OemA, SupplierId = world.S }, o());
        Assert.Equal(2, receipts.Receipts.Count);
        Assert.All(receipts.Receipts, r => Assert.Equal((world.OemA, world.S), (r.OemId, r.SupplierId)));

        await using var board = await SecurityProbe.ConnectBoardAsync(Hub, s.Token);
        var subscribed = RiskBoard.Parser.ParseJson(await SecurityProbe.InvokeAsync(board, "SubscribeSupplier", world.OemA, world.S));
        Assert.All(subscribed.Suppliers, c => Assert.Equal(world.S, c.SupplierId));
    }

    [Fact]
    public async Task Every_rpc_refuses_a_caller_without_a_token_with_UNAUTHENTICATED()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        var anonymous = new Party("anonymous", "anonymous", string.Empty, Hub.Anonymous);
        var before = await world.SnapshotAsync();
        var wrong = new List<string>();
        for (int row = 0; row < Matrix.Length; row++)
        {
            if (Matrix[row].Rpc.StartsWith("hub/", StringComparison.Ordinal))
            {
                continue; // A board without a token cannot even connect: see TokenValidationTests.
            }

            var outcome = await SecurityProbe.Run(() => Call(Matrix[row].Rpc, world, anonymous, Fresh(world, row, 99)));
            if (outcome.Status != StatusCode.Unauthenticated)
            {
                wrong.Add($"{Matrix[row].Rpc}: {outcome}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await world.SnapshotAsync());
    }

    /// <summary>A role counts only in its own kind of organisation: such callers are refused every row and list no OEM.</summary>
    [Fact]
    public async Task A_caller_whose_role_does_not_fit_its_organisation_kind_is_denied_every_row()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        var impostors = new[]
        {
            ("S as oem_manager", world.S, "supplier", "oem_manager"),
            ("supplier claiming A's SQE", world.OemA, "supplier", "oem_quality_engineer"),
            ("A claiming administrator", world.OemA, "oem", "administrator"),
            ("platform claiming A's SQE", world.OemA, "platform", "oem_quality_engineer"),
        }.Select(i =>
        {
            string token = Hub.Tokens.Mint(i.Item2, i.Item3, i.Item4, "impostor." + world.Suffix);
            return new Party(i.Item1, "impostor." + world.Suffix, token, Hub.As(token));
        }).ToList();
        string before = await world.SnapshotAsync();
        var wrong = new List<string>();
        foreach (var party in impostors)
        {
            await using var board = await SecurityProbe.ConnectBoardAsync(Hub, party.Token);
            party.Board = board;
            for (int row = 0; row < Matrix.Length; row++)
            {
                string rpc = Matrix[row].Rpc;
                var outcome = await SecurityProbe.Run(() => Call(rpc, world, party, Fresh(world, row, 50)));
                bool listing = rpc.Contains("ListOems", StringComparison.Ordinal);
                if (listing ? !outcome.IsOk : !outcome.IsPermissionDenied)
                {
                    wrong.Add($"{rpc} as {party}: {outcome}");
                }
            }

            var oems = await party.Clients.Directory.ListOemsAsync(new ListOemsRequest(), SecurityProbe.Options());
            Assert.Empty(oems.Oems);
            party.Board = null;
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await world.SnapshotAsync());
    }

    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    private static string Fresh(TwoOemWorld world, int row, int column) => $"M{row}-{column}-{world.Suffix}";

    private static async Task RunCellsAsync(TwoOemWorld world, Expect which, Outcome[,] observed, List<string> wrong)
    {
        for (int row = 0; row < Matrix.Length; row++)
        {
            for (int column = 0; column < ColumnNames.Length; column++)
            {
                if (Matrix[row].Cells[column] != which)
                {
                    continue;
                }

                var party = world.Columns[column];
                var outcome = await SecurityProbe.Run(() => Call(Matrix[row].Rpc, world, party, Fresh(world, row, column)));
                observed[row, column] = outcome;
                bool asExpected = which == Denied
                    ? outcome.IsPermissionDenied
                    : outcome.IsOk || outcome.Status is StatusCode.FailedPrecondition or StatusCode.AlreadyExists;
                if (!asExpected)
                {
                    wrong.Add($"{Matrix[row].Rpc} as {party}: expected {which}, got {outcome}");
                }
            }
        }
    }

    private static async Task<byte[]> ExportArchiveAsync(PartnerClients clients, string oemId, CallOptions options)
    {
        using var call = clients.Operations.ExportOemArchive(new ExportOemArchiveRequest { OemId = oemId }, options);
        using var archive = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync())
        {
            chunk.Data.WriteTo(archive);
        }

        return archive.ToArray();
    }

    private static async Task ReimportArchiveAsync(TwoOemWorld world, PartnerClients clients, CallOptions options)
    {
        byte[] archive = await ExportArchiveAsync(world.Admin.Clients, world.OemA, SecurityProbe.Options());
        using var call = clients.Operations.ImportOemArchive(options);
        await ClientStreams.SendAllAsync(call, [new ArchiveChunk { Data = Google.Protobuf.ByteString.CopyFrom(archive) }]);
    }

    /// <summary>Refused registrations created nothing (the OEM list is part of the snapshot; suppliers and parts are checked here).</summary>
    private static async Task AssertNothingCreatedByDeniedRegistrationsAsync(TwoOemWorld world)
    {
        var admin = world.Admin.Clients.Directory;
        for (int row = 0; row < Matrix.Length; row++)
        {
            for (int column = 0; column < ColumnNames.Length; column++)
            {
                if (Matrix[row].Cells[column] != Denied)
                {
                    continue;
                }

                string fresh = Fresh(world, row, column);
                Func<Task>? lookup = Matrix[row].Rpc switch
                {
                    "DirectoryService/RegisterOem" => async () => await admin.GetOemAsync(new GetOemRequest { OemId = "OEM-" + fresh }, SecurityProbe.Options()),
                    "DirectoryService/RegisterSupplier" => async () => await admin.GetSupplierAsync(new GetSupplierRequest { SupplierId = "SUP-" + fresh }, SecurityProbe.Options()),
                    "DirectoryService/RegisterPart" => async () => await admin.GetPartAsync(new GetPartRequest { PartNumber = "P-" + fresh, OemId = world.OemA }, SecurityProbe.Options()),
                    _ => null,
                };
                if (lookup is not null)
                {
                    var found = await SecurityProbe.Run(lookup);
                    Assert.True(found.Status == StatusCode.NotFound, $"{Matrix[row].Rpc} refused for {world.Columns[column]} but the record is there: {found}");
                }
            }
        }
    }

    /// <summary>Every caller that was refused something appears in the hub's audit log (category SupplyQuality.Audit).</summary>
    private async Task AssertDenialsWereAuditedAsync(TwoOemWorld world)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var missing = world.Columns.Select(c => c.UserName).ToList();
        while (true)
        {
            string log = Hub.Output;
            missing.RemoveAll(user => log.Contains(AuditLogCategory, StringComparison.Ordinal) && log.Contains($" for {user} (", StringComparison.Ordinal));
            if (missing.Count == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "no audit entry for: " + string.Join(", ", missing));
            await Task.Delay(200);
        }
    }

    private const string AuditLogCategory = "SupplyQuality.Audit";

    /// <summary>One call of a row, on A's data, with request ids that have never been used.</summary>
    private static Task Call(string rpc, TwoOemWorld w, Party p, string fresh)
    {
        var c = p.Clients;
        var o = SecurityProbe.Options();
        return rpc switch
        {
            "DirectoryService/RegisterOem" => c.Directory.RegisterOemAsync(new RegisterOemRequest { RequestId = fresh, OemId = "OEM-" + fresh, Name = "Matrix OEM" }, o).ResponseAsync,
            "DirectoryService/RegisterSupplier" => c.Directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = fresh, SupplierId = "SUP-" + fresh, Name = "Matrix supplier" }, o).ResponseAsync,
            "DirectoryService/RegisterPart" => c.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = fresh, PartNumber = "P-" + fresh, Description = "Matrix part" }, o).ResponseAsync,
            // A supplier A does not buy from yet: a refused link would show in A's directory entry.
            "DirectoryService/AddSourcing (for A)" => c.Directory.AddSourcingAsync(new AddSourcingRequest { RequestId = fresh, OemId = w.OemA, SupplierId = w.B.SecondSupplier, PartNumber = w.PartA }, o).ResponseAsync,
            "DirectoryService/GetOem (A)" => c.Directory.GetOemAsync(new GetOemRequest { OemId = w.OemA }, o).ResponseAsync,
            "DirectoryService/GetSupplier (S)" => c.Directory.GetSupplierAsync(new GetSupplierRequest { SupplierId = w.S }, o).ResponseAsync,
            "DirectoryService/GetPart (A's sourcing)" => c.Directory.GetPartAsync(new GetPartRequest { PartNumber = w.PartA, OemId = w.OemA }, o).ResponseAsync,
            "DirectoryService/ListOems (filtered)" => c.Directory.ListOemsAsync(new ListOemsRequest(), o).ResponseAsync,
            "ReceiptService/RecordReceipt (A, S)" => c.Receipts.RecordReceiptAsync(w.A.Receipt(fresh, 100), o).ResponseAsync,
            "ReceiptService/RecordReceipts (A, S)" => c.Receipts.RecordReceiptsAsync(new RecordReceiptsRequest { OemId = w.OemA, Receipts = { w.A.Receipt(fresh, 100) } }, o).ResponseAsync,
            "ReceiptService/ListReceipts (A)" => c.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = w.OemA }, o).ResponseAsync,
            "ReceiptService/ListReceipts (A,S)" => c.Receipts.ListReceiptsAsync(new ListReceiptsRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            "NonconformanceService/RaiseNonconformance" => c.Nonconformances.RaiseNonconformanceAsync(w.A.Ncr(fresh, 1), o).ResponseAsync,
            "NonconformanceService/RaiseNonconformances" => c.Nonconformances.RaiseNonconformancesAsync(new RaiseNonconformancesRequest { OemId = w.OemA, Nonconformances = { w.A.Ncr(fresh, 1) } }, o).ResponseAsync,
            "AdminService/CheckConsistency (A)" => c.Operations.CheckConsistencyAsync(new CheckConsistencyRequest { OemId = w.OemA }, o).ResponseAsync,
            "AdminService/GetCluster" => c.Operations.GetClusterAsync(new GetClusterRequest(), o).ResponseAsync,
            "AdminService/ExportOemArchive (A)" => ExportArchiveAsync(c, w.OemA, o),
            // A's own archive back into the same hub: everything is there already, so an allowed import changes nothing.
            "AdminService/ImportOemArchive (A's own)" => ReimportArchiveAsync(w, c, o),
            "NonconformanceService/GetNonconformance" => c.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = w.NcrA }, o).ResponseAsync,
            "NonconformanceService/ListNonconformances (A)" => c.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = w.OemA }, o).ResponseAsync,
            "NonconformanceService/ListNonconformances (A,S)" => c.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            // The dispute of A's NCR by S; A's engineer then upholds it (the NCR and its 8D go on for the rows below).
            "NonconformanceService/DisputeNonconformance" => c.Nonconformances.DisputeNonconformanceAsync(
                new DisputeNonconformanceRequest { NonconformanceId = w.NcrA, Reason = "Matrix dispute" }, o).ResponseAsync,
            "NonconformanceService/ResolveNonconformanceDispute (uphold)" => c.Nonconformances.ResolveNonconformanceDisputeAsync(
                new ResolveNonconformanceDisputeRequest { NonconformanceId = w.NcrA, Decision = DisputeDecision.Uphold, Reason = "Matrix" }, o).ResponseAsync,
            // A's NCR is not closed: allowed callers meet ncr.not_closed / ncr.cost_not_disputed.
            "NonconformanceService/RespondToCost" => c.Nonconformances.RespondToCostAsync(
                new RespondToCostRequest { NonconformanceId = w.NcrA, Decision = CostDecision.Accept }, o).ResponseAsync,
            "NonconformanceService/SettleCost" => c.Nonconformances.SettleCostAsync(
                new SettleCostRequest { NonconformanceId = w.NcrA, Amount = new Money { Amount = "1", Currency = "CNY" }, Reason = "Matrix" }, o).ResponseAsync,
            "EightDService/SaveDisciplineDraft" => c.EightDs.SaveDisciplineDraftAsync(
                new SaveDisciplineDraftRequest { EightDId = w.EightDA, Discipline = Discipline.D1Team, Content = SupplyChain.Content(Discipline.D1Team) }, o).ResponseAsync,
            "EightDService/RequestEightD" => c.EightDs.RequestEightDAsync(
                new RequestEightDRequest { RequestId = fresh, OemId = w.OemA, SupplierId = w.S, Title = "Matrix 8D", NonconformanceIds = { w.SpareNcrA } }, o).ResponseAsync,
            "EightDService/SubmitDiscipline" => c.EightDs.SubmitDisciplineAsync(
                new SubmitDisciplineRequest { EightDId = w.EightDA, Discipline = Discipline.D0Preparation, Content = SupplyChain.Content(Discipline.D0Preparation) }, o).ResponseAsync,
            "EightDService/ReviewDiscipline" => c.EightDs.ReviewDisciplineAsync(
                new ReviewDisciplineRequest { EightDId = w.EightDA, Discipline = Discipline.D0Preparation, Decision = ReviewDecision.Approve }, o).ResponseAsync,
            "EightDService/GetEightD" => c.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = w.EightDA }, o).ResponseAsync,
            "EightDService/ListEightDs (A)" => c.EightDs.ListEightDsAsync(new ListEightDsRequest { OemId = w.OemA }, o).ResponseAsync,
            "EightDService/ListEightDs (A,S)" => c.EightDs.ListEightDsAsync(new ListEightDsRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            "EightDService/ExportEightD" => c.EightDs.ExportEightDAsync(new ExportEightDRequest { EightDId = w.EightDA }, o).ResponseAsync,
            "EightDService/ImportEightD" => c.EightDs.ImportEightDAsync(
                new ImportEightDRequest { EightDId = w.EightDA, DocumentJson = CatenaXInterchangeTests.PreparationDocument(w.EightDA, w.S) }, o).ResponseAsync,
            "ScorecardService/GetSupplierScorecard (A,S)" => c.Scorecards.GetSupplierScorecardAsync(new GetSupplierScorecardRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            "ScorecardService/GetPartScorecard (A)" => c.Scorecards.GetPartScorecardAsync(new GetPartScorecardRequest { OemId = w.OemA, PartNumber = w.PartA }, o).ResponseAsync,
            "ScorecardService/GetRiskBoard (A)" => c.Scorecards.GetRiskBoardAsync(new GetRiskBoardRequest { OemId = w.OemA }, o).ResponseAsync,
            "ScorecardService/GetSupplierDetail (A,S)" => c.Scorecards.GetSupplierDetailAsync(new GetSupplierDetailRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            "ScorecardService/SetEscalation (A,S)" => c.Scorecards.SetEscalationAsync(
                new SetEscalationRequest { RequestId = fresh, OemId = w.OemA, SupplierId = w.S, Level = EscalationLevel.ControlledShipping1, Reason = "Matrix" }, o).ResponseAsync,
            "ScorecardService/GetEscalationHistory (A,S)" => c.Scorecards.GetEscalationHistoryAsync(new GetEscalationHistoryRequest { OemId = w.OemA, SupplierId = w.S }, o).ResponseAsync,
            "ScorecardService/WatchRisk (A) first message" => SecurityProbe.FirstAsync(c.Scorecards.WatchRisk(new WatchRiskRequest { OemId = w.OemA }, o)),
            "ScorecardService/WatchRisk (A,S) first message" => SecurityProbe.FirstAsync(c.Scorecards.WatchRisk(new WatchRiskRequest { OemId = w.OemA, SupplierId = w.S }, o)),
            "hub/SubscribeOem (A)" => SecurityProbe.InvokeAsync(Board(p), "SubscribeOem", w.OemA),
            "hub/SubscribeSupplier (A,S)" => SecurityProbe.InvokeAsync(Board(p), "SubscribeSupplier", w.OemA, w.S),
            "hub/GetSupplierDetail (A,S)" => SecurityProbe.InvokeAsync(Board(p), "GetSupplierDetail", w.OemA, w.S),
            "hub/GetNonconformance" => SecurityProbe.InvokeAsync(Board(p), "GetNonconformance", w.NcrA),
            "hub/GetEightD" => SecurityProbe.InvokeAsync(Board(p), "GetEightD", w.EightDA),
            "hub/ListOems (filtered)" => SecurityProbe.InvokeAsync(Board(p), "ListOems"),
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this row"),
        };
    }

    private static Microsoft.AspNetCore.SignalR.Client.HubConnection Board(Party p) =>
        p.Board ?? throw new InvalidOperationException($"{p} has no board connection");

    /// <summary>The calls that take a bare record id (the caller names no OEM), for one caller.</summary>
    private static IEnumerable<(string Operation, Func<string, Task> Call, string ForeignId, string UnknownId)> BareIdOperations(
        Party p, string foreignNcr, string foreignEightD, string unknownNcr, string unknownEightD)
    {
        var c = p.Clients;
        yield return ("GetNonconformance", id => c.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = id }, SecurityProbe.Options()).ResponseAsync, foreignNcr, unknownNcr);
        yield return ("GetEightD", id => c.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = id }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("SubmitDiscipline", id => c.EightDs.SubmitDisciplineAsync(
            new SubmitDisciplineRequest { EightDId = id, Discipline = Discipline.D0Preparation, Content = SupplyChain.Content(Discipline.D0Preparation) }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("ReviewDiscipline", id => c.EightDs.ReviewDisciplineAsync(
            new ReviewDisciplineRequest { EightDId = id, Discipline = Discipline.D0Preparation, Decision = ReviewDecision.Reject, Reason = "probe" }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("SaveDisciplineDraft", id => c.EightDs.SaveDisciplineDraftAsync(
            new SaveDisciplineDraftRequest { EightDId = id, Discipline = Discipline.D0Preparation, Content = SupplyChain.Content(Discipline.D0Preparation) }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("DisputeNonconformance", id => c.Nonconformances.DisputeNonconformanceAsync(
            new DisputeNonconformanceRequest { NonconformanceId = id, Reason = "probe" }, SecurityProbe.Options()).ResponseAsync, foreignNcr, unknownNcr);
        yield return ("ResolveNonconformanceDispute", id => c.Nonconformances.ResolveNonconformanceDisputeAsync(
            new ResolveNonconformanceDisputeRequest { NonconformanceId = id, Decision = DisputeDecision.Uphold, Reason = "probe" }, SecurityProbe.Options()).ResponseAsync, foreignNcr, unknownNcr);
        yield return ("RespondToCost", id => c.Nonconformances.RespondToCostAsync(
            new RespondToCostRequest { NonconformanceId = id, Decision = CostDecision.Accept }, SecurityProbe.Options()).ResponseAsync, foreignNcr, unknownNcr);
        yield return ("SettleCost", id => c.Nonconformances.SettleCostAsync(
            new SettleCostRequest { NonconformanceId = id, Amount = new Money { Amount = "1", Currency = "CNY" }, Reason = "probe" }, SecurityProbe.Options()).ResponseAsync, foreignNcr, unknownNcr);
        yield return ("ExportEightD", id => c.EightDs.ExportEightDAsync(new ExportEightDRequest { EightDId = id }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("ImportEightD", id => c.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = id, DocumentJson = CatenaXInterchangeTests.PreparationDocument(id, "SUP-PROBE") }, SecurityProbe.Options()).ResponseAsync, foreignEightD, unknownEightD);
        yield return ("hub GetNonconformance", id => SecurityProbe.InvokeAsync(Board(p), "GetNonconformance", id), foreignNcr, unknownNcr);
        yield return ("hub GetEightD", id => SecurityProbe.InvokeAsync(Board(p), "GetEightD", id), foreignEightD, unknownEightD);
    }

    private static string Render(Outcome[,] observed)
    {
        var text = new StringBuilder();
        text.Append(string.Empty.PadRight(50));
        foreach (string column in ColumnNames)
        {
            text.Append(column.PadRight(10));
        }

        text.AppendLine();
        for (int row = 0; row < Matrix.Length; row++)
        {
            text.Append(Matrix[row].Rpc.PadRight(50));
            for (int column = 0; column < ColumnNames.Length; column++)
            {
                var outcome = observed[row, column];
                string cell = outcome is null ? "?" : outcome.IsOk ? "ok" : outcome.IsPermissionDenied ? "DENIED" : outcome.FromHub ? "hub-err" : outcome.Status.ToString();
                text.Append(cell.PadRight(10));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
