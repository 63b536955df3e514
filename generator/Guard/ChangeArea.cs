namespace Steady.Guard;

/// <summary>What a change touches; each area maps to a rule of <see cref="GuardRules"/>.</summary>
public enum ChangeArea
{
    /// <summary><c>status.state</c>, <c>since</c>, <c>until</c>, <c>successor</c>.</summary>
    State,

    /// <summary><c>maintainers</c>.</summary>
    People,

    /// <summary><c>interim_stewards</c>.</summary>
    Stewards,

    /// <summary>Declared <c>caution</c> and history events that carry a caution or report an incident.</summary>
    Caution,

    /// <summary><c>repository</c>, <c>homepage</c>, <c>packages</c>: how consumers find the project.</summary>
    Identity,

    /// <summary><c>funding.channels</c> and <c>funding.manifest</c>: where money goes.</summary>
    FundingChannels,

    /// <summary><c>funding.goal</c> and <c>funding.sources</c>.</summary>
    Funding,

    /// <summary>Past history events (the append-only check).</summary>
    History,

    /// <summary>Other text: name, summary, ecosystems, criticality, help wanted, status reason and reviewed date, sources.</summary>
    Text,

    /// <summary>The entry as a whole: added, deleted or renamed.</summary>
    Entry,

    /// <summary><c>registry-data/stewards.yml</c>.</summary>
    StewardsFile,

    /// <summary>Another file under <c>registry-data/</c> (sponsors, enrichment, schemas).</summary>
    RegistryFile,

    /// <summary>Code or configuration that decides how the registry is built or checked.</summary>
    Code,

    /// <summary>Any other file of the repository (content pages, tests, documentation).</summary>
    Other,
}
