using System.Text;
using System.Text.RegularExpressions;
using Steady.Guard;
using Steady.Tests.Support;

namespace Steady.Tests.Content;

/// <summary>The policy page describes exactly the rules the guard enforces: its last section is the rule table.</summary>
public sealed partial class PolicyPageTests
{
    private const string Heading = "## What the guard enforces";

    private static string PolicyPath => Path.Combine(TestPaths.Root, "content", "policy.md");

    [Fact]
    public void The_policy_page_quotes_every_guard_rule_exactly()
    {
        var policy = File.ReadAllText(PolicyPath);
        var at = policy.IndexOf(Heading, StringComparison.Ordinal);
        var expected = Section();
        if (GoldenFile.Updating)
        {
            File.WriteAllText(PolicyPath, (at < 0 ? policy.TrimEnd() + "\n\n" : policy[..at]) + expected);
            return;
        }

        Assert.True(at >= 0, $"content/policy.md has no '{Heading}' section; run the tests with STEADY_UPDATE_GOLDEN=1");
        Assert.Equal(Normalise(expected), Normalise(policy[at..]));
        foreach (var rule in GuardRules.Descriptions)
        {
            Assert.Contains($"`{rule.Id}`", policy);
        }
    }

    private static string Section()
    {
        var text = new StringBuilder();
        text.Append(Heading).Append("\n\n");
        text.Append("`steady guard` runs on every pull request and applies these rules, quoted from the code that enforces them.\n\n");
        var n = 1;
        foreach (var rule in GuardRules.Descriptions)
        {
            text.Append(n++).Append(". **").Append(rule.Title).Append("** (`").Append(rule.Id).Append("`). ")
                .Append(rule.Description).Append("\n");
        }

        return text.ToString();
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
