namespace Steady.Synthetic.Model;

public sealed record SyntheticMaintainer(string GitHub, string Name, string Role, DateOnly Since);
