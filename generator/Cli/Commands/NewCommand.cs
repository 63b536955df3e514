using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Text;

namespace Steady.Cli.Commands;

/// <summary><c>steady new &lt;slug&gt;</c>: writes a commented entry that passes validation, ready to edit.</summary>
public sealed class NewCommand : Command<NewCommand.Settings>
{
    public sealed class Settings : RegistrySettings
    {
        [CommandArgument(0, "<SLUG>")]
        [Description("The project's slug: lowercase letters, digits and hyphens. It becomes the file name and the URL.")]
        public string Slug { get; init; } = "";

        public override ValidationResult Validate() =>
            TextRules.IsSlug(Slug)
                ? ValidationResult.Success()
                : ValidationResult.Error($"'{Slug}' is not a slug: use lowercase letters, digits and hyphens, starting with a letter or digit (at most 63)");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = Path.Combine(settings.Registry, "projects", settings.Slug + ".yml");
        if (File.Exists(path))
        {
            throw new UsageException($"{path} already exists; edit it instead");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var today = AsOfDate.Resolve(settings.AsOf);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(EntryTemplate.Render(settings.Slug, today));
        }

        Terminal.Current.Ansi.MarkupLineInterpolated($"[green]wrote {path}[/]; fill in the fields, then run 'steady validate'");
        return ExitCodes.Ok;
    }
}
