namespace Steady.Guard;

/// <summary>The pull request's author as the guard judged them.</summary>
/// <param name="Created">When the GitHub account was created, when known.</param>
/// <param name="AgeDays">Age of the account on the as-of date, when known.</param>
/// <param name="MayStandAlone">False for a new or unverified account: it cannot satisfy a rule alone.</param>
/// <param name="Roles">The roles the author holds at the base (Markdown).</param>
public sealed record AuthorInfo(string Login, bool Valid, DateOnly? Created, int? AgeDays, bool MayStandAlone, IReadOnlyList<string> Roles);
