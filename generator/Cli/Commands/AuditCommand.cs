using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Steady.Audit;
using Steady.Config;
using Steady.Derive;
using Steady.Enrich;
using Steady.Plan;
using Steady.Validate;

namespace Steady.Cli.Commands;

/// <summary>
/// <c>steady audit</c>: matches an SBOM's dependencies against the registry and fails a CI job when one of them is
/// under caution. Exit 0 pass, 1 a dependency reaches <c>--fail-on</c>, 2 usage or input error.
/// </summary>
public sealed class AuditCommand : Command<AuditCommand.Settings>
{
    public sealed class Settings : RegistrySettings
    {
        [CommandOption("--sbom <FILE>")]
        [Description("A CycloneDX JSON (1.4-1.6) or SPDX JSON (2.3) SBOM, or a list of purls, one a line.")]
        public string? Sbom { get; init; }

        [CommandOption("--api <URL>")]
        [Description("Read the registry from a published site's API (e.g. https://org.github.io/registry/api/v1/) instead of --registry.")]
        public string? Api { get; init; }

        [CommandOption("--fail-on <LEVEL>")]
        [Description("elevated (default), high or never")]
        public string FailOn { get; init; } = "elevated";

        [CommandOption("--format <FORMAT>")]
        [Description("text (default), json, markdown or sarif")]
        public string Format { get; init; } = "text";

        [CommandOption("--base-url <URL>")]
        [Description("Base URL of the registry site, for links to project pages (with --registry). Default: the base_url of steady.yml")]
        public string? BaseUrl { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Sbom))
            {
                return ValidationResult.Error("--sbom FILE is required");
            }

            if (!AuditNames.TryParseFailOn(FailOn, out _))
            {
                return ValidationResult.Error("--fail-on must be elevated, high or never");
            }

            return AuditNames.TryParseFormat(Format, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error("--format must be text, json, markdown or sarif");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AuditNames.TryParseFailOn(settings.FailOn, out var failOn);
        AuditNames.TryParseFormat(settings.Format, out var format);
        var entries = settings.Api is { } api
            ? AuditApiClient.Load(api, cancellationToken)
            : FromRegistry(settings);
        var terminal = Terminal.Current;
        return AuditRunner.Run(settings.Sbom!, entries, failOn, format, terminal.Out, terminal.Error);
    }

    private static IReadOnlyList<AuditEntry> FromRegistry(Settings settings)
    {
        var asOf = AsOfDate.Resolve(settings.AsOf);
        var enrichment = EnrichmentStore.Load(settings.Registry);
        var (loaded, diagnostics) = RegistryValidator.LoadAndValidate(settings.Registry, settings.DisplayRoot(), asOf);
        var errors = diagnostics.Where(d => d.IsError).ToArray();
        if (errors.Length > 0)
        {
            foreach (var error in errors)
            {
                Terminal.Current.Error.WriteLine(error.ToString());
            }

            throw new UsageException($"the registry in {settings.Registry} has {errors.Length} error(s); run 'steady validate'");
        }

        var data = SignalDeriver.Derive(loaded.Registry, asOf, enrichment);
        var baseUrl = settings.BaseUrl ?? SiteSettings.Default.BaseUrl;
        return AuditEntries.FromSite(data, new SiteUrls(baseUrl));
    }
}
