namespace Steady.Synthetic.Model;

public sealed record SyntheticChannel(string Platform, string Url);
