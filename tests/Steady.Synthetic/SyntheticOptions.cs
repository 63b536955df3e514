using System.Globalization;

namespace Steady.Synthetic;

/// <summary>Command-line options: <c>--count N --seed S --out DIR [--hugo DIR]</c>.</summary>
public sealed record SyntheticOptions(int Count, int Seed, string Out, string? Hugo)
{
    public const string Usage =
        "usage: Steady.Synthetic --count N [--seed S] --out DIR [--hugo DIR]\n" +
        "  --count N   number of projects (0 or more)\n" +
        "  --seed S    seed of the random source (default 1); the same seed gives the same files\n" +
        "  --out DIR   empty or new folder for the registry (projects/, stewards.yml, sponsors/)\n" +
        "  --hugo DIR  empty or new folder for the equivalent Hugo content (content/projects/*.md)";

    /// <summary>Parses the arguments, or returns null with the reason in <paramref name="error"/>.</summary>
    public static SyntheticOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? count = null;
        var seed = 1;
        string? output = null;
        string? hugo = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error = null;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--count":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedCount))
                    {
                        error = $"--count must be a whole number, not '{value}'";
                        return null;
                    }

                    count = parsedCount;
                    break;
                case "--seed":
                    if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                    {
                        error = $"--seed must be a whole number, not '{value}'";
                        return null;
                    }

                    break;
                case "--out":
                    output = value;
                    break;
                case "--hugo":
                    hugo = value;
                    break;
                default:
                    error = $"unknown option {name}";
                    return null;
            }
        }

        if (count is null || output is null)
        {
            error = "--count and --out are required";
            return null;
        }

        error = null;
        return new SyntheticOptions(count.Value, seed, output, hugo);
    }
}
