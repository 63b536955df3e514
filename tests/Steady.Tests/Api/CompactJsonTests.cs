using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Steady.Api;
using Steady.Tests.Site;

namespace Steady.Tests.Api;

/// <summary>Indented JSON loses the white space between its tokens and keeps its strings as they are.</summary>
public sealed class CompactJsonTests
{
    private static string Minify(string json) => Encoding.UTF8.GetString(CompactJson.Minify(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}\n", "{\"a\":1,\"b\":[true,null]}")]
    [InlineData("{ \"text\": \"two  spaces\\n and a tab\\t\" }", "{\"text\":\"two  spaces\\n and a tab\\t\"}")]
    [InlineData("[\"a \\\" quote\", \"b\"]", "[\"a \\\" quote\",\"b\"]")]
    [InlineData("[\"ends in a backslash \\\\\", \" x \"]", "[\"ends in a backslash \\\\\",\" x \"]")]
    [InlineData("[\"\\\\\\\"  \"]", "[\"\\\\\\\"  \"]")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("  \r\n\t", "")]
    [InlineData("{\"é\": \"à  ü\"}", "{\"é\":\"à  ü\"}")]
    public void White_space_goes_between_tokens_and_stays_in_strings(string indented, string compact) =>
        Assert.Equal(compact, Minify(indented));

    [Theory]
    [InlineData("[\"open")]
    [InlineData("[\"escaped end \\\"]")]
    [InlineData("\"\\")]
    public void An_unclosed_string_is_refused(string json) =>
        Assert.Throws<FormatException>(() => CompactJson.Minify(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Every_json_file_of_the_golden_site_minifies_to_what_the_writer_writes_without_indentation()
    {
        var options = new JsonSerializerOptions { Encoder = ApiJson.Encoder };
        var files = Directory.GetFiles(FixturePaths.Golden("site"), "*.json", SearchOption.AllDirectories);
        Assert.True(files.Length > 20, $"{files.Length} files");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(JsonNode.Parse(text)!.ToJsonString(options), Minify(text));
        }
    }
}
