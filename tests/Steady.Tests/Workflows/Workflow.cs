using YamlDotNet.RepresentationModel;

namespace Steady.Tests.Workflows;

/// <summary>A GitHub Actions workflow file read with YamlDotNet's representation model.</summary>
internal sealed class Workflow
{
    private Workflow(string fileName, YamlMappingNode root)
    {
        FileName = fileName;
        Root = root;
    }

    public string FileName { get; }

    public YamlMappingNode Root { get; }

    public string? Name => Scalar(Root, "name");

    /// <summary>The events under <c>on:</c>, whether written as a scalar, a list or a mapping.</summary>
    public IReadOnlyList<string> Triggers => Child(Root, "on") switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        YamlMappingNode mapping => [.. mapping.Children.Keys.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => [],
    };

    /// <summary>The settings of one event under a mapping <c>on:</c>; null when absent or bare.</summary>
    public YamlMappingNode? Trigger(string name) =>
        Child(Root, "on") is YamlMappingNode on ? Child(on, name) as YamlMappingNode : null;

    public YamlNode? Permissions => Child(Root, "permissions");

    public IReadOnlyDictionary<string, YamlMappingNode> Jobs => Child(Root, "jobs") is YamlMappingNode jobs
        ? jobs.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => (YamlMappingNode)p.Value)
        : new Dictionary<string, YamlMappingNode>();

    /// <summary>What a job's token may do: the job's own <c>permissions</c>, else the workflow's.</summary>
    public IReadOnlyDictionary<string, string> EffectivePermissions(YamlMappingNode job) =>
        ReadPermissions(Child(job, "permissions") ?? Permissions);

    public static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        Child(job, "steps") is YamlSequenceNode steps ? steps.Children.OfType<YamlMappingNode>() : [];

    public IEnumerable<YamlMappingNode> AllSteps => Jobs.Values.SelectMany(Steps);

    public static Workflow Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var document = Assert.Single(stream.Documents);
        var root = Assert.IsType<YamlMappingNode>(document.RootNode);
        return new Workflow(System.IO.Path.GetFileName(path), root);
    }

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    /// <summary>
    /// Reads a <c>permissions</c> value into scope → access. <c>read-all</c> and <c>write-all</c>
    /// come back as the scope <c>*</c>; an absent value (the repository default) as <c>* → default</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadPermissions(YamlNode? node) => node switch
    {
        null => new Dictionary<string, string> { ["*"] = "default" },
        YamlScalarNode { Value: "read-all" } => new Dictionary<string, string> { ["*"] = "read" },
        YamlScalarNode { Value: "write-all" } => new Dictionary<string, string> { ["*"] = "write" },
        YamlScalarNode other => new Dictionary<string, string> { ["*"] = other.Value ?? "" },
        YamlMappingNode map => map.Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value ?? "",
            p => ((YamlScalarNode)p.Value).Value ?? ""),
        _ => throw new InvalidOperationException("permissions is neither a scalar nor a mapping"),
    };
}
