using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Core;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// Input limits (InputRules: ids 64, request ids 128, names 200, text 4000, lists 100; Limits:MaxRequestBytes 1 MiB):
/// each write RPC refuses an oversize field with INVALID_ARGUMENT naming it, a message above 1 MiB is
/// RESOURCE_EXHAUSTED (over REST a body above 1 MiB is 413), malformed protobuf fails; nothing is written by any of them.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class InputLimitTests(HubFixture fixture, ITestOutputHelper output)
{
    private const int MaxId = 64;
    private const int MaxRequestId = 128;
    private const int MaxName = 200;
    private const int MaxText = 4000;
    private const int MaxList = 100;

    private HubProcess Hub => fixture.Hub;

    [Fact]
    public async Task Every_write_rpc_refuses_an_oversize_field_with_INVALID_ARGUMENT_naming_it_and_writes_nothing()
    {
        var w = await TwoOemWorld.CreateAsync(Hub);
        var admin = w.Admin.Clients;
        var sqe = w.SqeA.Clients;
        var supplier = w.SupplierS.Clients;
        var o = SecurityProbe.Options;
        string Long(int length) => SecurityProbe.Text(length);
        string LongId(int length) => "X" + new string('1', length - 1);
        string fresh = "limit-" + w.Suffix;

        var ncrTooLong = w.A.Ncr(fresh + "-ncr", 1);
        ncrTooLong.Description = Long(MaxText + 1);
        var ncrLongLot = w.A.Ncr(fresh + "-ncr-lot", 1);
        ncrLongLot.LotNumber = LongId(MaxId + 1);
        var receiptLongLot = w.A.Receipt(fresh + "-rcv", 10);
        receiptLongLot.LotNumber = LongId(MaxId + 1);
        var receiptLongOem = w.A.Receipt(fresh + "-rcv-oem", 10);
        receiptLongOem.OemId = LongId(MaxId + 1);
        var receiptLongRequestId = w.A.Receipt(Long(MaxRequestId + 1), 10);
        var tooManyNcrs = new RequestEightDRequest { RequestId = fresh + "-8d", OemId = w.OemA, SupplierId = w.S, Title = "Too many" };
        tooManyNcrs.NonconformanceIds.AddRange(Enumerable.Range(0, MaxList + 1).Select(i => $"NCR-{i:D12}"));
        var longSymptom = SupplyChain.Content(Discipline.D0Preparation);
        longSymptom.Preparation.Symptom = Long(MaxText + 1);
        var manyActions = SupplyChain.Content(Discipline.D0Preparation);
        manyActions.Preparation.EmergencyResponseActions.AddRange(Enumerable.Range(0, MaxList).Select(i => $"action {i}"));

        var cases = new (string Rpc, string Field, string Rule, Func<Task> Call)[]
        {
            ("RegisterOem", "oem_id", $"must be at most {MaxId}", () => admin.Directory.RegisterOemAsync(new RegisterOemRequest { RequestId = fresh, OemId = LongId(MaxId + 1), Name = "OEM" }, o()).ResponseAsync),
            ("RegisterOem", "name", $"must be at most {MaxName}", () => admin.Directory.RegisterOemAsync(new RegisterOemRequest { RequestId = fresh, OemId = "OEM-" + fresh, Name = Long(MaxName + 1) }, o()).ResponseAsync),
            ("RegisterOem", "request_id", $"must be at most {MaxRequestId}", () => admin.Directory.RegisterOemAsync(new RegisterOemRequest { RequestId = Long(MaxRequestId + 1), OemId = "OEM-" + fresh, Name = "OEM" }, o()).ResponseAsync),
            ("RegisterSupplier", "supplier_id", $"must be at most {MaxId}", () => admin.Directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = fresh, SupplierId = LongId(MaxId + 1), Name = "Supplier" }, o()).ResponseAsync),
            ("RegisterSupplier", "name_zh", $"must be at most {MaxName}", () => admin.Directory.RegisterSupplierAsync(new RegisterSupplierRequest { RequestId = fresh, SupplierId = "SUP-" + fresh, Name = "Supplier", NameZh = new string('供', MaxName + 1) }, o()).ResponseAsync),
            ("RegisterPart", "description", $"must be at most {MaxName}", () => admin.Directory.RegisterPartAsync(new RegisterPartRequest { RequestId = fresh, PartNumber = "P-" + fresh, Description = Long(MaxName + 1) }, o()).ResponseAsync),
            ("AddSourcing", "part_number", $"must be at most {MaxId}", () => admin.Directory.AddSourcingAsync(new AddSourcingRequest { RequestId = fresh, OemId = w.OemA, SupplierId = w.S, PartNumber = LongId(MaxId + 1) }, o()).ResponseAsync),
            ("RecordReceipt", "lot_number", $"must be at most {MaxId}", () => sqe.Receipts.RecordReceiptAsync(receiptLongLot, o()).ResponseAsync),
            ("RecordReceipt", "oem_id", $"must be at most {MaxId}", () => sqe.Receipts.RecordReceiptAsync(receiptLongOem, o()).ResponseAsync),
            ("RecordReceipt", "request_id", $"must be at most {MaxRequestId}", () => sqe.Receipts.RecordReceiptAsync(receiptLongRequestId, o()).ResponseAsync),
            ("RaiseNonconformance", "description", $"must be at most {MaxText}", () => sqe.Nonconformances.RaiseNonconformanceAsync(ncrTooLong, o()).ResponseAsync),
            ("RaiseNonconformance", "lot_number", $"must be at most {MaxId}", () => sqe.Nonconformances.RaiseNonconformanceAsync(ncrLongLot, o()).ResponseAsync),
            ("RequestEightD", "nonconformance_ids", $"must have at most {MaxList} entries", () => sqe.EightDs.RequestEightDAsync(tooManyNcrs, o()).ResponseAsync),
            ("RequestEightD", "title", $"must be at most {MaxName}", () => sqe.EightDs.RequestEightDAsync(
                new RequestEightDRequest { RequestId = fresh + "-8d-title", OemId = w.OemA, SupplierId = w.S, Title = Long(MaxName + 1), NonconformanceIds = { w.SpareNcrA } }, o()).ResponseAsync),
            ("SubmitDiscipline", "eight_d_id", $"must be at most {MaxId}", () => supplier.EightDs.SubmitDisciplineAsync(
                new SubmitDisciplineRequest { EightDId = LongId(MaxId + 1), Discipline = Discipline.D0Preparation, Content = SupplyChain.Content(Discipline.D0Preparation) }, o()).ResponseAsync),
            ("SubmitDiscipline", "preparation.symptom", $"must be at most {MaxText}", () => supplier.EightDs.SubmitDisciplineAsync(
                new SubmitDisciplineRequest { EightDId = w.EightDA, Discipline = Discipline.D0Preparation, Content = longSymptom }, o()).ResponseAsync),
            ("SubmitDiscipline", "preparation.emergency_response_actions", $"must have at most {MaxList} entries", () => supplier.EightDs.SubmitDisciplineAsync(
                new SubmitDisciplineRequest { EightDId = w.EightDA, Discipline = Discipline.D0Preparation, Content = manyActions }, o()).ResponseAsync),
            ("ReviewDiscipline", "reason", $"must be at most {MaxText}", () => sqe.EightDs.ReviewDisciplineAsync(
                new ReviewDisciplineRequest { EightDId = w.EightDA, Discipline = Discipline.D0Preparation, Decision = ReviewDecision.Reject, Reason = Long(MaxText + 1) }, o()).ResponseAsync),
            ("SetEscalation", "reason", $"must be at most {MaxText}", () => sqe.Scorecards.SetEscalationAsync(
                new SetEscalationRequest { RequestId = fresh + "-esc", OemId = w.OemA, SupplierId = w.S, Level = EscalationLevel.ControlledShipping1, Reason = Long(MaxText + 1) }, o()).ResponseAsync),
            ("SetEscalation", "request_id", $"must be at most {MaxRequestId}", () => sqe.Scorecards.SetEscalationAsync(
                new SetEscalationRequest { RequestId = Long(MaxRequestId + 1), OemId = w.OemA, SupplierId = w.S, Level = EscalationLevel.ControlledShipping1, Reason = "r" }, o()).ResponseAsync),
            // Reads name their oversize ids too.
            ("GetNonconformance", "nonconformance_id", $"must be at most {MaxId}", () => sqe.Nonconformances.GetNonconformanceAsync(new GetNonconformanceRequest { NonconformanceId = LongId(MaxId + 1) }, o()).ResponseAsync),
            ("ListNonconformances", "supplier_id", $"must be at most {MaxId}", () => sqe.Nonconformances.ListNonconformancesAsync(new ListNonconformancesRequest { OemId = w.OemA, SupplierId = LongId(MaxId + 1) }, o()).ResponseAsync),
        };

        string before = await w.SnapshotAsync();
        var wrong = new List<string>();
        foreach (var (rpc, field, rule, call) in cases)
        {
            var outcome = await SecurityProbe.Run(call);
            output.WriteLine($"{rpc,-20} {field,-40} {outcome}");
            if (outcome.Status != StatusCode.InvalidArgument || !outcome.Detail.Contains($"{field}: {rule}", StringComparison.Ordinal))
            {
                wrong.Add($"{rpc} {field}: expected INVALID_ARGUMENT '{field}: {rule}...', got {outcome}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await w.SnapshotAsync());
        var eightD = await sqe.EightDs.GetEightDAsync(new GetEightDRequest { EightDId = w.EightDA }, o());
        Assert.All(eightD.Disciplines, d => Assert.Equal(DisciplineStatus.NotSubmitted, d.Status));
        var part = await SecurityProbe.Run(() => admin.Directory.GetPartAsync(new GetPartRequest { PartNumber = "P-" + fresh, OemId = w.OemA }, o()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, part.Status);
        var registered = await SecurityProbe.Run(() => admin.Directory.GetSupplierAsync(new GetSupplierRequest { SupplierId = "SUP-" + fresh }, o()).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, registered.Status);
    }

    [Fact]
    public async Task The_board_hub_names_an_oversize_id_too()
    {
        var w = await TwoOemWorld.CreateAsync(Hub);
        await using var board = await SecurityProbe.ConnectBoardAsync(Hub, w.SqeA.Token);

        var outcome = await SecurityProbe.Run(() => SecurityProbe.InvokeAsync(board, "GetNonconformance", "N" + new string('1', MaxId)));

        Assert.True(outcome.FromHub, outcome.ToString());
        Assert.Contains("nonconformance_id: must be at most 64", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_above_one_MiB_is_RESOURCE_EXHAUSTED_and_writes_nothing()
    {
        var w = await TwoOemWorld.CreateAsync(Hub);
        var huge = w.A.Ncr("huge-" + w.Suffix, 1);
        huge.Description = SecurityProbe.Text(1024 * 1024 + 1024);
        Assert.True(huge.CalculateSize() > 1024 * 1024);
        string before = await w.SnapshotAsync();

        var outcome = await SecurityProbe.Run(() => w.SqeA.Clients.Nonconformances.RaiseNonconformanceAsync(huge, SecurityProbe.Options()).ResponseAsync);

        output.WriteLine(outcome.ToString());
        Assert.Equal(StatusCode.ResourceExhausted, outcome.Status);
        Assert.Equal(before, await w.SnapshotAsync());

        // Just below the limit the message is read, and then refused for the field's own limit.
        var large = w.A.Ncr("large-" + w.Suffix, 1);
        large.Description = SecurityProbe.Text(1000 * 1000);
        Assert.True(large.CalculateSize() < 1024 * 1024);
        outcome = await SecurityProbe.Run(() => w.SqeA.Clients.Nonconformances.RaiseNonconformanceAsync(large, SecurityProbe.Options()).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, outcome.Status);
        Assert.Contains("description", outcome.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_REST_body_above_one_MiB_is_413_and_writes_nothing(bool withContentLength)
    {
        var w = await TwoOemWorld.CreateAsync(Hub);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };
        var path = $"/v1/oems/{w.OemA}/nonconformances";
        string before = await w.SnapshotAsync();

        var (status, body) = await PostJsonAsync(http, path, w.SqeA.Token, RestNcr(w, "rest-huge-" + withContentLength, SecurityProbe.Text(1024 * 1024 + 1024)), withContentLength);

        output.WriteLine($"{(withContentLength ? "Content-Length" : "chunked")}: {(int)status} {body}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal((int)StatusCode.ResourceExhausted, body.GetProperty("code").GetInt32());
        Assert.Contains("1048576", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await w.SnapshotAsync());

        // Just below the limit the body is read, and then refused for the field's own limit as over gRPC.
        (status, body) = await PostJsonAsync(http, path, w.SqeA.Token, RestNcr(w, "rest-large-" + withContentLength, SecurityProbe.Text(1000 * 1000)), withContentLength);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("description", body.GetProperty("message").GetString(), StringComparison.Ordinal);

        // A body within every limit is served as before.
        (status, body) = await PostJsonAsync(http, path, w.SqeA.Token, RestNcr(w, "rest-small-" + withContentLength, "Bore oversize"), withContentLength);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(w.OemA, body.GetProperty("oemId").GetString());
    }

    private static string RestNcr(TwoOemWorld w, string requestId, string description) => JsonSerializer.Serialize(new
    {
        requestId,
        supplierId = w.S,
        partNumber = w.A.Part,
        lotNumber = "LOT-REST",
        defectiveQuantity = 1,
        defectCode = "DIM-OOT",
        severity = "SEVERITY_MAJOR",
        detectionPoint = "DETECTION_POINT_INCOMING_INSPECTION",
        description,
        detectedAt = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(HttpClient http, string path, string token, string json, bool withContentLength)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var bytes = Encoding.UTF8.GetBytes(json);
        // Without a known length the client sends the body chunked.
        request.Content = withContentLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A readable stream that does not tell its length, so HttpClient sends it with chunked encoding.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    public static TheoryData<string, byte[]> MalformedMessages() => new()
    {
        // Field 1 (request_id) claims 16 bytes, one follows.
        { "truncated string", [0x0A, 0x10, 0x41] },
        // Field 1 with wire type 7, which does not exist.
        { "invalid wire type", [0x0F, 0x01] },
        // Tag 0 is never valid.
        { "field number zero", [0x00, 0x01] },
        // A varint of eleven bytes.
        { "overlong varint", [0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01] },
    };

    [Theory]
    [MemberData(nameof(MalformedMessages))]
    public async Task Malformed_protobuf_fails_the_call_and_writes_nothing(string what, byte[] payload)
    {
        var w = await TwoOemWorld.CreateAsync(Hub);
        var bytes = Marshallers.Create<byte[]>(b => b, b => b);
        var raise = new Method<byte[], byte[]>(MethodType.Unary, "supplyquality.v1.NonconformanceService", "RaiseNonconformance", bytes, bytes);
        var invoker = Hub.Channel.CreateCallInvoker();
        var auth = new Metadata { { "Authorization", "Bearer " + w.SqeA.Token } };
        string before = await w.SnapshotAsync();

        var outcome = await SecurityProbe.Run(() => invoker.AsyncUnaryCall(raise, null, SecurityProbe.Options(auth), payload).ResponseAsync);

        output.WriteLine($"{what}: {outcome}");
        // Observed: ASP.NET Core gRPC fails to deserialize before any interceptor runs and answers UNKNOWN
        // ("Exception was thrown by handler."), not INVALID_ARGUMENT or INTERNAL; no parser detail leaks.
        Assert.True(outcome.Status == StatusCode.Unknown, $"{what}: {outcome}");
        Assert.DoesNotContain("Protobuf", outcome.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await w.SnapshotAsync());

        // The same raw path with a well-formed message works: the failure was the bytes.
        var valid = w.A.Ncr("raw-" + w.Suffix, 1).ToByteArray();
        var answer = Nonconformance.Parser.ParseFrom(await invoker.AsyncUnaryCall(raise, null, SecurityProbe.Options(auth), valid).ResponseAsync);
        Assert.Equal(w.OemA, answer.OemId);
    }
}
