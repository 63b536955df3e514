using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Steady.Badges;
using Steady.Model;
using Steady.Tests.Support;

namespace Steady.Tests.Badges;

public sealed class BadgeTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly MemorySink Sink = FeedsFixture.Publish(FeedsFixture.Data(), FeedsFixture.Context(), new WriteBadges());

    [Fact]
    public void Every_project_has_an_svg_and_a_shields_endpoint_file()
    {
        var expected = FeedsFixture.Registry.Projects
            .SelectMany(p => new[] { BadgePaths.Svg(p.Slug), BadgePaths.Endpoint(p.Slug) })
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Sink.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("alpha-compress", "hiatus, caution elevated", BadgePalette.Orange)]
    [InlineData("gamma-parser", "active, caution high", BadgePalette.Vermillion)]
    [InlineData("epsilon-tools", "maintenance-only", BadgePalette.Blue)]
    [InlineData("delta-legacy", "deprecated", BadgePalette.ReddishPurple)]
    public void The_message_is_the_state_plus_the_caution_when_not_none(string slug, string message, string color)
    {
        var svg = XDocument.Parse(Sink.Text(BadgePaths.Svg(slug))).Root!;
        var endpoint = JsonNode.Parse(Sink.Text(BadgePaths.Endpoint(slug)))!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal($"maintainers: {message}", (string?)svg.Attribute("aria-label"));
        Assert.Equal($"maintainers: {message}", svg.Element(Svg + "title")!.Value);
        Assert.Equal(["maintainers", message], svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Contains(svg.Descendants(Svg + "rect"), r => (string?)r.Attribute("fill") == color);

        Assert.Equal(1, (int)endpoint["schemaVersion"]!);
        Assert.Equal("maintainers", (string)endpoint["label"]!);
        Assert.Equal(message, (string)endpoint["message"]!);
        Assert.Equal(color.TrimStart('#').ToLowerInvariant(), (string)endpoint["color"]!);
    }

    [Fact]
    public void The_width_is_the_two_cells_each_as_wide_as_its_text_plus_padding()
    {
        foreach (var path in Sink.Paths(p => p.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var svg = XDocument.Parse(Sink.Text(path)).Root!;
            var texts = svg.Descendants(Svg + "text").ToArray();
            var cells = svg.Descendants(Svg + "rect").Where(r => r.Parent!.Name == Svg + "g" && r.Attribute("fill")!.Value.StartsWith('#')).ToArray();

            Assert.Equal(2, cells.Length);
            for (var i = 0; i < 2; i++)
            {
                var measured = VerdanaWidths.Measure(texts[i].Value);
                Assert.Equal(measured * 10, Int(texts[i], "textLength"));
                Assert.Equal(measured + 10, Int(cells[i], "width"));
            }

            Assert.Equal(Int(cells[0], "width") + Int(cells[1], "width"), Int(svg, "width"));
        }
    }

    [Fact]
    public void Longer_or_wider_text_gives_a_wider_badge()
    {
        Assert.True(VerdanaWidths.Measure("mmmm") > VerdanaWidths.Measure("iiii"));
        Assert.True(VerdanaWidths.Measure("active, caution elevated") > VerdanaWidths.Measure("active"));
        Assert.Equal(1, VerdanaWidths.Measure("maintainers") % 2);
        Assert.All(Enumerable.Range(' ', '~' - ' ' + 1), c => Assert.True(VerdanaWidths.Of('→') >= VerdanaWidths.Of((char)c)));
    }

    [Fact]
    public void Every_badge_colour_has_readable_text()
    {
        string[] colours = [BadgePalette.Label, BadgePalette.Vermillion, BadgePalette.Orange, BadgePalette.BluishGreen,
            BadgePalette.Blue, BadgePalette.ReddishPurple, BadgePalette.SkyBlue, BadgePalette.Grey];

        Assert.All(colours, c => Assert.True(Contrast(c, BadgePalette.TextOn(c)) >= 4.5, $"{c} on {BadgePalette.TextOn(c)}"));
    }

    [Fact]
    public void Caution_decides_the_colour_before_the_state()
    {
        Assert.Equal(BadgePalette.Vermillion, BadgePalette.For(ProjectState.Active, CautionLevel.High));
        Assert.Equal(BadgePalette.Orange, BadgePalette.For(ProjectState.Archived, CautionLevel.Elevated));
        Assert.Equal(BadgePalette.BluishGreen, BadgePalette.For(ProjectState.Active, CautionLevel.None));
    }

    private static int Int(XElement element, string attribute) =>
        int.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double C(int i)
        {
            var v = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
            return v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * C(1)) + (0.7152 * C(3)) + (0.0722 * C(5));
    }
}
