using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using SupplyQuality.Cli;
using SupplyQuality.Contracts.V1;
using SupplyQuality.Domain.Interchange;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// 8Ds exchanged as Catena-X io.catenax.report_8d 1.0.0 JSON against the real hub: a supplier answers OEM A's 8D,
/// exports it, and imports the same answer into OEM B's 8D; invalid documents are refused whole; only those who may
/// read an 8D may export it, and only its supplier may import into it.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class CatenaXInterchangeTests(HubFixture fixture)
{
    private static readonly Discipline[] AllDisciplines = [.. Enum.GetValues<Discipline>().Where(d => d != Discipline.Unspecified)];

    private HubProcess Hub => fixture.Hub;

    /// <summary>The header data the hub does not keep, as the model names it (also the format of `sq 8d export --header-data`).</summary>
    private static readonly CatenaXContact CustomerContact = new()
    {
        City = "Wuhan",
        Country = "China",
        BpnlProperty = "BPNL00000003HXZN",
        Email = "sqe@oem.example",
        PhoneNumber = "+86 27 1234 5678",
    };

    /// <summary>A valid Catena-X document that carries only D0, for the 8D <paramref name="eightDId"/> of <paramref name="supplierId"/>.</summary>
    public static string PreparationDocument(string eightDId, string supplierId) => new JsonObject
    {
        ["header"] = new JsonObject
        {
            ["complaintDate"] = "2025-03-03",
            ["lastRevisionDate"] = "2025-03-04",
            ["customerComplaintId"] = eightDId,
            ["customerContact"] = new JsonObject
            {
                ["companyName"] = "Test OEM",
                ["city"] = "Wuhan",
                ["country"] = "China",
                ["bpnlProperty"] = "BPNL00000003HXZN",
                ["email"] = "sqe@oem.example",
            },
            ["parts"] = new JsonArray(),
            ["supplierId"] = supplierId,
        },
        ["stepD0"] = new JsonObject
        {
            ["defineEmergencyResponseAction"] = new JsonArray(new JsonObject
            {
                ["introductionDate"] = "2025-03-03",
                ["proofOfEffectiveness"] = "Nothing shipped since",
                ["measure"] = "Stop shipping",
            }),
            ["customerComplaintId"] = eightDId,
            ["problemDescription"] = "Oversize bore",
            ["complaintDate"] = "2025-03-03",
        },
    }.ToJsonString();

    /// <summary>The supplier's answer to every discipline; the model requires an e-mail address for each team member.</summary>
    private static DisciplineContent Answer(Discipline discipline)
    {
        var content = SupplyChain.Content(discipline);
        if (discipline == Discipline.D1Team)
        {
            content.Team.Members[0].Email = "zhang.wei@supplier.example";
            content.Team.Members[1].Email = "li.na@supplier.example";
            content.Team.Members.Add(new TeamMember { Name = "Wang Fang", Role = TeamRole.Member, Function = "Production", Email = "wang.fang@supplier.example" });
        }

        return content;
    }

    private static async Task AnswerEverythingAsync(TwoOemWorld world, string eightDId)
    {
        foreach (var discipline in AllDisciplines)
        {
            await world.SupplierS.Clients.EightDs.SubmitDisciplineAsync(
                new SubmitDisciplineRequest { EightDId = eightDId, Discipline = discipline, Content = Answer(discipline) }, SupplyChain.Call);
        }
    }

    private static Task<EightDReport> GetAsync(Party party, string eightDId) =>
        party.Clients.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = eightDId }, SupplyChain.Call).ResponseAsync;

    private static ExportEightDRequest ExportRequest(string eightDId) => new()
    {
        EightDId = eightDId,
        CustomerContact = CustomerContact,
        OrderNumber = "PO-4711",
    };

    [Fact]
    public async Task A_supplier_answers_OEM_A_exports_the_8D_and_the_same_answer_becomes_its_answer_to_OEM_B()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await AnswerEverythingAsync(world, world.EightDA);
        foreach (var discipline in new[] { Discipline.D0Preparation, Discipline.D1Team, Discipline.D2ProblemDescription })
        {
            await world.SqeA.Clients.EightDs.ReviewDisciplineAsync(
                new ReviewDisciplineRequest { EightDId = world.EightDA, Discipline = discipline, Decision = ReviewDecision.Approve }, SupplyChain.Call);
        }

        var exported = await world.SupplierS.Clients.EightDs.ExportEightDAsync(ExportRequest(world.EightDA), SupplyChain.Call);

        Assert.Equal(("urn:samm:io.catenax.report_8d:1.0.0#Report8D", "1.0.0"), (exported.ModelUrn, exported.ModelVersion));
        Assert.Empty(exported.Violations);
        // Checked here too, with the validator of the model's required fields, datatypes, patterns and enumerations.
        Assert.Empty(CatenaXReport8DValidator.Validate(exported.DocumentJson));
        var document = JsonNode.Parse(exported.DocumentJson)!;
        Assert.Equal(world.EightDA, document["header"]!["customerComplaintId"]!.GetValue<string>());
        Assert.Equal(world.S, document["header"]!["supplierId"]!.GetValue<string>());
        Assert.Equal(world.PartA, document["header"]!["parts"]![0]!["customerPartNumber"]!.GetValue<string>());
        Assert.Equal("PO-4711", document["header"]!["parts"]![0]!["orderNumber"]!.GetValue<string>());
        Assert.Equal(["TUA", "TUN"], document["stepD4"]!["causes"]!.AsArray().Select(c => c!["typeOfCauses"]!.GetValue<string>()));

        // OEM A's engineer and manager may export too: it is a read.
        var byManager = await world.ManagerA.Clients.EightDs.ExportEightDAsync(ExportRequest(world.EightDA), SupplyChain.Call);
        Assert.Equal(exported.DocumentJson, byManager.DocumentJson);

        var imported = await world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = exported.DocumentJson }, SupplyChain.Call);

        Assert.Equal(AllDisciplines, imported.Imported);
        Assert.Empty(imported.LeftUnchanged);
        var first = await GetAsync(world.SqeA, world.EightDA);
        var second = await GetAsync(world.SqeB, world.EightDB);
        Assert.Equal(world.OemB, second.OemId);
        foreach (var discipline in AllDisciplines)
        {
            int i = (int)discipline - 1;
            Assert.Equal(first.Disciplines[i].Content, second.Disciplines[i].Content);
            Assert.Equal(DisciplineStatus.Submitted, second.Disciplines[i].Status);
            Assert.Equal(1, second.Disciplines[i].Revision);
        }

        Assert.Contains(second.History, h => h.Action == "d8_submitted" && h.Detail.Contains("imported from Catena-X io.catenax.report_8d 1.0.0", StringComparison.Ordinal));
        // The OEM reviews imported answers as any other.
        var reviewed = await world.SqeB.Clients.EightDs.ReviewDisciplineAsync(
            new ReviewDisciplineRequest { EightDId = world.EightDB, Discipline = Discipline.D0Preparation, Decision = ReviewDecision.Approve }, SupplyChain.Call);
        Assert.Equal(DisciplineStatus.Approved, reviewed.Disciplines[0].Status);

        // Importing again leaves what waits for review or is approved as it is.
        var again = await world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = exported.DocumentJson }, SupplyChain.Call);
        Assert.Empty(again.Imported);
        Assert.Equal(AllDisciplines, again.LeftUnchanged);
        Assert.Equal(second.History.Count + 1, again.EightD.History.Count);
    }

    [Fact]
    public async Task An_invalid_document_is_refused_with_INVALID_ARGUMENT_naming_every_path_and_nothing_is_written()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await AnswerEverythingAsync(world, world.EightDA);
        var exported = await world.SupplierS.Clients.EightDs.ExportEightDAsync(ExportRequest(world.EightDA), SupplyChain.Call);
        var document = JsonNode.Parse(exported.DocumentJson)!.AsObject();
        document["header"]!.AsObject().Remove("customerComplaintId");
        document["header"]!["customerContact"]!["bpnlProperty"] = "BPNL-HUAXIN";
        document["stepD4"]!["causes"]![1]!["typeOfCauses"] = "NonDetection";
        var before = await GetAsync(world.SqeB, world.EightDB);

        var refused = await Assert.ThrowsAsync<RpcException>(() => world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = document.ToJsonString() }, SupplyChain.Call).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("$.header.customerComplaintId: is required", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("$.header.customerContact.bpnlProperty: must match BpnlTrait", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("$.stepD4.causes[1].typeOfCauses: must be one of TUA, TUN, SUA, SUN", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await GetAsync(world.SqeB, world.EightDB));

        // Valid against the model but not the hub's rules (D1 needs a champion): refused whole, D0 included.
        var noChampion = JsonNode.Parse(exported.DocumentJson)!.AsObject();
        noChampion["stepD1"]!.AsObject().Remove("sponsor");
        noChampion["stepD1"]!["teamMembers"]!.AsArray().RemoveAt(0);
        refused = await Assert.ThrowsAsync<RpcException>(() => world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = noChampion.ToJsonString() }, SupplyChain.Call).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("$.stepD1: team.members: needs exactly one champion", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await GetAsync(world.SqeB, world.EightDB));

        // A workflow rule broken by a later step (D2 without D1) leaves the earlier ones unwritten as well.
        var gap = JsonNode.Parse(exported.DocumentJson)!.AsObject();
        gap.Remove("stepD1");
        refused = await Assert.ThrowsAsync<RpcException>(() => world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = gap.ToJsonString() }, SupplyChain.Call).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("8d.discipline_order", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await GetAsync(world.SqeB, world.EightDB));

        refused = await Assert.ThrowsAsync<RpcException>(() => world.SupplierS.Clients.EightDs.ImportEightDAsync(
            new ImportEightDRequest { EightDId = world.EightDB, DocumentJson = "{ not json" }, SupplyChain.Call).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.StartsWith("$: is not valid JSON", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_supplier_cannot_export_it_and_only_its_supplier_may_import_into_it()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await AnswerEverythingAsync(world, world.EightDA);
        var document = PreparationDocument(world.EightDA, world.S);
        var before = await world.SnapshotAsync();

        foreach (var outsider in new[] { world.OtherSupplier, world.SqeB, world.ManagerB })
        {
            var read = await SecurityProbe.Run(() => GetAsync(outsider, world.EightDA));
            var export = await SecurityProbe.Run(() => outsider.Clients.EightDs.ExportEightDAsync(ExportRequest(world.EightDA), SupplyChain.Call).ResponseAsync);
            Assert.True(read.IsPermissionDenied, $"{outsider}: {read}");
            Assert.Equal(read, export);
        }

        foreach (var notTheSupplier in new[] { world.OtherSupplier, world.SqeA, world.ManagerA, world.SqeB })
        {
            var import = await SecurityProbe.Run(() => notTheSupplier.Clients.EightDs.ImportEightDAsync(
                new ImportEightDRequest { EightDId = world.EightDA, DocumentJson = document }, SupplyChain.Call).ResponseAsync);
            Assert.True(import.IsPermissionDenied, $"{notTheSupplier}: {import}");
        }

        Assert.Equal(before, await world.SnapshotAsync());
    }

    [Fact]
    public async Task Without_the_header_data_the_export_names_what_the_model_still_requires()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);

        var exported = await world.SupplierS.Clients.EightDs.ExportEightDAsync(new ExportEightDRequest { EightDId = world.EightDA }, SupplyChain.Call);

        Assert.Equal(
            ["$.header.customerContact.city", "$.header.customerContact.country", "$.header.customerContact.bpnlProperty", "$.header.customerContact.email", "$.header.parts[0].orderNumber"],
            exported.Violations.Select(v => v.Path));
        Assert.Equal("Test OEM", JsonNode.Parse(exported.DocumentJson)!["header"]!["customerContact"]!["companyName"]!.GetValue<string>());

        var tooLong = await Assert.ThrowsAsync<RpcException>(() => world.SupplierS.Clients.EightDs.ExportEightDAsync(
            new ExportEightDRequest { EightDId = world.EightDA, CustomerContact = new CatenaXContact { City = new string('x', 201) } }, SupplyChain.Call).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, tooLong.StatusCode);
        Assert.Contains("customer_contact.city: must be at most 200 characters", tooLong.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_and_import_are_served_over_REST_with_the_model_s_names_in_the_body()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await AnswerEverythingAsync(world, world.EightDA);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };

        var (status, body) = await PostAsync(http, $"/v1/eight-ds/{world.EightDA}/catena-x:export", world.SupplierS.Token, $$"""
            {"customerContact": {"city": "Wuhan", "country": "China", "bpnlProperty": "BPNL00000003HXZN", "email": "sqe@oem.example"}, "orderNumber": "PO-4711"}
            """);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("violations", out var violations) && violations.GetArrayLength() > 0, body.ToString());
        string json = body.GetProperty("documentJson").GetString()!;

        (status, body) = await PostAsync(http, $"/v1/eight-ds/{world.EightDB}/catena-x:import", world.SupplierS.Token, JsonSerializer.Serialize(new { documentJson = json }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(9, body.GetProperty("imported").GetArrayLength());

        (status, body) = await PostAsync(http, $"/v1/eight-ds/{world.EightDB}/catena-x:import", world.SupplierS.Token, JsonSerializer.Serialize(new { documentJson = "{}" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("$.header: is required", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sq_tool_exports_checks_with_a_dry_run_and_imports()
    {
        var world = await TwoOemWorld.CreateAsync(Hub);
        await AnswerEverythingAsync(world, world.EightDA);
        string directory = Path.Combine(Path.GetTempPath(), $"catena-x-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            string file = Path.Combine(directory, "8d.json");
            string headerData = Path.Combine(directory, "header-data.json");
            await File.WriteAllTextAsync(headerData, """
                { "customerContact": { "city": "Wuhan", "country": "China", "bpnlProperty": "BPNL00000003HXZN", "email": "sqe@oem.example" },
                  "orderNumber": "PO-4711" }
                """);

            var incomplete = await SqAsync(world.SupplierS.Token, "8d", "export", world.EightDA, "--out", file);
            Assert.Equal(1, incomplete.ExitCode);
            Assert.Contains("$.header.customerContact.bpnlProperty: is required", incomplete.Error, StringComparison.Ordinal);
            Assert.True(File.Exists(file));

            var exported = await SqAsync(world.SupplierS.Token, "8d", "export", world.EightDA, "--out", file, "--header-data", headerData);
            Assert.True(exported.ExitCode == 0, exported.Error);
            Assert.Empty(CatenaXReport8DValidator.Validate(await File.ReadAllTextAsync(file)));

            var dryRun = await SqAsync(world.SupplierS.Token, "8d", "import", world.EightDB, file, "--dry-run");
            Assert.True(dryRun.ExitCode == 0, dryRun.Error);
            Assert.Contains("nothing was sent", dryRun.Output, StringComparison.Ordinal);
            Assert.All((await GetAsync(world.SqeB, world.EightDB)).Disciplines, d => Assert.Equal(DisciplineStatus.NotSubmitted, d.Status));

            string broken = Path.Combine(directory, "broken.json");
            var tree = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            tree["stepD8"]!["closingDate"] = "2025-02-30";
            tree["stepD2"]!.AsObject().Remove("symptomDescription");
            await File.WriteAllTextAsync(broken, tree.ToJsonString());
            var refused = await SqAsync(world.SupplierS.Token, "8d", "import", world.EightDB, broken, "--dry-run");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("$.stepD2.symptomDescription: is required", refused.Error, StringComparison.Ordinal);
            Assert.Contains("$.stepD8.closingDate: must match ISO8601LocalDate", refused.Error, StringComparison.Ordinal);

            var imported = await SqAsync(world.SupplierS.Token, "8d", "import", world.EightDB, file);
            Assert.True(imported.ExitCode == 0, imported.Error);
            Assert.Contains("D8 (closure)", imported.Output, StringComparison.Ordinal);
            Assert.All((await GetAsync(world.SqeB, world.EightDB)).Disciplines, d => Assert.Equal(DisciplineStatus.Submitted, d.Status));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output, string Error)> SqAsync(string token, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = await SqCli.RunAsync([.. args, "--hub", $"http://127.0.0.1:{Hub.GrpcPort}", "--token", token], output, error, _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient http, string path, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        using var parsed = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, parsed.RootElement.Clone());
    }
}
