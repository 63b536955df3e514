using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Schema;

namespace Steady.Cli.Commands;

/// <summary><c>steady schema</c>: writes the JSON Schemas generated from the model, for editors and tools.</summary>
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
        Directory.CreateDirectory(settings.Out);
        foreach (var (name, text) in RegistrySchemas.All())
        {
            var path = Path.Combine(settings.Out, name);
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
