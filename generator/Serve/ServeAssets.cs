namespace Steady.Serve;

/// <summary>The reload script and the banner's style sheet, embedded in the program (<c>Serve/Assets/</c>).</summary>
internal static class ServeAssets
{
    public static byte[] Script { get; } = Read("reload.js");

    public static byte[] Style { get; } = Read("serve.css");

    private static byte[] Read(string name)
    {
        using var stream = typeof(ServeAssets).Assembly.GetManifestResourceStream("Steady.Serve." + name)
            ?? throw new InvalidOperationException($"the program has no embedded {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
