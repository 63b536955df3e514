using Steady.Tests.Support;

namespace Steady.Tests.Audit;

/// <summary>Compares output with a golden file under tests/Golden, or rewrites it when STEADY_UPDATE_GOLDEN=1.</summary>
internal static class GoldenFile
{
    public static void Check(string relativePath, string actual)
    {
        var path = SourceTree.PathOf("tests/Golden", relativePath);
        if (SourceTree.UpdateGolden)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with STEADY_UPDATE_GOLDEN=1 to write it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var line = 0;
            while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
            {
                line++;
            }

            Assert.Fail(
                $"{relativePath} differs from its golden file at line {line + 1}:\n"
                + $"expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}\n"
                + $"actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}\n"
                + "run the tests with STEADY_UPDATE_GOLDEN=1 to accept the new output");
        }
    }
}
