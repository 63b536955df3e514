using System.Text;
using Steady.Synthetic.Model;

namespace Steady.Synthetic;

/// <summary>
/// Writes the Hugo equivalent of a project entry: <c>content/projects/&lt;slug&gt;.md</c> with
/// the entry's fields as YAML front matter and a short Markdown body built from them.
/// </summary>
public static class HugoPage
{
    public static void Write(StringBuilder builder, SyntheticProject project)
    {
        var history = project.History;
        builder.Append("---\n");
        builder.Append("title: ").Quoted(project.Name).Append('\n');
        builder.Append("summary: ").Quoted(project.Summary).Append('\n');
        builder.Append("date: ").Date(history[^1].Date).Append('\n');
        builder.Append("lastmod: ").Date(project.Status.Reviewed).Append('\n');
        builder.Append("state: ").Scalar(project.Status.State).Append('\n');
        builder.Append("criticality: ").Scalar(project.Criticality).Append('\n');
        RegistryYaml.WriteLinks(builder, project);
        RegistryYaml.WriteMaintainers(builder, project.Maintainers);
        RegistryYaml.WriteStatus(builder, project.Status);
        RegistryYaml.WriteInterimStewards(builder, project.InterimStewards);
        RegistryYaml.WriteHelpWanted(builder, project.HelpWanted);
        if (project.Caution is { } caution)
        {
            builder.Append("caution:\n  level: ").Scalar(caution).Append('\n');
        }

        RegistryYaml.WriteFunding(builder, project.Funding);
        RegistryYaml.WriteHistory(builder, history);
        builder.Append("sources: ").FlowList(project.Sources).Append('\n');
        builder.Append("---\n\n");

        builder.Append(project.Summary).Append("\n\n");
        builder.Append(project.Name).Append(" ships in ").AppendJoin(", ", project.Ecosystems)
            .Append(" and is maintained by ");
        for (var i = 0; i < project.Maintainers.Count; i++)
        {
            var maintainer = project.Maintainers[i];
            builder.Append(i == 0 ? "" : i == project.Maintainers.Count - 1 ? " and " : ", ")
                .Append(maintainer.Name).Append(" (").Append(maintainer.Role).Append(')');
        }

        builder.Append(".\nIts status is **").Append(project.Status.State).Append("** since ")
            .Date(project.Status.Since).Append(": ").Append(project.Status.Reason).Append("\n\n");
        if (project.HelpWanted.Count > 0)
        {
            builder.Append("Help wanted:\n\n");
            foreach (var help in project.HelpWanted)
            {
                builder.Append("- **").Append(help.Kind).Append("**: ").Append(help.Summary).Append('\n');
            }

            builder.Append('\n');
        }

        var latest = history[^1];
        builder.Append("Latest change (").Date(latest.Date).Append("): ").Append(latest.Summary)
            .Append(" [Source](").Append(latest.Source).Append(").\n");
    }
}
