namespace Steady.Serve;

/// <summary>The addresses <c>steady serve</c> adds to the site, outside any base path; nothing of the built site lives there.</summary>
internal static class ServePaths
{
    public const string Prefix = "/__steady/";

    public const string Events = Prefix + "events";

    public const string Script = Prefix + "reload.js";

    public const string Style = Prefix + "serve.css";
}
