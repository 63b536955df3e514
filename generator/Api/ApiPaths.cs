namespace Steady.Api;

/// <summary>Site paths of the API files, under <c>api/v1/</c>.</summary>
public static class ApiPaths
{
    public const string Root = "api/v1/";
    public const string Index = Root + "index.json";
    public const string Projects = Root + "projects.json";
    public const string Caution = Root + "caution.json";
    public const string Purls = Root + "purls.json";
    public const string Stewards = Root + "stewards.json";
    public const string Sponsors = Root + "sponsors.json";
    public const string Full = Root + "full.json";
    public const string SchemaFolder = Root + "schema/";

    public static string Project(string slug) => $"{Root}projects/{slug}.json";

    public static string Schema(string name) => $"{SchemaFolder}{name}.schema.json";
}
