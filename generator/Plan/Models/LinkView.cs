namespace Steady.Plan.Models;

/// <summary>A link with its text; <see cref="Url"/> is already checked by the link policy or made by the URL helper.</summary>
public sealed record LinkView(string Text, string Url);
