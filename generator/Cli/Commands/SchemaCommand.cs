using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Api;
using Steady.Schema;

namespace Steady.Cli.Commands;

/// <summary><c>steady schema</c>: writes the JSON Schemas generated from the model (registry files, and the API files under <c>api/</c>), for editors and tools.</summary>
public sealed class SchemaCommand : Command<SchemaCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Where to write the schemas. Default: registry-data/schema")]
        public string Out { get; init; } = "registry-data/schema";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var apiOut = Path.Combine(settings.Out, "api");
        Directory.CreateDirectory(apiOut);
        var schemas = RegistrySchemas.All().Select(s => (Path.Combine(settings.Out, s.Name), s.Text))
            .Concat(ApiSchemas.All().Select(s => (Path.Combine(apiOut, s.Name), s.Text)));
        foreach (var (path, text) in schemas)
        {
            var changed = !File.Exists(path) || File.ReadAllText(path) != text;
            if (changed)
            {
                File.WriteAllText(path, text);
            }

            Terminal.Current.Ansi.MarkupLineInterpolated($"{(changed ? "wrote" : "unchanged")} {path}");
        }

        return ExitCodes.Ok;
    }
}
