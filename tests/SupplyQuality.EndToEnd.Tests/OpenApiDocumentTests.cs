using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;
using SupplyQuality.Contracts.V1;
using Xunit.Abstractions;

namespace SupplyQuality.EndToEnd.Tests;

/// <summary>
/// The hub's OpenAPI document (/swagger/v1/swagger.json) is a valid OpenAPI document and has an operation, with the
/// HTTP method and path of its google.api.http option, for every RPC of the protos that has one.
/// </summary>
[Collection(SharedHubCollection.Name)]
public sealed class OpenApiDocumentTests(HubFixture fixture, ITestOutputHelper output)
{
    private HubProcess Hub => fixture.Hub;

    /// <summary>An RPC with a REST route: the method's full name, the HTTP method and the path as OpenAPI writes it.</summary>
    public sealed record Route(string Rpc, OperationType Method, string Path);

    [Fact]
    public async Task The_document_reads_without_errors_and_covers_every_RPC_with_an_http_option()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Hub.WebPort}"), Timeout = TimeSpan.FromSeconds(30) };
        await using var stream = await http.GetStreamAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        // The reader checks the document against the specification and runs the default validation rules.
        var document = new OpenApiStreamReader().Read(stream, out var diagnostic);

        foreach (var warning in diagnostic.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        Assert.True(diagnostic.Errors.Count == 0, string.Join("\n", diagnostic.Errors.Select(e => e.ToString())));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);

        var routes = AnnotatedRoutes();
        Assert.Contains(routes, r => r.Rpc == "supplyquality.v1.ReceiptService.RecordReceipts" && r.Path == "/v1/oems/{oemId}/receipts:batch");
        var missing = new List<string>();
        foreach (var route in routes)
        {
            output.WriteLine($"{route.Method,-7} {route.Path,-60} {route.Rpc}");
            if (!document.Paths.TryGetValue(route.Path, out var item) || !item.Operations.ContainsKey(route.Method))
            {
                missing.Add($"{route.Rpc}: {route.Method} {route.Path}");
            }
        }

        Assert.True(missing.Count == 0, "not in the OpenAPI document:\n" + string.Join("\n", missing));
        // And nothing else: every operation of the document is one of the annotated RPCs.
        var documented = document.Paths.SelectMany(p => p.Value.Operations.Keys.Select(m => (m, p.Key))).ToHashSet();
        Assert.Equal(routes.Select(r => (r.Method, r.Path)).ToHashSet(), documented);
    }

    /// <summary>Every RPC of the protos (the Contracts assembly's descriptors) with a google.api.http option.</summary>
    private static List<Route> AnnotatedRoutes()
    {
        var files = typeof(ReceiptService).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ReceiptService).Namespace && t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => (FileDescriptor)t.GetProperty("Descriptor")!.GetValue(null)!)
            .ToList();
        Assert.Contains(files, f => f.Name == "supplyquality/v1/receipts.proto");
        var routes = new List<Route>();
        foreach (var method in files.SelectMany(f => f.Services).SelectMany(s => s.Methods))
        {
            var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
            if (rule is null)
            {
                continue;
            }

            foreach (var binding in new[] { rule }.Concat(rule.AdditionalBindings))
            {
                var (verb, template) = binding.PatternCase switch
                {
                    HttpRule.PatternOneofCase.Get => (OperationType.Get, binding.Get),
                    HttpRule.PatternOneofCase.Post => (OperationType.Post, binding.Post),
                    HttpRule.PatternOneofCase.Put => (OperationType.Put, binding.Put),
                    HttpRule.PatternOneofCase.Delete => (OperationType.Delete, binding.Delete),
                    HttpRule.PatternOneofCase.Patch => (OperationType.Patch, binding.Patch),
                    _ => throw new InvalidOperationException($"{method.FullName}: unsupported http pattern {binding.PatternCase}"),
                };
                routes.Add(new Route(method.FullName, verb, OpenApiPath(template, method.InputType)));
            }
        }

        return routes;
    }

    /// <summary>The proto template with each {field} as its JSON name, as the OpenAPI document spells path parameters.</summary>
    private static string OpenApiPath(string template, MessageDescriptor input) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([a-z0-9_.]+)\}", match =>
        {
            var message = input;
            var names = new List<string>();
            foreach (var part in match.Groups[1].Value.Split('.'))
            {
                var field = message?.FindFieldByName(part) ?? throw new InvalidOperationException($"{input.FullName} has no field {match.Groups[1].Value}");
                names.Add(field.JsonName);
                message = field.FieldType == FieldType.Message ? field.MessageType : null;
            }

            return "{" + string.Join(".", names) + "}";
        });
}
