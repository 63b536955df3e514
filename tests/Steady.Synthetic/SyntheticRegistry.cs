using System.Text;
using Steady.Synthetic.Model;

namespace Steady.Synthetic;

/// <summary>
/// Writes a synthetic registry in the DESIGN.md format, and optionally the equivalent Hugo
/// content, streaming one file at a time so that 100,000 projects need little memory.
/// The same count and seed always give byte-identical files.
/// </summary>
public static class SyntheticRegistry
{
    /// <summary>
    /// Writes <paramref name="count"/> projects, <c>stewards.yml</c> and the sponsors to
    /// <paramref name="dir"/>, and, when <paramref name="hugoDir"/> is given,
    /// <c>content/projects/&lt;slug&gt;.md</c> under it. Both folders must be empty or absent.
    /// </summary>
    public static SyntheticSummary Write(int count, int seed, string dir, string? hugoDir = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(dir);
        var projectsDir = Path.Combine(dir, "projects");
        var sponsorsDir = Path.Combine(dir, "sponsors");
        var hugoProjectsDir = hugoDir is null ? null : Path.Combine(hugoDir, "content", "projects");
        EnsureEmpty(dir);
        if (hugoDir is not null)
        {
            EnsureEmpty(hugoDir);
        }

        Directory.CreateDirectory(projectsDir);
        Directory.CreateDirectory(sponsorsDir);
        if (hugoProjectsDir is not null)
        {
            Directory.CreateDirectory(hugoProjectsDir);
        }

        var factory = new RegistryFactory(count, seed);
        var builder = new StringBuilder(16 * 1024);
        var writer = new Utf8FileWriter();
        long bytes = 0;

        RegistryYaml.WriteStewards(builder, factory.Stewards);
        bytes += writer.Write(builder, Path.Combine(dir, "stewards.yml"));
        foreach (var sponsor in factory.Sponsors)
        {
            RegistryYaml.WriteSponsor(builder, sponsor);
            bytes += writer.Write(builder, Path.Combine(sponsorsDir, sponsor.Slug + ".yml"));
        }

        for (var i = 0; i < count; i++)
        {
            SyntheticProject project = factory.CreateProject(i);
            RegistryYaml.WriteProject(builder, project);
            bytes += writer.Write(builder, Path.Combine(projectsDir, project.Slug + ".yml"));
            if (hugoProjectsDir is not null)
            {
                HugoPage.Write(builder, project);
                bytes += writer.Write(builder, Path.Combine(hugoProjectsDir, project.Slug + ".md"));
            }
        }

        return new SyntheticSummary(count, factory.Stewards.Count, factory.Sponsors.Count, hugoProjectsDir is null ? 0 : count, bytes);
    }

    private static void EnsureEmpty(string dir)
    {
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
        {
            throw new IOException($"{dir} is not empty; the synthetic registry is written only to an empty or new folder.");
        }

        if (File.Exists(dir))
        {
            throw new IOException($"{dir} is a file, not a folder.");
        }
    }
}
