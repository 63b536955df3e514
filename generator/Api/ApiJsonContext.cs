using System.Text.Json.Serialization;
using Steady.Badges;
using Steady.Feeds;

namespace Steady.Api;

/// <summary>
/// Serialization code for every JSON document the build writes, made at compile time with the settings of
/// <see cref="ApiJson.Options"/>: no reflection at run time, and objects are written by code made for their type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiEndpoint>>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiProjectSummary>>))]
[JsonSerializable(typeof(ApiEnvelope<ApiProject>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiCautionEntry>>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyDictionary<string, string>>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiSteward>>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiSponsor>>))]
[JsonSerializable(typeof(ApiEnvelope<IReadOnlyList<ApiProject>>))]
[JsonSerializable(typeof(JsonFeed))]
[JsonSerializable(typeof(ShieldsEndpoint))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
