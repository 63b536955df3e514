using System.Text;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Synthetic;
using Steady.Tests.Support;

namespace Steady.Tests.Validation;

/// <summary>
/// The fast block reader gives exactly what YamlDotNet gives (values, plain or quoted, and every position) for each
/// file it accepts, accepts the files registry entries are made of, and declines the rest, which YamlDotNet then reads.
/// </summary>
public sealed class BlockYamlReaderTests
{
    [Fact]
    public void Values_keep_their_text_after_the_next_file_is_read_into_the_same_buffer()
    {
        // Files are decoded into a rented buffer that the next file reuses: a value must never be a view of it.
        static YamlValue Read(string text) => SafeYamlReader.Read(Encoding.UTF8.GetBytes(text), "x.yml", new DiagnosticBag())!;
        var first = (YamlMapping)Read("name: \"alpha\"\nsummary: one two three\nlist: [a, b]\n");
        var second = (YamlMapping)Read("name: \"omega\"\nsummary: six six sixty\nlist: [y, z]\n");

        Assert.Equal(["name=alpha", "summary=one two three", "list=a,b"], first.Entries.Select(Show));
        Assert.Equal(["name=omega", "summary=six six sixty", "list=y,z"], second.Entries.Select(Show));

        static string Show(YamlEntry e) => e.Key.Text + "=" + e.Value switch
        {
            YamlScalar s => s.Text,
            YamlSequence q => string.Join(",", q.Items.Cast<YamlScalar>().Select(i => i.Text)),
            _ => "?",
        };
    }

    [Fact]
    public void Every_registry_and_test_file_it_accepts_reads_as_with_YamlDotNet()
    {
        var files = new[] { TestPaths.Registry, TestPaths.Corpus, Path.Combine(TestPaths.Tests, "Fixtures") }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 50, $"only {files.Count} files found");

        var accepted = 0;
        foreach (var file in files)
        {
            if (Decode(File.ReadAllBytes(file)) is { } text && AssertSameOrDeclined(text, file))
            {
                accepted++;
            }
        }

        Assert.True(accepted > files.Count / 2, $"{accepted} of {files.Count} files read by the fast reader");
        foreach (var project in Directory.EnumerateFiles(Path.Combine(TestPaths.Registry, "projects"), "*.yml"))
        {
            Assert.True(BlockYamlReader.TryRead(File.ReadAllText(project), project, YamlLimits.Default) is not null,
                $"{project} is declined by the fast reader");
        }
    }

    [Fact]
    public void Synthetic_entries_are_all_accepted_and_read_as_with_YamlDotNet()
    {
        var factory = new RegistryFactory(400, 11);
        for (var i = 0; i < factory.Slugs.Count; i++)
        {
            var text = new StringBuilder();
            RegistryYaml.WriteProject(text, factory.CreateProject(i));
            Assert.True(AssertSameOrDeclined(text.ToString(), factory.Slugs[i]), $"{factory.Slugs[i]} was declined");
        }
    }

    [Fact]
    public void Mutated_entries_read_as_with_YamlDotNet_or_are_declined()
    {
        var factory = new RegistryFactory(3, 5);
        var sample = new StringBuilder();
        RegistryYaml.WriteProject(sample, factory.CreateProject(0));
        var bases = new[]
        {
            sample.ToString(),
            File.ReadAllText(Path.Combine(TestPaths.Corpus, "good", "full-example", "projects", "libexample.yml")),
            File.ReadAllText(Path.Combine(TestPaths.Registry, "projects", "xz-utils.yml")),
        };
        string[] pieces =
        [
            ":", ": ", " #", "#", "'", "''", "\"", "\\", "\\\"", "\\n", "\\u0041", "[", "]", "{", "}", ",", ", ", "-", "- ",
            " ", "  ", "\n", "\n  ", "\n- ", "&a ", "*a", "!t ", "|", ">", "?", "%", "@", "`", "~", "é", "\u00e9\u00e9",
            "\ud83d\ude00", "\u2028", "\t", "\r\n", "---\n", "...", "k: v", "k:", "<<: ", "a: [b, c]", "{x: y}", "null",
        ];
        var random = new Random(20261127);
        int accepted = 0, total = 0;
        foreach (var text in bases)
        {
            for (var i = 0; i < 2500; i++)
            {
                var mutant = new StringBuilder(text);
                var edits = random.Next(1, 4);
                for (var e = 0; e < edits; e++)
                {
                    var at = random.Next(mutant.Length);
                    switch (random.Next(3))
                    {
                        case 0: mutant.Insert(at, pieces[random.Next(pieces.Length)]); break;
                        case 1: mutant.Remove(at, Math.Min(random.Next(1, 12), mutant.Length - at)); break;
                        default: mutant.Remove(at, 1).Insert(at, pieces[random.Next(pieces.Length)]); break;
                    }
                }

                total++;
                if (AssertSameOrDeclined(mutant.ToString(), $"mutant {total}"))
                {
                    accepted++;
                }
            }
        }

        // Most single edits keep a file readable, so the comparison covers many accepted files, not only declines.
        Assert.True(accepted > total / 5, $"{accepted} of {total} mutants were accepted");
    }

    [Theory]
    [InlineData("a: &x b\n")]
    [InlineData("a: *x\n")]
    [InlineData("a: !t b\n")]
    [InlineData("a: |\n  b\n")]
    [InlineData("a: >\n  b\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: \"b\n  c\"\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a:\n- b\n")]
    [InlineData("a:\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a:\tb\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: \"\\u0041\"\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: [b, c,]\n")]
    [InlineData("a: {b}\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("\"a\": b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: -1\n")]
    [InlineData("  a: b\n")]
    [InlineData("a:\n    b: c\n  d: e\n")]
    [InlineData("- a\nb: c\n")]
    [InlineData("a: \"b\"c\n")]
    [InlineData("a: b # c\n  d\n")]
    [InlineData("a: \ud83d\ude00\n")]
    [InlineData("<<: b\n")]
    public void Declines_what_YamlDotNet_must_read(string text)
    {
        Assert.Null(BlockYamlReader.TryRead(text, "x.yml", YamlLimits.Default));
    }

    [Fact]
    public void Every_character_outside_printable_ASCII_the_line_feed_and_plain_letters_is_declined()
    {
        // What YamlDotNet alone reads: C0 controls but the line feed, DEL, C1 controls, the Unicode line and paragraph
        // separators, the byte-order mark, U+FFFE, U+FFFF and surrogates.
        static bool Unusual(char c) =>
            (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
            || (c >= 0xD800 && c <= 0xDFFF);

        var declined = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            // The character alone, then at every place of a text longer than a vector, among printable ASCII and accents.
            var alone = ((char)c).ToString();
            Assert.Equal(Unusual((char)c), BlockYamlReader.HasUnusual(alone));
            if (c % 97 == 0 || Unusual((char)c))
            {
                foreach (var at in new[] { 0, 15, 16, 40, 60 })
                {
                    var text = ("name: \"Ingrid López\"\nsummary: a text long enough for two vectors\n").ToCharArray();
                    text[at] = (char)c;
                    Assert.Equal(Unusual((char)c), BlockYamlReader.HasUnusual(text));
                }
            }

            declined += Unusual((char)c) ? 1 : 0;
        }

        Assert.Equal(31 + 33 + 5 + 2048, declined);
        Assert.False(BlockYamlReader.HasUnusual("a: \"Ingrid López\"\nb: c\n"));
    }

    [Theory]
    [InlineData("a: b\n", "M1:1{P1:1\"a\"=P1:4\"b\"}")]
    [InlineData("# c\n\na:   b c   # d\n", "M3:1{P3:1\"a\"=P3:6\"b c\"}")]
    [InlineData("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n", "M1:1{P1:1\"a\"=Q1:4\"it's\",P2:1\"b\"=Q2:4\"say \\\"hi\\\"\"}")]
    [InlineData("a:\n  - x\n  - k: 1\n    j: [p, \"q\"]\n", "M1:1{P1:1\"a\"=S2:3[P2:5\"x\",M3:5{P3:5\"k\"=P3:8\"1\",P4:5\"j\"=S4:8[P4:9\"p\",Q4:12\"q\"]}]}")]
    [InlineData("f: { a: 1, b: [x, {c: d}] }\n", "M1:1{P1:1\"f\"=M1:4{P1:6\"a\"=P1:9\"1\",P1:12\"b\"=S1:15[P1:16\"x\",M1:19{P1:20\"c\"=P1:23\"d\"}]}}")]
    [InlineData("u: https://example.org/#x\n", "M1:1{P1:1\"u\"=P1:4\"https://example.org/#x\"}")]
    public void Reads_values_and_positions(string text, string expected)
    {
        var value = BlockYamlReader.TryRead(text, "x.yml", YamlLimits.Default);

        Assert.NotNull(value);
        Assert.Equal(expected, Dump(value));
        AssertSameOrDeclined(text, "inline");
    }

    [Fact]
    public void Nesting_past_the_depth_limit_is_declined_and_reported_by_YamlDotNet()
    {
        var limits = new YamlLimits { MaxDepth = 3 };
        const string text = "a:\n  b:\n    c: [d]\n";

        Assert.Null(BlockYamlReader.TryRead(text, "x.yml", limits));
        var bag = new DiagnosticBag();
        Assert.Null(SafeYamlReader.Read(Encoding.UTF8.GetBytes(text), "x.yml", bag, limits));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.TooDeep);
        Assert.NotNull(BlockYamlReader.TryRead("a:\n  b: [d]\n", "x.yml", limits));
    }

    [Fact]
    public void More_values_than_the_node_limit_are_declined_and_reported_by_YamlDotNet()
    {
        var limits = new YamlLimits { MaxNodes = 5 };
        const string text = "a: [1, 2, 3, 4]\n";

        Assert.Null(BlockYamlReader.TryRead(text, "x.yml", limits));
        var bag = new DiagnosticBag();
        Assert.Null(SafeYamlReader.Read(Encoding.UTF8.GetBytes(text), "x.yml", bag, limits));
        Assert.Contains(bag.Items, d => d.Code == DiagnosticCodes.TooLarge);
    }

    /// <summary>
    /// When the fast reader accepts <paramref name="text"/>, YamlDotNet must read it without a problem and give the
    /// same tree; returns whether it was accepted.
    /// </summary>
    private static bool AssertSameOrDeclined(string text, string name)
    {
        var fast = BlockYamlReader.TryRead(text, "x.yml", YamlLimits.Default);
        if (fast is null)
        {
            return false;
        }

        var bag = new DiagnosticBag();
        var slow = SafeYamlReader.ReadWithYamlDotNet(text, "x.yml", bag, YamlLimits.Default);
        Assert.True(bag.Items.Count == 0 && slow is not null,
            $"{name}: accepted by the fast reader, but YamlDotNet reports {string.Join("; ", bag.Items)}\n{text}");
        Assert.True(Dump(slow) == Dump(fast), $"{name}: trees differ\nYamlDotNet: {Dump(slow)}\nfast:       {Dump(fast)}\n{text}");
        return true;
    }

    /// <summary>The text as <see cref="SafeYamlReader"/> hands it on: valid UTF-8 without a BOM, else null.</summary>
    private static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        return System.Text.Unicode.Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : null;
    }

    private static string Dump(YamlValue? value) => value switch
    {
        null => "null",
        YamlScalar s => $"{(s.Plain ? 'P' : 'Q')}{s.At.Line}:{s.At.Column}{Quote(s.Text)}",
        YamlSequence q => $"S{q.At.Line}:{q.At.Column}[{string.Join(",", q.Items.Select(Dump))}]",
        YamlMapping m => $"M{m.At.Line}:{m.At.Column}{{{string.Join(",", m.Entries.Select(e => Dump(e.Key) + "=" + Dump(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
