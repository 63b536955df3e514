using System.Text;
using Steady.Synthetic.Model;

namespace Steady.Synthetic;

/// <summary>Writes registry files in the format of DESIGN.md, section by section.</summary>
public static class RegistryYaml
{
    public const string SchemaComment = "# yaml-language-server: $schema=../schema/project.schema.json";

    /// <summary>A whole <c>projects/&lt;slug&gt;.yml</c> file.</summary>
    public static void WriteProject(StringBuilder builder, SyntheticProject project)
    {
        builder.Append(SchemaComment).Append('\n');
        builder.Append("name: ").Quoted(project.Name).Append('\n');
        builder.Append("summary: ").Quoted(project.Summary).Append('\n');
        WriteLinks(builder, project);
        builder.Append("criticality: ").Scalar(project.Criticality).Append('\n');
        WriteMaintainers(builder, project.Maintainers);
        WriteStatus(builder, project.Status);
        WriteInterimStewards(builder, project.InterimStewards);
        WriteHelpWanted(builder, project.HelpWanted);
        if (project.Caution is { } caution)
        {
            builder.Append("caution:\n  level: ").Scalar(caution).Append('\n');
        }

        WriteFunding(builder, project.Funding);
        WriteHistory(builder, project.History);
        builder.Append("sources: ").FlowList(project.Sources).Append('\n');
    }

    /// <summary><c>repository</c>, <c>homepage</c>, <c>ecosystems</c> and <c>packages</c>.</summary>
    public static void WriteLinks(StringBuilder builder, SyntheticProject project)
    {
        builder.Append("repository: ").Scalar(project.Repository).Append('\n');
        builder.Append("homepage: ").Scalar(project.Homepage).Append('\n');
        builder.Append("ecosystems: ").FlowList(project.Ecosystems).Append('\n');
        builder.Append("packages: ").FlowList(project.Packages).Append('\n');
    }

    public static void WriteMaintainers(StringBuilder builder, IReadOnlyList<SyntheticMaintainer> maintainers)
    {
        builder.Append("maintainers:\n");
        foreach (var maintainer in maintainers)
        {
            builder.Append("  - github: ").Scalar(maintainer.GitHub).Append('\n');
            builder.Append("    name: ").Quoted(maintainer.Name).Append('\n');
            builder.Append("    role: ").Scalar(maintainer.Role).Append('\n');
            builder.Append("    since: ").Date(maintainer.Since).Append('\n');
        }
    }

    public static void WriteStatus(StringBuilder builder, SyntheticStatus status)
    {
        builder.Append("status:\n");
        builder.Append("  state: ").Scalar(status.State).Append('\n');
        builder.Append("  since: ").Date(status.Since).Append('\n');
        if (status.Until is { } until)
        {
            builder.Append("  until: ").Date(until).Append('\n');
        }

        if (status.Successor is { } successor)
        {
            builder.Append("  successor: ").Scalar(successor).Append('\n');
        }

        builder.Append("  reviewed: ").Date(status.Reviewed).Append('\n');
        builder.Append("  reason: ").Quoted(status.Reason).Append('\n');
    }

    public static void WriteInterimStewards(StringBuilder builder, IReadOnlyList<SyntheticInterimSteward> stewards)
    {
        if (stewards.Count == 0)
        {
            return;
        }

        builder.Append("interim_stewards:\n");
        foreach (var steward in stewards)
        {
            builder.Append("  - { github: ").Scalar(steward.GitHub)
                .Append(", since: ").Date(steward.Since)
                .Append(", powers: ").FlowList(steward.Powers)
                .Append(" }\n");
        }
    }

    public static void WriteHelpWanted(StringBuilder builder, IReadOnlyList<SyntheticHelpWanted> help)
    {
        if (help.Count == 0)
        {
            return;
        }

        builder.Append("help_wanted:\n");
        foreach (var item in help)
        {
            builder.Append("  - kind: ").Scalar(item.Kind).Append('\n');
            builder.Append("    summary: ").Quoted(item.Summary).Append('\n');
        }
    }

    public static void WriteFunding(StringBuilder builder, SyntheticFunding funding)
    {
        builder.Append("funding:\n");
        builder.Append("  goal: { ");
        AppendAmount(builder, funding.Goal).Append(" }\n");
        builder.Append("  channels:\n");
        foreach (var channel in funding.Channels)
        {
            builder.Append("    - { platform: ").Scalar(channel.Platform)
                .Append(", url: ").Scalar(channel.Url)
                .Append(" }\n");
        }

        if (funding.Sources.Count == 0)
        {
            return;
        }

        builder.Append("  sources:\n");
        foreach (var source in funding.Sources)
        {
            builder.Append("    - { sponsor: ").Scalar(source.Sponsor)
                .Append(", kind: ").Scalar(source.Kind)
                .Append(", ");
            AppendAmount(builder, source.Amount)
                .Append(", since: ").Date(source.Since)
                .Append(" }\n");
        }
    }

    public static void WriteHistory(StringBuilder builder, IReadOnlyList<SyntheticEvent> history)
    {
        builder.Append("history:\n");
        foreach (var item in history)
        {
            builder.Append("  - date: ").Date(item.Date).Append('\n');
            builder.Append("    kind: ").Scalar(item.Kind).Append('\n');
            if (item.State is { } state)
            {
                builder.Append("    state: ").Scalar(state).Append('\n');
            }

            builder.Append("    summary: ").Quoted(item.Summary).Append('\n');
            if (item.Caution is { } caution)
            {
                builder.Append("    caution: ").Scalar(caution).Append('\n');
            }

            builder.Append("    source: ").Scalar(item.Source).Append('\n');
        }
    }

    /// <summary>The whole <c>stewards.yml</c>.</summary>
    public static void WriteStewards(StringBuilder builder, IReadOnlyList<SyntheticSteward> stewards)
    {
        builder.Append("stewards:\n");
        foreach (var steward in stewards)
        {
            builder.Append("  - github: ").Scalar(steward.GitHub).Append('\n');
            builder.Append("    name: ").Quoted(steward.Name).Append('\n');
            builder.Append("    since: ").Date(steward.Since).Append('\n');
            if (steward.VouchedBy.Count > 0)
            {
                builder.Append("    vouched_by: ").FlowList(steward.VouchedBy).Append('\n');
            }

            builder.Append("    areas: ").FlowList(steward.Areas).Append('\n');
        }
    }

    /// <summary>A whole <c>sponsors/&lt;slug&gt;.yml</c> file.</summary>
    public static void WriteSponsor(StringBuilder builder, SyntheticSponsor sponsor)
    {
        builder.Append("name: ").Quoted(sponsor.Name).Append('\n');
        builder.Append("url: ").Scalar(sponsor.Url).Append('\n');
        builder.Append("kind: ").Scalar(sponsor.Kind).Append('\n');
    }

    /// <summary>Appends <c>amount: …, currency: …, period: …</c> (the inside of a flow mapping).</summary>
    private static StringBuilder AppendAmount(StringBuilder builder, SyntheticAmount amount)
    {
        return builder.Append("amount: ").Number(amount.Amount)
            .Append(", currency: ").Scalar(amount.Currency)
            .Append(", period: ").Scalar(amount.Period);
    }
}
