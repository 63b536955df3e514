using System.Text;
using Steady.Diagnostics;
using Steady.Load;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Validation;

/// <summary>No input crashes the loader: mutated files always end in diagnostics or a value, never an exception.</summary>
public sealed class LoaderRobustnessTests
{
    private static readonly byte[] Example = File.ReadAllBytes(
        Path.Combine(TestPaths.Corpus, "good", "full-example", "projects", "libexample.yml"));

    [Fact]
    public void Thousands_of_random_mutations_never_throw()
    {
        var random = new Random(20261127);
        byte[] alphabet = "\0\t\n\r :-[]{}&*!|>'\"#%@`,?<=~\u00ff"u8.ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var bytes = Example.ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at)); break;
                }
            }

            var bag = new DiagnosticBag();
            var root = SafeYamlReader.Read(bytes.ToArray(), "mutated.yml", bag);
            if (root is not null)
            {
                new ModelBinder("mutated.yml", bag, TestPaths.AsOf).Bind<Project>(root);
            }

            Assert.All(bag.Items, d => Assert.Equal("mutated.yml", d.At.Path));
        }
    }

    /// <summary>Every class of forbidden character, alone in plain ASCII text or beside other non-ASCII text.</summary>
    public static TheoryData<string> ForbiddenCharacters() =>
        ["\u0001", "\u001b", "\u007f", "\u0085", "\u009f", "\ufeff", "\ufffe", "\uffff", "\u202a", "\u202e", "\u2066", "\u2069", "\r"];

    [Theory]
    [MemberData(nameof(ForbiddenCharacters))]
    public void A_forbidden_character_in_a_file_is_reported_at_its_line_and_column(string bad)
    {
        foreach (var before in new[] { "name: Lib", "name: Libé" })
        {
            var bag = new DiagnosticBag();
            var root = SafeYamlReader.Read(Encoding.UTF8.GetBytes($"summary: ok\n{before}{bad}x\n"), "bad.yml", bag);

            Assert.Null(root);
            var error = Assert.Single(bag.Items);
            Assert.Equal(DiagnosticCodes.ControlCharacter, error.Code);
            Assert.Equal((2, before.Length + 1), (error.At.Line, error.At.Column));
        }
    }

    [Fact]
    public void Plain_and_non_ascii_text_without_forbidden_characters_reads_cleanly()
    {
        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read(Encoding.UTF8.GetBytes("name: \"Zoë Ünal\\tjr\"\nsummary: \"tab\there, émoji \ud83d\ude00\"\r\n"), "ok.yml", bag);

        Assert.NotNull(root);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void The_control_characters_are_those_char_IsControl_names_and_the_printable_ones_are_space_to_tilde()
    {
        var all = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray();
        Assert.Equal(all.Where(char.IsControl).Select(c => (int)c), Text.TextRules.ControlCharacters.Select(c => (int)c));
        Assert.Equal(all.Where(c => c is >= ' ' and <= '~').Select(c => (int)c), Text.TextRules.PrintableAscii.Select(c => (int)c));
    }

    [Theory]
    [MemberData(nameof(ForbiddenCharacters))]
    public void A_forbidden_character_in_a_value_is_found(string bad)
    {
        Assert.Null(Text.TextRules.FindForbiddenCharacter("plain text, tab\tand line\nfeed ~"));
        Assert.Null(Text.TextRules.FindForbiddenCharacter("Zoë, 漢字, \ud83d\ude00"));
        foreach (var text in new[] { $"plain{bad}", $"Zoë{bad}", $"{bad}" })
        {
            Assert.Equal(bad[0], Text.TextRules.FindForbiddenCharacter(text));
        }
    }

    [Fact]
    public void Deep_block_nesting_over_ten_thousand_lines_is_an_error_not_a_stack_overflow()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            text.Append(' ', Math.Min(i, 60)).Append("k").Append(i).Append(":\n");
        }

        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read(Encoding.UTF8.GetBytes(text.ToString()), "deep.yml", bag);

        Assert.Null(root);
        Assert.Contains(bag.Items, d => d.Code is DiagnosticCodes.TooDeep or DiagnosticCodes.Syntax);
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_keep_line_numbers_right()
    {
        var text = "\uFEFFname: x\r\nsummary: y\r\nunknown_key: 1\r\n";
        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read(Encoding.UTF8.GetBytes(text), "crlf.yml", bag);
        new ModelBinder("crlf.yml", bag, TestPaths.AsOf).Bind<Project>(root!);

        var unknown = Assert.Single(bag.Items, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(new SourceLocation("crlf.yml", 3, 1), unknown.At);
    }

    [Fact]
    public void Every_value_keeps_its_source_location()
    {
        var dir = Path.Combine(TestPaths.Corpus, "good", "full-example");
        var loaded = RegistryLoader.Load(dir, "", TestPaths.AsOf);
        var project = Assert.Single(loaded.Registry.Projects);

        Assert.Equal(17, project.Source.Find("status.until").Line);
        Assert.Equal(11, project.Source.Find("history[1].date").Column);
        Assert.Equal(project.Source.Find("history[2]").Line, project.History[2].At.Line);
        Assert.Equal(21, project.InterimStewards[0].At.Line);
    }

    [Fact]
    public void Binders_made_one_after_another_on_a_thread_keep_their_own_source_maps()
    {
        // The second file has more values, in other places: its binder reuses the first binder's lists.
        var first = Bind("first.yml", "name: x\nsummary: y\n");
        var second = Bind("second.yml", "\n\nsummary: z\nname: w\nrepository: https://example.org/w\n");

        Assert.Equal(new SourceLocation("first.yml", 1, 7), first.Find("name"));
        Assert.Equal(new SourceLocation("first.yml", 2, 10), first.Find("summary"));
        Assert.False(first.TryGet("repository", out _));
        Assert.Equal(new SourceLocation("second.yml", 4, 7), second.Find("name"));
        Assert.Equal(new SourceLocation("second.yml", 3, 10), second.Find("summary"));
        Assert.Equal(new SourceLocation("second.yml", 5, 13), second.Find("repository"));

        static SourceMap Bind(string path, string yaml)
        {
            var bag = new DiagnosticBag();
            var binder = new ModelBinder(path, bag, TestPaths.AsOf);
            binder.Bind<Project>(SafeYamlReader.Read(Encoding.UTF8.GetBytes(yaml), path, bag)!);
            return binder.TakeSourceMap();
        }
    }

    [Fact]
    public void A_binder_binds_nothing_more_once_its_source_map_is_taken()
    {
        var bag = new DiagnosticBag();
        var root = SafeYamlReader.Read("name: x\n"u8, "done.yml", bag)!;
        var binder = new ModelBinder("done.yml", bag, TestPaths.AsOf);
        binder.Bind<Project>(root);
        binder.TakeSourceMap();

        Assert.Throws<ObjectDisposedException>(() => binder.Bind<Project>(root));
        Assert.Throws<ObjectDisposedException>(() => binder.TakeSourceMap());
    }
}
