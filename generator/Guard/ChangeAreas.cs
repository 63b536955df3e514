namespace Steady.Guard;

/// <summary>The names of change areas as written in reports.</summary>
public static class ChangeAreas
{
    public static string Name(ChangeArea area) => area switch
    {
        ChangeArea.State => "state",
        ChangeArea.People => "people",
        ChangeArea.Stewards => "stewards",
        ChangeArea.Caution => "caution",
        ChangeArea.Identity => "identity",
        ChangeArea.FundingChannels => "funding channels",
        ChangeArea.Funding => "funding",
        ChangeArea.History => "history",
        ChangeArea.Text => "text",
        ChangeArea.Entry => "entry",
        ChangeArea.StewardsFile => "stewards",
        ChangeArea.RegistryFile => "registry file",
        ChangeArea.Code => "code",
        _ => "other",
    };
}
