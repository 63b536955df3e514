using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Steady.Api;
using Steady.Badges;
using Steady.Feeds;
using Steady.Tests.Support;

namespace Steady.Tests.Api;

public sealed class ApiJsonContextTests
{
    private static readonly MemorySink Sink = FeedsFixture.PublishAll();

    /// <summary>The settings of <see cref="ApiJson.Options"/>, serialized by reflection alone.</summary>
    private static readonly JsonSerializerOptions Reflection =
        new(ApiJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), Encoder = ApiJson.Encoder };

    public static TheoryData<Type> Written() =>
        new([.. ApiFiles.All.Select(f => f.EnvelopeType), typeof(JsonFeed), typeof(ShieldsEndpoint)]);

    [Theory]
    [MemberData(nameof(Written))]
    public void Every_document_the_build_writes_has_code_made_at_compile_time(Type type) =>
        Assert.NotNull(ApiJsonContext.Default.GetTypeInfo(type));

    [Fact]
    public void A_type_the_context_does_not_know_is_refused_not_serialized_by_reflection()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            ApiJson.Write(new MemorySink(), "x.json", new ApiEnvelope<IReadOnlyList<DateTime>>(1, new DateOnly(2026, 11, 27), 0, [])));
        Assert.Contains(nameof(ApiJsonContext), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiled_code_writes_the_bytes_reflection_writes()
    {
        var files = Sink.Paths(p => p.EndsWith(".json", StringComparison.Ordinal)
            && !p.StartsWith(ApiPaths.SchemaFolder, StringComparison.Ordinal) && p != ApiPaths.Full).ToArray();
        var kinds = new HashSet<Type>();
        foreach (var path in files)
        {
            var type = TypeOf(path);
            kinds.Add(type);
            var text = Sink.Text(path);
            var value = JsonSerializer.Deserialize(text, type, ApiJson.Options);
            Assert.Equal(text, JsonSerializer.Serialize(value, type, Reflection) + "\n");
        }

        Assert.Equal(ApiFiles.All.Count - 1 + 2, kinds.Count);
    }

    private static Type TypeOf(string path) => path switch
    {
        _ when path.StartsWith("badges/", StringComparison.Ordinal) => typeof(ShieldsEndpoint),
        _ when path.StartsWith("feeds/", StringComparison.Ordinal) || path.EndsWith("/feed.json", StringComparison.Ordinal) => typeof(JsonFeed),
        _ => ApiFiles.All.SingleOrDefault(f => f.Path == path || (f == ApiFiles.Project && path.StartsWith(ApiPaths.Root + "projects/", StringComparison.Ordinal)))?.EnvelopeType
            ?? throw new InvalidOperationException($"{path}: no document type"),
    };
}
