using System.Diagnostics;
using Steady.Config;
using Steady.Write;

namespace Steady.Tests.Site;

/// <summary>Determinism and the write stage: same input, same bytes; a failed build leaves the previous output whole.</summary>
public sealed class OutputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Two_builds_into_different_folders_are_byte_identical()
    {
        SiteBuilds.Build("site-registry", _temp.Sub("a"));
        SiteBuilds.Build("site-registry", _temp.Sub("b"));
        var a = SiteBuilds.Files(_temp.Sub("a"));
        var b = SiteBuilds.Files(_temp.Sub("b"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, f => Assert.True(f.Value.AsSpan().SequenceEqual(b[f.Key]), f.Key));
        Assert.All(a.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), f => Assert.DoesNotContain((byte)'\r', f.Value));
    }

    [Fact]
    public void A_build_that_fails_while_writing_leaves_the_previous_output_whole()
    {
        var output = _temp.Sub("_site");
        SiteBuilds.Build("site-registry", output);
        var before = SiteBuilds.Files(output);

        var failure = Assert.Throws<IOException>(() =>
            SiteBuilds.Build("site-registry", output, FixturePaths.AsOf.AddDays(1), sink => new FailingSink(sink, 10)));
        Assert.Contains("simulated", failure.Message, StringComparison.Ordinal);

        var after = SiteBuilds.Files(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
        Assert.Equal(["_site"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_invalid_registry_writes_nothing()
    {
        var registry = _temp.Sub("registry");
        CopyFolder(Path.Combine(FixturePaths.Fixture("site-registry"), "registry-data"), registry);
        var output = _temp.Sub("_site");
        SiteBuilds.Build("site-registry", output);
        var before = SiteBuilds.Files(output);
        File.AppendAllText(Path.Combine(registry, "projects", "zstream.yml"), "unknown_key: 1\n");

        var result = SiteBuilds.Build("site-registry", output, overrides: new SettingsOverrides { Registry = registry });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == "ST001");
        Assert.Equal(before.Keys, SiteBuilds.Files(output).Keys);
        Assert.Single(Directory.EnumerateDirectories(_temp.Path), d => Path.GetFileName(d).StartsWith("_site", StringComparison.Ordinal));
    }

    [Fact]
    public void Unchanged_files_are_not_rewritten_and_changed_files_are()
    {
        var output = _temp.Sub("_site");
        SiteBuilds.Build("site-registry", output);
        var project = Path.Combine(output, "projects", "zstream", "index.html");
        var home = Path.Combine(output, "index.html");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(project, old);
        File.SetLastWriteTimeUtc(home, old);
        var badge = Path.Combine(output, "badges", "zstream.svg");
        File.SetLastWriteTimeUtc(badge, old);

        var same = SiteBuilds.Build("site-registry", output);
        Assert.Equal(same.Written!.Files, same.Written.Unchanged);
        Assert.Equal(old, File.GetLastWriteTimeUtc(project));

        var retitled = SiteBuilds.Build("site-registry", output, overrides: new SettingsOverrides { Title = "Another title" });
        // Every page and feed carries the title; badges and the API's project files do not and stay untouched.
        Assert.True(retitled.Written!.Written >= retitled.Pages, $"{retitled.Written.Written} written for {retitled.Pages} pages");
        Assert.True(retitled.Written.Unchanged > 0);
        Assert.Equal(old, File.GetLastWriteTimeUtc(badge));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(home));
        Assert.Contains("Another title", File.ReadAllText(home), StringComparison.Ordinal);
    }

    [Fact]
    public void Staging_folders_of_builds_that_died_are_cleaned()
    {
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        var output = _temp.Sub("_site");
        var stale = $"{output}.staging-{gone.Id}-1";
        Directory.CreateDirectory(Path.Combine(stale, "projects"));
        var unrelated = _temp.Sub("_site.backup");
        Directory.CreateDirectory(unrelated);

        SiteBuilds.Build("site-registry", output);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void The_output_guard_refuses_folders_a_swap_would_destroy()
    {
        Assert.NotNull(OutputFolderGuard.Problem(FixturePaths.Root, []));
        Assert.NotNull(OutputFolderGuard.Problem(_temp.Path, [_temp.Sub("registry")]));
        File.WriteAllText(_temp.Sub("notes.txt"), "mine");
        Assert.NotNull(OutputFolderGuard.Problem(_temp.Path, []));
        Assert.Null(OutputFolderGuard.Problem(_temp.Sub("new"), []));
    }

    [Fact]
    public void Two_outputs_may_not_claim_one_path()
    {
        using var sink = new DirectorySink(_temp.Sub("_site"));
        sink.WriteText("a/index.html", "one");
        Assert.Throws<InvalidOperationException>(() => sink.WriteText("a/index.html", "two"));
        Assert.Throws<ArgumentException>(() => sink.WriteText("../escape.html", "x"));
        Assert.Throws<ArgumentException>(() => sink.WriteText("/absolute.html", "x"));
    }

    [Fact]
    public void Identical_small_files_of_one_build_are_one_file_on_disk()
    {
        var output = _temp.Sub("_site");
        var large = new string('x', DirectorySink.SharedMaxBytes + 1);
        WriteSummary summary;
        using (var sink = new DirectorySink(output))
        {
            sink.WriteText("badges/a.svg", "<svg>active</svg>");
            sink.WriteText("badges/b.svg", "<svg>active</svg>");
            sink.WriteText("badges/c.svg", "<svg>hiatus</svg>");
            sink.WriteText("api/a.json", large);
            sink.WriteText("api/b.json", large);
            summary = sink.Commit();
        }

        Assert.Equal(5, summary.Written);
        Assert.Equal(1, summary.Shared);
        Assert.Equal("<svg>active</svg>", File.ReadAllText(Path.Combine(output, "badges", "b.svg")));

        // One file under two names: a change made through one name shows through the other.
        File.AppendAllText(Path.Combine(output, "badges", "a.svg"), "!");
        Assert.Equal("<svg>active</svg>!", File.ReadAllText(Path.Combine(output, "badges", "b.svg")));
        Assert.Equal("<svg>hiatus</svg>", File.ReadAllText(Path.Combine(output, "badges", "c.svg")));
        File.AppendAllText(Path.Combine(output, "api", "a.json"), "!");
        Assert.Equal(large, File.ReadAllText(Path.Combine(output, "api", "b.json")));
    }

    [Fact]
    public void Files_written_into_one_folder_by_many_threads_at_once_are_all_written_whole()
    {
        var output = _temp.Sub("_one_folder");
        WriteSummary summary;
        using (var sink = new DirectorySink(output))
        {
            // Eight threads start together, each writing its share of 800 files larger than a shared small file.
            AllAtOnce(8, 800, i => sink.WriteText($"api/v1/projects/p{i}.json", $"{i}:" + new string((char)('a' + i % 26), DirectorySink.SharedMaxBytes + i)));
            summary = sink.Commit();
        }

        Assert.Equal(800, summary.Written);
        Assert.Equal(0, summary.Shared);
        var folder = Path.Combine(output, "api", "v1", "projects");
        Assert.Equal(800, Directory.EnumerateFiles(folder).Count());
        for (var i = 0; i < 800; i++)
        {
            var text = File.ReadAllText(Path.Combine(folder, $"p{i}.json"));
            Assert.Equal($"{i}:" + new string((char)('a' + i % 26), DirectorySink.SharedMaxBytes + i), text);
        }
    }

    [Fact]
    public void Identical_small_files_written_at_once_are_one_file_whatever_the_timing()
    {
        for (var round = 0; round < 5; round++)
        {
            var output = _temp.Sub($"_race{round}");
            WriteSummary summary;
            using (var sink = new DirectorySink(output))
            {
                // Eight threads start together, each writing its share of 400 files of four contents.
                AllAtOnce(8, 400, i => sink.WriteText($"badges/{i}.svg", $"<svg>{i % 4}</svg>"));
                summary = sink.Commit();
            }

            Assert.Equal(400, summary.Written);
            Assert.Equal(396, summary.Shared);
            File.AppendAllText(Path.Combine(output, "badges", "0.svg"), "!");
            Assert.Equal("<svg>0</svg>!", File.ReadAllText(Path.Combine(output, "badges", "396.svg")));
            Assert.Equal("<svg>1</svg>", File.ReadAllText(Path.Combine(output, "badges", "397.svg")));
        }
    }

    [Fact]
    public void A_first_build_writes_every_file_new_and_the_next_keeps_them()
    {
        var output = _temp.Sub("_first");
        WriteSummary Build()
        {
            using var sink = new DirectorySink(output);
            sink.Write("a.txt", "a"u8);
            ((IOutputSink)sink).Write("b/big.bin", [new byte[] { 1 }, new byte[70_000]]);
            sink.WriteStream("c/streamed.txt", s => s.Write("c"u8));
            return sink.Commit();
        }

        Assert.False(Directory.Exists(output));
        var first = Build();
        var second = Build();

        Assert.Equal((3, 0), (first.Written, first.Unchanged));
        Assert.Equal((0, 3), (second.Written, second.Unchanged));
        Assert.Equal("c", File.ReadAllText(Path.Combine(output, "c", "streamed.txt")));
    }

    [Fact]
    public void A_file_given_in_parts_is_written_whole_and_kept_when_unchanged()
    {
        var output = _temp.Sub("_site");
        ReadOnlyMemory<byte>[] Parts(byte last) => [new byte[] { 1, 2, 3 }, new byte[70_000], new byte[] { 4, last }];
        void Build(byte last)
        {
            using var sink = new DirectorySink(output);
            ((IOutputSink)sink).Write("api/big.json", Parts(last));
            sink.Commit();
        }

        Build(5);
        var file = Path.Combine(output, "api", "big.json");
        Assert.Equal(Parts(5).SelectMany(p => p.ToArray()), File.ReadAllBytes(file));
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);

        Build(5);
        Assert.Equal(old, File.GetLastWriteTimeUtc(file));

        Build(6);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(file));
        Assert.Equal(Parts(6).SelectMany(p => p.ToArray()), File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData(5, 5, true)]
    [InlineData(5, 6, false)]
    [InlineData(5, -1, false)]
    public void A_streamed_file_is_written_whole_and_kept_when_unchanged(int first, int second, bool kept)
    {
        var output = _temp.Sub("_site");
        // Pieces smaller and larger than the sink's buffer; a negative last byte stands for a file one byte shorter.
        byte[] Content(int last)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < 40; i++)
            {
                bytes.AddRange(Enumerable.Range(0, i % 7 == 0 ? 300_000 : 1_000).Select(b => (byte)(b * 31 + i)));
            }

            if (last >= 0)
            {
                bytes.Add((byte)last);
            }

            return bytes.ToArray();
        }

        void Build(int last)
        {
            var content = Content(last);
            using var sink = new DirectorySink(output);
            sink.WriteStream("api/v1/all.json", stream =>
            {
                for (var at = 0; at < content.Length; at += 70_001)
                {
                    stream.Write(content, at, Math.Min(70_001, content.Length - at));
                }
            });
            var summary = sink.Commit();
            Assert.Equal(1, summary.Files);
        }

        Build(first);
        var file = Path.Combine(output, "api", "v1", "all.json");
        Assert.Equal(Content(first), File.ReadAllBytes(file));
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);

        Build(second);
        Assert.Equal(Content(second), File.ReadAllBytes(file));
        Assert.Equal(kept, File.GetLastWriteTimeUtc(file) == old);
        Assert.Equal(["all.json"], Directory.GetFiles(Path.GetDirectoryName(file)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_streamed_file_reaches_other_sinks_whole()
    {
        var sink = new MemorySink();
        ((IOutputSink)sink).WriteStream("api/v1/all.json", stream =>
        {
            stream.Write("{\"a\":"u8);
            stream.Write("1}"u8);
        });

        Assert.Equal("{\"a\":1}", System.Text.Encoding.UTF8.GetString(sink.Files["api/v1/all.json"]));
    }

    /// <summary>Runs <paramref name="write"/> for 0 to <paramref name="count"/> - 1 on threads that all start at once, each taking every n-th.</summary>
    private static void AllAtOnce(int threadCount, int count, Action<int> write)
    {
        using var start = new Barrier(threadCount);
        var threads = Enumerable.Range(0, threadCount).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = t; i < count; i += threadCount)
            {
                write(i);
            }
        })).ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());
    }

    public void Dispose() => _temp.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
