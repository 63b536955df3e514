using System.Security.Cryptography;

namespace Steady.Serve;

/// <summary>
/// The reload script and the banner's style sheet, embedded in the program (<c>Serve/Assets/</c>). Pages link them
/// with <see cref="Version"/> in the query, so browsers may keep them: a reloading page then fetches only itself.
/// </summary>
internal static class ServeAssets
{
    public static byte[] Script { get; } = Read("reload.js");

    public static byte[] Style { get; } = Read("serve.css");

    /// <summary>A short hash of both files, which changes when either does.</summary>
    public static string Version { get; } = Convert.ToHexStringLower(SHA256.HashData([.. Script, .. Style]))[..12];

    private static byte[] Read(string name)
    {
        using var stream = typeof(ServeAssets).Assembly.GetManifestResourceStream("Steady.Serve." + name)
            ?? throw new InvalidOperationException($"the program has no embedded {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
