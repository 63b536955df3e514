namespace Steady.Synthetic.Model;

public sealed record SyntheticHelpWanted(string Kind, string Summary);
