using System.Text;
using System.Text.RegularExpressions;

namespace Steady.Tests.Workflows;

/// <summary>
/// A CODEOWNERS file: rules of a gitignore-style pattern and owners, where the last rule
/// matching a path decides its owners.
/// </summary>
internal sealed class CodeOwners
{
    private readonly List<(string Pattern, Regex Matcher, string[] Owners)> _rules;

    private CodeOwners(List<(string Pattern, Regex Matcher, string[] Owners)> rules) => _rules = rules;

    public static CodeOwners Load(string path)
    {
        var rules = new List<(string, Regex, string[])>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            rules.Add((parts[0], ToRegex(parts[0]), parts[1..]));
        }

        return new CodeOwners(rules);
    }

    /// <summary>The owners of a repository-relative path (forward slashes); empty when no rule matches.</summary>
    public IReadOnlyList<string> OwnersOf(string path)
    {
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            if (_rules[i].Matcher.IsMatch(path))
            {
                return _rules[i].Owners;
            }
        }

        return [];
    }

    private static Regex ToRegex(string pattern)
    {
        var directory = pattern.EndsWith('/');
        var body = pattern.Trim('/');
        var anchored = pattern.StartsWith('/') || body.Contains('/');

        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '*' && i + 1 < body.Length && body[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
            }
            else if (body[i] == '*')
            {
                regex.Append("[^/]*");
            }
            else if (body[i] == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(body[i].ToString()));
            }
        }

        regex.Append(directory ? "/.*$" : "(?:/.*)?$");
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant);
    }
}
